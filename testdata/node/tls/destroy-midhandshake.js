// A client destroyed right after its TCP 'connect' (before the handshake
// can finish): the server sees 'tlsClientError' ECONNRESET "socket hang
// up" (or the reset itself) and no 'secureConnection'; the client only
// 'close'.
const tls = require('tls');
const { cert, recorder, serverOptions } = require('./_common');
const rec = recorder();

const server = tls.createServer(serverOptions(), () => rec.log('server', 'secureConnection'));
server.on('connection', (raw) => {
  rec.log('server', 'connection');
  raw.on('close', () => rec.log('server', 'raw close'));
});
server.on('tlsClientError', (err, socket) => {
  rec.log('server', 'tlsClientError', err.code, err.message, 'destroyed=' + socket.destroyed);
  server.close(() => rec.log('server', 'close'));
});
server.listen(0, '127.0.0.1', () => {
  const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: cert('ca.pem'), servername: 'localhost' });
  c.on('connect', () => {
    rec.log('client', 'connect');
    c.destroy();
  });
  c.on('secureConnect', () => rec.log('client', 'secureConnect'));
  c.on('error', (e) => rec.log('client', 'error', e.code));
  c.on('close', (hadError) => rec.log('client', 'close', hadError, 'authorized=' + c.authorized));
});
