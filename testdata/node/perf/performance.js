// perf_hooks and the performance global: clock sanity, marks/measures with
// explicit times, entry buffers, observers (delivered in setImmediate),
// timerify, toJSON keys, errors.
const perf = require('perf_hooks');
const { performance, PerformanceObserver, PerformanceEntry, PerformanceMark, PerformanceMeasure } = perf;
const util = require('util');
console.log(performance === globalThis.performance, Object.keys(perf));
console.log(String(performance), typeof performance.now(), performance.now() > 0, performance.now() < 60000);
console.log(Math.abs(performance.timeOrigin + performance.now() - Date.now()) < 1000);
const t1 = performance.now();
const t2 = performance.now();
console.log('monotonic', t2 >= t1);
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(performance)));
console.log(Object.keys(performance.toJSON()), typeof performance.eventLoopUtilization().utilization);

const m1 = performance.mark('start', { startTime: 10, detail: { step: 1 } });
console.log(m1);
console.log(m1 instanceof PerformanceEntry, m1 instanceof PerformanceMark, Object.prototype.toString.call(m1));
console.log(Object.keys(m1), Object.getOwnPropertyNames(PerformanceEntry.prototype), Object.getOwnPropertyNames(PerformanceMark.prototype));
console.log(m1.toJSON());
performance.mark('end', { startTime: 35.5 });
const ms = performance.measure('span', 'start', 'end');
console.log(ms, ms instanceof PerformanceMeasure);
console.log(performance.measure('opts', { start: 1, end: 4, detail: 'd' }));
console.log(performance.measure('dur', { start: 2, duration: 5 }).duration);
console.log(performance.measure('from-start', 'start').startTime);
console.log(performance.getEntriesByType('mark').map((e) => e.name));
console.log(performance.getEntriesByType('measure').map((e) => `${e.name}:${e.startTime}`));
console.log(performance.getEntriesByName('span').length, performance.getEntriesByName('span', 'mark').length);
console.log(performance.getEntries().slice(0, 4).map((e) => `${e.entryType}:${e.name}:${e.startTime}`));
performance.clearMarks('start');
console.log(performance.getEntriesByType('mark').map((e) => e.name));
performance.clearMarks();
performance.clearMeasures('span');
console.log(performance.getEntriesByType('measure').map((e) => e.name));
performance.clearMeasures();
console.log(performance.getEntries().length);

for (const f of [
  () => performance.mark('bad', { startTime: -1 }),
  () => performance.mark('bad', { startTime: 'x' }),
  () => performance.measure('x', 'missing-mark'),
  () => performance.measure('x', { start: 1 }, 'end'),
  () => performance.measure('x', {}),
  () => new PerformanceEntry(),
  () => new PerformanceMeasure(),
  () => performance.mark(),
  () => new PerformanceObserver(5),
]) {
  try {
    f();
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}

console.log(PerformanceObserver.supportedEntryTypes);
const order = [];
const obs = new PerformanceObserver((list, observer) => {
  order.push('observer ' + list.getEntries().map((e) => e.name).join(','));
  console.log(list.getEntriesByType('mark').length, list.getEntriesByName('o2').length, observer === obs);
  observer.disconnect();
});
obs.observe({ entryTypes: ['mark', 'measure'] });
performance.mark('o1', { startTime: 5 });
performance.mark('o2', { startTime: 1 });
performance.measure('o3', { start: 0, end: 2 });
process.nextTick(() => order.push('tick'));
setImmediate(() => {
  order.push('immediate');
  setImmediate(() => {
    console.log(order.join(' | '));
    const fn = performance.timerify(function work(a, b) { return a + b; });
    console.log(fn.name, fn.length, fn(2, 3));
    const h = perf.createHistogram();
    h.record(5);
    h.record(15);
    console.log(h.count, h.min, h.max, h.mean);
  });
});
