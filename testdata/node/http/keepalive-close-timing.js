// An idle keep-alive connection closes about a second after the advertised
// keepAliveTimeout (Node 20.20's grace period), not at it.
const http = require('http');
const net = require('net');
const s = http.createServer({ keepAliveTimeout: 300 }, (req, res) => res.end('x'));
s.listen(0, () => {
  const c = net.connect(s.address().port, '127.0.0.1');
  let t;
  let head = '';
  c.on('data', (d) => { head += d; t = Date.now(); });
  c.on('close', () => {
    const ms = Date.now() - t;
    console.log(/Keep-Alive: timeout=0/.test(head), 'after grace', ms >= 1200, 'not much later', ms < 2500);
    s.close();
  });
  c.write('GET / HTTP/1.1\r\nHost: h\r\n\r\n');
});
