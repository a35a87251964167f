// A socket whose data is never read, once its peer has closed, does not keep
// the process alive (libuv stops a stream's handle at EOF): the server's
// socket below never emits 'end' (nobody consumes 'hello'), so
// server.close()'s callback never runs, and still node exits with 0.
const net = require('net');
const server = net.createServer((s) => s.end());
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => c.write('hello'));
  c.resume();
  c.on('end', () => console.log('client end'));
  c.on('close', () => {
    console.log('client close');
    server.close(() => console.log('server closed (node never prints this)'));
  });
});
process.on('exit', (code) => console.log('exit', code));
