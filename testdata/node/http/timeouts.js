// Timeouts: a request's options.timeout and setTimeout emit 'timeout' (the
// user destroys it), and server.setTimeout reports idle sockets.
const http = require('http');
const seq = {};
const ev = (obj, name) => { (seq[obj] ||= []).push(name); };
process.on('exit', () => { for (const k of Object.keys(seq).sort()) console.log(k, seq[k].join(' ')); });
const server = http.createServer((req, res) => {
  if (req.url === '/slow') setTimeout(() => res.end('late'), 300);
  else res.end('quick');
});
// (only the idle connection's timeout is logged: under load the server
// side of r1 or r2 can also sit 120 ms before its client's reset arrives)
let idlePort = -1;
server.setTimeout(120, (socket) => {
  if (socket.remotePort === idlePort) ev('server', 'timeout ' + typeof socket.destroy);
  socket.destroy();
});
server.listen(0, () => {
  const port = server.address().port;
  const r1 = http.get({ port, path: '/slow', timeout: 50, agent: false });
  r1.on('timeout', () => { ev('r1', 'timeout'); r1.destroy(); });
  r1.on('error', (e) => ev('r1', 'error ' + e.code + ' ' + e.message));
  r1.on('close', () => {
    ev('r1', 'close');
    const r2 = http.get({ port, path: '/slow', agent: false });
    r2.setTimeout(40, () => { ev('r2', 'timeout cb'); r2.destroy(new Error('gave up')); });
    r2.on('error', (e) => ev('r2', 'error ' + e.message));
    r2.on('close', () => {
      ev('r2', 'close');
      const r3 = http.get({ port, path: '/quick', timeout: 1000, agent: false }, (res) => {
        res.resume();
        res.on('end', () => ev('r3', 'end ' + res.statusCode));
      });
      r3.on('timeout', () => ev('r3', 'timeout'));
      r3.on('close', () => {
        ev('r3', 'close');
        // an idle raw connection: the server's 120ms timeout destroys it
        const c = require('net').connect(port, () => { idlePort = c.localPort; ev('idle', 'connect'); });
        c.on('close', () => { ev('idle', 'close'); server.close(); });
      });
    });
  });
});
