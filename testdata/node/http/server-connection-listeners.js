// The server's per-connection listeners: counts on the socket when the
// user's 'connection' listener runs, during a request and once the
// connection is idle; a 'newListener' listener on the socket sees the
// server's listeners added; the order of request, response and socket
// events over two keep-alive requests and the client's close.
const http = require('http');
const net = require('net');

const types = ['data', 'error', 'end', 'close', 'drain', 'timeout', 'finish', 'readable'];
const counts = (s) => types.map((t) => `${t}=${s.listenerCount(t)}`).join(' ');

let conn = 0;
const server = http.createServer((req, res) => {
  const s = req.socket;
  console.log('request', req.url, counts(s));
  req.on('end', () => console.log('req end', req.url));
  req.on('close', () => console.log('req close', req.url));
  res.on('finish', () => console.log('res finish', req.url, counts(s)));
  res.on('close', () => {
    console.log('res close', req.url, counts(s));
    setImmediate(() => console.log('idle', req.url, counts(s)));
  });
  res.end('hi ' + req.url);
});
server.prependListener('connection', (s) => {
  conn++;
  console.log('before server listener', conn, counts(s));
  // (Node also adds 'resume'/'pause' listeners when its parser consumes
  // the socket's handle; handshake has no such handle: not compared)
  if (conn === 2) {
    s.on('newListener', (t, fn) => { if (types.includes(t)) console.log('newListener', t, typeof fn); });
    s.on('removeListener', (t, fn) => { if (types.includes(t)) console.log('removeListener', t, typeof fn); });
  }
});
server.on('connection', (s) => {
  console.log('after server listener', counts(s));
  s.on('close', (hadError) => console.log('socket close', hadError, counts(s)));
  s.on('end', () => console.log('socket end'));
});

function exchange(port, paths, done) {
  const c = net.connect(port, '127.0.0.1');
  let buf = '';
  let i = 0;
  const send = () => c.write(`GET ${paths[i]} HTTP/1.1\r\nHost: x\r\n\r\n`);
  c.on('connect', send);
  c.on('data', (d) => {
    buf += d;
    if (!buf.includes('hi ' + paths[i])) return;
    console.log('client got', paths[i]);
    buf = '';
    if (++i < paths.length) send();
    else c.end();
  });
  c.on('close', () => { console.log('client close'); done(); });
}

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  exchange(port, ['/a', '/b'], () => {
    exchange(port, ['/c'], () => server.close(() => console.log('server closed')));
  });
});
