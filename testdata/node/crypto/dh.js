// Classic DiffieHellman: MODP groups and explicit primes with fixed keys.
const c = require('crypto');
const t = (l, f) => { try { console.log(l, f()); } catch (e) { console.log(l, e.name, e.code, e.message); } };
for (const g of ['modp1', 'modp2', 'modp5', 'modp14', 'modp15', 'modp16']) {
  const d = c.getDiffieHellman(g);
  console.log(g, d.verifyError, d.getPrime().length, d.getGenerator('hex'), d.getPrime('hex').slice(-16));
}
t('bad group', () => c.getDiffieHellman('modp3'));
const a = c.getDiffieHellman('modp14');
const b = c.createDiffieHellmanGroup('modp14');
a.generateKeys();
b.generateKeys();
console.log('agree', a.computeSecret(b.getPublicKey()).equals(b.computeSecret(a.getPublicKey())), a.getPublicKey().length <= 256);
t('bad pub', () => a.computeSecret(Buffer.from([1])));
t('bad pub0', () => a.computeSecret(Buffer.from([0])));
t('group set', () => typeof a.setPrivateKey);
const p = a.getPrime();
const d = c.createDiffieHellman(p, Buffer.from([2]));
console.log(d.verifyError, typeof d.setPublicKey, d);
d.setPrivateKey(Buffer.alloc(32, 1));
t('pub before gen', () => d.getPublicKey('hex').slice(0, 16));
d.generateKeys();
console.log(d.getPublicKey('hex').slice(0, 32), d.getPrivateKey('hex'));
const e = c.createDiffieHellman(p.toString('hex'), 'hex', 5);
e.setPrivateKey('0203', 'hex');
e.generateKeys();
console.log(e.verifyError, e.getGenerator('hex'), e.getPublicKey('base64').slice(0, 20));
const f = c.createDiffieHellman(p);
f.setPrivateKey(Buffer.alloc(16, 7));
console.log(f.generateKeys('hex').slice(0, 24), d.computeSecret(f.getPublicKey()).toString('hex').slice(0, 24), f.computeSecret(d.getPublicKey(), null, 'base64').slice(0, 24));
t('priv before', () => c.createDiffieHellman(p).getPrivateKey());
t('gen 1', () => c.createDiffieHellman(p, 1));
t('non-prime', () => { const np = Buffer.from(p); np[255] ^= 2; return c.createDiffieHellman(np, 2).verifyError; });
t('small', () => c.createDiffieHellman(Buffer.from('ffffffffffffffc5', 'hex'), 2).generateKeys());
console.log(a instanceof c.DiffieHellmanGroup, d instanceof c.DiffieHellman, Object.keys(d));
