// ServerResponse/ClientRequest header methods and their errors.
const http = require('http');
let endCalled = false;
process.on('exit', () => console.log('end callback called', endCalled));
const server = http.createServer((req, res) => {
  res.setHeader('X-Foo', 'bar');
  res.setHeader('x-num', 42);
  res.setHeader('Set-Cookie', ['a', 'b']);
  console.log(res.getHeader('x-foo'), res.getHeader('X-NUM'), res.getHeader('nope'));
  console.log(JSON.stringify(res.getHeaders()), Object.getPrototypeOf(res.getHeaders()));
  console.log(res.getHeaderNames(), res.getRawHeaderNames());
  console.log(res.hasHeader('X-FOO'), res.hasHeader('y'));
  res.removeHeader('x-num');
  console.log(res.getHeaderNames());
  res.appendHeader('X-Foo', 'baz');
  console.log(res.getHeader('x-foo'));
  for (const [name, value] of [['bad name', 'v'], ['', 'v'], ['ok', undefined], ['ok', 'bad\nvalue'], [{}, 'v']]) {
    try { res.setHeader(name, value); } catch (e) { console.log(e.name, e.code, e.message); }
  }
  try { res.writeHead(1000); } catch (e) { console.log(e.name, e.code, e.message); }
  try { res.writeHead(99); } catch (e) { console.log(e.name, e.code, e.message); }
  res.writeHead(200, { 'X-Late': 'y' });
  try { res.setHeader('a', 'b'); } catch (e) { console.log(e.name, e.code, e.message); }
  try { res.removeHeader('a'); } catch (e) { console.log(e.name, e.code, e.message); }
  try { res.writeHead(200); } catch (e) { console.log(e.name, e.code, e.message); }
  res.end('x', () => { endCalled = true; });
  res.end();
  res.write('more', (err) => console.log('write after end cb', err && err.code));
  res.on('error', (e) => console.log('res error', e.code, e.message));
});
server.listen(0, () => {
  const req = http.request({ port: server.address().port, headers: { 'X-Init': 'i' } }, (res) => {
    console.log('status', res.statusCode, JSON.stringify(res.headers['set-cookie']), res.headers['x-foo'], res.headers['x-late']);
    res.resume();
    res.on('end', () => server.close());
  });
  console.log(req.getHeader('x-init'), req.getHeader('host') === `localhost:${server.address().port}`, req.getHeaderNames());
  try { http.request({ port: 1, method: 'B@D' }); } catch (e) { console.log(e.name, e.code, e.message); }
  try { http.request({ port: 1, path: '/a b' }); } catch (e) { console.log(e.name, e.code, e.message); }
  try { http.request({ port: 1, protocol: 'https:' }); } catch (e) { console.log(e.name, e.code, e.message); }
  try { http.request('not a url'); } catch (e) { console.log(e.name, e.code, e.message); }
  try { http.request({ port: 1, agent: 5 }); } catch (e) { console.log(e.name, e.code, e.message); }
  try { http.request({ port: 1, headers: { 'bad header': 1 } }); } catch (e) { console.log(e.name, e.code, e.message); }
  req.end();
  try { req.setHeader('x', 'y'); } catch (e) { console.log(e.name, e.code, e.message); }
});
