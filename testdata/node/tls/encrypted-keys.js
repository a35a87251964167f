// Encrypted PEM keys (PKCS#8 PBES2 and legacy "Proc-Type: 4,ENCRYPTED")
// with the right, wrong and missing passphrase, in { pem, passphrase }
// arrays, and a server that actually uses a decrypted key.
const tls = require('tls');
const { cert, recorder } = require('./_common');
const rec = recorder();

const c = cert('server-ec.pem');
const keys = {
  pkcs8: cert('server-ec-key-encrypted.pem'),
  legacy: cert('server-ec-key-legacy-encrypted.pem'),
};
function describe(e) {
  return [e.name, e.code, e.message, e.library, e.reason, JSON.stringify(e.opensslErrorStack)].join(' | ');
}
for (const [kind, key] of Object.entries(keys)) {
  for (const [label, opts] of [
    ['right', { key, passphrase: 'handshake', cert: c }],
    ['wrong', { key, passphrase: 'wrong', cert: c }],
    ['missing', { key, cert: c }],
    ['empty', { key, passphrase: '', cert: c }],
    ['array right', { key: [{ pem: key, passphrase: 'handshake' }], cert: c }],
    ['array overrides top-level', { key: [{ pem: key, passphrase: 'handshake' }], passphrase: 'wrong', cert: c }],
    ['array inherits top-level', { key: [{ pem: key }], passphrase: 'handshake', cert: c }],
    ['array wrong', { key: [{ pem: key, passphrase: 'nope' }], cert: c }],
    ['passphrase number', { key, passphrase: 1234, cert: c }],
  ]) {
    try {
      tls.createSecureContext(opts);
      rec.log(kind, label, 'ok');
    } catch (e) {
      rec.log(kind, label, describe(e));
    }
  }
}
const server = tls.createServer({ key: keys.legacy, passphrase: 'handshake', cert: cert('server-ec-chain.pem') }, (s) => {
  rec.log('server', 'secureConnection');
  s.end('ok');
});
server.listen(0, '127.0.0.1', () => {
  const client = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: cert('ca.pem'), servername: 'localhost' }, () => {
    rec.log('client', 'secureConnect authorized=' + client.authorized);
  });
  client.on('data', (d) => rec.log('client', 'data', String(d)));
  client.on('close', () => server.close());
});
