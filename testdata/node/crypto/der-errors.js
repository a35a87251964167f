// Errors for malformed DER given to createPublicKey/createPrivateKey: the
// EC point a TLS probe finds in getPeerCertificate().pubkey passed as an
// SPKI, random and short bytes, truncated keys, valid keys of another
// encoding, an empty buffer. Node's are OpenSSL's ASN.1 template decoder
// errors (code, message, opensslErrorStack); handshake rebuilds them.
const c = require('crypto');
const fs = require('fs');
const path = require('path');
const tls = require('tls');
const cert = (f) => fs.readFileSync(path.join(__dirname, '..', '..', 'certs', f));

const show = (label, fn) => {
  try {
    const k = fn();
    console.log(label, 'ok', k.type, k.asymmetricKeyType);
  } catch (e) {
    console.log(label, e.name, e.code, e.message, Object.keys(e).join(','));
    if (e.opensslErrorStack) console.log('  ', e.opensslErrorStack.join(' | '));
  }
};
const all = (name, b) => {
  for (const type of ['spki', 'pkcs1']) show(`${name} public ${type}`, () => c.createPublicKey({ key: b, format: 'der', type }));
  for (const type of ['pkcs1', 'pkcs8', 'sec1']) show(`${name} private ${type}`, () => c.createPrivateKey({ key: b, format: 'der', type }));
};

const ecPriv = c.createPrivateKey(cert('server-ec-key.pem'));
const rsaPriv = c.createPrivateKey(cert('server-rsa-key.pem'));
const ecSpki = c.createPublicKey(cert('server-ec.pem')).export({ format: 'der', type: 'spki' });
const rsaSpki = c.createPublicKey(cert('server-rsa.pem')).export({ format: 'der', type: 'spki' });
const ecPoint = ecSpki.subarray(ecSpki.length - 65);
const inputs = {
  ecPoint,
  empty: Buffer.alloc(0),
  short: Buffer.from([1, 2, 3]),
  oneByte: Buffer.from([0x30]),
  emptySeq: Buffer.from([0x30, 0]),
  random: Buffer.from('8f1c2b3a4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8', 'hex'),
  zeros: Buffer.alloc(16),
  truncEcSpki: ecSpki.subarray(0, 40),
  truncRsaSpki: rsaSpki.subarray(0, rsaSpki.length - 10),
  ecSpki,
  rsaSpki,
  rsaPkcs1: c.createPublicKey(rsaPriv).export({ format: 'der', type: 'pkcs1' }),
  rsaPkcs8: rsaPriv.export({ format: 'der', type: 'pkcs8' }),
  rsaPkcs1Priv: rsaPriv.export({ format: 'der', type: 'pkcs1' }),
  ecSec1: ecPriv.export({ format: 'der', type: 'sec1' }),
  ecPkcs8: ecPriv.export({ format: 'der', type: 'pkcs8' }),
  // Points whose first coordinate byte reads as each kind of length.
  pointShortLen: Buffer.concat([Buffer.from([4, 0x20]), Buffer.alloc(63, 0x11)]),
  pointTooLong: Buffer.concat([Buffer.from([4, 0x70]), Buffer.alloc(63, 0x11)]),
  pointLongLen: Buffer.concat([Buffer.from([4, 0x82, 0x01, 0x00]), Buffer.alloc(61, 0x11)]),
  bigLength: Buffer.from('3085cc620000000000000000', 'hex'),
  spkiBadPoint: Buffer.concat([ecSpki.subarray(0, ecSpki.length - 65), Buffer.alloc(65, 0x04)]),
};
for (const [name, b] of Object.entries(inputs)) all(name, b);

// The TLS probe itself: the peer certificate's pubkey is the raw EC point.
const server = tls.createServer({ key: cert('server-ec-key.pem'), cert: cert('server-ec.pem') }, (s) => s.end());
server.listen(0, '127.0.0.1', () => {
  const sock = tls.connect({ port: server.address().port, host: '127.0.0.1', rejectUnauthorized: false }, () => {
    const { pubkey } = sock.getPeerCertificate();
    console.log('peer pubkey', pubkey.length, pubkey[0], pubkey.equals(ecPoint));
    show('peer pubkey as spki', () => c.createPublicKey({ key: pubkey, format: 'der', type: 'spki' }));
    show('peer raw cert', () => c.createPublicKey({ key: sock.getPeerCertificate().raw, format: 'der', type: 'spki' }));
    sock.end();
    server.close();
  });
  sock.on('data', () => {});
});
