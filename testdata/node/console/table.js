// console.table: arrays of objects, primitives, property filters, Maps, Sets, iterators, nested values.
console.table([{ a: 1, b: 'xy' }, { a: 22 }]);
console.table([1, 2, 3]);
console.table(['apples', 'oranges', 'bananas']);
console.table({ first: { name: 'A', age: 1 }, second: { name: 'Bee', age: 22 } });
console.table([{ a: 1, b: 2, c: 3 }, { a: 4, b: 5, c: 6 }], ['a', 'c']);
console.table([{ a: 1 }, 'primitive', 3, null, undefined]);
console.table(new Map([['key1', 'value1'], ['key2', { nested: true }]]));
console.table(new Set(['s1', 's2', { o: 1 }]));
console.table(new Map([[1, 2], [3, 4]]).entries());
console.table(new Map([[1, 2], [3, 4]]).keys());
console.table(new Set([5, 6]).values());
console.table([[1, 2], [3, 4, 5]]);
console.table({ x: [1, 2, 3, 4, 5], y: { deep: { deeper: 1 } }, z: { a: 1, b: 2, c: 3 } });
console.table([{ long: 'a much longer string value', short: 's' }, { long: 'x', short: 'yy' }]);
console.table([{ name: '日本', v: 1 }, { name: 'emoji 😀', v: 2 }]);
console.table([]);
console.table({});
console.table(5);
console.table('string');
console.table(null);
console.table([{ fn() {}, sym: Symbol('s'), big: 10n, date: new Date(0), re: /x/ }]);
console.table([{ a: 1 }], []);
console.table([1, 2], ['a']);
try { console.table([1], 'a'); } catch (e) { console.log(e.code, e.message); }
