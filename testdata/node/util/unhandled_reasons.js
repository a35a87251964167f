// An unhandled rejection with a non-error reason: Node names it with V8's side-effect-free string.
// The 'unhandledRejection' listener shows the raw values; the last rejection is fatal.
const reasons = ['str', 42, null, undefined, [1, 2], new (class Foo {})(), Object.create(null), Symbol('s'),
  10n, { toString() { return 'ts'; } }, new Map()];
let n = 0;
process.on('unhandledRejection', (r) => {
  console.log('unhandled', typeof r, ++n);
  if (n === reasons.length) {
    process.removeAllListeners('unhandledRejection');
    Promise.reject({ a: 1 });
  }
});
for (const r of reasons) Promise.reject(r);
