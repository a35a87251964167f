// process.emitWarning and util.deprecate: stderr text, 'warning' events, once-per-code deprecations.
const util = require('util');
process.on('warning', (w) => console.log('event:', w.name, w.code, w.message, typeof w.detail === 'string' ? w.detail : '-'));
process.emitWarning('plain warning');
process.emitWarning('typed', 'CustomWarning');
process.emitWarning('coded', 'CustomWarning', 'C001');
process.emitWarning('with options', { type: 'OptType', code: 'O1', detail: 'some detail here' });
process.emitWarning(new Error('an error object'));
const w = new Error('custom error warning');
w.name = 'MyWarning';
process.emitWarning(w);
for (const bad of [1, {}, null]) {
  try { process.emitWarning(bad); } catch (e) { console.log(e.code, e.message); }
}
try { process.emitWarning('x', 5); } catch (e) { console.log(e.code, e.message); }
try { process.emitWarning('x', 'T', 5); } catch (e) { console.log(e.code, e.message); }
const dep = util.deprecate(function oldFn(a) { return a + 1; }, 'oldFn() is deprecated', 'DEP9001');
console.log(dep(1), dep(2), dep.name);
const dep2 = util.deprecate(() => 'second', 'same code again', 'DEP9001');
console.log(dep2());
const dep3 = util.deprecate(() => 'nocode', 'no code here');
console.log(dep3(), dep3());
class Old { constructor(v) { this.v = v; } }
const DepClass = util.deprecate(Old, 'Old is deprecated', 'DEP9002');
const inst = new DepClass(3);
console.log(inst.v, inst instanceof Old);
console.log('sync done');
setTimeout(() => console.log('timeout done'), 5);
