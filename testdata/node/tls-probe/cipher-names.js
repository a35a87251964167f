// Cipher, protocol and curve names: getCipher() for each TLS 1.2 suite
// crypto/tls implements, TLS 1.3 with each suite the client offers,
// getEphemeralKeyInfo() per curve, and the module constants.
'use strict';
const tls = require('tls');
const { read, describe, run } = require('./_probe');

const ec = { key: read('server-ec-key.pem'), cert: read('server-ec-chain.pem') };
const rsa = { key: read('server-rsa-key.pem'), cert: read('server-rsa-chain.pem') };

function connect(serverOpts, clientOpts, log) {
  return new Promise((resolve) => {
    const server = tls.createServer(serverOpts, (s) => {
      log('server', JSON.stringify(s.getCipher()), s.getProtocol());
      s.end();
    });
    server.on('tlsClientError', (e) => log('server error', describe(e)));
    server.listen(0, '127.0.0.1', () => {
      const c = tls.connect({ port: server.address().port, host: '127.0.0.1', rejectUnauthorized: false,
                              ...clientOpts }, () => {
        log('client', JSON.stringify(c.getCipher()), c.getProtocol(), JSON.stringify(c.getEphemeralKeyInfo()));
        c.end();
      });
      c.on('error', (e) => log('client error', describe(e)));
      c.on('close', () => server.close(resolve));
    });
  });
}

console.log('DEFAULT_CIPHERS', tls.DEFAULT_CIPHERS);
console.log('DEFAULT_ECDH_CURVE', tls.DEFAULT_ECDH_CURVE);
console.log('DEFAULT_MIN_VERSION', tls.DEFAULT_MIN_VERSION, 'DEFAULT_MAX_VERSION', tls.DEFAULT_MAX_VERSION);

const rsaSuites = ['ECDHE-RSA-AES256-GCM-SHA384', 'ECDHE-RSA-CHACHA20-POLY1305', 'ECDHE-RSA-AES128-GCM-SHA256',
  'ECDHE-RSA-AES128-SHA256', 'ECDHE-RSA-AES256-SHA', 'ECDHE-RSA-AES128-SHA', 'AES256-GCM-SHA384',
  'AES128-GCM-SHA256', 'AES128-SHA256', 'AES256-SHA', 'AES128-SHA'];
const ecSuites = ['ECDHE-ECDSA-AES256-GCM-SHA384', 'ECDHE-ECDSA-CHACHA20-POLY1305', 'ECDHE-ECDSA-AES128-GCM-SHA256',
  'ECDHE-ECDSA-AES128-SHA256', 'ECDHE-ECDSA-AES256-SHA', 'ECDHE-ECDSA-AES128-SHA'];
const cases = [];
for (const s of rsaSuites) {
  cases.push([`1.2 rsa ${s}`, (log) => connect({ ...rsa, maxVersion: 'TLSv1.2' }, { ciphers: s }, log)]);
}
for (const s of ecSuites) {
  cases.push([`1.2 ec ${s}`, (log) => connect({ ...ec, maxVersion: 'TLSv1.2' }, { ciphers: s }, log)]);
}
// crypto/tls cannot restrict the TLS 1.3 suites a client offers or a server
// picks (it chooses AES-128-GCM on AES hardware): only the default is
// compared here; the README lists the difference.
for (const s of ['TLS_AES_128_GCM_SHA256']) {
  cases.push([`1.3 ${s}`, (log) => connect({ ...ec }, { ciphers: s }, log)]);
}
for (const curve of ['X25519', 'P-256', 'P-384', 'P-521', 'prime256v1', 'secp384r1']) {
  cases.push([`1.3 curve ${curve}`, (log) => connect({ ...ec, ecdhCurve: curve },
    { ciphers: 'TLS_AES_128_GCM_SHA256', ecdhCurve: curve }, log)]);
  cases.push([`1.2 curve ${curve}`, (log) => connect({ ...ec, ecdhCurve: curve, maxVersion: 'TLSv1.2' },
    { ciphers: 'ECDHE-ECDSA-AES128-GCM-SHA256', ecdhCurve: curve }, log)]);
}
for (const [min, max] of [['TLSv1.2', 'TLSv1.2'], ['TLSv1', 'TLSv1.1']]) {
  cases.push([`versions ${min}..${max}`, (log) => connect({ ...ec, minVersion: min, maxVersion: max },
    { minVersion: min, maxVersion: max, ciphers: 'DEFAULT@SECLEVEL=0' }, log)]);
}
run(cases);
