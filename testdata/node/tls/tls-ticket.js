// getTLSTicket: undefined before a ticket and on a server, a Buffer at
// 'secureConnect' on TLS 1.2 and only from the first 'session' event on TLS
// 1.3 (tickets come after the handshake), null once the socket is closed.
// (OpenSSL sends two TLS 1.3 tickets, crypto/tls one: only the first
// 'session' event is logged.)
const tls = require('tls');
const { cert, recorder, serverOptions } = require('./_common');
const rec = recorder();

function round(v, next) {
  const server = tls.createServer({ ...serverOptions(), maxVersion: v }, (s) => {
    rec.log(`${v} server`, 'getTLSTicket', s.getTLSTicket());
    setTimeout(() => s.end('x'), 50);
  });
  server.listen(0, '127.0.0.1', () => {
    const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: cert('ca.pem'), servername: 'localhost' });
    rec.log(`${v} client`, 'before', c.getTLSTicket());
    c.on('secureConnect', () => {
      const t = c.getTLSTicket();
      rec.log(`${v} client`, 'at secureConnect', Buffer.isBuffer(t), t && t.length > 0);
    });
    let sessions = 0;
    c.on('session', (session) => {
      if (sessions++) return;
      const t = c.getTLSTicket();
      rec.log(`${v} client`, 'at session', Buffer.isBuffer(t), t && t.length > 0, 'session differs from ticket', !session.equals(t));
    });
    c.on('data', () => {});
    c.on('close', () => {
      rec.log(`${v} client`, 'after close', c.getTLSTicket());
      server.close(next);
    });
  });
}
round('TLSv1.2', () => round('TLSv1.3', () => {}));
