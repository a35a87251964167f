// RIPEMD-160, BLAKE2 and md5-sha1 digests, HMACs, PBKDF2 and signatures.
const c = require('crypto');
const fs = require('fs');
const path = require('path');
for (const a of ['ripemd160', 'RSA-RIPEMD160', 'rmd160', 'ripemd', 'blake2b512', 'blake2s256', 'md5-sha1']) {
  for (const s of ['', 'abc', 'x'.repeat(200)]) {
    const h = c.createHash(a).update(s);
    console.log(a, s.length, h.copy().digest('hex'), h.digest('base64'));
  }
  console.log(a, c.createHmac(a, 'key').update('data').digest('hex'));
}
console.log(c.pbkdf2Sync('p', 's', 2, 20, 'ripemd160').toString('hex'));
const key = c.createPrivateKey(fs.readFileSync(path.join(__dirname, '..', '..', 'certs', 'server-rsa-key.pem')));
console.log(c.sign('ripemd160', Buffer.from('x'), key).toString('hex').slice(0, 32), c.sign('RSA-RIPEMD160', Buffer.from('x'), key).length);
