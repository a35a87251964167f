// A user walking getPeerCertificate(true)'s issuerCertificate chain up to
// the self-signed root and printing the fields people look at for each
// certificate, then console.log of the whole detailed object.
'use strict';
const tls = require('tls');
const crypto = require('crypto');
const { read } = require('./_probe');

const server = tls.createServer({ key: read('server-ec-key.pem'), cert: read('server-ec-chain.pem') }, (s) => s.end());
server.listen(0, '127.0.0.1', () => {
  const socket = tls.connect({ port: server.address().port, host: '127.0.0.1', servername: 'localhost', ca: read('ca.pem') }, () => {
    let cert = socket.getPeerCertificate(true);
    let depth = 0;
    while (cert) {
      console.log(`depth ${depth}: ${cert.subject.CN} (issuer ${cert.issuer.CN})`);
      console.log('  serialNumber', cert.serialNumber, 'ca', cert.ca);
      console.log('  valid', cert.valid_from, '->', cert.valid_to);
      console.log('  fingerprint', cert.fingerprint);
      console.log('  fingerprint256', cert.fingerprint256);
      console.log('  fingerprint512 length', cert.fingerprint512 && cert.fingerprint512.length);
      console.log('  bits', cert.bits, 'asn1Curve', cert.asn1Curve, 'nistCurve', cert.nistCurve);
      console.log('  pubkey', cert.pubkey && cert.pubkey.toString('hex').slice(0, 40), cert.pubkey && cert.pubkey.length);
      console.log('  subjectaltname', cert.subjectaltname);
      console.log('  infoAccess', cert.infoAccess);
      console.log('  ext_key_usage', cert.ext_key_usage);
      console.log('  raw matches fingerprint256',
        crypto.createHash('sha256').update(cert.raw).digest('hex').toUpperCase().match(/../g).join(':') === cert.fingerprint256);
      const x509 = new crypto.X509Certificate(cert.raw);
      const key = x509.publicKey;
      console.log('  key', key.asymmetricKeyType, key.asymmetricKeyDetails, key.export({ format: 'jwk' }).crv);
      console.log('  pubkey is the key\'s point', key.export({ format: 'der', type: 'spki' }).subarray(-65).equals(cert.pubkey));
      if (cert.issuerCertificate === cert) {
        console.log('  self-signed root, stop');
        break;
      }
      if (cert.fingerprint256 === (cert.issuerCertificate || {}).fingerprint256) {
        console.log('  same fingerprint but different object');
        break;
      }
      cert = cert.issuerCertificate;
      depth++;
    }
    const full = socket.getPeerCertificate(true);
    delete full.raw; delete full.pubkey;
    delete full.issuerCertificate.raw; delete full.issuerCertificate.pubkey;
    delete full.issuerCertificate.issuerCertificate.raw; delete full.issuerCertificate.issuerCertificate.pubkey;
    console.log(full);
    socket.end();
    server.close();
  });
});
