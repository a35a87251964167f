// KeyObject, createPrivateKey/createPublicKey, sign/verify with the test
// certificates' keys, key generation shapes.
const c = require('crypto');
const fs = require('fs');
const path = require('path');
const cert = (f) => fs.readFileSync(path.join(__dirname, '..', '..', 'certs', f));
const t = (l, f) => { try { console.log(l, f()); } catch (e) { console.log(l, e.name, e.code, e.message); } };
t('garbage priv', () => c.createPrivateKey('garbage'));
t('garbage pub', () => c.createPublicKey('garbage'));
const rsa = c.createPrivateKey(cert('server-rsa-key.pem'));
const ec = c.createPrivateKey(cert('server-ec-key.pem'));
console.log(rsa, ec);
console.log(rsa.type, rsa.asymmetricKeyType, rsa.asymmetricKeyDetails, ec.asymmetricKeyDetails, rsa instanceof c.KeyObject);
console.log(rsa);
const pub = c.createPublicKey(rsa);
console.log(pub, pub.type, pub.export({ type: 'spki', format: 'pem' }).split('\n')[0], pub.export({ type: 'pkcs1', format: 'pem' }).split('\n')[0]);
console.log(rsa.export({ type: 'pkcs1', format: 'pem' }).split('\n')[0], rsa.export({ type: 'pkcs8', format: 'der' }).length, rsa.export({ type: 'pkcs8', format: 'pem' }) === cert('server-rsa-key.pem').toString());
console.log(ec.export({ type: 'sec1', format: 'pem' }).split('\n')[0], ec.export({ type: 'pkcs8', format: 'pem' }) === cert('server-ec-key.pem').toString());
const data = Buffer.from('data to sign');
for (const alg of ['sha256', 'sha1', 'sha512', 'RSA-SHA256', 'sha384']) {
  const sig = c.sign(alg, data, rsa);
  console.log('rsa', alg, sig.toString('base64').slice(0, 44), c.verify(alg, data, pub, sig), c.verify(alg, Buffer.from('other'), pub, sig), c.verify(alg, data, rsa, sig));
}
const ecPub = c.createPublicKey(cert('server-ec.pem'));
console.log(ecPub.asymmetricKeyType, ecPub.asymmetricKeyDetails);
const ecSig = c.sign('sha256', data, ec);
console.log('ec der', ecSig[0] === 0x30, c.verify('sha256', data, ecPub, ecSig), c.verify('sha256', data, c.createPublicKey(ec), ecSig));
const p1363 = c.sign('sha256', data, { key: ec, dsaEncoding: 'ieee-p1363' });
console.log('ec p1363', p1363.length, c.verify('sha256', data, { key: ecPub, dsaEncoding: 'ieee-p1363' }, p1363), c.verify('sha256', data, ecPub, p1363));
const pss = c.sign('sha256', data, { key: rsa, padding: c.constants ? 6 : 6, saltLength: 32 });
console.log('pss', pss.length, c.verify('sha256', data, { key: pub, padding: 6, saltLength: 32 }, pss), c.verify('sha256', data, pub, pss));
const s = c.createSign('SHA256');
s.update('data to ');
s.update(Buffer.from('sign'));
console.log('createSign', s.sign(rsa, 'hex').slice(0, 40), s instanceof c.Sign);
const v = c.createVerify('RSA-SHA256');
v.write('data to sign');
v.end();
console.log('createVerify', v.verify(pub, c.sign('sha256', data, rsa)), c.createVerify('sha256').update('x').verify(cert('server-rsa.pem'), c.sign('sha256', Buffer.from('x'), rsa)));
console.log('hex sig', c.createVerify('sha256').update('x').verify(pub, c.createSign('sha256').update('x').sign(rsa, 'base64'), 'base64'));
// secret keys
const sec = c.createSecretKey(Buffer.from('secret'));
console.log(sec, sec.type, sec.symmetricKeySize, sec.export().toString(), sec.asymmetricKeyType, sec.export({ format: 'jwk' }));
console.log(c.createHmac('sha256', sec).update('m').digest('hex'), c.createHmac('sha256', 'secret').update('m').digest('hex'));
console.log(sec.equals(c.createSecretKey('secret', 'utf8')), sec.equals(c.createSecretKey(Buffer.from('other'))), rsa.equals(c.createPrivateKey(cert('server-rsa-key.pem'))), pub.equals(rsa));
t('secret from number', () => c.createSecretKey(5));
t('secret from null', () => c.createSecretKey(null));
// JWK
const j = pub.export({ format: 'jwk' });
console.log(Object.keys(j), j.kty, j.e, j.n.length);
const ej = ec.export({ format: 'jwk' });
console.log(Object.keys(ej), ej.crv, ej.x.length, ej.d.length);
// errors
t('num key', () => c.createPrivateKey(5));
t('pub from cert', () => c.createPublicKey(cert('server-rsa.pem')).asymmetricKeyType);
t('priv from pub pem', () => c.createPrivateKey(pub.export({ type: 'spki', format: 'pem' })));
t('pkcs1 from ec', () => ec.export({ type: 'pkcs1', format: 'pem' }));
t('bad digest', () => c.sign('bogus', data, rsa));
t('sign with pub', () => c.sign('sha256', data, pub));
t('createSign bogus', () => c.createSign('bogus'));
t('sign no key', () => c.createSign('sha256').update('x').sign());
t('data str', () => c.sign('sha256', 'str', rsa));
t('der import', () => c.createPrivateKey({ key: rsa.export({ type: 'pkcs8', format: 'der' }), format: 'der', type: 'pkcs8' }).asymmetricKeyType);
t('spki der import', () => c.createPublicKey({ key: pub.export({ type: 'spki', format: 'der' }), format: 'der', type: 'spki' }).equals(pub));
// generation (shapes only; keys are random)
const ed = c.generateKeyPairSync('ed25519');
console.log(ed.publicKey.asymmetricKeyType, ed.privateKey.type, c.verify(null, data, ed.publicKey, c.sign(null, data, ed.privateKey)), c.sign(null, data, ed.privateKey).length);
const gen = c.generateKeyPairSync('ec', { namedCurve: 'P-384', publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } });
console.log(typeof gen.publicKey, gen.publicKey.split('\n')[0], gen.privateKey.split('\n')[0], c.createPrivateKey(gen.privateKey).asymmetricKeyDetails);
const r = c.generateKeyPairSync('rsa', { modulusLength: 1024 });
console.log(r.privateKey.asymmetricKeyDetails, c.verify('sha256', data, r.publicKey, c.sign('sha256', data, r.privateKey)));
t('bad curve', () => c.generateKeyPairSync('ec', { namedCurve: 'nope' }));
c.generateKeyPair('ed25519', (err, pk, sk) => console.log('async gen', err, pk.type, sk.type));
// JWK import
{
  const jwkPriv = rsa.export({ format: 'jwk' });
  console.log('jwk rsa', c.createPrivateKey({ key: jwkPriv, format: 'jwk' }).equals(rsa), c.createPublicKey({ key: jwkPriv, format: 'jwk' }).equals(pub));
  console.log('jwk ec', c.createPrivateKey({ key: ec.export({ format: 'jwk' }), format: 'jwk' }).equals(ec), c.createPublicKey({ key: ecPub.export({ format: 'jwk' }), format: 'jwk' }).equals(ecPub));
  console.log('jwk ed', c.createPrivateKey({ key: ed.privateKey.export({ format: 'jwk' }), format: 'jwk' }).equals(ed.privateKey), c.createPublicKey({ key: ed.publicKey.export({ format: 'jwk' }), format: 'jwk' }).equals(ed.publicKey));
  const jsig = c.sign('sha256', data, { key: jwkPriv, format: 'jwk' });
  console.log('jwk sign', c.verify('sha256', data, { key: pub.export({ format: 'jwk' }), format: 'jwk' }, jsig));
  t('bad jwk', () => c.createPrivateKey({ key: { kty: 'RSA' }, format: 'jwk' }));
  t('bad kty', () => c.createPublicKey({ key: { kty: 'XYZ' }, format: 'jwk' }));
  t('jwk not obj', () => c.createPublicKey({ key: 'x', format: 'jwk' }));
  t('pub jwk to priv', () => c.createPrivateKey({ key: c.createPublicKey(ec).export({ format: 'jwk' }), format: 'jwk' }));
  t('bad point', () => c.createPublicKey({ key: { kty: 'EC', crv: 'P-256', x: 'AAAA', y: 'AAAA' }, format: 'jwk' }));
}
// diffieHellman over EC KeyObjects and secret key generation
{
  const a = c.generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const b = c.generateKeyPairSync('ec', { namedCurve: 'P-256' });
  console.log('dh agree', c.diffieHellman({ privateKey: a.privateKey, publicKey: b.publicKey }).equals(c.diffieHellman({ privateKey: b.privateKey, publicKey: a.publicKey })));
  const fixedA = c.createPrivateKey(cert('server-ec-key.pem'));
  console.log('dh fixed', c.diffieHellman({ privateKey: fixedA, publicKey: ecPub }).toString('hex'));
  t('dh bad', () => c.diffieHellman({ privateKey: a.publicKey, publicKey: b.publicKey }));
  t('dh mix', () => c.diffieHellman({ privateKey: a.privateKey, publicKey: c.generateKeyPairSync('ec', { namedCurve: 'P-384' }).publicKey }));
  t('dh none', () => c.diffieHellman());
  const k = c.generateKeySync('hmac', { length: 64 });
  console.log('genkey', k.type, k.symmetricKeySize);
  t('aes', () => c.generateKeySync('aes', { length: 256 }).symmetricKeySize);
  t('aes bad', () => c.generateKeySync('aes', { length: 100 }));
  t('type', () => c.generateKeySync('foo', { length: 8 }));
  t('hmac len', () => c.generateKeySync('hmac', { length: 7 }));
  c.generateKey('hmac', { length: 128 }, (e, key) => console.log('async genkey', e, key.symmetricKeySize));
}
