// pbkdf2 and scrypt: RFC vectors and errors.
const crypto = require('crypto');
for (const [iter, len, dig] of [[1, 20, 'sha1'], [2, 20, 'sha1'], [4096, 20, 'sha1'], [1, 32, 'sha256'], [1000, 64, 'sha512'], [1, 0, 'sha256'], [3, 100, 'md5'], [2, 17, 'sha3-256']]) {
  console.log('pbkdf2', iter, len, dig, crypto.pbkdf2Sync('password', 'salt', iter, len, dig).toString('hex'));
}
console.log(crypto.pbkdf2Sync(Buffer.from('pass'), new Uint8Array([1, 2]), 2, 8, 'sha256').toString('hex'), crypto.pbkdf2Sync('p', new ArrayBuffer(2), 1, 8, 'SHA256').toString('hex'));
console.log(crypto.scryptSync('', '', 64, { N: 16, r: 1, p: 1 }).toString('hex'));
console.log(crypto.scryptSync('password', 'NaCl', 64, { N: 1024, r: 8, p: 16 }).toString('hex'));
console.log(crypto.scryptSync('p', 's', 16).toString('hex'), crypto.scryptSync('p', 's', 16, { cost: 16, blockSize: 1, parallelization: 1 }).toString('hex'));
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label, e.name, e.code, e.message); } };
t('iter 0', () => crypto.pbkdf2Sync('p', 's', 0, 32, 'sha256'));
t('iter frac', () => crypto.pbkdf2Sync('p', 's', 1.5, 32, 'sha256'));
t('bogus digest', () => crypto.pbkdf2Sync('p', 's', 1, 32, 'bogus'));
t('keylen -1', () => crypto.pbkdf2Sync('p', 's', 1, -1, 'sha256'));
t('no digest', () => crypto.pbkdf2Sync('p', 's', 1, 32));
t('num pass', () => crypto.pbkdf2Sync(1, 's', 1, 32, 'sha256'));
t('no cb', () => crypto.pbkdf2('p', 's', 1, 32, 'sha256'));
t('N 3', () => crypto.scryptSync('p', 's', 16, { N: 3 }));
t('N huge', () => crypto.scryptSync('p', 's', 16, { N: 2 ** 20 }));
t('keylen neg', () => crypto.scryptSync('p', 's', -1));
t('num pass', () => crypto.scryptSync(5, 's', 1));
t('N and cost', () => crypto.scryptSync('p', 's', 1, { N: 16, cost: 16 }));
t('maxmem', () => crypto.scryptSync('p', 's', 8, { N: 1024, maxmem: 1024 }));
t('timingSafeEqual', () => [crypto.timingSafeEqual(Buffer.from('ab'), Buffer.from('ab')), crypto.timingSafeEqual(Buffer.from('ab'), Buffer.from('ac')), crypto.timingSafeEqual(new Uint16Array([1]), new Uint8Array([1, 0])), crypto.timingSafeEqual(new ArrayBuffer(2), new DataView(new ArrayBuffer(2)))]);
t('timingSafeEqual len', () => crypto.timingSafeEqual(Buffer.from('a'), Buffer.from('ab')));
t('timingSafeEqual str', () => crypto.timingSafeEqual('a', Buffer.from('ab')));
t('timingSafeEqual str2', () => crypto.timingSafeEqual(Buffer.from('ab'), 'ab'));
// chained so the order of completions is deterministic
crypto.pbkdf2('password', 'salt', 1, 20, 'sha1', (err, key) => {
  console.log('async pbkdf2', err, key.toString('hex'));
  crypto.scrypt('p', 's', 16, (err2, key2) => {
    console.log('async scrypt', err2, key2.toString('hex'));
    crypto.scrypt('p', 's', 16, { N: 16, r: 1, p: 1 }, (err3, key3) => {
      console.log('async scrypt opts', err3, key3.toString('hex'));
      crypto.hkdf('sha512', 'key', 'salt', 'info', 8, (err4, key4) => console.log('async hkdf', err4, key4 instanceof ArrayBuffer, Buffer.from(key4).toString('hex')));
    });
  });
});
t('bad cb', () => crypto.pbkdf2('password', 'salt', 1, 20, 'sha1', 'x'));
console.log('sync done');
// hkdf (RFC 5869 case 1 and Node's checks)
const ikm = Buffer.from('0b'.repeat(22), 'hex');
const okm = crypto.hkdfSync('sha256', ikm, Buffer.from('000102030405060708090a0b0c', 'hex'), Buffer.from('f0f1f2f3f4f5f6f7f8f9', 'hex'), 42);
console.log(okm instanceof ArrayBuffer, Buffer.from(okm).toString('hex'));
t('hkdf str', () => Buffer.from(crypto.hkdfSync('sha256', 'key', 'salt', 'info', 16)).toString('hex'));
t('hkdf empty', () => crypto.hkdfSync('sha256', Buffer.from('key'), new Uint8Array(0), '', 0).byteLength);
t('hkdf sha1', () => Buffer.from(crypto.hkdfSync('sha1', '', '', '', 20)).toString('hex'));
t('hkdf bogus', () => crypto.hkdfSync('bogus', 'key', 'salt', 'info', 16));
t('hkdf ikm', () => crypto.hkdfSync('sha256', 5, 'salt', 'info', 16));
t('hkdf salt', () => crypto.hkdfSync('sha256', 'k', 5, 'info', 16));
t('hkdf info', () => crypto.hkdfSync('sha256', 'k', 's', 5, 16));
t('hkdf keylen', () => crypto.hkdfSync('sha256', 'k', 's', 'i', 255 * 32 + 1));
t('hkdf long info', () => crypto.hkdfSync('sha256', 'k', 's', 'x'.repeat(1025), 16));
t('hkdf neg', () => crypto.hkdfSync('sha256', 'k', 's', 'i', -1));
t('hkdf frac', () => crypto.hkdfSync('sha256', 'k', 's', 'i', 1.5));
t('hkdf digest num', () => crypto.hkdfSync(5, 'k', 's', 'i', 1));
t('hkdf no cb', () => crypto.hkdf('sha512', 'key', 'salt', 'info', 8));
