// The ciphers option as users write it: one TLS 1.2 suite by its OpenSSL
// name (console.log(getCipher())), lists, a string that matches nothing,
// names that are not ciphers, and the server's choice with
// honorCipherOrder; tls.getCiphers() membership.
'use strict';
const tls = require('tls');
const { read, run } = require('./_probe');
const { inspectError } = require('./_inspect');

const ec = { key: read('server-ec-key.pem'), cert: read('server-ec-chain.pem') };
const rsa = { key: read('server-rsa-key.pem'), cert: read('server-rsa-chain.pem') };

function pair(serverOpts, clientOpts, log) {
  return new Promise((resolve) => {
    let server;
    try {
      server = tls.createServer({ ...serverOpts }, (s) => {
        log('server getCipher', JSON.stringify(s.getCipher()));
        s.end();
      });
    } catch (e) {
      log('createServer threw', inspectError(e));
      return resolve();
    }
    server.on('tlsClientError', (e) => log('server tlsClientError', e.code));
    server.listen(0, '127.0.0.1', () => {
      let c;
      try {
        c = tls.connect({ port: server.address().port, host: '127.0.0.1', servername: 'localhost', ca: read('ca.pem'), maxVersion: 'TLSv1.2', ...clientOpts }, () => {
          console.log(c.getCipher());
          log('client protocol', c.getProtocol());
          c.end();
        });
      } catch (e) {
        log('connect threw', inspectError(e));
        server.close(resolve);
        return;
      }
      c.on('error', (e) => log('client error', e.code));
      c.on('close', () => setTimeout(() => server.close(resolve), 20));
    });
  });
}

const cases = [];
for (const name of ['ECDHE-ECDSA-AES128-GCM-SHA256', 'ECDHE-ECDSA-AES256-GCM-SHA384', 'ECDHE-ECDSA-CHACHA20-POLY1305',
  'ECDHE-ECDSA-AES128-SHA', 'ECDHE-ECDSA-AES256-SHA']) {
  cases.push([`ecdsa ${name}`, (log) => pair(ec, { ciphers: name }, log)]);
}
for (const name of ['ECDHE-RSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES256-GCM-SHA384', 'ECDHE-RSA-CHACHA20-POLY1305',
  'AES128-GCM-SHA256', 'AES256-GCM-SHA384', 'AES128-SHA', 'AES256-SHA', 'ECDHE-RSA-AES128-SHA']) {
  cases.push([`rsa ${name}`, (log) => pair(rsa, { ciphers: name }, log)]);
}
cases.push(
  ['lowercase name', (log) => pair(ec, { ciphers: 'ecdhe-ecdsa-aes128-gcm-sha256' }, log)],
  ['IANA name', (log) => pair(ec, { ciphers: 'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256' }, log)],
  ['TLS 1.3 name only, max 1.2', (log) => pair(ec, { ciphers: 'TLS_AES_128_GCM_SHA256' }, log)],
  ['nonsense', (log) => pair(ec, { ciphers: 'NOT-A-CIPHER' }, log)],
  ['nonsense on server', (log) => pair({ ...ec, ciphers: 'NOT-A-CIPHER' }, {}, log)],
  ['colon list with one known', (log) => pair(ec, { ciphers: 'FOO:ECDHE-ECDSA-AES256-GCM-SHA384:BAR' }, log)],
  ['comma separated', (log) => pair(ec, { ciphers: 'ECDHE-ECDSA-AES256-GCM-SHA384,ECDHE-ECDSA-AES128-GCM-SHA256' }, log)],
  ['server order honoured', (log) => pair({ ...ec, ciphers: 'ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES128-GCM-SHA256', honorCipherOrder: true },
    { ciphers: 'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384' }, log)],
  ['server has none of the client list', (log) => pair({ ...ec, ciphers: 'ECDHE-ECDSA-AES256-GCM-SHA384' },
    { ciphers: 'ECDHE-ECDSA-AES128-GCM-SHA256' }, log)],
  ['ciphers not a string', (log) => pair(ec, { ciphers: 42 }, log)],
  ['empty string', (log) => pair(ec, { ciphers: '' }, log)],
);
const list = tls.getCiphers();
console.log('getCiphers lower-case', list.every((n) => n === n.toLowerCase()), 'has aes128-gcm-sha256', list.includes('aes128-gcm-sha256'),
  'has tls_aes_256_gcm_sha384', list.includes('tls_aes_256_gcm_sha384'), 'sorted', list.join() === [...list].sort().join());
console.log('DEFAULT_CIPHERS starts', tls.DEFAULT_CIPHERS.split(':').slice(0, 4));
run(cases);
