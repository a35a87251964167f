// fetch against a local http server: status, headers, bodies, and the
// request bytes fetch sends (header order and defaults as undici's).
const net = require('net');
const raw = [];
const server = net.createServer((s) => {
  s.once('data', (d) => {
    raw.push(d.toString().replace(/:\d+\r\n/, ':PORT\r\n'));
    s.end('HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-A: 1\r\nX-A: 2\r\nSet-Cookie: a=1\r\nSet-Cookie: b=2\r\nContent-Length: 13\r\n\r\n{"hello":"w"}');
  });
});
server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const r = await fetch(`${base}/p?q=1`, { method: 'POST', body: 'abc', headers: { 'X-Custom': 'v' } });
  console.log(r.status, r.statusText, r.ok, r.type, r.redirected, r.url.replace(/:\d+/, ':PORT'));
  console.log(r.headers.get('x-a'), r.headers.getSetCookie(), [...r.headers]);
  console.log(await r.json(), r.bodyUsed);
  try { await r.text(); } catch (e) { console.log(e.name, e.message); }
  const r2 = await fetch(`${base}/get`);
  console.log(await r2.text());
  const r3 = await fetch(new URL(`${base}/params`), { method: 'PUT', body: new URLSearchParams({ a: '1', b: 'x y' }) });
  console.log(r3.status, await r3.arrayBuffer().then((b) => b.byteLength));
  const r4 = await fetch(`${base}/buf`, { method: 'post', body: new Uint8Array([1, 2, 3]), headers: [['accept', 'text/plain']] });
  console.log((await r4.blob()).type);
  console.log(raw.join('\n---\n'));
  server.close();
});
