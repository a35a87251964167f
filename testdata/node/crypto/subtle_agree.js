// Web Crypto RSA-OAEP, ECDH and X25519.
const { subtle } = globalThis.crypto;
const enc = new TextEncoder();
const hex = (ab) => Buffer.from(ab).toString('hex');
(async () => {
  const rsa = await subtle.generateKey({ name: 'RSA-OAEP', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }, true, ['encrypt', 'decrypt']);
  console.log(rsa.publicKey.usages, rsa.privateKey.usages, rsa.publicKey.algorithm.name);
  const ct = await subtle.encrypt({ name: 'RSA-OAEP', label: enc.encode('L') }, rsa.publicKey, enc.encode('secret'));
  console.log(ct.byteLength, Buffer.from(await subtle.decrypt({ name: 'RSA-OAEP', label: enc.encode('L') }, rsa.privateKey, ct)).toString());
  try { await subtle.decrypt({ name: 'RSA-OAEP' }, rsa.privateKey, ct); } catch (e) { console.log(e.name, e.message); }
  const j = await subtle.exportKey('jwk', rsa.publicKey);
  console.log(Object.keys(j), j.alg);
  const a = await subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits', 'deriveKey']);
  const b = await subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
  console.log(a.publicKey.usages, a.privateKey.usages, a.publicKey.algorithm);
  const s1 = await subtle.deriveBits({ name: 'ECDH', public: b.publicKey }, a.privateKey, 256);
  const s2 = await subtle.deriveBits({ name: 'ECDH', public: a.publicKey }, b.privateKey, 256);
  console.log(s1.byteLength, hex(s1) === hex(s2));
  const s3 = await subtle.deriveBits({ name: 'ECDH', public: b.publicKey }, a.privateKey, 12);
  console.log(s3.byteLength, (new Uint8Array(s3)[1] & 0x0f) === 0);
  const x = await subtle.generateKey({ name: 'X25519' }, true, ['deriveBits']);
  const y = await subtle.generateKey({ name: 'X25519' }, true, ['deriveBits']);
  console.log(x.privateKey.algorithm, hex(await subtle.deriveBits({ name: 'X25519', public: y.publicKey }, x.privateKey, 256)) === hex(await subtle.deriveBits({ name: 'X25519', public: x.publicKey }, y.privateKey, 256)));
  const k = await subtle.deriveKey({ name: 'ECDH', public: b.publicKey }, a.privateKey, { name: 'AES-GCM', length: 128 }, true, ['encrypt']);
  console.log(k.algorithm, (await subtle.exportKey('raw', k)).byteLength);
  try { await subtle.deriveBits({ name: 'ECDH', public: x.publicKey }, a.privateKey, 256); } catch (e) { console.log(e.name, e.message); }
})();
