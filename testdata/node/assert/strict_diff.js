// strictEqual / deepStrictEqual failure messages: short values, indicator,
// object diffs, trailing-line collapsing and "... Lines skipped".
const assert = require('assert');
function show(fn) {
  try {
    fn();
    console.log('no error');
  } catch (e) {
    console.log(`[${e.name}] [${e.code}] generated=${e.generatedMessage} operator=${e.operator}`);
    console.log(e.message);
    console.log('----');
  }
}
show(() => assert.strictEqual(1, 2));
show(() => assert.strictEqual('a', 'b'));
show(() => assert.strictEqual(0, -0));
show(() => assert.strictEqual(-0, 0));
show(() => assert.strictEqual(null, undefined));
show(() => assert.strictEqual(NaN, 0));
show(() => assert.strictEqual(1n, 1));
show(() => assert.strictEqual('hello world', 'hello there'));
show(() => assert.strictEqual('abc', 'abd'));
show(() => assert.strictEqual('x'.repeat(50), 'x'.repeat(49) + 'y'));
show(() => assert.strictEqual('line1\nline2\nline3', 'line1\nlineX\nline3'));
show(() => assert.strictEqual({ a: 1 }, { a: 1 }));
show(() => assert.strictEqual([1, 2], [1, 3]));
show(() => assert.strictEqual(() => {}, () => {}));
show(() => assert.strictEqual(1, 2, 'custom message'));
show(() => assert.strictEqual(1, 2, new TypeError('own error')));
show(() => assert.deepStrictEqual(1, 2));
show(() => assert.deepStrictEqual({ a: 1 }, { a: 2 }));
show(() => assert.deepStrictEqual({ a: 1, b: [1, 2, 3] }, { a: 2, b: [1, 2, 4] }));
show(() => assert.deepStrictEqual([1, 2, 3], [1, 2, 3, 4]));
show(() => assert.deepStrictEqual([1, 2, 3, 4], [1, 2, 3]));
show(() => assert.deepStrictEqual([], {}));
show(() => assert.deepStrictEqual({ a: Symbol('x') }, { a: Symbol('x') }));
show(() => assert.deepStrictEqual(new Error('a'), new Error('b')));
show(() => assert.deepStrictEqual({ nested: { deep: { deeper: { x: 1 } } } }, { nested: { deep: { deeper: { x: '1' } } } }));
show(() => assert.deepStrictEqual(new Map([[1, 'a']]), new Map([[1, 'b']])));
show(() => assert.deepStrictEqual(new Set([1, 2]), new Set([1, 3])));
show(() => assert.deepStrictEqual('a\nb', 'a\nc'));
const big = {};
for (let i = 0; i < 40; i++) big[`k${i}`] = i;
show(() => assert.deepStrictEqual(big, { ...big, k20: 'x' }));
show(() => assert.deepStrictEqual(big, { ...big, k0: 'first', k39: 'last' }));
const arr = Array.from({ length: 100 }, (_, i) => i);
show(() => assert.deepStrictEqual(arr, arr.map((x) => (x % 10 === 0 ? -x : x))));
show(() => assert.deepStrictEqual(arr, arr.slice(0, 90)));
show(() => assert.deepStrictEqual({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7 }, { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 8 }));
show(() => assert.deepStrictEqual({ z: 1, a: 1, b: 2, c: 3, d: 4, e: 5, f: 6 }, { z: 2, a: 1, b: 2, c: 3, d: 4, e: 5, f: 6 }));
show(() => assert.deepStrictEqual({ z: 1, a: 1, b: 2, c: 3 }, { z: 2, a: 1, b: 2, c: 3 }));
show(() => assert.deepStrictEqual([[1, 2], [3, 4]], [[1, 2], [3, 5]]));
show(() => assert.deepStrictEqual([1, [2, [3, [4]]]], [1, [2, [3, [5]]]]));
show(() => assert.deepStrictEqual({ a: undefined }, {}));
show(() => assert.deepStrictEqual([1, 2, 3], { 0: 1, 1: 2, 2: 3, length: 3 }));
show(() => assert.deepStrictEqual(new Date(0), new Date(1)));
show(() => assert.deepStrictEqual(/a/g, /a/i));
show(() => assert.deepStrictEqual(Object.create(null), {}));
