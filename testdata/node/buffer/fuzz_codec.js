// Deterministic random bytes and strings through every encoding.
let seed = 987654321;
const rnd = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return (seed >>> 8) % n; };
const encs = ['utf8', 'hex', 'base64', 'base64url', 'latin1', 'ascii', 'utf16le'];
const pools = [
  [0x00, 0x41, 0x7f, 0x80, 0xbf, 0xc2, 0xc3, 0xe0, 0xe2, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff, 0x82, 0xac, 0x9f, 0x98, 0xa0],
  Array.from({ length: 256 }, (_, i) => i),
];
const units = [0x41, 0x7a, 0x3d, 0x2b, 0x2f, 0x2d, 0x5f, 0x20, 0x0a, 0xe9, 0xff, 0x100, 0x20ac, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xfeff, 0x30, 0x39, 0x66, 0x46, 0x67];
for (let i = 0; i < 400; i++) {
  const pool = pools[i % 2];
  const bytes = Buffer.from(Array.from({ length: rnd(12) }, () => pool[rnd(pool.length)]));
  const out = encs.map((e) => JSON.stringify(bytes.toString(e)));
  console.log('b', bytes.toString('hex'), out.join(' '));
  const str = String.fromCharCode(...Array.from({ length: rnd(10) }, () => units[rnd(units.length)]));
  const enc = encs.map((e) => Buffer.from(str, e).toString('hex') + '/' + Buffer.byteLength(str, e));
  console.log('s', JSON.stringify(str), enc.join(' '));
  const w = Buffer.alloc(rnd(8));
  const e = encs[rnd(encs.length)];
  console.log('w', e, w.length, w.write(str, e), w.toString('hex'));
}
