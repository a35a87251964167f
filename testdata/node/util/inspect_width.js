// Line breaking around Node's width rules (breakLength 80, compact 3).
const util = require('util');
for (let n = 1; n <= 30; n++) {
  const o = {};
  for (let i = 0; i < 4; i++) o['key' + i] = 'v'.repeat(n);
  console.log(n, util.inspect(o));
}
for (let n = 1; n <= 24; n++) console.log(n, util.inspect(Array.from({ length: n }, (_, i) => 'elem' + i)));
for (let n = 40; n <= 80; n += 3) console.log(n, util.inspect({ outer: { inner: 'z'.repeat(n) } }));
for (let n = 50; n <= 80; n += 3) console.log(n, util.inspect([{ a: 'q'.repeat(n - 20), b: 1 }]));
console.log(util.inspect({ key1: 'value-value-value', key2: 'value-value-value', key3: 'value-val' }));
console.log(util.inspect({ key1: 'value-value-value', key2: 'value-value-value', key3: 'value-valu' }));
console.log(util.inspect({ key1: 'value-value-value', key2: 'value-value-value', key3: 'value-value' }));
console.log(util.inspect({ key1: 'value-value-value', key2: 'value-value-value', key3: 'value-value-' }));
console.log(util.inspect({ data: [{ id: 1, tags: ['a', 'b'], meta: { created: new Date(0) } }, { id: 2, tags: [], meta: { created: null } }] }));
console.log(util.inspect({ a: 1, b: { c: 2, d: { e: 3, f: { g: 4 } } }, h: [1, 2, [3, 4, [5, 6, [7]]]] }));
console.log(util.inspect({ users: [{ name: 'Alice', age: 30, email: 'alice@example.com' }, { name: 'Bob', age: 25, email: 'bob@example.com' }] }));
console.log(util.inspect({ server: { host: 'localhost', port: 8080, options: { keepAlive: true, timeout: 30000 } }, db: { url: 'postgres://user:pass@localhost/db' } }));
console.log(util.inspect([['a', 1], ['b', 2], ['c', 3], ['d', 4], ['e', 5], ['f', 6], ['g', 7], ['h', 8]]));
console.log(util.inspect({ matrix: [[1, 0, 0], [0, 1, 0], [0, 0, 1]] }));
console.log(util.inspect(new Map([['config', { a: 1, b: [1, 2, 3], c: { d: 'e' } }], ['other', new Set(['x', 'y'])]])));
