// The globals this area provides: presence, shape, descriptors.
for (const name of ['Buffer', 'atob', 'btoa', 'Blob', 'File', 'TextEncoder', 'TextDecoder', 'structuredClone', 'DOMException', 'crypto', 'Crypto', 'SubtleCrypto', 'CryptoKey']) {
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  const v = globalThis[name];
  console.log(name, typeof v, d && d.enumerable, v && v.name, typeof v === 'function' ? v.length : '');
}
console.log(Buffer === require('buffer').Buffer, atob === require('buffer').atob, TextEncoder === require('util').TextEncoder);
console.log(Object.keys(globalThis).filter((k) => ['Buffer', 'crypto', 'TextEncoder', 'structuredClone', 'atob', 'btoa'].includes(k)).sort());
globalThis.Buffer = 'replaced';
console.log(Buffer, typeof require('buffer').Buffer);
const { Buffer: B } = require('node:buffer');
console.log(B.from('node:').toString('hex'), require('node:crypto').createHash('md5').update('').digest('hex'));
console.log(typeof require('buffer').kMaxLength, Object.keys(require('buffer')).sort());
console.log(Object.keys(require('crypto')).filter((k) => ['createHash', 'createHmac', 'randomBytes', 'randomUUID', 'webcrypto', 'getRandomValues', 'subtle', 'timingSafeEqual', 'pbkdf2Sync', 'scryptSync', 'hash', 'Hash', 'Hmac'].includes(k)));
