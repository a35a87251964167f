// fetch failures: TypeError('fetch failed') with the cause, bad URLs,
// bad ports, unknown schemes, GET with a body, aborts.
(async () => {
  const show = (e) => console.log(e.name, e.message, e.cause ? `cause: ${e.cause.name} ${e.cause.message} ${e.cause.code}` : '');
  for (const [url, init] of [
    ['nope', undefined],
    ['http://127.0.0.1:1/', undefined],
    ['ftp://127.0.0.1/x', undefined],
    ['http://127.0.0.1:9/', { method: 'GET', body: 'x' }],
    ['http://127.0.0.1:9/', { method: 'BAD METHOD' }],
  ]) {
    try { await fetch(url, init); console.log('no error'); } catch (e) { show(e); }
  }
  const net = require('net');
  const refused = await new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => resolve(p)); });
  });
  try { await fetch(`http://127.0.0.1:${refused}/`); } catch (e) { console.log(e.message, e.cause.code, e.cause.syscall, e.cause.address); }
  const ac = new AbortController();
  ac.abort();
  try { await fetch('http://127.0.0.1:9/', { signal: ac.signal }); } catch (e) { console.log(e.name, e.message, e.code); }
  const ac2 = new AbortController();
  ac2.abort(new Error('my reason'));
  try { await fetch('http://127.0.0.1:9/', { signal: ac2.signal }); } catch (e) { console.log(e.name, e.message); }
})();
