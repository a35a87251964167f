// Deterministic pseudo-random operations on buffers; every result and
// error is printed so any divergence from Node shows up.
let seed = 12345;
const rnd = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return (seed >>> 8) % n; };
const pick = (a) => a[rnd(a.length)];
const encs = ['utf8', 'hex', 'base64', 'base64url', 'latin1', 'ascii', 'utf16le'];
const nums = [0, 1, -1, 2, 3, 7, 8, 15, 16, 17, 255, 256, -0.5, 1.5, NaN, Infinity, -Infinity, 2 ** 31, -(2 ** 31), 2 ** 32, undefined, '3', null];
const strs = ['', 'a', 'ab', 'abc', 'héllo', '€', '😀', 'zz', '0f', 'YWJj', '\u00ff\u0100', 'a\ud800'];
const buf = Buffer.alloc(24);
for (let i = 0; i < 24; i++) buf[i] = (i * 41 + 7) & 255;
const ops = [
  () => ['toString', pick(encs), pick(nums), pick(nums)],
  () => ['write', pick(strs), pick(nums), pick(nums), pick(encs)],
  () => ['write', pick(strs), pick(encs)],
  () => ['fill', pick(strs.concat(nums)), pick(nums), pick(nums), pick(encs)],
  () => ['indexOf', pick(strs.concat(nums)), pick(nums), pick(encs)],
  () => ['lastIndexOf', pick(strs.concat(nums)), pick(nums), pick(encs)],
  () => ['includes', pick(strs), pick(nums)],
  () => ['slice', pick(nums), pick(nums)],
  () => ['subarray', pick(nums), pick(nums)],
  () => ['readUIntLE', pick(nums), pick([1, 2, 3, 4, 5, 6, 0, 7])],
  () => ['readIntBE', pick(nums), pick([1, 2, 3, 4, 5, 6])],
  () => ['writeUIntBE', pick(nums), pick(nums), pick([1, 2, 3, 4, 5, 6])],
  () => ['writeIntLE', pick(nums), pick(nums), pick([1, 2, 3, 4, 5, 6])],
  () => ['readUInt16BE', pick(nums)],
  () => ['readInt32LE', pick(nums)],
  () => ['writeInt16BE', pick(nums), pick(nums)],
  () => ['writeUInt32LE', pick(nums), pick(nums)],
  () => ['readFloatLE', pick(nums)],
  () => ['writeDoubleBE', pick(nums), pick(nums)],
  () => ['copy', Buffer.from(pick(strs)), pick(nums), pick(nums), pick(nums)],
  () => ['compare', Buffer.from(pick(strs)), pick(nums), pick(nums), pick(nums), pick(nums)],
  () => ['equals', Buffer.from(pick(strs))],
];
const show = (v) => {
  if (Buffer.isBuffer(v)) return `buf(${v.toString('hex')})`;
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number' && Object.is(v, -0)) return '-0';
  return String(v);
};
for (let i = 0; i < 1500; i++) {
  const [method, ...args] = pick(ops)();
  let res;
  try {
    res = show(buf[method](...args));
  } catch (e) {
    res = `${e.name} ${e.code} ${e.message}`;
  }
  console.log(i, method, args.map(show).join(','), '=>', res, buf.toString('hex'));
}
