// Ordering of nextTick, promise jobs, queueMicrotask, setTimeout 0 and
// setImmediate from the main module, with nesting inside each phase.
// (Two top-level timers may land in different loop iterations under load,
// in node too, so only one is top-level; setTimeout 0 vs setImmediate at
// top level is not deterministic either.)
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
  setImmediate(() => {
    p('timeout.immediate');
    process.nextTick(() => p('immediate.tick'));
    Promise.resolve().then(() => p('immediate.promise'));
    setImmediate(() => p('immediate.immediate'));
  });
}, 0);
p('sync');
process.on('exit', () => console.log(log.join('\n')));
