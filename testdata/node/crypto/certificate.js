// crypto.Certificate (SPKAC) with OpenSSL-made fixtures.
const { Certificate } = require('crypto');
const fs = require('fs');
const path = require('path');
const t = (l, f) => { try { console.log(l, f()); } catch (err) { console.log(l, err.name, err.code, err.message); } };
for (const name of ['spkac-md5.txt', 'spkac-sha256.txt']) {
  const s = fs.readFileSync(path.join(__dirname, 'fixtures', name), 'utf8').trim();
  if (s === '') continue;
  t(`${name} chal`, () => Certificate.exportChallenge(s).toString());
  t(`${name} pub`, () => Certificate.exportPublicKey(s).toString().split('\n').slice(0, 2).join('|'));
  t(`${name} verify`, () => Certificate.verifySpkac(Buffer.from(s)));
  const bad = Buffer.from(s);
  bad[bad.length - 5] ^= 1;
  t(`${name} tampered`, () => Certificate.verifySpkac(bad));
  t(`${name} inst`, () => { const c = new Certificate(); return [typeof c.verifySpkac, c.exportChallenge(s).toString()]; });
  t(`${name} call`, () => Certificate().exportChallenge(s).length);
}
t('bad', () => [Certificate.exportChallenge('abc'), Certificate.exportPublicKey('abc'), Certificate.verifySpkac(Buffer.from('abc'))]);
t('num', () => Certificate.exportChallenge(5));
