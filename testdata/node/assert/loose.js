// equal/notEqual/deepEqual/notDeepEqual/notStrictEqual/notDeepStrictEqual
// messages and passing cases.
const assert = require('assert');
function show(fn) {
  try {
    fn();
    console.log('pass');
  } catch (e) {
    console.log(`[${e.code}] ${e.operator} generated=${e.generatedMessage}: ${JSON.stringify(e.message)}`);
  }
}
show(() => assert.equal(1, '1'));
show(() => assert.equal(NaN, NaN));
show(() => assert.equal(null, undefined));
show(() => assert.equal(1, 2));
show(() => assert.equal('a'.repeat(600), 'b'));
show(() => assert.equal({ a: 1 }, { a: 1 }));
show(() => assert.notEqual(1, '1'));
show(() => assert.notEqual(NaN, NaN));
show(() => assert.notEqual(1, 2));
show(() => assert.deepEqual({ a: 1 }, { a: '1' }));
show(() => assert.deepEqual({ a: 1 }, { a: 2 }));
show(() => assert.deepEqual([1, 2], [1, 2, 3]));
show(() => assert.deepEqual(new Set([1]), new Set(['1'])));
show(() => assert.notDeepEqual({ a: 1 }, { a: '1' }));
show(() => assert.notDeepEqual({ a: 1 }, { a: 2 }));
show(() => assert.notDeepEqual([1, 2], [1, 2]));
show(() => assert.notStrictEqual(1, 1));
show(() => assert.notStrictEqual('abcdef', 'abcdef'));
show(() => assert.notStrictEqual('abc', 'abc'));
const o = { x: [1, 2, 3] };
show(() => assert.notStrictEqual(o, o));
show(() => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }));
show(() => assert.notDeepStrictEqual({ a: 1 }, { a: '1' }));
show(() => assert.notDeepStrictEqual(Array.from({ length: 60 }, (_, i) => i), Array.from({ length: 60 }, (_, i) => i)));
show(() => assert.deepStrictEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }));
show(() => assert.deepEqual(1, 1, 'unused'));
show(() => assert.notEqual(1, 1, 'message wins'));
for (const fn of ['equal', 'notEqual', 'deepEqual', 'notDeepEqual', 'strictEqual', 'notStrictEqual', 'deepStrictEqual', 'notDeepStrictEqual']) {
  try {
    assert[fn](1);
  } catch (e) {
    console.log(fn, e.name, e.code, e.message);
  }
}
