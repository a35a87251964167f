// createSecureContext / createServer / connect option errors: versions,
// secureProtocol, ciphers that match nothing, key/cert mismatch, garbage
// PEM, wrong types; the error's name, code, message and OpenSSL fields.
const tls = require('tls');
const { cert } = require('./_common');

const key = cert('server-ec-key.pem');
const crt = cert('server-ec.pem');
function describe(e) {
  const extra = ['library', 'reason'].filter((k) => k in e).map((k) => `${k}=${e[k]}`).join(' ');
  return `${e.name} ${e.code} ${JSON.stringify(e.message)} ${extra}`.trim();
}
const cases = [
  ['minVersion TLSv1.4', { minVersion: 'TLSv1.4' }],
  ['maxVersion tls1.3 (case)', { maxVersion: 'tls1.3' }],
  ['minVersion undefined maxVersion null', { minVersion: undefined, maxVersion: null }],
  ['minVersion > maxVersion', { minVersion: 'TLSv1.3', maxVersion: 'TLSv1.2' }],
  ['secureProtocol TLSv1_2_method', { secureProtocol: 'TLSv1_2_method' }],
  ['secureProtocol SSLv2_method', { secureProtocol: 'SSLv2_method' }],
  ['secureProtocol bogus', { secureProtocol: 'Bogus_method' }],
  ['secureProtocol with maxVersion', { secureProtocol: 'TLS_method', maxVersion: 'TLSv1.3' }],
  ['ciphers nothing', { ciphers: 'NOTHING-AT-ALL' }],
  ['ciphers !ALL', { ciphers: '!ALL' }],
  ['ciphers empty', { ciphers: '' }],
  ['ciphers ::', { ciphers: '::' }],
  ['ciphers TLS_only', { ciphers: 'TLS_AES_128_GCM_SHA256' }],
  ['ciphers TLS_bogus', { ciphers: 'TLS_BOGUS' }],
  ['ciphers mixed', { ciphers: 'TLS_AES_128_GCM_SHA256:ECDHE-RSA-AES128-GCM-SHA256' }],
  ['ciphers object', { ciphers: {} }],
  ['key/cert mismatch (same type)', { key: cert('client-key.pem'), cert: crt }],
  ['key/cert different types', { key: cert('server-rsa-key.pem'), cert: crt }],
  ['garbage key', { key: 'garbage', cert: crt }],
  ['garbage ca', { ca: 'garbage' }],
  ['ca array with a number', { ca: [crt, 5] }],
  ['cert array', { key, cert: [crt] }],
  ['key Uint8Array', { key: new Uint8Array(key), cert: crt }],
  ['ecdhCurve bogus', { ecdhCurve: 'bogus' }],
  ['ecdhCurve list', { ecdhCurve: 'P-256:X25519' }],
  ['ecdhCurve auto', { ecdhCurve: 'auto' }],
  ['sessionTimeout string', { sessionTimeout: '10' }],
  ['sessionTimeout negative', { sessionTimeout: -1 }],
  ['sessionTimeout float', { sessionTimeout: 1.5 }],
  ['ticketKeys string', { ticketKeys: 'x'.repeat(48) }],
  ['ticketKeys 47', { ticketKeys: Buffer.alloc(47) }],
  ['sigalgs empty', { sigalgs: '' }],
  ['sigalgs number', { sigalgs: 5 }],
  ['privateKeyIdentifier without engine', { privateKeyIdentifier: 'x' }],
  ['clientCertEngine number', { clientCertEngine: 5 }],
  ['options string', 'not an object'],
];
for (const [name, opts] of cases) {
  try {
    tls.createSecureContext(opts);
    console.log(`${name}: ok`);
  } catch (e) {
    console.log(`${name}: ${describe(e)}`);
  }
}
for (const [name, fn] of [
  ['createServer garbage key', () => tls.createServer({ key: 'x', cert: crt })],
  ['createServer ALPNCallback + ALPNProtocols', () => tls.createServer({ ALPNCallback() {}, ALPNProtocols: ['h2'] })],
  ['createServer ALPNCallback not a function', () => tls.createServer({ ALPNCallback: 1 })],
  ['createServer SNICallback not a function', () => tls.createServer({ SNICallback: 'x' })],
  ['createServer options number', () => tls.createServer(5)],
  ['connect checkServerIdentity not a function', () => tls.connect({ port: 1, checkServerIdentity: 5 })],
  ['connect minDHSize 0', () => tls.connect({ port: 1, minDHSize: 0 })],
  ['connect minDHSize string', () => tls.connect({ port: 1, minDHSize: '1' })],
  ['connect enableTrace string', () => tls.connect({ port: 1, enableTrace: 'yes' })],
  ['connect ALPNProtocols number', () => tls.connect({ port: 1, ALPNProtocols: 5 })],
  ['addContext no name', () => tls.createServer({}).addContext('', {})],
  ['setServername number', () => new tls.TLSSocket(null).setServername(5)],
]) {
  try {
    fn();
    console.log(`${name}: ok`);
  } catch (e) {
    console.log(`${name}: ${describe(e)}`);
  }
}
