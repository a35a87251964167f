// A probe that reads the certificate and ends without ever reading what the
// server sent: once the server has closed, the unread socket does not keep
// the process alive (node exits; handshake used to wait forever).
'use strict';
const tls = require('tls');
const { cert, serverOptions } = require('./_common');

const server = tls.createServer(serverOptions(), (s) => s.end('hello from the server'));
server.listen(0, '127.0.0.1', () => {
  const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: cert('ca.pem'), servername: 'localhost' }, () => {
    console.log('connected', c.getProtocol(), c.getPeerCertificate().subject.CN, c.authorized);
    c.end();
    server.close(() => console.log('server closed'));
  });
  c.on('end', () => console.log('client end (never: nobody reads)'));
});
process.on('exit', (code) => console.log('exit', code));
