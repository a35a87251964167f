// assert.ok call sites split across lines: Node quotes from the line V8 reports.
const assert = require('assert');
try {
  assert
    .ok(false);
} catch (e) { console.log(JSON.stringify(e.message)); }
try {
  assert.ok
  (false);
} catch (e) { console.log(JSON.stringify(e.message)); }
try { const r = [1].map(() => assert.ok(0)); } catch (e) { console.log(JSON.stringify(e.message)); }
try { assert.ok(0), assert.ok(1); } catch (e) { console.log(JSON.stringify(e.message)); }
try { (0, assert.ok)(0); } catch (e) { console.log(JSON.stringify(e.message)); }
try { assert['ok'](0); } catch (e) { console.log(JSON.stringify(e.message)); }
try { new Promise(() => {}); assert.ok(0 /* ) */); } catch (e) { console.log(JSON.stringify(e.message)); }
