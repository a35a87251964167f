// setTimeout emits 'timeout' without closing; an unref'd server does not
// keep the process alive; ref/unref on sockets.
const net = require('net');
const idle = net.createServer().listen(0, '127.0.0.1');
idle.unref();
const server = net.createServer((s) => { s.resume(); });
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.setTimeout(30, () => {
    console.log('timeout; destroyed:', c.destroyed, 'timeout prop:', c.timeout);
    c.destroy();
  });
  c.on('close', () => { console.log('closed'); server.close(); });
});
process.on('exit', () => console.log('exit'));
