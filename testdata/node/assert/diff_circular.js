// Diffs of circular structures and very long values (truncation rules).
const assert = require('assert');
const a = { name: 'a', list: [1, 2] }; a.self = a;
const b = { name: 'b', list: [1, 2] }; b.self = b;
try { assert.deepStrictEqual(a, b); } catch (e) { console.log(e.message); }
try { assert.notDeepStrictEqual(a, a); } catch (e) { console.log(e.message); }
const big = 'x'.repeat(2000);
try { assert.deepEqual({ big }, { big: big + 'y' }); } catch (e) { console.log(e.message.length, e.message.slice(-40)); }
try { assert.notDeepEqual({ big }, { big }); } catch (e) { console.log(e.message.length, e.message.slice(-40)); }
try { assert.strictEqual(big, big + 'y'); } catch (e) { console.log(e.message.length, e.message.slice(0, 80)); }
