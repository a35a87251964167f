// tls.createSecureContext as users call it: the object it returns
// (util.inspect, instanceof, .context), reuse of one context for many
// connections (secureContext option on both sides), option errors, and
// setSecureContext on a running server.
'use strict';
const tls = require('tls');
const util = require('util');
const { read, run } = require('./_probe');
const { inspectError } = require('./_inspect');

const ctx = tls.createSecureContext({ key: read('server-ec-key.pem'), cert: read('server-ec-chain.pem') });
console.log('instanceof SecureContext', ctx instanceof tls.SecureContext, 'keys', Object.keys(ctx), 'context type', typeof ctx.context);
console.log('inspect', util.inspect(ctx, { depth: 0 }).replace(/\{[^]*\}/, '{…}'));
console.log('constructor', ctx.constructor.name, 'context constructor', ctx.context.constructor.name);

for (const [label, opts] of [
  ['key without cert', { key: read('server-ec-key.pem') }],
  ['cert without key', { cert: read('server-ec.pem') }],
  ['mismatched key', { key: read('server-rsa-key.pem'), cert: read('server-ec.pem') }],
  ['key is a cert', { key: read('server-ec.pem'), cert: read('server-ec.pem') }],
  ['ca garbage', { ca: 'not a pem' }],
  ['ca number', { ca: 5 }],
  ['cert array of two', { key: [read('server-ec-key.pem'), read('server-rsa-key.pem')], cert: [read('server-ec.pem'), read('server-rsa.pem')] }],
  ['key object form', { key: [{ pem: read('server-ec-key-encrypted.pem'), passphrase: 'handshake' }], cert: read('server-ec.pem') }],
  ['wrong passphrase', { key: read('server-ec-key-encrypted.pem'), passphrase: 'nope', cert: read('server-ec.pem') }],
  ['ecdhCurve bogus', { ecdhCurve: 'bogus' }],
  ['ecdhCurve list', { ecdhCurve: 'P-256:X25519' }],
  ['sessionTimeout string', { sessionTimeout: '10' }],
  ['ticketKeys short', { ticketKeys: Buffer.alloc(10) }],
  ['secureOptions string', { secureOptions: 'x' }],
  ['honorCipherOrder', { honorCipherOrder: true }],
  ['sigalgs', { sigalgs: 'ECDSA+SHA256:RSA-PSS+SHA256' }],
  ['sigalgs bogus', { sigalgs: 'NOPE+SHA1' }],
]) {
  try {
    const c = tls.createSecureContext(opts);
    console.log(label, 'ok', c instanceof tls.SecureContext);
  } catch (e) {
    console.log(label, 'threw', inspectError(e));
  }
}

function serve(serverOpts, clientOpts, log) {
  return new Promise((resolve) => {
    const server = tls.createServer(serverOpts, (s) => {
      log('server cert', s.getCertificate().subject.CN);
      s.end();
    });
    server.listen(0, '127.0.0.1', () => {
      const c = tls.connect({ port: server.address().port, host: '127.0.0.1', servername: 'localhost', ...clientOpts }, () => {
        log('client authorized', c.authorized, 'peer', c.getPeerCertificate().subject.CN, 'bits', c.getPeerCertificate().bits);
        c.end();
      });
      c.on('error', (e) => log('client error', e.code));
      c.on('close', () => server.close(resolve));
    });
  });
}

const clientCtx = tls.createSecureContext({ ca: read('ca.pem') });
run([
  ['server secureContext, client secureContext', (log) => serve({ secureContext: ctx }, { secureContext: clientCtx }, log)],
  ['same client context again', (log) => serve({ secureContext: ctx }, { secureContext: clientCtx }, log)],
  ['secureContext wins over key/cert', (log) => serve({ secureContext: ctx, key: read('server-rsa-key.pem'), cert: read('server-rsa-chain.pem') }, { ca: read('ca.pem') }, log)],
  ['client secureContext plus ca option', (log) => serve({ secureContext: ctx }, { secureContext: tls.createSecureContext(), ca: read('ca.pem') }, log)],
  ['setSecureContext switches certificate', (log) => new Promise((resolve) => {
    const server = tls.createServer({ key: read('server-ec-key.pem'), cert: read('server-ec-chain.pem') }, (s) => s.end());
    server.listen(0, '127.0.0.1', () => {
      server.setSecureContext({ key: read('server-rsa-key.pem'), cert: read('server-rsa-chain.pem') });
      const c = tls.connect({ port: server.address().port, host: '127.0.0.1', servername: 'localhost', ca: read('ca.pem') }, () => {
        log('after setSecureContext bits', c.getPeerCertificate().bits);
        c.end();
      });
      c.on('close', () => server.close(resolve));
    });
  })],
]);
