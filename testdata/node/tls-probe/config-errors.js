// createSecureContext failures: PEM and key loading, passphrases, PFX,
// ciphers, curves and protocol versions.
'use strict';
const tls = require('tls');
const { read, describe } = require('./_probe');

const key = read('server-ec-key.pem');
const cert = read('server-ec.pem');
const encKey = read('server-ec-key-encrypted.pem');
const legacyKey = read('server-ec-key-legacy-encrypted.pem');
const pfx = read('server-ec.pfx');
const certDER = Buffer.from(String(cert).split('\n').filter((l) => l && !l.startsWith('-----')).join(''), 'base64');

const cases = {
  'garbage key': { key: 'not a key', cert },
  'garbage cert': { key, cert: 'not a cert' },
  'empty key string': { key: '', cert },
  'cert PEM as key': { key: cert, cert },
  'key PEM as cert': { key, cert: key },
  'DER cert': { key, cert: certDER },
  'garbage ca': { ca: 'not a ca' },
  'ca PEM with garbage after': { ca: String(read('ca.pem')) + 'junk' },
  'key/cert mismatch': { key: read('server-rsa-key.pem'), cert },
  'key/cert mismatch ec': { key: read('client-key.pem'), cert },
  'cert without key': { cert },
  'key without cert': { key },
  'encrypted key, right passphrase': { key: encKey, passphrase: 'handshake', cert },
  'encrypted key, wrong passphrase': { key: encKey, passphrase: 'wrong', cert },
  'encrypted key, no passphrase': { key: encKey, cert },
  'encrypted key in object, passphrase': { key: [{ pem: encKey, passphrase: 'handshake' }], cert },
  'encrypted key in object, wrong passphrase': { key: [{ pem: encKey, passphrase: 'nope' }], cert },
  'legacy encrypted key, right passphrase': { key: legacyKey, passphrase: 'handshake', cert },
  'legacy encrypted key, wrong passphrase': { key: legacyKey, passphrase: 'wrong', cert },
  'legacy encrypted key, no passphrase': { key: legacyKey, cert },
  'pfx, right passphrase': { pfx, passphrase: 'handshake' },
  'pfx, wrong passphrase': { pfx, passphrase: 'wrong' },
  'pfx, no passphrase': { pfx },
  'pfx in object': { pfx: [{ buf: pfx, passphrase: 'handshake' }] },
  'pfx garbage': { pfx: Buffer.from('not a pfx') },
  'pfx is PEM': { pfx: cert },
  'key number': { key: 42, cert },
  'cert number': { key, cert: 42 },
  'ca number': { ca: 42 },
  'ciphers FOO': { ciphers: 'FOO' },
  'ciphers :': { ciphers: ':' },
  'ciphers TLS_FOO': { ciphers: 'TLS_FOO' },
  'ciphers number': { ciphers: 1 },
  'ecdhCurve foo': { ecdhCurve: 'foo' },
  'ecdhCurve number': { ecdhCurve: 1 },
  'minVersion TLSv1.4': { minVersion: 'TLSv1.4' },
  'maxVersion SSLv3': { maxVersion: 'SSLv3' },
  'minVersion number': { minVersion: 12 },
  'secureProtocol foo': { secureProtocol: 'foo' },
  'secureProtocol SSLv3': { secureProtocol: 'SSLv3_method' },
  'secureProtocol + minVersion': { secureProtocol: 'TLSv1_2_method', minVersion: 'TLSv1.2' },
  'sessionIdContext number': { sessionIdContext: 1 },
  'ticketKeys short': { ticketKeys: Buffer.alloc(10) },
  'sigalgs empty': { sigalgs: '' },
  'passphrase number': { key: encKey, passphrase: 42, cert },
};
for (const [name, opts] of Object.entries(cases)) {
  try {
    tls.createSecureContext(opts);
    console.log(`${name}: ok`);
  } catch (e) {
    console.log(`${name}: ${describe(e)}`);
  }
}
// Server creation reports the same errors.
try {
  tls.createServer({ key: 'x', cert: 'y' });
} catch (e) {
  console.log('createServer garbage:', describe(e));
}
