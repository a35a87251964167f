// Encrypted private keys: export with cipher/passphrase and import back
// (the ciphertext is random, so only round trips and errors are shown). The
// wrong-passphrase cases read fixed files: with a random ciphertext about one
// wrong key in 256 decrypts to valid padding and fails later with another
// error, in node as here.
const c = require('crypto');
const fs = require('fs');
const path = require('path');
const t = (l, f) => { try { console.log(l, f()); } catch (e) { console.log(l, e.name, e.code, e.message); } };
const privateKey = c.createPrivateKey(fs.readFileSync(path.join(__dirname, '..', '..', 'certs', 'server-ec-key.pem')));
const enc = privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'pw' });
console.log(enc.split('\n')[0]);
console.log(c.createPrivateKey({ key: enc, passphrase: 'pw' }).equals(privateKey));
const fixture = (name) => fs.readFileSync(path.join(__dirname, 'fixtures', name), 'utf8');
t('wrong', () => c.createPrivateKey({ key: fixture('ec-pkcs8-aes256-pw.pem'), passphrase: 'nope' }));
t('missing', () => c.createPrivateKey(enc));
t('missing pub', () => c.createPublicKey(enc));
const leg = privateKey.export({ type: 'sec1', format: 'pem', cipher: 'aes-128-cbc', passphrase: 'pw' });
console.log(leg.split('\n').slice(0, 3).join('|').replace(/,[0-9A-F]+$/, ',IV'));
console.log(c.createPrivateKey({ key: leg, passphrase: 'pw' }).equals(privateKey));
t('legacy wrong', () => c.createPrivateKey({ key: fixture('ec-sec1-aes128-pw.pem'), passphrase: 'x' }));
t('bad cipher', () => privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'nope', passphrase: 'pw' }));
t('no pass', () => privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc' }));
const der = privateKey.export({ type: 'pkcs8', format: 'der', cipher: 'aes-256-cbc', passphrase: 'pw' });
console.log(Buffer.isBuffer(der), c.createPrivateKey({ key: der, format: 'der', type: 'pkcs8', passphrase: 'pw' }).equals(privateKey));
const g = c.generateKeyPairSync('rsa', { modulusLength: 1024, publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'top secret' } });
console.log(g.privateKey.split('\n')[0], c.createPrivateKey({ key: g.privateKey, passphrase: 'top secret' }).asymmetricKeyType);
t('pass buffer', () => c.createPrivateKey({ key: enc, passphrase: Buffer.from('pw') }).type);
t('3des', () => c.createPrivateKey({ key: privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'des-ede3-cbc', passphrase: 'p' }), passphrase: 'p' }).equals(privateKey));
// OpenSSL-written files (passphrase 'handshake'; see testdata/certs/README.md)
for (const f of ['keys/ec-pkcs8-aes128-sha1.pem', 'keys/ec-pkcs8-aes192-sha512.pem', 'keys/ec-pkcs8-des3.pem', 'keys/rsa-legacy-aes256.pem', 'server-ec-key-encrypted.pem']) {
  const file = path.join(__dirname, '..', '..', 'certs', f);
  if (!fs.existsSync(file)) continue;
  for (const pass of ['handshake', 'wrong']) {
    try { console.log(f, pass, c.createPrivateKey({ key: fs.readFileSync(file), passphrase: pass }).asymmetricKeyType); } catch (e) { console.log(f, pass, e.code); }
  }
}
