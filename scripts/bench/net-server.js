// The raw TCP benchmark server: a net.createServer echo server (pipe to
// itself), the same script under node and handshake. Usage:
// net-server.js PORT; prints "ready" when listening.
const net = require('net');
const server = net.createServer((socket) => {
  socket.on('error', () => {});
  socket.pipe(socket);
});
server.listen(Number(process.argv[2]), '127.0.0.1', () => console.log('ready'));
