// The keep-alive timer is off while a request is handled and back on once
// its response has finished: socket.timeout as a handler and the ticks and
// macrotasks after it read it, a slow handler outliving the keep-alive
// timeout, a handler that sets the socket's timeout itself (0, then a
// short one that fires before its response), and a connection that is
// idle after its last response.
const http = require('http');
const net = require('net');
let n = 0;
const server = http.createServer({ keepAliveTimeout: 100 }, (req, res) => {
  const s = req.socket;
  const i = ++n;
  console.log('req', i, req.url, 'timeout', s.timeout);
  if (req.url === '/slow') {
    // longer than the keep-alive timeout (1100 ms): it must not fire
    setTimeout(() => res.end('slow'), 1300);
  } else if (req.url === '/zero') {
    s.setTimeout(0);
    res.end('zero');
    process.nextTick(() => console.log('tick', i, 'timeout', s.timeout));
    setImmediate(() => console.log('immediate', i, 'timeout', s.timeout));
  } else if (req.url === '/short') {
    s.setTimeout(200);
    console.log('set', i, 'timeout', s.timeout);
    setTimeout(() => res.end('late'), 600);
  } else {
    res.end('ok');
    process.nextTick(() => console.log('tick', i, 'timeout', s.timeout));
    setImmediate(() => console.log('immediate', i, 'timeout', s.timeout));
  }
});
server.on('connection', (s) => {
  s.on('timeout', () => console.log('socket timeout', s.timeout));
});

function get(c, path) {
  c.write(`GET ${path} HTTP/1.1\r\nHost: h\r\n\r\n`);
}

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const c = net.connect(port, '127.0.0.1');
  const paths = ['/', '/slow', '/zero', '/'];
  let data = '';
  let sent = 0;
  let t0 = 0;
  c.setEncoding('latin1');
  c.on('data', (d) => {
    data += d;
    const bodies = data.match(/\r\n\r\n[a-z]+/g) || [];
    if (bodies.length === sent && paths.length) {
      sent++;
      get(c, paths.shift());
    }
    if (bodies.length === 4 && !t0) t0 = Date.now();
  });
  sent++;
  get(c, paths.shift());
  c.on('close', () => {
    const idle = Date.now() - t0;
    console.log('responses', (data.match(/\r\n\r\n[a-z]+/g) || []).map((b) => b.slice(4)).join(','));
    console.log('idle close after keep-alive timeout', idle >= 900 && idle < 3000);
    const c2 = net.connect(port, '127.0.0.1');
    let d2 = '';
    c2.setEncoding('latin1');
    c2.on('data', (d) => {
      d2 += d;
      if (d2.endsWith('ok')) get(c2, '/short');
    });
    get(c2, '/');
    c2.on('close', () => {
      console.log('short timeout answered', JSON.stringify(d2.replace(/^[^]*\r\n\r\nok/, '')));
      server.close(() => console.log('server closed'));
    });
  });
});
