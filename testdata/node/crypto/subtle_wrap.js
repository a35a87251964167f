// Web Crypto AES-KW and wrapKey/unwrapKey.
const { subtle } = globalThis.crypto;
const hex = (ab) => Buffer.from(ab).toString('hex');
(async () => {
  const kek = await subtle.importKey('raw', new Uint8Array(16).fill(1), 'AES-KW', true, ['wrapKey', 'unwrapKey']);
  console.log(kek);
  const data = await subtle.importKey('raw', new Uint8Array(32).fill(2), 'AES-GCM', true, ['encrypt', 'decrypt']);
  const wrapped = await subtle.wrapKey('raw', data, kek, 'AES-KW');
  console.log(hex(wrapped));
  const back = await subtle.unwrapKey('raw', wrapped, kek, 'AES-KW', 'AES-GCM', true, ['encrypt']);
  console.log(back, hex(await subtle.exportKey('raw', back)));
  const gcmKek = await subtle.importKey('raw', new Uint8Array(16).fill(3), 'AES-GCM', false, ['wrapKey', 'unwrapKey']);
  const iv = new Uint8Array(12);
  const w2 = await subtle.wrapKey('jwk', data, gcmKek, { name: 'AES-GCM', iv });
  console.log(w2.byteLength);
  const b2 = await subtle.unwrapKey('jwk', w2, gcmKek, { name: 'AES-GCM', iv }, { name: 'AES-GCM' }, false, ['decrypt']);
  console.log(b2.algorithm, b2.extractable);
  try { await subtle.unwrapKey('raw', new Uint8Array(40), kek, 'AES-KW', 'AES-GCM', true, ['encrypt']); } catch (e) { console.log(e.name, e.message); }
})();
