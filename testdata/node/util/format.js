// util.format and formatWithOptions: every specifier, extra and missing arguments.
const util = require('util');
const cases = [
  ['%s', 'str'], ['%s', 42], ['%s', -0], ['%s', 5n], ['%s', Symbol('sym')], ['%s', null], ['%s', undefined],
  ['%s', { a: 1, b: { c: { d: 1 } } }], ['%s', [1, [2, [3]]]], ['%s', Object.assign(new Error('e1'), { stack: 'Error: e1\n    at fake (f.js:1:1)' })], ['%s', new Date(0)],
  ['%s', { toString() { return 'custom toString'; } }], ['%s', new (class X { toString() { return 'X!'; } })()],
  ['%s', new (class Y {})()], ['%s', Object.create(null)], ['%s', function fn() {}], ['%s', new Map([[1, 2]])],
  ['%d', 42], ['%d', '42'], ['%d', '0x10'], ['%d', 1.5], ['%d', -0], ['%d', 5n], ['%d', Symbol('s')], ['%d', {}], ['%d', ''],
  ['%i', 42.9], ['%i', '42.9abc'], ['%i', -1.5], ['%i', 5n], ['%i', Symbol('s')], ['%i', 'abc'],
  ['%f', '3.25'], ['%f', 1], ['%f', 'x'], ['%f', Symbol('s')], ['%f', -0],
  ['%j', { a: [1, 2] }], ['%j', 'str'], ['%j', undefined], ['%j', 1n === 1n], ['%j', { toJSON() { return 'tj'; } }],
  ['%o', { a: [1, 2] }], ['%o', function foo() {}], ['%o', [1, { b: 2 }]],
  ['%O', { a: [1, 2], b: { c: { d: { e: 1 } } } }], ['%O', 'str'],
  ['%c', 'color: red'], ['%%'], ['%% %s', 'x'], ['100%'], ['%'], ['%x', 1], ['%s%s', 'a'], ['a%sb%sc', 1, 2],
  ['%s', 'a', 'extra', 3, { x: 1 }], [1, 2, 3], [{ a: 1 }, 'str'], ['no specifiers', { b: 2 }, [3]], [],
  ['%s:%s', 'only one'], ['%d%%', 50], ['%j', (() => { const c = {}; c.c = c; return c; })()],
  ['%s', 'multi\nline'], ['%O', 'multi\nline'], [''], ['', 1], [undefined, 'x'], [null], [Symbol('first')],
];
for (const args of cases) console.log(JSON.stringify(util.format(...args)));
console.log(util.formatWithOptions({ colors: true }, '%s %O', 'x', { a: 1 }, 5));
console.log(util.formatWithOptions({ depth: 0 }, { a: { b: 1 } }));
console.log(util.formatWithOptions({ compact: false }, '%o', [1]));
try { util.formatWithOptions(null, 'x'); } catch (e) { console.log(e.code, e.message); }
console.log(util.format('%s', { [util.inspect.custom]() { return 'from custom'; } }));
