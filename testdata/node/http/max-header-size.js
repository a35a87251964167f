// Header size limits: a server's maxHeaderSize answers 431; a client's
// maxHeaderSize rejects a large response head with HPE_HEADER_OVERFLOW.
const http = require('http');
const server = http.createServer({ maxHeaderSize: 1024 }, (req, res) => {
  res.setHeader('X-Big', 'b'.repeat(+req.headers['x-want'] || 0));
  res.end('ok');
});
function get(headers, extra = {}) {
  return new Promise((resolve) => {
    const req = http.get({ port: server.address().port, headers, agent: false, ...extra }, (res) => {
      res.resume();
      res.on('end', () => resolve(`${res.statusCode} ${res.statusMessage} ${res.headers.connection}`));
    });
    req.on('error', (e) => resolve(`error ${e.code} ${e.message}`));
  });
}
server.listen(0, async () => {
  console.log(await get({ 'X-Small': 'a'.repeat(100) }));
  console.log(await get({ 'X-Large': 'a'.repeat(2000) }));
  console.log(await get({ 'X-Want': '3000' }, { maxHeaderSize: 2048 }));
  console.log(await get({ 'X-Want': '3000' }));
  server.close();
});
