// Plain objects: nesting past depth 2, key quoting, symbols, null prototypes, class instances.
const util = require('util');
console.log(util.inspect({}));
console.log(util.inspect({ a: 1, b: 'x', c: [1, 2, 3] }));
console.log(util.inspect({ a: { b: { c: { d: { e: 1 } } } } }));
console.log(util.inspect({ a: { b: { c: {} } } }));
console.log(util.inspect({ a: { b: { c: [] } } }));
console.log(util.inspect({ a: { b: { c: [1] } } }));
console.log(util.inspect({ a: { b: { c: new Map([[1, 2]]) } } }));
console.log(util.inspect({ a: { b: { c: new Set([1]) } } }));
console.log(util.inspect([[[[1]]]]), util.inspect([[[[]]]]));
console.log(util.inspect({ 'a-b': 1, '1': 2, valid_id: 3, $dollar: 4, 'with space': 5, "quo'te": 6, '': 7, __proto__x: 8 }));
console.log(util.inspect(JSON.parse('{"__proto__": 1}')));
console.log(util.inspect({ [Symbol('k')]: 1, [Symbol()]: 2, [Symbol.iterator]: 3 }));
const hidden = Object.defineProperty({ shown: 1 }, 'hidden', { value: 2, enumerable: false });
console.log(util.inspect(hidden), util.inspect(hidden, { showHidden: true }));
console.log(util.inspect(Object.create(null)));
const np = Object.create(null);
np.a = 1;
np.nested = Object.create(null);
console.log(util.inspect(np));
class Foo { constructor() { this.x = 1; this.y = { z: [1, 2] }; } }
class Bar {}
class Baz extends Foo {}
console.log(util.inspect(new Foo()), util.inspect(new Bar()), util.inspect(new Baz()));
console.log(util.inspect({ foo: new Foo(), bar: new Bar() }));
console.log(util.inspect(Object.create(Foo.prototype)));
console.log(util.inspect(Object.create(Object.create(null))));
const anon = new (class {})();
console.log(util.inspect(anon));
function OldStyle() { this.v = 1; }
console.log(util.inspect(new OldStyle()));
OldStyle.prototype.method = function () {};
console.log(util.inspect(new OldStyle()));
console.log(util.inspect({ [Symbol.toStringTag]: 'Tagged' }));
class T2 { get [Symbol.toStringTag]() { return 'TT'; } }
console.log(util.inspect(new T2()));
class T3 { constructor() { this.a = 1; } get [Symbol.toStringTag]() { return 'T3'; } }
console.log(util.inspect(new T3()));
const withTag = Object.create(null, { [Symbol.toStringTag]: { value: 'NP' } });
console.log(util.inspect(withTag));
console.log(util.inspect({ u: undefined, n: null, f() {}, g: () => 1, h: async () => {}, i: function* () {} }));
console.log(util.inspect({ a: [{ b: { c: { d: 1 } } }] }));
console.log(util.inspect(Object.fromEntries(Array.from({ length: 30 }, (_, i) => ['k' + i, i]))));
console.log(util.inspect(Object.fromEntries(Array.from({ length: 4 }, (_, i) => ['key' + i, 'v'.repeat(i * 5)]))));
console.log(util.inspect(globalThis.Math));
console.log(util.inspect(JSON));
console.log(util.inspect(new Object(1)), util.inspect(new Object('s')));
