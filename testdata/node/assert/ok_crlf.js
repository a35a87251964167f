// assert.ok quoting a call site in a file with CRLF line endings.
const assert = require('assert');
try {
  assert.ok(
    false
  );
} catch (e) { console.log(JSON.stringify(e.message)); }
try { assert(0) } catch (e) { console.log(JSON.stringify(e.message)); }
