// The https server's per-connection listeners on the TLSSocket: counts when
// the user's 'secureConnection' listener runs, during a request and once
// idle; event order over two keep-alive requests and the client's close.
const https = require('https');
const tls = require('tls');
const read = require('./_certs');

// ('error' and 'close' left out: node's TLSSocket has one more internal listener
// of each than handshake's, a tls difference, not http's)
const types = ['data', 'end', 'drain', 'timeout', 'finish', 'readable'];
const counts = (s) => types.map((t) => `${t}=${s.listenerCount(t)}`).join(' ');

const server = https.createServer({ key: read('server-ec-key.pem'), cert: read('server-ec-chain.pem') }, (req, res) => {
  const s = req.socket;
  console.log('request', req.url, counts(s));
  req.on('end', () => console.log('req end', req.url));
  req.on('close', () => console.log('req close', req.url));
  res.on('finish', () => console.log('res finish', req.url));
  res.on('close', () => {
    console.log('res close', req.url, counts(s));
    setImmediate(() => console.log('idle', req.url, counts(s)));
  });
  res.end('hi ' + req.url);
});
server.on('secureConnection', (s) => {
  console.log('secureConnection', counts(s));
  s.on('close', (hadError) => console.log('socket close', hadError, counts(s)));
  s.on('end', () => console.log('socket end'));
});

server.listen(0, '127.0.0.1', () => {
  const c = tls.connect({ port: server.address().port, host: '127.0.0.1', servername: 'localhost', ca: read('ca.pem') });
  const paths = ['/a', '/b'];
  let buf = '';
  let i = 0;
  const send = () => c.write(`GET ${paths[i]} HTTP/1.1\r\nHost: x\r\n\r\n`);
  c.on('secureConnect', send);
  c.on('data', (d) => {
    buf += d;
    if (!buf.includes('hi ' + paths[i])) return;
    console.log('client got', paths[i]);
    buf = '';
    if (++i < paths.length) send();
    else c.end();
  });
  c.on('close', () => {
    console.log('client close');
    server.close(() => console.log('server closed'));
  });
});
