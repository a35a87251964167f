// Web Crypto asymmetric keys: ECDSA, RSASSA-PKCS1-v1_5, RSA-PSS, Ed25519.
const { subtle } = globalThis.crypto;
const fs = require('fs');
const nodeCrypto = require('crypto');
const enc = new TextEncoder();
const hex = (ab) => Buffer.from(ab).toString('hex');
(async () => {
  const pem = fs.readFileSync(require('path').join(__dirname, '..', '..', 'certs', 'server-ec-key.pem'), 'utf8');
  const der = nodeCrypto.createPrivateKey(pem).export({ type: 'pkcs8', format: 'der' });
  const k = await subtle.importKey('pkcs8', der, { name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign']);
  console.log(k);
  const sig = await subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, k, enc.encode('data'));
  console.log(sig.byteLength);
  const spki = nodeCrypto.createPublicKey(pem).export({ type: 'spki', format: 'der' });
  const pk = await subtle.importKey('spki', spki, { name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']);
  console.log(pk, await subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, pk, sig, enc.encode('data')));
  console.log(await subtle.exportKey('jwk', pk));
  const rpem = fs.readFileSync(require('path').join(__dirname, '..', '..', 'certs', 'server-rsa-key.pem'), 'utf8');
  const rk = await subtle.importKey('pkcs8', nodeCrypto.createPrivateKey(rpem).export({ type: 'pkcs8', format: 'der' }), { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, ['sign']);
  console.log(rk, hex(await subtle.sign('RSASSA-PKCS1-v1_5', rk, enc.encode('data'))).slice(0, 32));
  const g = await subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-384' }, true, ['sign', 'verify']);
  console.log(g.publicKey, g.privateKey.usages, Object.keys(g));
  const ed = await subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify']);
  console.log(ed.privateKey.algorithm, (await subtle.sign('Ed25519', ed.privateKey, enc.encode('x'))).byteLength);
  const rg = await subtle.generateKey({ name: 'RSA-PSS', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }, true, ['sign', 'verify']);
  console.log(rg.publicKey);
  console.log((await subtle.exportKey('spki', g.publicKey)).byteLength, (await subtle.exportKey('pkcs8', ed.privateKey)).byteLength);
  const pss = await subtle.sign({ name: 'RSA-PSS', saltLength: 32 }, rg.privateKey, enc.encode('m'));
  console.log(pss.byteLength, await subtle.verify({ name: 'RSA-PSS', saltLength: 32 }, rg.publicKey, pss, enc.encode('m')), await subtle.verify({ name: 'RSA-PSS', saltLength: 32 }, rg.publicKey, pss, enc.encode('n')));
  const rpub = await subtle.importKey('spki', nodeCrypto.createPublicKey(rpem).export({ type: 'spki', format: 'der' }), { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, true, ['verify']);
  const rsig = await subtle.sign('RSASSA-PKCS1-v1_5', rk, enc.encode('data'));
  console.log(await subtle.verify('RSASSA-PKCS1-v1_5', rpub, rsig, enc.encode('data')), Object.keys(await subtle.exportKey('jwk', rpub)));
  const edj = await subtle.exportKey('jwk', ed.privateKey);
  console.log(Object.keys(edj), edj.crv);
  const edImported = await subtle.importKey('jwk', edj, 'Ed25519', false, ['sign']);
  const edSig = await subtle.sign('Ed25519', edImported, enc.encode('z'));
  console.log(await subtle.verify('Ed25519', ed.publicKey, edSig, enc.encode('z')));
  for (const f of [
    () => subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, pk, enc.encode('x')),
    () => subtle.importKey('spki', spki, { name: 'ECDSA', namedCurve: 'P-384' }, true, ['verify']),
    () => subtle.importKey('spki', spki, { name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign']),
    () => subtle.importKey('pkcs8', new Uint8Array(10), { name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign']),
    () => subtle.exportKey('raw', rk),
  ]) {
    try { console.log(await f()); } catch (e) { console.log(e.name, e.code, e.message); }
  }
})();
