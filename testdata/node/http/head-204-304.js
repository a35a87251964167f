// Responses without bodies: HEAD, 204 and 304 end with no 'data'.
const http = require('http');
const server = http.createServer((req, res) => {
  if (req.url === '/204') { res.writeHead(204); res.end(); return; }
  if (req.url === '/304') { res.writeHead(304, { ETag: '"e"' }); res.end(); return; }
  res.setHeader('Content-Length', 10);
  res.end(req.method === 'HEAD' ? undefined : '0123456789');
});
function go(method, path) {
  return new Promise((resolve) => {
    const req = http.request({ port: server.address().port, method, path }, (res) => {
      let n = 0;
      res.on('data', (d) => { n += d.length; });
      res.on('end', () => {
        console.log(method, path, res.statusCode, res.statusMessage, 'bytes', n, 'complete', res.complete,
          'cl', res.headers['content-length'], 'te', res.headers['transfer-encoding'], 'conn', res.headers.connection);
        resolve();
      });
    });
    req.end();
  });
}
server.listen(0, async () => {
  await go('HEAD', '/');
  await go('GET', '/');
  await go('GET', '/204');
  await go('GET', '/304');
  await go('HEAD', '/204');
  server.close();
});
