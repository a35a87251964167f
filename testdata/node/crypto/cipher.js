// Cipheriv/Decipheriv: AES modes, padding, GCM tags, errors, streams.
const c = require('crypto');
const t = (l, f) => { try { console.log(l, f()); } catch (e) { console.log(l, e.name, e.code, e.message, e.library, e.reason); } };
const key16 = Buffer.alloc(16, 1), key24 = Buffer.alloc(24, 5), key32 = Buffer.alloc(32, 3), iv = Buffer.alloc(16, 2);
const plain = ['', 'a', 'hello world 12345678', 'x'.repeat(16), 'y'.repeat(33), 'é€😀'];
for (const [name, key, v] of [['aes-128-cbc', key16, iv], ['aes-192-cbc', key24, iv], ['aes-256-cbc', key32, iv], ['aes-128-ecb', key16, null], ['aes-256-ecb', key32, null], ['aes-128-ctr', key16, iv], ['aes-256-ctr', key32, iv], ['aes-128-ofb', key16, iv], ['aes-128-cfb', key16, iv], ['aes-256-cfb', key32, iv], ['aes128', key16, iv], ['des-ede3-cbc', key24, Buffer.alloc(8, 9)], ['des-ede3', key24, null]]) {
  for (const p of plain) {
    const e = c.createCipheriv(name, key, v);
    const ct = e.update(p, 'utf8', 'hex') + e.final('hex');
    const d = c.createDecipheriv(name, key, v);
    const back = d.update(ct, 'hex', 'utf8') + d.final('utf8');
    console.log(name, p.length, ct, back === p);
  }
}
// chunked updates and output encodings
const e1 = c.createCipheriv('aes-128-cbc', key16, iv);
console.log(e1.update(Buffer.alloc(5)).length, e1.update(Buffer.alloc(20)).length, e1.final().length);
const e2 = c.createCipheriv('aes-128-ctr', key16, iv);
console.log(e2.update('abcd', 'utf8', 'base64'), e2.update('ef', 'latin1', 'base64'), e2.final('base64'));
const ct2 = Buffer.concat([c.createCipheriv('aes-128-cbc', key16, iv).update(Buffer.alloc(32)), c.createCipheriv('aes-128-cbc', key16, iv).final()]);
const d2 = c.createDecipheriv('aes-128-cbc', key16, iv);
console.log(d2.update(ct2.subarray(0, 16)).length, d2.update(ct2.subarray(16, 20)).length, d2.update(ct2.subarray(20)).length);
// padding
t('nopad ok', () => { const e = c.createCipheriv('aes-128-cbc', key16, iv); e.setAutoPadding(false); return e.update(Buffer.alloc(32)).length + e.final().length; });
t('nopad enc', () => { const e = c.createCipheriv('aes-128-cbc', key16, iv); e.setAutoPadding(false); e.update('abc'); return e.final(); });
t('nopad dec', () => { const d = c.createDecipheriv('aes-128-cbc', key16, iv); d.setAutoPadding(false); return d.update(ct2).length + d.final().length; });
t('bad decrypt', () => { const d = c.createDecipheriv('aes-128-cbc', key16, iv); d.update(Buffer.alloc(16)); return d.final(); });
t('wrong final len', () => { const d = c.createDecipheriv('aes-128-cbc', key16, iv); d.update(Buffer.alloc(15)); return d.final(); });
t('empty decrypt', () => c.createDecipheriv('aes-128-cbc', key16, iv).final());
t('final twice', () => { const e = c.createCipheriv('aes-128-cbc', key16, iv); e.final(); return e.final(); });
t('update after final', () => { const e = c.createCipheriv('aes-128-cbc', key16, iv); e.final(); return e.update('x'); });
t('setAutoPadding late', () => { const e = c.createCipheriv('aes-128-cbc', key16, iv); e.final(); return e.setAutoPadding(true); });
// GCM
for (const ivLen of [12, 7, 16, 1]) {
  for (const tagLen of [16, 12, 8, 4]) {
    const giv = Buffer.alloc(ivLen, 4);
    const e = c.createCipheriv('aes-256-gcm', key32, giv, { authTagLength: tagLen });
    e.setAAD(Buffer.from('header'));
    const ct = Buffer.concat([e.update('secret '), e.update('message'), e.final()]);
    const tag = e.getAuthTag();
    const d = c.createDecipheriv('aes-256-gcm', key32, giv, { authTagLength: tagLen });
    d.setAAD(Buffer.from('header'));
    d.setAuthTag(tag);
    const pt = Buffer.concat([d.update(ct), d.final()]).toString();
    console.log('gcm', ivLen, tagLen, ct.toString('hex'), tag.toString('hex'), pt);
  }
}
t('gcm 128', () => { const e = c.createCipheriv('aes-128-gcm', key16, Buffer.alloc(12)); const x = e.update('abc', 'utf8', 'hex') + e.final('hex'); return x + ' ' + e.getAuthTag().toString('base64'); });
t('gcm no aad', () => { const e = c.createCipheriv('id-aes192-gcm', key24, Buffer.alloc(12, 1)); e.final(); return e.getAuthTag().toString('hex'); });
t('gcm tag before final', () => c.createCipheriv('aes-256-gcm', key32, Buffer.alloc(12)).getAuthTag());
t('gcm bad tag', () => { const d = c.createDecipheriv('aes-256-gcm', key32, Buffer.alloc(12, 4)); d.setAuthTag(Buffer.alloc(16)); d.update(Buffer.from('00', 'hex')); return d.final(); });
t('gcm no tag', () => { const d = c.createDecipheriv('aes-256-gcm', key32, Buffer.alloc(12, 4)); d.update(Buffer.from('00', 'hex')); return d.final(); });
t('gcm tag len', () => c.createCipheriv('aes-128-gcm', key16, Buffer.alloc(12), { authTagLength: 5 }));
t('gcm setAAD late', () => { const e = c.createCipheriv('aes-128-gcm', key16, Buffer.alloc(12)); e.update('x'); return e.setAAD(Buffer.from('a')); });
t('cbc setAAD', () => c.createCipheriv('aes-128-cbc', key16, iv).setAAD(Buffer.from('a')));
t('setAuthTag twice', () => { const d = c.createDecipheriv('aes-128-gcm', key16, Buffer.alloc(12)); d.setAuthTag(Buffer.alloc(16)); return d.setAuthTag(Buffer.alloc(16)); });
t('setAuthTag cbc', () => c.createDecipheriv('aes-128-cbc', key16, iv).setAuthTag(Buffer.alloc(16)));
t('setAuthTag str', () => c.createDecipheriv('aes-128-gcm', key16, Buffer.alloc(12)).setAuthTag('abc'));
t('getAuthTag cbc', () => { const e = c.createCipheriv('aes-128-cbc', key16, iv); e.final(); return e.getAuthTag(); });
t('cipher setAuthTag', () => typeof c.createCipheriv('aes-128-gcm', key16, Buffer.alloc(12)).setAuthTag);
t('gcm empty iv', () => c.createCipheriv('aes-128-gcm', key16, Buffer.alloc(0)));
// argument errors
t('unknown', () => c.createCipheriv('aes-128-xyz', key16, iv));
t('keylen', () => c.createCipheriv('aes-128-cbc', Buffer.alloc(15), iv));
t('ivlen', () => c.createCipheriv('aes-128-cbc', key16, Buffer.alloc(15)));
t('no iv', () => c.createCipheriv('aes-128-cbc', key16, null));
t('ecb null iv', () => c.createCipheriv('aes-128-ecb', key16, null).update('x').length);
t('ecb iv given', () => c.createCipheriv('aes-128-ecb', key16, iv));
t('key str', () => c.createCipheriv('aes-128-cbc', 'k'.repeat(16), 'i'.repeat(16)).final('hex'));
t('key num', () => c.createCipheriv('aes-128-cbc', 5, iv));
t('iv num', () => c.createCipheriv('aes-128-cbc', key16, 5));
t('cipher num', () => c.createCipheriv(5, key16, iv));
t('update num', () => c.createCipheriv('aes-128-cbc', key16, iv).update(5));
t('update odd hex', () => c.createCipheriv('aes-128-cbc', key16, iv).update('abc', 'hex'));
t('no new', () => c.Cipheriv('aes-128-cbc', key16, iv) instanceof c.Cipheriv);
t('inspect', () => c.createCipheriv('aes-128-cbc', key16, iv));
t('info', () => [c.getCipherInfo('aes-128-gcm'), c.getCipherInfo('AES-256-CBC'), c.getCipherInfo('aes-128-ecb'), c.getCipherInfo('bogus'), c.getCipherInfo(427), c.getCipherInfo('des3')]);
t('getCiphers', () => ['aes-128-cbc', 'aes-256-gcm', 'aes-128-ctr'].every((n) => c.getCiphers().includes(n)));
// legacy password-based
t('createCipher', () => { const e = c.createCipher('aes-256-cbc', 'password'); return e.update('legacy', 'utf8', 'hex') + e.final('hex'); });
t('createDecipher', () => { const e = c.createCipher('aes-128-cbc', Buffer.from('pw')); const ct = Buffer.concat([e.update('round trip'), e.final()]); const d = c.createDecipher('aes-128-cbc', Buffer.from('pw')); return d.update(ct, undefined, 'utf8') + d.final('utf8'); });
// as streams
const enc = c.createCipheriv('aes-128-cbc', key16, iv);
const chunks = [];
enc.on('data', (d) => chunks.push(d));
enc.on('end', () => {
  const all = Buffer.concat(chunks);
  console.log('stream', all.toString('hex'));
  const dec = c.createDecipheriv('aes-128-cbc', key16, iv);
  dec.setEncoding('utf8');
  let text = '';
  dec.on('data', (d) => { text += d; });
  dec.on('end', () => console.log('stream back', text));
  dec.end(all);
});
enc.write('streamed ');
enc.end('text');
// ChaCha20 and ChaCha20-Poly1305
{
  const key = Buffer.alloc(32, 1), civ = Buffer.alloc(12, 2);
  const e = c.createCipheriv('chacha20-poly1305', key, civ, { authTagLength: 16 });
  e.setAAD(Buffer.from('aad'));
  const ct = Buffer.concat([e.update('hello '), e.update('world'), e.final()]);
  const tag = e.getAuthTag();
  console.log('chacha', ct.toString('hex'), tag.toString('hex'));
  const d = c.createDecipheriv('chacha20-poly1305', key, civ, { authTagLength: 16 });
  d.setAAD(Buffer.from('aad'));
  d.setAuthTag(tag);
  console.log('chacha back', Buffer.concat([d.update(ct), d.final()]).toString());
  const s = c.createCipheriv('chacha20', key, Buffer.alloc(16, 3));
  console.log('chacha20', s.update('stream cipher', 'utf8', 'hex') + s.final('hex'));
  t('chacha no tag len', () => { const e2 = c.createCipheriv('chacha20-poly1305', key, civ); e2.final(); return e2.getAuthTag().length; });
  t('chacha iv 8', () => c.createCipheriv('chacha20-poly1305', key, Buffer.alloc(8)));
  t('chacha tag 8', () => { const e3 = c.createCipheriv('chacha20-poly1305', key, civ, { authTagLength: 8 }); e3.final(); return e3.getAuthTag().toString('hex'); });
  t('chacha info', () => [c.getCipherInfo('chacha20-poly1305'), c.getCipherInfo('chacha20')]);
  t('chacha bad tag', () => { const d2 = c.createDecipheriv('chacha20-poly1305', key, civ); d2.setAuthTag(Buffer.alloc(16)); d2.update(ct); return d2.final(); });
}
// legacy classes and engines
t('Cipher class', () => { const e = c.createCipher('aes-128-cbc', 'pw'); return [e instanceof c.Cipher, e instanceof c.Cipheriv, e.constructor.name]; });
t('Decipher class', () => c.createDecipher('aes-128-cbc', 'pw') instanceof c.Decipher);
t('Cipher no new', () => c.Cipher('aes-128-cbc', 'pw').final('hex'));
t('setEngine', () => c.setEngine('dynamic'));
t('setEngine num', () => c.setEngine(5));
t('setEngine bogus', () => c.setEngine('bogus'));
