// Odd numeric and object arguments to buffer, crypto and TextDecoder.
const c = require('crypto');
const t = (l, f) => { try { console.log(l, f()) } catch (e) { console.log(l, e.name, e.code, e.message) } };
t('rb 1.5', () => c.randomBytes(1.5).length);
t('rb NaN', () => c.randomBytes(NaN).length);
t('alloc 1.5', () => Buffer.alloc(1.5).length);
t('alloc Infinity', () => Buffer.alloc(Infinity));
t('allocUnsafe 2.7', () => Buffer.allocUnsafe(2.7).length);
t('from arr big', () => Buffer.from(new Array(3)).toString('hex'));
t('concat len 1.5', () => Buffer.concat([Buffer.from('ab')], 1.5));
t('hash obj', () => c.createHash('sha1').update({}));
t('hmac obj key', () => c.createHmac('sha1', {}));
t('pbkdf2 float', () => c.pbkdf2Sync('a', 'b', 1, 1.5, 'sha1'));
t('rfs float', () => c.randomFillSync(Buffer.alloc(4), 1.5).length);
t('uuid', () => typeof c.randomUUID());
t('td enc obj', () => new TextDecoder({ toString() { return 'utf-16le'; } }).encoding);
t('buf index', () => { const b = Buffer.alloc(2); b[5] = 1; b[-1] = 3; b['1'] = 300; return [b[5], b[-1], b[1], b.length]; });
t('neg zero', () => Buffer.alloc(-0).length);
t('toString radix', () => Buffer.from([1]).toString(16));
