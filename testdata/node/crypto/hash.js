// createHash: known digests, encodings, chaining, copy, errors.
const crypto = require('crypto');
const algs = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-224', 'sha512-256', 'sha3-224', 'sha3-256', 'sha3-384', 'sha3-512', 'SHA256', 'RSA-SHA256', 'sha-256', 'RSA-MD5', 'sha256WithRSAEncryption', 'ssl3-sha1'];
const inputs = ['', 'abc', 'The quick brown fox jumps over the lazy dog', 'é€😀', 'x'.repeat(1000)];
for (const a of algs) {
  for (const s of inputs) console.log(a, s.length, crypto.createHash(a).update(s).digest('hex'));
}
const h = crypto.createHash('sha256');
console.log(h.update('a') === h, h.update(Buffer.from('b')).update(new Uint16Array([0x6463])).update(new DataView(new Uint8Array([0x65]).buffer)).digest('base64'));
for (const enc of ['hex', 'base64', 'base64url', 'latin1', 'binary', 'buffer', undefined, 'ucs2', 'bogus', 'ascii', 'utf8']) {
  const out = crypto.createHash('sha1').update('abc').digest(enc);
  console.log('digest', enc, Buffer.isBuffer(out), Buffer.isBuffer(out) ? out.toString('hex') : JSON.stringify(out));
}
for (const [data, enc] of [['616263', 'hex'], ['YWJj', 'base64'], ['abc', 'latin1'], ['abc', 'utf8'], ['abc', 'bogus'], ['\u00e9', 'latin1'], ['\u00e9', 'utf8'], ['abc', 'ucs2'], ['abc', 'buffer']]) {
  console.log('update', data, enc, crypto.createHash('md5').update(data, enc).digest('hex'));
}
const base = crypto.createHash('sha256').update('part1');
const copy = base.copy();
base.update('x');
copy.update('y');
console.log(base.digest('hex'), copy.digest('hex'), crypto.createHash('sha256').update('part1y').digest('hex'));
console.log(crypto.createHash('shake256', { outputLength: 8 }).update('a').digest('hex'), crypto.createHash('shake128').update('a').digest('hex'), crypto.createHash('shake256').update('').digest('hex'), crypto.createHash('shake128', { outputLength: 0 }).digest('hex'));
const sh = crypto.createHash('shake256', { outputLength: 4 }).update('ab');
console.log(sh.copy({ outputLength: 6 }).digest('hex'), sh.copy().digest('hex'), sh.digest('hex'));
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label, e.name, e.code, e.message); } };
t('bogus', () => crypto.createHash('bogus'));
t('num alg', () => crypto.createHash(5));
t('no alg', () => crypto.createHash());
t('update num', () => crypto.createHash('sha256').update(5));
t('update ab', () => crypto.createHash('sha256').update(new ArrayBuffer(3)));
t('update null', () => crypto.createHash('sha256').update(null));
t('odd hex', () => crypto.createHash('sha256').update('abc', 'hex'));
t('digest twice', () => { const x = crypto.createHash('md5'); x.digest(); return x.digest(); });
t('update after', () => { const x = crypto.createHash('md5'); x.digest(); return x.update('x'); });
t('copy after', () => { const x = crypto.createHash('md5'); x.digest(); return x.copy(); });
t('outputLength non-xof', () => crypto.createHash('sha256', { outputLength: 8 }).update('a').digest('hex'));
t('outputLength same', () => crypto.createHash('sha256', { outputLength: 32 }).update('a').digest('hex'));
t('outputLength -1', () => crypto.createHash('md5', { outputLength: -1 }));
t('outputLength str', () => crypto.createHash('md5', { outputLength: '1' }));
t('Hash no new', () => crypto.Hash('md5').update('x').digest('hex'));
t('instanceof', () => crypto.createHash('md5') instanceof crypto.Hash);
t('hash()', () => crypto.hash('sha1', 'abc'));
t('hash() b64', () => crypto.hash('sha1', 'abc', 'base64'));
t('hash() buffer', () => crypto.hash('md5', Buffer.from('abc'), 'buffer').toString('hex'));
t('hash() bogus', () => crypto.hash('bogus', 'abc'));
t('hash() num', () => crypto.hash('sha1', 5));
t('hash() bad enc', () => crypto.hash('sha1', 'a', 'bogus'));
const hashes = crypto.getHashes();
console.log(hashes.length, hashes.includes('sha256'), hashes.includes('md5'), hashes.slice(0, 3), Array.isArray(crypto.getCiphers()));
const big = Buffer.alloc(1 << 20, 'abc');
console.log(crypto.createHash('sha256').update(big).digest('hex'), crypto.createHash('md5').update(big.subarray(5, 100)).digest('hex'));
