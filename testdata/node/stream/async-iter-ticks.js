// Async iteration interleaves with promise jobs exactly as Node's async
// generator does (one tick for the yield, one for the consumer's await).
const { Readable, PassThrough } = require('stream');
const log = (...a) => console.log(...a);

async function consume(name, r, stopAt) {
  for await (const c of r) {
    log(name, String(c));
    if (String(c) === stopAt) break;
  }
  log(name, 'done', r.destroyed);
}

function ticker(name, n) {
  let p = Promise.resolve();
  for (let i = 0; i < n; i++) p = p.then(() => log(name, 'micro', i));
}

consume('A', Readable.from(['a1', 'a2', 'a3']));
ticker('T', 12);

setTimeout(() => {
  const pt = new PassThrough();
  consume('B', pt);
  ticker('U', 8);
  pt.write('b1');
  pt.write('b2');
  pt.end();
}, 5);

setTimeout(() => {
  consume('C', Readable.from(['c1', 'c2', 'c3']), 'c2');
  ticker('V', 10);
}, 30);

setTimeout(async () => {
  const r = Readable.from(['d1', 'd2']);
  const it = r[Symbol.asyncIterator]();
  ticker('W', 6);
  const p1 = it.next();
  const p2 = it.next();
  const p3 = it.next();
  log('D', JSON.stringify(await p1), JSON.stringify(await p2), JSON.stringify(await p3));
}, 60);
