// createECDH: fixed private keys give fixed public keys and secrets.
const c = require('crypto');
const t = (l, f) => { try { console.log(l, f()); } catch (e) { console.log(l, e.name, e.code, e.message); } };
const a = c.createECDH('prime256v1');
t('pub before', () => a.getPublicKey());
t('priv before', () => a.getPrivateKey());
t('bad curve', () => c.createECDH('nope'));
t('num curve', () => c.createECDH(5));
const b = c.createECDH('prime256v1');
b.setPrivateKey(Buffer.alloc(32, 1));
console.log(b.getPublicKey('hex'), b.getPublicKey('hex', 'compressed'), b.getPublicKey('base64', 'hybrid'), b.getPrivateKey('hex'));
a.setPrivateKey(Buffer.alloc(32, 2));
console.log(a.computeSecret(b.getPublicKey()).toString('hex'), b.computeSecret(a.getPublicKey('hex'), 'hex', 'base64'), a.computeSecret(b.getPublicKey(null, 'compressed')).toString('hex'), a.computeSecret(b.getPublicKey(null, 'hybrid')).toString('hex'));
for (const curve of ['secp384r1', 'secp521r1']) {
  const x = c.createECDH(curve);
  const y = c.createECDH(curve);
  x.setPrivateKey(Buffer.alloc(20, 7));
  y.setPrivateKey('0a0b0c', 'hex');
  console.log(curve, x.getPublicKey('hex').slice(0, 40), x.computeSecret(y.getPublicKey()).equals(y.computeSecret(x.getPublicKey())), x.getPrivateKey().length);
}
t('P-256 name', () => c.createECDH('P-256'));
t('bad pub', () => a.computeSecret(Buffer.from('0411', 'hex')));
t('bad priv', () => a.setPrivateKey(Buffer.alloc(32, 0)));
t('short priv', () => c.createECDH('prime256v1').setPrivateKey(Buffer.from([5])).getPublicKey('hex'));
t('generate', () => c.createECDH('secp384r1').generateKeys().length);
t('gen hex compressed', () => c.createECDH('secp521r1').generateKeys('hex', 'compressed').length);
t('convert', () => c.ECDH.convertKey(b.getPublicKey(), 'prime256v1', undefined, 'hex', 'compressed'));
t('convert back', () => c.ECDH.convertKey(b.getPublicKey('hex', 'compressed'), 'prime256v1', 'hex', 'hex') === b.getPublicKey('hex'));
t('bad format', () => b.getPublicKey('hex', 'bogus'));
t('generated secrets agree', () => { const p = c.createECDH('prime256v1'); const q = c.createECDH('prime256v1'); p.generateKeys(); q.generateKeys(); return p.computeSecret(q.getPublicKey()).equals(q.computeSecret(p.getPublicKey())); });
console.log(a);
