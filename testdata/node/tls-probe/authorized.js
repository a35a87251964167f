// rejectUnauthorized: false on the client, then socket.authorized and
// socket.authorizationError for every kind of server certificate; and the
// server's view (requestCert) of no, untrusted and trusted client
// certificates: authorized, authorizationError, getPeerCertificate() and
// getPeerX509Certificate().
'use strict';
const tls = require('tls');
const { read, run } = require('./_probe');

function serverCase(certName, keyName, log, clientExtra = {}, serverExtra = {}) {
  return new Promise((resolve) => {
    const server = tls.createServer({ key: read(keyName), cert: read(certName), ...serverExtra }, (s) => {
      if (serverExtra.requestCert) {
        log('server authorized', s.authorized, 'authorizationError', s.authorizationError);
        const pc = s.getPeerCertificate();
        log('server peer cert', pc && pc.subject ? pc.subject.CN : JSON.stringify(pc),
            'x509', s.getPeerX509Certificate() === undefined ? 'undefined' : s.getPeerX509Certificate().subject.split('\n').pop());
      }
      s.end('ok');
    });
    server.on('tlsClientError', (e) => log('server tlsClientError', e.code));
    server.listen(0, '127.0.0.1', () => {
      const c = tls.connect({ port: server.address().port, host: '127.0.0.1', servername: 'localhost',
        rejectUnauthorized: false, ...clientExtra }, () => {
        log('client authorized', c.authorized, 'authorizationError', JSON.stringify(c.authorizationError));
        log('client peer', c.getPeerCertificate().subject.CN, 'x509 issuer', c.getPeerX509Certificate().issuer.split('\n').pop());
      });
      c.on('data', (d) => log('client data', String(d)));
      c.on('error', (e) => log('client error', e.code));
      c.on('close', () => server.close(resolve));
    });
  });
}

const ca = read('ca.pem');
run([
  ['trusted chain', (log) => serverCase('server-ec-chain.pem', 'server-ec-key.pem', log, { ca })],
  ['chain, no ca given', (log) => serverCase('server-ec-chain.pem', 'server-ec-key.pem', log)],
  ['leaf without intermediate', (log) => serverCase('server-ec.pem', 'server-ec-key.pem', log, { ca })],
  ['self-signed', (log) => serverCase('server-selfsigned.pem', 'server-selfsigned-key.pem', log, { ca })],
  ['self-signed trusted as ca', (log) => serverCase('server-selfsigned.pem', 'server-selfsigned-key.pem', log, { ca: read('server-selfsigned.pem') })],
  ['expired', (log) => serverCase('server-expired.pem', 'server-expired-key.pem', log, { ca })],
  ['not yet valid', (log) => serverCase('server-notyet.pem', 'server-notyet-key.pem', log, { ca })],
  ['wrong host', (log) => serverCase('server-wronghost.pem', 'server-wronghost-key.pem', log, { ca })],
  ['untrusted chain', (log) => serverCase('server-untrusted-chain.pem', 'server-untrusted-key.pem', log, { ca })],
  ['untrusted leaf only', (log) => serverCase('server-untrusted.pem', 'server-untrusted-key.pem', log, { ca })],
  ['ca list with both roots', (log) => serverCase('server-untrusted-chain.pem', 'server-untrusted-key.pem', log, { ca: [ca, read('untrusted-ca.pem')] })],
  ['server requestCert, client sends none', (log) => serverCase('server-ec-chain.pem', 'server-ec-key.pem', log, { ca },
    { requestCert: true, rejectUnauthorized: false, ca })],
  ['server requestCert, untrusted client', (log) => serverCase('server-ec-chain.pem', 'server-ec-key.pem', log,
    { ca, key: read('client-untrusted-key.pem'), cert: read('client-untrusted.pem') }, { requestCert: true, rejectUnauthorized: false, ca })],
  ['server requestCert, trusted client', (log) => serverCase('server-ec-chain.pem', 'server-ec-key.pem', log,
    { ca, key: read('client-key.pem'), cert: read('client.pem') }, { requestCert: true, rejectUnauthorized: false, ca })],
  ['server requestCert without ca, trusted client', (log) => serverCase('server-ec-chain.pem', 'server-ec-key.pem', log,
    { ca, key: read('client-key.pem'), cert: read('client.pem') }, { requestCert: true, rejectUnauthorized: false })],
  ['client cert without requestCert', (log) => serverCase('server-ec-chain.pem', 'server-ec-key.pem', log,
    { ca, key: read('client-key.pem'), cert: read('client.pem') }, {})],
]);
