// Event order on each side of a TLS 1.3 connection (per object).
const tls = require('tls');
const { cert, recorder, serverOptions } = require('./_common');
const rec = recorder();
const keylogName = (line) => line.toString().split(' ')[0];
// crypto/tls does not log EXPORTER_SECRET (README compatibility table)
const logged = (line) => keylogName(line) !== 'EXPORTER_SECRET';

const server = tls.createServer(serverOptions(), (s) => {
  rec.log('server', 'secureConnection', s.getProtocol(), s.authorized, s.encrypted);
  s.on('data', (d) => rec.log('server-socket', 'data', d.toString()));
  s.on('end', () => rec.log('server-socket', 'end'));
  s.on('close', (hadError) => {
    rec.log('server-socket', 'close', hadError);
    server.close(() => rec.log('server', 'close'));
  });
  s.end('hello from server');
});
server.on('connection', (raw) => rec.log('server', 'connection', raw.constructor.name));
server.on('keylog', (line, sock) => logged(line) && rec.log('server', 'keylog', keylogName(line), sock instanceof tls.TLSSocket));
server.listen(0, '127.0.0.1', () => {
  rec.log('server', 'listening');
  const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: cert('ca.pem'), servername: 'localhost' });
  c.on('connect', () => rec.log('client', 'connect'));
  c.on('keylog', (line) => logged(line) && rec.log('client', 'keylog', keylogName(line)));
  c.on('secureConnect', () => rec.log('client', 'secureConnect', c.getProtocol(), c.authorized, c.authorizationError));
  // node's OpenSSL server sends two tickets, Go's one; and when a ticket
  // lands relative to data depends on the server: log them apart
  let sessions = 0;
  c.on('session', (s) => { if (sessions++ === 0) rec.log('client-session', 'session', Buffer.isBuffer(s)); });
  c.on('data', (d) => rec.log('client', 'data', d.toString()));
  c.on('end', () => { rec.log('client', 'end'); c.end(); });
  c.on('close', (hadError) => rec.log('client', 'close', hadError));
});
