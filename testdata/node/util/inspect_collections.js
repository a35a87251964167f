// Map, Set, their iterators, WeakMap/WeakSet, nested inside arrays and objects.
const util = require('util');
console.log(util.inspect(new Map()), util.inspect(new Set()));
console.log(util.inspect(new Map([['a', 1], ['b', { c: 2 }]])));
console.log(util.inspect(new Set([1, 'two', [3], { four: 4 }])));
console.log(util.inspect(new Map([[{ k: 1 }, [1, 2]], [NaN, null]])));
console.log(util.inspect({ list: [new Map([['k', new Map([['z', 1]])]])] }));
console.log(util.inspect([new Set([new Set([new Set([1])])])]));
console.log(util.inspect(new Map(Array.from({ length: 120 }, (_, i) => [i, i]))).split('\n').slice(-4).join('|'));
console.log(util.inspect(new Set(Array.from({ length: 30 }, (_, i) => i))));
console.log(util.inspect(new Map(Array.from({ length: 5 }, (_, i) => ['key' + i, 'value' + i]))));
const m = new Map([[1, 'a'], [2, 'b'], [3, 'c']]);
console.log(util.inspect(m.entries()), util.inspect(m.keys()), util.inspect(m.values()));
const it = m.entries();
it.next();
console.log(util.inspect(it));
it.next(); it.next(); it.next();
console.log(util.inspect(it));
const s = new Set(['x', 'y']);
console.log(util.inspect(s.values()), util.inspect(s.entries()), util.inspect(s[Symbol.iterator]()));
console.log(util.inspect(new WeakMap()), util.inspect(new WeakSet()), util.inspect(new WeakMap(), { showHidden: true }));
console.log(util.inspect({ wm: new WeakMap([[{}, 1]]) }));
class MyMap extends Map {}
class MySet extends Set {}
console.log(util.inspect(new MyMap([[1, 2]])), util.inspect(new MySet()), util.inspect(new MySet([1])));
const mm = new Map([['x', 1]]);
mm.extra = 'prop';
console.log(util.inspect(mm));
console.log(util.inspect(new Map([[1, 2]]), { maxArrayLength: 0 }));
console.log(util.inspect(new Set([1, 2, 3]), { maxArrayLength: 1 }));
console.log(util.inspect({ a: { b: { c: new Map([[1, { d: 1 }]]) } } }));
console.log(util.inspect({ a: { b: new Map([[1, { d: { e: 1 } }]]) } }));
console.log(util.inspect(new Map([['a very long key name that goes on', 'a very long value that goes on and on']])));
const circ = new Map();
circ.set('self', circ);
console.log(util.inspect(circ));
console.log(util.inspect(new Set([1, 2]), { sorted: true }), util.inspect(new Map([['b', 1], ['a', 2]]), { sorted: true }));
