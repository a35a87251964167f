// Iterator helpers: map concurrency and ordering, and their interleaving
// with promise jobs (map is Node's queue/pump algorithm).
const { Readable } = require('stream');
const log = (...a) => console.log(...a);
function ticker(name, n) { let p = Promise.resolve(); for (let i = 0; i < n; i++) p = p.then(() => log(name, 'micro', i)); }
const delays = { 1: 12, 2: 2, 3: 6, 4: 1, 5: 4 };
// turns(n) waits n event-loop turns (deterministic, unlike timers).
async function turns(n) {
  for (let i = 0; i < n; i++) await new Promise((r) => setImmediate(r));
}
async function main() {
  const out = await Readable.from([1, 2, 3, 4, 5]).map(async (x) => {
    log('start', x);
    await turns(delays[x]);
    log('finish', x);
    return x * 10;
  }, { concurrency: 3 }).toArray();
  log('result', out);
  ticker('T', 30);
  log('some', await Readable.from([1, 2, 3]).some((x) => { log('some fn', x); return x === 2; }));
  log('find', await Readable.from([5, 6, 7]).find((x) => x > 5));
  log('every', await Readable.from([1, 2, 3]).every((x) => x < 3));
  log('filter', await Readable.from([1, 2, 3, 4]).filter((x) => x % 2 === 0).toArray());
  try {
    Readable.from([1]).map((x) => x, { concurrency: 0 });
  } catch (e) {
    log(e.code, e.message);
  }
  try {
    await Readable.from([]).reduce((a, b) => a + b);
  } catch (e) {
    log(e.name, e.code, e.message);
  }
}
main().then(() => {
  Readable.from([1, 2, 3]).toArray().then((a) => log('toArray', a));
  ticker('X', 15);
  setTimeout(() => {
    Readable.from([1, 2]).map((x) => { log('map', x); return x * 2; }).forEach((x) => log('each', x)).then(() => log('forEach done'));
    ticker('U', 40);
  }, 10);
});
