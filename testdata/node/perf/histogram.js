// perf_hooks.createHistogram: recording, percentiles as HdrHistogram's
// iterator reports them, BigInt views, validation, add, inspect.
const { createHistogram } = require('perf_hooks');
const h = createHistogram();
for (const v of [5, 5, 5, 5, 9, 12, 12, 40]) h.record(v);
console.log(h.percentiles, [10, 20, 30, 50, 70, 90, 100].map((p) => h.percentile(p)));
h.record(3n);
console.log(h.count, h.min, h.minBigInt, h.countBigInt, h.percentileBigInt(50));
for (const bad of [0, -1, 101, 'x']) { try { h.percentile(bad) } catch (e) { console.log(e.code, e.message) } }
for (const bad of ['x', 1.5, 2 ** 60]) { try { h.record(bad); console.log('recorded', bad) } catch (e) { console.log(e.code, e.message) } }
const h2 = createHistogram(); h2.record(1000); h.add(h2); console.log(h.count, h.max);
console.log(JSON.stringify(h.toJSON && h.toJSON()));
const empty = createHistogram();
console.log(empty.min, empty.max, empty.mean, empty.stddev, empty.count, empty.exceeds, empty.percentiles, empty.percentile(50));
for (const v of [1, 2, 3, 4, 100]) empty.record(v);
console.log(empty);
empty.reset();
console.log(empty.count, empty.min);
const d = createHistogram();
d.recordDelta();
console.log(d.count);
