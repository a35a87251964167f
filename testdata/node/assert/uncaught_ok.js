// An uncaught assert.ok failure shows the quoted expression.
const assert = require('assert');
const value = 0;
assert.ok(value > 1);
