// The forms of http.request/get: URL string, URL object, URL plus
// options, options alone; hostname over host; Host header forms
// (default port dropped, IPv6 brackets); method case.
const http = require('http');
const server = http.createServer((req, res) => {
  res.end(`${req.method} ${req.url} host=${(req.headers.host || '').replace(/:\d+$/, ':PORT')} auth=${req.headers.authorization || ''} x=${req.headers['x-opt'] || ''}`);
});
function show(req) {
  return new Promise((resolve) => {
    req.on('response', (res) => {
      let b = '';
      res.on('data', (d) => { b += d; });
      res.on('end', () => { console.log(b); resolve(); });
    });
    req.on('error', (e) => { console.log('error', e.code); resolve(); });
    req.end();
  });
}
server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const base = `http://127.0.0.1:${port}`;
  await show(http.request(base + '/str?a=1'));
  await show(http.request(new URL(base + '/urlobj#hash')));
  await show(http.request(base + '/merge', { method: 'put', headers: { 'X-Opt': 'o' } }));
  await show(http.request(new URL(base + '/urlmerge'), { path: '/override' }));
  await show(http.request({ hostname: '127.0.0.1', host: 'ignored.invalid', port, path: '/hostname' }));
  await show(http.request({ host: '127.0.0.1', port, path: '/ip', headers: { host: 'custom:1' } }));
  await show(http.request({ host: '127.0.0.1', port: String(port), path: '/strport', auth: 'a:b' }));
  await show(http.request({ host: '127.0.0.1', port, path: '/defport', defaultPort: port }));
  await show(http.request(`http://user:pa%3Ass@127.0.0.1:${port}/userinfo`));
  const cb = [];
  const r = http.request({ host: '127.0.0.1', port, path: '/cb' }, () => cb.push('cb'));
  await show(r);
  console.log('callback', cb.join());
  const req = http.request({ host: '127.0.0.1', port, method: 'patch' });
  console.log('method', req.method, req.path, req.host, req.protocol);
  req.destroy();
  req.on('error', () => {});
  server.close();
  http.globalAgent.destroy();
});
