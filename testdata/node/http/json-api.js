// A small JSON API as people write it: routing on method and URL, reading
// JSON bodies, 404/405/400 answers, a client helper with promises.
const http = require('http');
const items = new Map();
let nextId = 1;
const server = http.createServer(async (req, res) => {
  const send = (code, obj) => {
    const body = JSON.stringify(obj);
    res.writeHead(code, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
    res.end(body);
  };
  const url = new URL(req.url, 'http://x');
  const chunks = [];
  await new Promise((r) => { req.on('data', (c) => chunks.push(c)); req.on('end', r); });
  let body;
  try { body = chunks.length ? JSON.parse(Buffer.concat(chunks)) : undefined; } catch { return send(400, { error: 'bad json' }); }
  if (url.pathname === '/items' && req.method === 'GET') return send(200, [...items.values()]);
  if (url.pathname === '/items' && req.method === 'POST') {
    const item = { id: nextId++, ...body };
    items.set(item.id, item);
    return send(201, item);
  }
  const m = /^\/items\/(\d+)$/.exec(url.pathname);
  if (m && req.method === 'DELETE') return send(items.delete(+m[1]) ? 200 : 404, { deleted: +m[1] });
  if (m) return send(405, { error: 'method' });
  send(404, { error: 'not found', path: url.pathname });
});
function call(method, path, data) {
  return new Promise((resolve, reject) => {
    const req = http.request({ port: server.address().port, method, path, headers: { 'Content-Type': 'application/json' } }, (res) => {
      let b = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { b += d; });
      res.on('end', () => resolve(`${res.statusCode} ${res.headers['content-type']} ${b}`));
    });
    req.on('error', reject);
    req.end(data === undefined ? undefined : typeof data === 'string' ? data : JSON.stringify(data));
  });
}
server.listen(0, async () => {
  console.log(await call('GET', '/items'));
  console.log(await call('POST', '/items', { name: 'a' }));
  console.log(await call('POST', '/items', { name: 'b', tags: ['x'] }));
  console.log(await call('GET', '/items'));
  console.log(await call('DELETE', '/items/1'));
  console.log(await call('DELETE', '/items/9'));
  console.log(await call('PUT', '/items/2', {}));
  console.log(await call('POST', '/items', '{bad'));
  console.log(await call('GET', '/nope?q=1'));
  server.close();
  http.globalAgent.destroy();
});
