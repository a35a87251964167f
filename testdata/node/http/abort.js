// Ending a request early: AbortSignal (AbortError with the reason as
// cause), destroy(err), abort() with its 'abort' event, destroy after the
// response started ('aborted' on the response).
const http = require('http');
const seq = {};
const ev = (obj, name) => { (seq[obj] ||= []).push(name); };
process.on('exit', () => { for (const k of Object.keys(seq).sort()) console.log(k, seq[k].join(' ')); });
const server = http.createServer((req, res) => {
  if (req.url === '/stream') { res.write('first'); return; }
  setTimeout(() => res.end('late'), 200);
});
function watch(label, req) {
  req.on('error', (e) => ev(label, `error ${e.name} ${e.code} ${e.message}${e.cause ? ' cause=' + e.cause : ''}`));
  req.on('abort', () => ev(label, 'abort'));
  req.on('close', () => ev(label, 'close ' + req.destroyed));
  return new Promise((r) => req.on('close', r));
}
server.listen(0, async () => {
  const port = server.address().port;
  const ac = new AbortController();
  const p1 = watch('signal', http.get({ port, signal: ac.signal, agent: false }));
  setTimeout(() => ac.abort('stop it'), 20);
  await p1;
  const pre = AbortSignal.abort();
  await watch('pre-aborted', http.get({ port, signal: pre, agent: false }));
  const r2 = http.get({ port, agent: false });
  const p2 = watch('destroy', r2);
  setTimeout(() => r2.destroy(new Error('custom')), 20);
  await p2;
  const r3 = http.get({ port, agent: false });
  const p3 = watch('abort', r3);
  setTimeout(() => { r3.abort(); ev('abort', 'aborted=' + r3.aborted); }, 20);
  await p3;
  const r4 = http.get({ port, path: '/stream', agent: false }, (res) => {
    res.on('data', (d) => { ev('stream res', 'data ' + d); r4.destroy(); });
    res.on('aborted', () => ev('stream res', 'aborted'));
    res.on('error', (e) => ev('stream res', 'error ' + e.code));
    res.on('close', () => ev('stream res', 'close'));
  });
  await watch('stream', r4);
  server.closeAllConnections();
  server.close();
});
