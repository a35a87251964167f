// diff-env: NODE_EXTRA_CA_CERTS=../../certs/ca.pem
// NODE_EXTRA_CA_CERTS adds the test CA to Node's bundled roots: a client
// with no `ca` trusts the server; a client with its own `ca` uses only that
// (the extra certificate is not added to it).
const tls = require('tls');
const { cert, recorder, serverOptions } = require('./_common');
const rec = recorder();

const server = tls.createServer(serverOptions(), (s) => s.end('hi'));
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const a = tls.connect({ port, host: '127.0.0.1', servername: 'localhost' }, () => {
    rec.log('no ca', 'secureConnect authorized=' + a.authorized, 'issuer=' + a.getPeerCertificate(true).issuerCertificate.issuer.CN);
  });
  a.on('data', () => {});
  a.on('error', (e) => rec.log('no ca', 'error', e.code));
  a.on('close', () => {
    const b = tls.connect({ port, host: '127.0.0.1', servername: 'localhost', ca: cert('untrusted-ca.pem') }, () => rec.log('own ca', 'secureConnect'));
    b.on('error', (e) => rec.log('own ca', 'error', e.code, e.message));
    b.on('close', () => server.close());
  });
});
rec.log('roots', 'rootCertificates excludes the extra CA:',
  !require('tls').rootCertificates.some((p) => p.includes(String(cert('ca.pem')).split('\n')[1])));
