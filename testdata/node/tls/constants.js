// Module constants and lists: DEFAULT_* (and that they are settable and
// honoured), CLIENT_RENEG_*, rootCertificates (frozen PEM strings),
// getCiphers() (the suites both runtimes have; Node lists more), and the
// module's function names.
const tls = require('tls');

console.log('DEFAULT_CIPHERS', tls.DEFAULT_CIPHERS);
console.log('DEFAULT_ECDH_CURVE', tls.DEFAULT_ECDH_CURVE);
console.log('DEFAULT_MIN_VERSION', tls.DEFAULT_MIN_VERSION, 'DEFAULT_MAX_VERSION', tls.DEFAULT_MAX_VERSION);
console.log('CLIENT_RENEG_LIMIT', tls.CLIENT_RENEG_LIMIT, 'CLIENT_RENEG_WINDOW', tls.CLIENT_RENEG_WINDOW);
const roots = tls.rootCertificates;
console.log('rootCertificates', Array.isArray(roots), Object.isFrozen(roots), roots.length, roots === tls.rootCertificates);
console.log('first root starts', JSON.stringify(roots[0].slice(0, 28)), 'ends', JSON.stringify(roots[0].slice(-25)));
console.log('all PEM', roots.every((p) => p.startsWith('-----BEGIN CERTIFICATE-----\n') && p.endsWith('\n-----END CERTIFICATE-----')));
// Every cipher handshake knows is one Node knows; these common ones are in both.
const ciphers = tls.getCiphers();
const shared = ['aes128-gcm-sha256', 'aes128-sha', 'aes256-gcm-sha384', 'ecdhe-ecdsa-aes128-gcm-sha256',
  'ecdhe-ecdsa-aes256-gcm-sha384', 'ecdhe-ecdsa-chacha20-poly1305', 'ecdhe-rsa-aes128-gcm-sha256',
  'ecdhe-rsa-aes256-gcm-sha384', 'ecdhe-rsa-chacha20-poly1305', 'tls_aes_128_gcm_sha256',
  'tls_aes_256_gcm_sha384', 'tls_chacha20_poly1305_sha256'];
console.log('getCiphers sorted lowercase', ciphers.every((c, i) => i === 0 || ciphers[i - 1] < c) && ciphers.every((c) => c === c.toLowerCase()));
console.log('shared present', shared.map((c) => `${c}:${ciphers.includes(c)}`).join(' '));
console.log('returns a copy', tls.getCiphers() !== ciphers);
console.log('functions', ['checkServerIdentity', 'connect', 'createSecureContext', 'createServer', 'getCiphers', 'convertALPNProtocols']
  .map((k) => `${k}:${typeof tls[k]}`).join(' '));
console.log('classes', typeof tls.TLSSocket, typeof tls.Server, typeof tls.SecureContext);
const out = {};
tls.convertALPNProtocols(['h2', 'http/1.1'], out);
console.log('convertALPNProtocols', out.ALPNProtocols);
// DEFAULT_MIN_VERSION is read when a context is made
tls.DEFAULT_MIN_VERSION = 'TLSv1.3';
const { cert } = require('./_common');
const server = tls.createServer({ key: cert('server-ec-key.pem'), cert: cert('server-ec-chain.pem') }, (s) => s.end());
let serverLine = '';
server.on('tlsClientError', (e) => { serverLine = `server tlsClientError ${e.code}`; });
server.listen(0, '127.0.0.1', () => {
  tls.DEFAULT_MIN_VERSION = 'TLSv1.2';
  const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: cert('ca.pem'), servername: 'localhost', maxVersion: 'TLSv1.2' });
  c.on('secureConnect', () => console.log('unexpected secureConnect'));
  c.on('error', (e) => console.log('client error', e.code));
  c.on('close', () => server.close(() => console.log(serverLine)));
});
