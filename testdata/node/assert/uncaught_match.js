// An uncaught assert.match failure, and the exit code it sets.
const assert = require('assert');
console.log('about to fail');
assert.match('I will fail', /pass/);
