// Readable.from interleaving with promise jobs and ticks.
const { Readable } = require('stream');
const log = (...a) => console.log(...a);
function ticker(name, n) { let p = Promise.resolve(); for (let i = 0; i < n; i++) p = p.then(() => log(name, 'micro', i)); }
const asyncIt = { [Symbol.asyncIterator]() { let i = 0; return { next() { i++; return Promise.resolve(i > 3 ? { done: true } : { value: 'v' + i, done: false }); } }; } };
const r = Readable.from(asyncIt);
r.on('data', (d) => log('data', d));
r.on('end', () => log('end'));
r.on('close', () => log('close'));
ticker('T', 20);
setTimeout(() => {
  const r2 = Readable.from([Promise.resolve('p1'), 'x', Promise.resolve('p2')]);
  r2.on('data', (d) => log('data2', d));
  r2.on('end', () => log('end2'));
  ticker('U', 16);
}, 10);
setTimeout(() => {
  const r3 = Readable.from((function* () { yield 1; yield 2; })());
  r3.on('data', (d) => log('data3', d));
  r3.on('end', () => log('end3'));
  r3.on('close', () => log('close3'));
  ticker('V', 6);
  process.nextTick(() => log('tick'));
}, 20);
