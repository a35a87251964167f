// Functions and classes: names, anonymous, async, generators, extends, properties.
const util = require('util');
function f() {}
const anon = (() => function () {})();
class A {}
class B extends A {}
class C extends B { static x = 1; }
const fns = [f, anon, () => {}, async function af() {}, async () => {}, function* g() {}, A, B, C,
  class {}, class extends A {}, Math.max, Function.prototype, Object, Array, Map, Promise, Symbol,
  f.bind(null), { method() {} }.method, { async am() {} }.am, { *gm() {} }.gm, Object.getOwnPropertyDescriptor({ get x() { return 1; } }, 'x').get];
for (const fn of fns) console.log(util.inspect(fn));
console.log(util.inspect(Object.assign(function withProps() {}, { x: 1, y: 'two' })));
console.log(util.inspect({ fn: f, cls: A, nested: { deep: { deeper: { fn: f } } } }));
const nullProtoFn = function np() {};
Object.setPrototypeOf(nullProtoFn, null);
console.log(util.inspect(nullProtoFn));
const renamed = function orig() {};
Object.defineProperty(renamed, 'name', { value: 'renamed' });
console.log(util.inspect(renamed));
const noName = function () {};
Object.defineProperty(noName, 'name', { value: '' });
console.log(util.inspect(noName));
class WithTag { static [Symbol.toStringTag] = 'Tagged'; }
console.log(util.inspect(WithTag));
class /* comment */ Commented {}
console.log(util.inspect(Commented));
console.log(util.inspect([f, A, B]));
console.log(util.inspect(() => {}, { showHidden: true }));
console.log(util.inspect(f, { showHidden: true }));
console.log(util.inspect(function strictFn() { 'use strict'; }, { showHidden: true }));
console.log(util.inspect(class Q { static s = 1; }, { showHidden: true }));
