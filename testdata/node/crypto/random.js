// Random values: shapes, ranges and errors (never the values themselves).
const crypto = require('crypto');
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label, e.name, e.code, e.message); } };
t('randomBytes', () => { const b = crypto.randomBytes(16); return [Buffer.isBuffer(b), b.length]; });
t('randomBytes 0', () => crypto.randomBytes(0).length);
t('randomBytes -1', () => crypto.randomBytes(-1));
t('randomBytes str', () => crypto.randomBytes('1'));
t('randomBytes big', () => crypto.randomBytes(2 ** 31));
t('randomBytes bad cb', () => crypto.randomBytes(1, 5));
t('randomFillSync', () => { const b = Buffer.alloc(8); const r = crypto.randomFillSync(b, 2, 3); return [r === b, b[0], b[1], b[5], b[6], b[7]]; });
t('randomFillSync u32', () => crypto.randomFillSync(new Uint32Array(4), 1, 2).length);
t('randomFillSync ab', () => crypto.randomFillSync(new ArrayBuffer(4)).byteLength);
t('randomFillSync oob', () => crypto.randomFillSync(new Uint32Array(4), 1, 4));
t('randomFillSync off', () => crypto.randomFillSync(new Uint32Array(4), 5));
t('randomFillSync str', () => crypto.randomFillSync('x'));
t('randomFillSync offset', () => crypto.randomFillSync(Buffer.alloc(4), 5));
t('randomUUID', () => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(crypto.randomUUID()));
t('randomUUID distinct', () => crypto.randomUUID() !== crypto.randomUUID());
t('randomUUID opts', () => crypto.randomUUID({ disableEntropyCache: true }).length);
t('randomUUID bad', () => crypto.randomUUID({ disableEntropyCache: 1 }));
t('randomUUID num', () => crypto.randomUUID(5));
t('randomInt', () => { for (let i = 0; i < 1000; i++) { const n = crypto.randomInt(3, 7); if (n < 3 || n >= 7 || !Number.isInteger(n)) return 'bad ' + n; } return 'ok'; });
t('randomInt one arg', () => { for (let i = 0; i < 200; i++) { const n = crypto.randomInt(2); if (n !== 0 && n !== 1) return 'bad'; } return 'ok'; });
t('randomInt neg', () => { const n = crypto.randomInt(-10, -9); return n; });
t('randomInt rev', () => crypto.randomInt(10, 5));
t('randomInt frac', () => crypto.randomInt(1.5));
t('randomInt big', () => crypto.randomInt(2 ** 48 + 1));
t('randomInt range', () => crypto.randomInt(-(2 ** 40), 2 ** 48));
t('randomInt str', () => crypto.randomInt('1', 5));
t('randomInt cb bad', () => crypto.randomInt(1, 5, 'x'));
t('getRandomValues', () => { const a = new Uint16Array(4); return crypto.getRandomValues(a) === a; });
t('getRandomValues float', () => crypto.getRandomValues(new Float32Array(2)));
t('getRandomValues big', () => crypto.getRandomValues(new Uint8Array(65537)));
t('getRandomValues 65536', () => crypto.getRandomValues(new Uint8Array(65536)).length);
t('getRandomValues str', () => crypto.getRandomValues('x'));
t('webcrypto getRandomValues unbound', () => { const g = crypto.webcrypto.getRandomValues; return g(new Uint8Array(1)); });
t('global crypto', () => [typeof globalThis.crypto, globalThis.crypto === crypto.webcrypto, Object.prototype.toString.call(globalThis.crypto), typeof crypto.subtle, crypto.subtle === globalThis.crypto.subtle]);
t('global randomUUID', () => globalThis.crypto.randomUUID().length);
t('global getRandomValues', () => globalThis.crypto.getRandomValues(new BigInt64Array(2)).length);
// chained: Node runs these on its thread pool, so their order is only
// fixed when each starts after the previous one finished
crypto.randomBytes(8, (err, buf) => {
  console.log('async randomBytes', err, buf.length, Buffer.isBuffer(buf));
  crypto.randomFill(new Uint8Array(6), 2, (err2, buf2) => {
    console.log('async randomFill', err2, buf2.length);
    crypto.randomFill(Buffer.alloc(6), 1, 2, (err3, buf3) => console.log('async randomFill 2', err3, buf3[0], buf3[3], buf3[4], buf3[5]));
  });
});
crypto.randomInt(5, (err, n) => console.log('async randomInt', err, n >= 0 && n < 5));
console.log('sync done');
