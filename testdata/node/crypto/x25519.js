// X25519 key agreement with KeyObjects (fixed keys from JWK, generated keys).
const c = require('crypto');
const t = (l, f) => { try { console.log(l, f()); } catch (e) { console.log(l, e.name, e.code, e.message); } };
const alice = c.createPrivateKey({ key: { kty: 'OKP', crv: 'X25519', d: 'dwdtCnMYpX08FsFyUbJmRd9ML4frwJkqsXf7pR25LCo', x: 'hSDwCYkwp1R0i33ctD73Wg2_Og0mOBr066SpjqqbTmo' }, format: 'jwk' });
const bob = c.createPrivateKey({ key: { kty: 'OKP', crv: 'X25519', d: 'XasIfmJKikt54X-Lg4AO5m87sSkmGLb9HC-LJ_-I4Os', x: '3p7bfXt9wbTTW2HC7OQ1Nz-DQ8hbeGdNrfx-FG-IK08' }, format: 'jwk' });
console.log(alice.asymmetricKeyType, alice.asymmetricKeyDetails, alice.export({ format: 'jwk' }));
const s1 = c.diffieHellman({ privateKey: alice, publicKey: c.createPublicKey(bob) });
const s2 = c.diffieHellman({ privateKey: bob, publicKey: c.createPublicKey(alice) });
console.log(s1.toString('hex'), s1.equals(s2));
console.log(alice.export({ type: 'pkcs8', format: 'pem' }));
console.log(c.createPublicKey(alice).export({ type: 'spki', format: 'pem' }));
const g = c.generateKeyPairSync('x25519');
const h = c.generateKeyPairSync('x25519');
console.log(g.publicKey.asymmetricKeyType, c.diffieHellman({ privateKey: g.privateKey, publicKey: h.publicKey }).equals(c.diffieHellman({ privateKey: h.privateKey, publicKey: g.publicKey })));
console.log(c.createPrivateKey(g.privateKey.export({ type: 'pkcs8', format: 'pem' })).equals(g.privateKey));
t('x25519 vs ec', () => c.diffieHellman({ privateKey: alice, publicKey: c.generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey }));
