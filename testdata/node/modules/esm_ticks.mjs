// An ES module body runs inside a promise job: promise callbacks queued by
// the body run before nextTick ones, and immediates before 0 ms timers.
import './fixtures/esm/sync-dep.mjs';
setTimeout(() => console.log('timeout'), 0);
setImmediate(() => console.log('immediate'));
process.nextTick(() => console.log('nextTick'));
Promise.resolve().then(() => console.log('promise'));
queueMicrotask(() => console.log('microtask'));
console.log('body');
