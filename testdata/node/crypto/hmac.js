// createHmac: RFC 4231 vectors, key types, errors.
const crypto = require('crypto');
const key = Buffer.alloc(20, 0x0b);
for (const a of ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-256', 'sha3-256', 'RSA-SHA256']) {
  console.log(a, crypto.createHmac(a, key).update('Hi There').digest('hex'));
  console.log(a, crypto.createHmac(a, 'Jefe').update('what do ya want for nothing?').digest('base64'));
  console.log(a, crypto.createHmac(a, Buffer.alloc(131, 0xaa)).update('Test Using Larger Than Block-Size Key - Hash Key First').digest('hex'));
}
console.log(crypto.createHmac('sha256', '').digest('hex'), crypto.createHmac('sha256', new Uint8Array([1, 2])).update('x').digest('hex'), crypto.createHmac('sha256', new ArrayBuffer(3)).digest('hex'), crypto.createHmac('sha256', new DataView(new ArrayBuffer(2))).digest('hex'));
console.log(crypto.createHmac('sha256', '6b6579', { encoding: 'hex' }).update('m').digest('hex'), crypto.createHmac('sha256', 'key').update('m').digest('hex'));
console.log(crypto.createHmac('sha1', 'k').update('a').update(Buffer.from('b')).update('63', 'hex').digest('latin1').length);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label, e.name, e.code, e.message); } };
t('bogus', () => crypto.createHmac('bogus', 'k'));
t('num key', () => crypto.createHmac('sha256', 5));
t('null key', () => crypto.createHmac('sha256', null));
t('no key', () => crypto.createHmac('sha256'));
t('num alg', () => crypto.createHmac(1, 'k'));
t('digest twice', () => { const h = crypto.createHmac('sha256', 'k'); h.digest(); return JSON.stringify(h.digest('hex')) + ' ' + h.digest().length; });
t('update after', () => { const h = crypto.createHmac('sha256', 'k'); h.digest(); return h.update('x'); });
t('Hmac no new', () => crypto.Hmac('md5', 'k').update('x').digest('hex'));
t('instanceof', () => crypto.createHmac('md5', 'k') instanceof crypto.Hmac);
t('update num', () => crypto.createHmac('md5', 'k').update(1));
