// An uncaught assert.throws validation-object mismatch (a plain object is
// thrown so the report holds no stack frames).
const assert = require('assert');
assert.throws(() => {
  throw { name: 'TypeError', message: 'Wrong value', code: 'ERR_X' };
}, { name: 'TypeError', message: /value/, code: 'ERR_Y' });
