// assert.ok call sites after non-ASCII text on the same line.
const assert = require('assert');
const é = 0; const s = '💩'; try { assert.ok(é); } catch (e) { console.log(JSON.stringify(e.message)); }
try { const x = '日本語'; assert(x === '💩💩', '') } catch (e) { console.log(JSON.stringify(e.message)); }
try { const x = '日本語'; assert(x === '💩💩') } catch (e) { console.log(JSON.stringify(e.message)); }
try { /* ✓✓✓ */ assert.ok(null) } catch (e) { console.log(JSON.stringify(e.message)); }
