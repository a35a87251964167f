// POST bodies: Content-Length and chunked uploads, read with 'data',
// setEncoding, and echoed back.
const http = require('http');
const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (d) => chunks.push(d));
  req.on('end', () => {
    const body = Buffer.concat(chunks).toString();
    console.log('server got', req.method, req.url, JSON.stringify(body), req.headers['content-length'], req.headers['transfer-encoding']);
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify({ len: body.length, body }));
  });
});
function post(path, headers, parts) {
  return new Promise((resolve) => {
    const req = http.request({ port: server.address().port, method: 'POST', path, headers }, (res) => {
      res.setEncoding('utf8');
      let b = '';
      res.on('data', (d) => { b += d; });
      res.on('end', () => { console.log('client got', res.statusCode, b); resolve(); });
    });
    for (const p of parts.slice(0, -1)) req.write(p);
    req.end(parts[parts.length - 1]);
  });
}
server.listen(0, async () => {
  await post('/cl', { 'Content-Length': 11 }, ['hello', ' world']);
  await post('/chunked', {}, ['a', 'bb', Buffer.from('ccc'), '']);
  await post('/utf8', {}, ['héllo ', 'wörld ✓']);
  await post('/json', { 'Content-Type': 'application/json' }, [JSON.stringify({ a: 1, b: [1, 2] })]);
  await post('/empty', {}, ['']);
  server.close();
});
