// A server with both an RSA and an ECDSA certificate: which one each client
// gets, by version and cipher list, and what getCertificate() reports on
// the server, as users check when they migrate to ECDSA. (TLS 1.3 is left
// out: OpenSSL picks by the client's signature algorithms, where an OpenSSL
// client puts ECDSA first and a Go client RSA-PSS, and crypto/tls by the
// order of the certificates; see the README.)
'use strict';
const tls = require('tls');
const { read, run } = require('./_probe');

function pair(serverExtra, clientOpts, log) {
  return new Promise((resolve) => {
    const server = tls.createServer({
      key: [read('server-rsa-key.pem'), read('server-ec-key.pem')],
      cert: [read('server-rsa-chain.pem'), read('server-ec-chain.pem')],
      ...serverExtra,
    }, (s) => {
      log('server getCertificate bits', s.getCertificate().bits, 'x509 key', s.getX509Certificate().publicKey.asymmetricKeyType);
      s.end();
    });
    server.on('tlsClientError', (e) => log('server tlsClientError', e.code));
    server.listen(0, '127.0.0.1', () => {
      const c = tls.connect({ port: server.address().port, host: '127.0.0.1', servername: 'localhost', ca: read('ca.pem'), ...clientOpts }, () => {
        const pc = c.getPeerCertificate();
        log('client got', pc.bits, pc.asn1Curve || 'RSA', 'protocol', c.getProtocol(), 'cipher', c.getProtocol() === 'TLSv1.2' ? c.getCipher().name : '(1.3)');
        c.end();
      });
      c.on('error', (e) => log('client error', e.code));
      c.on('close', () => setTimeout(() => server.close(resolve), 20));
    });
  });
}

run([
  ['TLS 1.2 default', (log) => pair({}, { maxVersion: 'TLSv1.2' }, log)],
  ['TLS 1.2 RSA suites only', (log) => pair({}, { maxVersion: 'TLSv1.2', ciphers: 'ECDHE-RSA-AES128-GCM-SHA256' }, log)],
  ['TLS 1.2 ECDSA suites only', (log) => pair({}, { maxVersion: 'TLSv1.2', ciphers: 'ECDHE-ECDSA-AES256-GCM-SHA384' }, log)],
  ['TLS 1.2 plain RSA key exchange', (log) => pair({}, { maxVersion: 'TLSv1.2', ciphers: 'AES128-GCM-SHA256' }, log)],
  ['certificates listed EC first, TLS 1.2', (log) => pair({ key: [read('server-ec-key.pem'), read('server-rsa-key.pem')],
    cert: [read('server-ec-chain.pem'), read('server-rsa-chain.pem')], ciphers: 'ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES256-GCM-SHA384' },
  { maxVersion: 'TLSv1.2', ciphers: 'ECDHE-RSA-AES256-GCM-SHA384' }, log)],
  ['server honorCipherOrder, RSA first', (log) => pair({ honorCipherOrder: true, ciphers: 'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256' },
    { maxVersion: 'TLSv1.2' }, log)],
]);
