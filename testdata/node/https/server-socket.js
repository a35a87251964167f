// What a handler can read from req.socket on an https server: TLS version,
// pinned cipher, ALPN, SNI name, client certificate chain, authorization.
const https = require('https');
const read = require('./_certs');
const server = https.createServer({
  key: read('server-ec-key.pem'), cert: read('server-ec-chain.pem'), ca: read('ca.pem'),
  requestCert: true, rejectUnauthorized: true, ciphers: 'ECDHE-ECDSA-AES128-GCM-SHA256', maxVersion: 'TLSv1.2',
}, (req, res) => {
  const s = req.socket;
  console.log('encrypted', s.encrypted, 'authorized', s.authorized, 'error', s.authorizationError);
  console.log('protocol', s.getProtocol(), JSON.stringify(s.getCipher()));
  console.log('alpn', s.alpnProtocol, 'servername', s.servername, 'reused', s.isSessionReused());
  const peer = s.getPeerCertificate(true);
  console.log('peer', JSON.stringify(peer.subject), peer.issuer.CN, peer.issuerCertificate.subject.CN, Object.keys(peer).join(','));
  const own = s.getCertificate();
  console.log('own', own.subject.CN, own.issuer.CN);
  console.log('same socket', req.socket === res.socket, s.constructor.name, s.remoteAddress);
  res.end('done');
});
server.listen(0, '127.0.0.1', () => {
  https.get({
    port: server.address().port, host: '127.0.0.1', servername: 'localhost', ca: read('ca.pem'),
    cert: read('client.pem'), key: read('client-key.pem'), agent: false,
  }, (res) => {
    res.resume();
    res.on('end', () => server.close());
  });
});
