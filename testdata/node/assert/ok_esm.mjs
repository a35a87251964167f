// assert.ok quoting its call site from an ES module (named by a file: URL).
import assert from 'assert';
const x = 1;
try { assert.ok(x > 2); } catch (e) { console.log(JSON.stringify(e.message)); }
try { assert(typeof x === 'string'); } catch (e) { console.log(JSON.stringify(e.message)); }
