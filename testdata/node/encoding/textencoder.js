// TextEncoder: encode and encodeInto.
const te = new TextEncoder();
console.log(te.encoding, te.encode('héllo'), te.encode(), te.encode(undefined), te.encode(null), te.encode(123), te.encode('\ud800'), te.encode('😀'));
console.log(Object.prototype.toString.call(te.encode('a')), te.encode('a') instanceof Buffer, te.encode('a').constructor.name);
for (const [src, size] of [['héllo€', 4], ['héllo€', 5], ['abc', 10], ['😀x', 3], ['😀x', 4], ['😀x', 5], ['', 2], ['\ud800a', 3], ['\udc00', 3], ['\udc00', 2], ['é', 1]]) {
  const dest = new Uint8Array(size);
  const r = te.encodeInto(src, dest);
  console.log(JSON.stringify(src), size, r, Buffer.from(dest).toString('hex'));
}
console.log(te.encodeInto('abc', new Uint8Array(new ArrayBuffer(8), 2, 3)));
for (const [src, dest] of [[5, new Uint8Array(2)], ['x', [1, 2]], ['x', new Uint16Array(2)], ['x', Buffer.alloc(2)]]) {
  try { console.log(te.encodeInto(src, dest)); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(Object.getOwnPropertyNames(TextEncoder.prototype), Object.keys(TextEncoder.prototype));
const { TextEncoder: UTE, TextDecoder: UTD } = require('util');
console.log(UTE === TextEncoder, UTD === TextDecoder);
const big = 'x€'.repeat(5000);
console.log(new TextDecoder().decode(te.encode(big)) === big, te.encode(big).length);
