// Async iteration of Readable streams: for await, break, errors, iterator().
const { Readable, PassThrough } = require('stream');
const log = (...a) => console.log(...a);

async function main() {
  const r = Readable.from(['a', 'b', 'c']);
  for await (const chunk of r) log('chunk', chunk);
  log('after loop', r.destroyed, r.readableEnded);

  const r2 = new Readable({ read() {} });
  r2.push('x');
  r2.push('y');
  setTimeout(() => { r2.push('z'); r2.push(null); }, 5);
  const seen = [];
  for await (const c of r2) seen.push(String(c));
  log('r2', seen.join(''));

  const r3 = Readable.from([1, 2, 3, 4]);
  r3.on('close', () => log('r3 close'));
  for await (const v of r3) {
    log('r3', v);
    if (v === 2) break;
  }
  log('r3 destroyed', r3.destroyed);

  const r4 = new Readable({ read() {} });
  setTimeout(() => r4.destroy(new Error('kaboom')), 5);
  try {
    for await (const c of r4) log('never', c);
  } catch (e) {
    log('r4 error', e.message);
  }

  const r5 = Readable.from(['p', 'q', 'r']);
  const it = r5.iterator({ destroyOnReturn: false });
  for await (const v of it) {
    log('r5', v);
    break;
  }
  log('r5 destroyed', r5.destroyed);
  const rest = [];
  for await (const v of r5) rest.push(v);
  log('r5 rest', rest.join(''));

  const r6 = new PassThrough();
  const iter = r6[Symbol.asyncIterator]();
  const p1 = iter.next();
  r6.write('hello');
  log('p1', String((await p1).value));
  r6.end();
  log('p2', JSON.stringify(await iter.next()));
  log('p3', JSON.stringify(await iter.next()));

  const r7 = new Readable({ objectMode: true, read() {} });
  const it7 = r7[Symbol.asyncIterator]();
  r7.push({ n: 1 });
  log('it7 next', JSON.stringify(await it7.next()));
  log('it7 return', JSON.stringify(await it7.return()));
  log('r7 destroyed', r7.destroyed);
  log('it7 after return', JSON.stringify(await it7.next()));
}
main().then(() => log('done'));
