// An uncaught AssertionError: Node prints the source line, the inspected
// error (message with diff, then generatedMessage/code/actual/expected/
// operator) and exits with 1.
const assert = require('assert');
console.log('before');
assert.deepStrictEqual({ a: 1, b: [1, 2] }, { a: 1, b: [1, 3] });
console.log('not reached');
