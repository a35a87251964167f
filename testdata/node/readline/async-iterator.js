// Async iteration over an interface fed by a Readable: lines in order, the
// iterator object's shape, break out early (the interface stays usable),
// lines emitted before iteration starts are lost, and an input error
// rejects the pending next().
const readline = require('readline');
const { Readable, PassThrough } = require('stream');

async function main() {
  const rl = readline.createInterface({ input: Readable.from(['a\nb\nc\n', 'd\ne']) });
  const it = rl[Symbol.asyncIterator]();
  console.log(typeof it.next, typeof it.return, it[Symbol.asyncIterator]() === it, rl[Symbol.asyncIterator]() === it);
  for await (const line of rl) {
    console.log('line', line);
  }
  console.log('done, closed', rl.closed);

  // break early
  const input2 = new PassThrough();
  const rl2 = readline.createInterface({ input: input2 });
  // (lines emitted before iteration starts are not seen: write later)
  setImmediate(() => input2.write('1\n2\n3\n4\n'));
  let n = 0;
  for await (const line of rl2) {
    console.log('rl2', line);
    if (++n === 2) break;
  }
  console.log('after break: closed', rl2.closed, 'line listeners', rl2.listenerCount('line'));
  rl2.on('line', (l) => console.log('rl2 later line', l));
  input2.write('5\n');
  rl2.close();

  // next() by hand
  const input3 = new PassThrough();
  const rl3 = readline.createInterface({ input: input3 });
  const it3 = rl3[Symbol.asyncIterator]();
  const p1 = it3.next();
  const p2 = it3.next();
  input3.write('x\ny\n');
  console.log(await p1, await p2);
  input3.end('z');
  console.log(await it3.next(), await it3.next(), await it3.next());

  // an error on the interface rejects the pending next()
  const input4 = new PassThrough();
  const rl4 = readline.createInterface({ input: input4 });
  const it4 = rl4[Symbol.asyncIterator]();
  const pending = it4.next();
  input4.destroy(new Error('input broke'));
  try {
    await pending;
  } catch (err) {
    console.log('rejected:', err.message);
  }
  console.log(await it4.next());
  rl4.close();

  // Lines and 'close' before iteration starts: the loop waits forever and
  // the process exits (nothing else keeps it alive).
  console.log('lost before iterating:');
  const rl5 = readline.createInterface({ input: Readable.from(['p\nq\n']) });
  await new Promise((resolve) => setImmediate(resolve));
  console.log('rl5 closed', rl5.closed);
  for await (const line of rl5) console.log('rl5', line);
  console.log('not reached');
}
main().then(() => console.log('not reached either'));
process.on('exit', (c) => console.log('exit', c));
