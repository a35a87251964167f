// An uncaught assert.equal with long strings (actual/expected truncated in
// the inspected error).
const assert = require('assert');
assert.equal('a'.repeat(20) + '\n'.repeat(12), 'b');
