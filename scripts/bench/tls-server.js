// The benchmark server: a tls.createServer echo server, the same script
// under node and handshake. Usage: server.js PORT; prints "ready" when
// listening.
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const certs = path.join(__dirname, '..', '..', 'testdata', 'certs');
const server = tls.createServer({
  key: fs.readFileSync(path.join(certs, 'server-ec-key.pem')),
  cert: fs.readFileSync(path.join(certs, 'server-ec-chain.pem')),
}, (socket) => {
  socket.on('error', () => {});
  socket.pipe(socket);
});
server.on('tlsClientError', () => {});
server.listen(Number(process.argv[2]), '127.0.0.1', () => console.log('ready'));
