// Agent pool limits and bookkeeping: maxTotalSockets across hosts, fifo
// scheduling, maxFreeSockets, the 'free' event, socket timeouts of free
// sockets, destroy().
const http = require('http');
const server = http.createServer((req, res) => setTimeout(() => res.end(req.url), 5));
let conns = 0;
server.on('connection', () => conns++);
function get(agent, path, host = 'localhost') {
  return new Promise((resolve) => {
    const req = http.get({ port: server.address().port, host, path, agent }, (res) => {
      let b = '';
      res.on('data', (d) => { b += d; });
      // a kept-alive request closes when its socket goes back to the pool
      req.on('close', () => resolve(b));
    });
  });
}
server.listen(0, async () => {
  const a = new http.Agent({ keepAlive: true, maxTotalSockets: 1 });
  const order = await Promise.all([get(a, '/1'), get(a, '/2', '127.0.0.1'), get(a, '/3')]);
  console.log('maxTotal', order.join(' '), 'total', a.totalSocketCount);
  a.destroy();
  const b = new http.Agent({ keepAlive: true, maxFreeSockets: 1 });
  let frees = 0;
  b.on('free', () => frees++);
  conns = 0;
  await Promise.all([get(b, '/a'), get(b, '/b'), get(b, '/c')]);
  await new Promise((r) => setImmediate(r));
  const name = Object.keys(b.freeSockets)[0];
  console.log('maxFree', b.freeSockets[name].length, 'frees', frees, 'conns', conns);
  const sock = b.freeSockets[name][0];
  console.log('free socket timeout', sock.timeout, sock.listenerCount('timeout') > 0);
  b.destroy();
  await new Promise((r) => setImmediate(r));
  console.log('after destroy', Object.keys(b.freeSockets).length, Object.keys(b.sockets).length, sock.destroyed);
  const c = new http.Agent({ keepAlive: true, timeout: 30 });
  await get(c, '/t');
  await new Promise((r) => setImmediate(r));
  const s = c.freeSockets[Object.keys(c.freeSockets)[0]][0];
  console.log('agent timeout', s.timeout);
  await new Promise((r) => s.on('close', r));
  console.log('idle free socket closed', Object.keys(c.freeSockets).length);
  const d = new http.Agent({ keepAlive: true, scheduling: 'fifo' });
  await Promise.all([get(d, '/x'), get(d, '/y')]);
  await new Promise((r) => setImmediate(r));
  const free = d.freeSockets[Object.keys(d.freeSockets)[0]];
  const first = free[0];
  const r = http.get({ port: server.address().port, agent: d }, (res) => { res.resume(); });
  console.log('fifo takes first', r.reusedSocket === false, free.length);
  r.on('socket', (sk) => {
    console.log('fifo reused first', sk === first);
    r.on('close', () => { d.destroy(); server.close(); });
  });
});
