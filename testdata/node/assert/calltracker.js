// assert.CallTracker (deprecated in v20: the warning goes to stderr).
const assert = require('assert');
const tracker = new assert.CallTracker();
function add(a, b) { return a + b; }
const tracked = tracker.calls(add, 2);
console.log(tracked(1, 2), tracked.name, tracked.length);
console.log(tracker.getCalls(tracked));
console.log(tracker.report().map((r) => [r.message, r.actual, r.expected, r.operator]));
try { tracker.verify(); } catch (e) { console.log(e.name, e.code, e.message); }
tracked(3, 4);
tracker.verify();
console.log('verified');
const noop = tracker.calls();
const other = tracker.calls(() => {}, 3);
try { tracker.verify(); } catch (e) { console.log(e.message, Object.keys(e).filter((k) => k.startsWith('message'))); }
noop();
tracker.reset(other);
console.log(tracker.report().length);
try { tracker.getCalls(() => {}); } catch (e) { console.log(e.name, e.code, e.message); }
try { tracker.calls(add, 0); } catch (e) { console.log(e.name, e.code, e.message); }
