// Blob and File basics.
const { Blob, File } = require('buffer');
console.log(Blob === globalThis.Blob, File === globalThis.File);
const b = new Blob(['ab', Buffer.from('cd'), new Uint8Array([101]), new Blob(['fg']), new ArrayBuffer(1), new Uint16Array([0x4948])], { type: 'Text/Plain' });
console.log(b, b.size, b.type, Object.prototype.toString.call(b));
const parts = [];
b.text().then((t) => console.log('text', JSON.stringify(t)))
  .then(() => b.slice(1, -1, 'X/Y').text()).then((t) => console.log('slice', JSON.stringify(t)))
  .then(() => b.arrayBuffer()).then((ab) => console.log('arrayBuffer', ab.byteLength, Buffer.from(ab).toString('hex')))
  .then(() => b.slice(-3).text()).then((t) => console.log('neg slice', JSON.stringify(t)))
  .then(() => b.slice(5, 2).size).then((n) => console.log('empty slice', n))
  .then(() => new Blob(['é']).bytes()).then((u) => console.log('bytes', u));
for (const [label, f] of [
  ['string', () => new Blob('abc')],
  ['number', () => new Blob(5)],
  ['null', () => new Blob(null)],
  ['objects', () => new Blob([1, {}, null]).size],
  ['empty', () => new Blob().size],
  ['bad type', () => new Blob([], { type: 'a\u0100b' }).type],
  ['upper type', () => new Blob([], { type: 'A/B' }).type],
  ['options num', () => new Blob([], 5)],
  ['set', () => new Blob(new Set(['x', 'y'])).size],
]) {
  try { console.log(label, f()); } catch (e) { console.log(label, e.name, e.code, e.message); }
}
const f = new File(['x', 'yz'], 'a.txt', { lastModified: 5, type: 'text/plain' });
console.log(f.name, f.lastModified, f.size, f.type, f instanceof Blob, f);
try { new File(['x']); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(typeof new File([], 'n').lastModified);
console.log(Object.keys(Blob.prototype))
