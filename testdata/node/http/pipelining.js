// Pipelined requests on one connection get their responses in order, even
// when a later handler finishes first; maxHeadersCount trims headers.
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {
  const delay = { '/slow': 40, '/mid': 20 }[req.url] || 0;
  console.log('request', req.url, Object.keys(req.headers).length);
  setTimeout(() => res.end(req.url), delay);
});
server.maxHeadersCount = 2;
server.listen(0, () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  let data = '';
  c.setEncoding('latin1');
  c.on('data', (d) => {
    data += d;
    if ((data.match(/HTTP\/1.1 200/g) || []).length === 3) {
      console.log(JSON.stringify(data.replace(/Date: [^\r]*\r\n/g, '')));
      c.end();
      server.close();
    }
  });
  c.write('GET /slow HTTP/1.1\r\nHost: h\r\nA: 1\r\nB: 2\r\n\r\nGET /mid HTTP/1.1\r\nHost: h\r\n\r\nGET /fast HTTP/1.1\r\nHost: h\r\n\r\n');
});
