// maxRequestsPerSocket: the Keep-Alive header carries max=N, the last
// allowed response says Connection: close, and a request past the limit
// gets 503 plus 'dropRequest'; requireHostHeader answers 400 without Host.
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => res.end(req.url));
server.maxRequestsPerSocket = 2;
server.on('dropRequest', (req, socket) => console.log('dropRequest', req.url, typeof socket.write));
function raw(port, text) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    let data = '';
    c.setEncoding('latin1');
    c.on('data', (d) => { data += d; });
    c.on('close', () => { console.log(JSON.stringify(data.replace(/Date: [^\r]*\r\n/g, ''))); resolve(); });
    c.write(text);
    setTimeout(() => c.end(), 200);
  });
}
server.listen(0, async () => {
  const port = server.address().port;
  await raw(port, 'GET /1 HTTP/1.1\r\nHost: h\r\n\r\nGET /2 HTTP/1.1\r\nHost: h\r\n\r\nGET /3 HTTP/1.1\r\nHost: h\r\n\r\n');
  await raw(port, 'GET /nohost HTTP/1.1\r\n\r\n');
  await raw(port, 'GET /nohost10 HTTP/1.0\r\n\r\n');
  server.close();
  const lax = http.createServer({ requireHostHeader: false }, (req, res) => res.end('lax ' + req.headers.host));
  lax.listen(0, async () => {
    await raw(lax.address().port, 'GET / HTTP/1.1\r\nConnection: close\r\n\r\n');
    lax.close();
  });
});
