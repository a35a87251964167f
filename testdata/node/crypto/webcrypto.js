// The global crypto object and SubtleCrypto.digest.
const nodeCrypto = require('crypto');
console.log(typeof crypto, crypto === nodeCrypto.webcrypto, Object.prototype.toString.call(crypto), Object.prototype.toString.call(crypto.subtle));
console.log(Object.keys(Object.getPrototypeOf(crypto)), typeof Crypto, typeof SubtleCrypto, typeof CryptoKey);
for (const C of [Crypto, SubtleCrypto, CryptoKey]) {
  try { new C(); } catch (e) { console.log(C.name, e.name, e.code, e.message); }
}
const data = new TextEncoder().encode('abc');
(async () => {
  for (const alg of ['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512', 'sha-256', { name: 'SHA-256' }]) {
    const d = await crypto.subtle.digest(alg, data);
    console.log(JSON.stringify(alg), d instanceof ArrayBuffer, d.byteLength, Buffer.from(d).toString('hex'));
  }
  console.log(Buffer.from(await crypto.subtle.digest('SHA-256', data.buffer)).toString('hex').slice(0, 16));
  console.log(Buffer.from(await crypto.subtle.digest('SHA-256', new DataView(data.buffer))).toString('hex').slice(0, 16));
  for (const [alg, d] of [['MD5', data], ['SHA-256', 'abc']]) {
    try { await crypto.subtle.digest(alg, d); console.log('ok?'); } catch (e) { console.log(e.name, e.code, e.message); }
  }
  try { await crypto.subtle.digest('SHA-256'); } catch (e) { console.log(e.name, e.code, e.message); }
  const a = new Uint32Array(3);
  console.log(crypto.getRandomValues(a) === a, crypto.randomUUID().length);
  try { crypto.getRandomValues(); } catch (e) { console.log(e.name, e.code, e.message); }
  try { crypto.getRandomValues(new DataView(new ArrayBuffer(2))); } catch (e) { console.log(e.name, e.code, e.message); }
})();
