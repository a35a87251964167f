// AssertionError constructed directly, its properties and inspection.
const assert = require('assert');
const util = require('util');
const { AssertionError } = assert;
const e = new AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
console.log(e.name, e.code, e.generatedMessage, e.actual, e.expected, e.operator, e instanceof Error);
console.log(Object.keys(e), e.toString(), e.stack.split('\n')[0]);
const m = new AssertionError({ message: 'custom', actual: 'a', expected: 'b', operator: 'fail' });
console.log(m.message, m.generatedMessage, Object.keys(m));
const d = new AssertionError({ actual: [1], expected: [2], operator: 'deepEqual' });
console.log(JSON.stringify(d.message));
const n = new AssertionError({ actual: 1, expected: 2, operator: '<' });
console.log(JSON.stringify(n.message));
for (const bad of [undefined, null, 'x', 5]) {
  try { new AssertionError(bad); } catch (err) { console.log(err.name, err.code, err.message); }
}
const inspected = util.inspect(new AssertionError({ actual: 'x'.repeat(600), expected: 'y', operator: 'strictEqual' }));
console.log(inspected.split('\n').filter((l) => !l.startsWith('    at ')).join('\n'));
console.log(typeof assert.strict, assert.strict.strict === assert.strict, assert.strict.equal === assert.strictEqual,
  require('assert/strict') === assert.strict, assert.strict.deepEqual === assert.deepStrictEqual);
const strictFails = [() => assert.strict.equal(1, '1'), () => assert.strict.deepEqual([1], ['1']), () => assert.strict.notEqual(1, 1)];
for (const f of strictFails) {
  try { f(); } catch (err) { console.log(JSON.stringify(err.message), err.operator); }
}
