// An https server from a PKCS#12 file with a passphrase; the client checks
// the chain against the CA and reads the certificate.
const https = require('https');
const read = require('./_certs');
const server = https.createServer({ pfx: read('server-ec.pfx'), passphrase: 'handshake' }, (req, res) => res.end('pfx ok'));
server.listen(0, () => {
  https.get({ port: server.address().port, host: 'localhost', ca: read('ca.pem'), agent: false }, (res) => {
    const cert = res.socket.getPeerCertificate(true);
    console.log(res.statusCode, res.socket.authorized, cert.subject.CN, cert.issuerCertificate.subject.CN, cert.issuerCertificate.issuerCertificate.subject.CN);
    res.setEncoding('utf8');
    res.on('data', (d) => console.log(d));
    res.on('end', () => server.close());
  });
});
