// socket.setTimeout(ms) arms a timer (net.js's Socket.prototype.setTimeout
// once called itself instead of the global setTimeout) and 'timeout' fires.
const net = require('net');
const srv = net.createServer((s) => {
  s.setTimeout(30);
  s.on('timeout', () => {
    console.log('server socket timeout', s.timeout);
    s.destroy();
    srv.close(() => console.log('server closed'));
  });
});
srv.listen(0, () => {
  const c = net.connect(srv.address().port, () => console.log('client connect'));
  c.on('close', () => console.log('client close'));
});
