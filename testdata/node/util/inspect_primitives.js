// util.inspect of primitives and strings: quoting, escapes, numbers, symbols, bigint.
const util = require('util');
const values = [
  1, -1, 0, -0, 1.5, -2.25, 1e21, 1e-7, NaN, Infinity, -Infinity, 2 ** 53,
  12n, -5n, 0n, 123456789012345678901234567890n,
  true, false, undefined, null,
  Symbol('x'), Symbol(), Symbol('with space'), Symbol.iterator, Symbol.for('registered'),
  '', 'abc', "it's", 'say "hi"', `it's "both"`, 'it\'s "x" `y`', 'it\'s "x" ${y}',
  'a\nb', 'tab\there', '\u0000\u0001\u001f', '\x7f\x80\x9f', 'back\\slash', '\u00a0nbsp',
  '\ud800', '\udc00', 'ok\ud83d\ude00emoji', '日本語', 'caf\u00e9',
];
for (const v of values) console.log(util.inspect(v));
for (const v of values) console.log(typeof v === 'symbol' ? 'sym' : String(v).length, util.inspect([v]), util.inspect({ v }));
console.log(util.inspect('x'.repeat(20), { maxStringLength: 5 }));
console.log(util.inspect('x'.repeat(20), { maxStringLength: 19 }));
console.log(util.inspect(['abc', 'def'], { maxStringLength: 1 }));
console.log(util.inspect(1234567.891, { numericSeparator: true }));
console.log(util.inspect(-1234567, { numericSeparator: true }));
console.log(util.inspect(123456789n, { numericSeparator: true }));
console.log(util.inspect(0.0001234, { numericSeparator: true }));
console.log(util.inspect(1000, { numericSeparator: true }), util.inspect(999, { numericSeparator: true }));
