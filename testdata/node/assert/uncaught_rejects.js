// A failed assert.rejects left unhandled: reported as an uncaught
// AssertionError from Node's promise machinery.
const assert = require('assert');
console.log('start');
assert.rejects(Promise.resolve('fine'), TypeError, 'needed a rejection');
