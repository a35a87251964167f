// Web Crypto secret-key algorithms: HMAC, AES-GCM/CBC/CTR, PBKDF2, HKDF.
const { subtle } = globalThis.crypto;
const enc = new TextEncoder();
const hex = (ab) => Buffer.from(ab).toString('hex');
(async () => {
  const key = await subtle.importKey('raw', enc.encode('secret'), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
  console.log(key, key.algorithm, key.usages, key.type, key.extractable, Object.keys(key), Object.prototype.toString.call(key));
  const sig = await subtle.sign('HMAC', key, enc.encode('data'));
  console.log(hex(sig), await subtle.verify('HMAC', key, sig, enc.encode('data')), await subtle.verify({ name: 'HMAC' }, key, sig, enc.encode('x')));
  const k2 = await subtle.importKey('raw', new Uint8Array(32).fill(7), { name: 'AES-GCM' }, true, ['encrypt', 'decrypt']);
  console.log(k2);
  const iv = new Uint8Array(12).fill(1);
  const ct = await subtle.encrypt({ name: 'AES-GCM', iv }, k2, enc.encode('hello'));
  console.log(hex(ct), Buffer.from(await subtle.decrypt({ name: 'AES-GCM', iv }, k2, ct)).toString());
  const ct2 = await subtle.encrypt({ name: 'AES-GCM', iv, additionalData: enc.encode('aad'), tagLength: 96 }, k2, enc.encode('hello'));
  console.log(hex(ct2));
  console.log(hex(await subtle.exportKey('raw', k2)), await subtle.exportKey('jwk', k2));
  const cbc = await subtle.importKey('raw', new Uint8Array(16).fill(3), 'AES-CBC', true, ['encrypt', 'decrypt']);
  const ctc = await subtle.encrypt({ name: 'AES-CBC', iv: new Uint8Array(16) }, cbc, enc.encode('hello world'));
  console.log(hex(ctc), Buffer.from(await subtle.decrypt({ name: 'AES-CBC', iv: new Uint8Array(16) }, cbc, ctc)).toString());
  const ctr = await subtle.importKey('raw', new Uint8Array(16).fill(3), 'AES-CTR', true, ['encrypt']);
  console.log(hex(await subtle.encrypt({ name: 'AES-CTR', counter: new Uint8Array(16), length: 64 }, ctr, enc.encode('hello'))));
  const pb = await subtle.importKey('raw', enc.encode('password'), 'PBKDF2', false, ['deriveBits', 'deriveKey']);
  console.log(pb, hex(await subtle.deriveBits({ name: 'PBKDF2', salt: enc.encode('salt'), iterations: 1000, hash: 'SHA-256' }, pb, 256)));
  const dk = await subtle.deriveKey({ name: 'PBKDF2', salt: enc.encode('salt'), iterations: 1000, hash: 'SHA-256' }, pb, { name: 'AES-GCM', length: 128 }, true, ['encrypt']);
  console.log(dk, hex(await subtle.exportKey('raw', dk)));
  const hk = await subtle.importKey('raw', enc.encode('ikm'), 'HKDF', false, ['deriveBits']);
  console.log(hex(await subtle.deriveBits({ name: 'HKDF', salt: enc.encode('s'), info: enc.encode('i'), hash: 'SHA-256' }, hk, 128)));
  const g = await subtle.generateKey({ name: 'HMAC', hash: 'SHA-512' }, true, ['sign']);
  console.log(g.algorithm, (await subtle.exportKey('raw', g)).byteLength);
  const ga = await subtle.generateKey({ name: 'AES-GCM', length: 192 }, false, ['encrypt']);
  console.log(ga);
  const jk = await subtle.importKey('jwk', { kty: 'oct', k: 'c2VjcmV0', alg: 'HS256' }, { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']);
  console.log(jk.algorithm, await subtle.exportKey('jwk', jk));
  for (const f of [
    () => subtle.exportKey('raw', key),
    () => subtle.sign('HMAC', k2, enc.encode('x')),
    () => subtle.importKey('raw', new Uint8Array(5), 'AES-GCM', true, ['encrypt']),
    () => subtle.decrypt({ name: 'AES-GCM', iv }, k2, new Uint8Array(20)),
    () => subtle.importKey('raw', new Uint8Array(5), 'FOO', true, ['encrypt']),
    () => subtle.importKey('raw', new Uint8Array(16), 'AES-GCM', true, ['sign']),
  ]) {
    try { console.log(await f()); } catch (e) { console.log(e.name, e.code, e.message); }
  }
})();
