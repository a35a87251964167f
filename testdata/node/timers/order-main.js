// Ordering of nextTick, promise jobs, queueMicrotask, setTimeout 0 and
// setImmediate from the main module, with nesting inside each phase
// (setTimeout 0 vs setImmediate is only deterministic inside I/O or
// timers, so the top-level pair is not compared).
const log = [];
const p = (s) => log.push(s);
process.nextTick(() => {
  p('tick1');
  process.nextTick(() => p('tick1.tick'));
  Promise.resolve().then(() => p('tick1.promise'));
});
Promise.resolve().then(() => {
  p('promise1');
  process.nextTick(() => p('promise1.tick'));
  Promise.resolve().then(() => p('promise1.promise'));
});
queueMicrotask(() => p('microtask'));
process.nextTick(() => p('tick2'));
setTimeout(() => {
  p('timeout');
  process.nextTick(() => p('timeout.tick'));
  Promise.resolve().then(() => p('timeout.promise'));
  setImmediate(() => p('timeout.immediate'));
  setTimeout(() => p('timeout.timeout'), 0);
}, 0);
setTimeout(() => {
  p('timeout2');
  setImmediate(() => {
    p('immediate-from-timeout2');
    process.nextTick(() => p('immediate.tick'));
    Promise.resolve().then(() => p('immediate.promise'));
  });
}, 0);
p('sync');
process.on('exit', () => console.log(log.join('\n')));
