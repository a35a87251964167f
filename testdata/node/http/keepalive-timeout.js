// keepAliveTimeout closes idle keep-alive connections and is advertised as
// Keep-Alive: timeout=N; headersTimeout answers a stalled head with 408.
const http = require('http');
const net = require('net');
const server = http.createServer({ keepAliveTimeout: 1000, headersTimeout: 100, requestTimeout: 200, connectionsCheckingInterval: 50 },
  (req, res) => res.end('x'));
server.listen(0, () => {
  const port = server.address().port;
  const c = net.connect(port, '127.0.0.1');
  let data = '';
  c.setEncoding('latin1');
  c.on('data', (d) => { data += d; });
  c.write('GET / HTTP/1.1\r\nHost: h\r\n\r\n');
  c.on('close', () => {
    console.log('ka closed', JSON.stringify(data.replace(/Date: [^\r]*\r\n/, '')));
    server.keepAliveTimeout = 100;
    const c2 = net.connect(port, '127.0.0.1');
    let d2 = '';
    const t0 = Date.now();
    c2.on('data', (d) => { d2 += d; });
    c2.write('GET / HTTP/1.1\r\nHost: h\r\n\r\n');
    c2.on('close', () => {
      console.log('short ka', /Keep-Alive: timeout=0/.test(d2), Date.now() - t0 < 1500);
      const c3 = net.connect(port, '127.0.0.1');
      let d3 = '';
      c3.on('data', (d) => { d3 += d; });
      c3.write('GET / HTTP/1.1\r\nHost: h\r\n');
      c3.on('close', () => {
        console.log('stalled head', JSON.stringify(d3));
        server.close();
      });
    });
  });
});
