// What a user prints to learn the tls module: its defaults and constants,
// tls.rootCertificates, getCiphers() shape, and how they can be changed.
'use strict';
const tls = require('tls');
const crypto = require('crypto');
const util = require('util');

console.log('DEFAULT_MIN_VERSION', tls.DEFAULT_MIN_VERSION, 'DEFAULT_MAX_VERSION', tls.DEFAULT_MAX_VERSION);
console.log('DEFAULT_ECDH_CURVE', tls.DEFAULT_ECDH_CURVE);
console.log('DEFAULT_CIPHERS', tls.DEFAULT_CIPHERS);
console.log('CLIENT_RENEG_LIMIT', tls.CLIENT_RENEG_LIMIT, 'CLIENT_RENEG_WINDOW', tls.CLIENT_RENEG_WINDOW);
const roots = tls.rootCertificates;
console.log('rootCertificates', Array.isArray(roots), Object.isFrozen(roots), roots === tls.rootCertificates,
  roots.every((r) => r.startsWith('-----BEGIN CERTIFICATE-----\n') && r.endsWith('-----END CERTIFICATE-----')));
const subjects = roots.slice(0, 3).map((r) => new crypto.X509Certificate(r).subject.split('\n').pop());
console.log('first roots', subjects);
const ciphers = tls.getCiphers();
console.log('getCiphers', Array.isArray(ciphers), typeof ciphers[0], ciphers.includes('ecdhe-ecdsa-aes128-gcm-sha256'));
console.log('exports', Object.keys(tls).sort().join(' '));
console.log('SecureContext', typeof tls.SecureContext, 'TLSSocket', typeof tls.TLSSocket, 'Server', typeof tls.Server,
  'createSecurePair', typeof tls.createSecurePair);
console.log('checkServerIdentity', tls.checkServerIdentity.length, 'connect', tls.connect.length, 'createServer', tls.createServer.length);
// (the two sides' lines are printed at exit: their order is scheduling)
const late = {};
process.on('exit', () => console.log('server protocol after DEFAULT_MAX_VERSION change', late.server, 'client protocol', late.client));
tls.DEFAULT_MAX_VERSION = 'TLSv1.2';
const server = tls.createServer({ key: require('./_probe').read('server-ec-key.pem'), cert: require('./_probe').read('server-ec-chain.pem') }, (s) => {
  late.server = s.getProtocol();
  s.end();
});
server.listen(0, '127.0.0.1', () => {
  tls.DEFAULT_MAX_VERSION = 'TLSv1.3';
  const c = tls.connect({ port: server.address().port, host: '127.0.0.1', rejectUnauthorized: false }, () => {
    late.client = c.getProtocol();
    c.end();
  });
  c.on('data', () => {});
  c.on('close', () => server.close());
});
try {
  tls.DEFAULT_MIN_VERSION = 'TLSv1.4';
  tls.createSecureContext();
} catch (e) {
  console.log('bad DEFAULT_MIN_VERSION', e.code, e.message);
} finally {
  tls.DEFAULT_MIN_VERSION = 'TLSv1.2';
}
console.log(util.inspect(tls.createServer().address()));
