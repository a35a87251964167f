// Readable.from with arrays, strings, Buffers, generators and async iterables.
const { Readable } = require('stream');
const log = (...a) => console.log(...a);

function collect(name, r) {
  return new Promise((resolve) => {
    const out = [];
    r.on('data', (d) => out.push(typeof d === 'object' ? JSON.stringify(d) : `${typeof d}:${d}`));
    r.on('end', () => { log(name, out.join(' ')); resolve(); });
    r.on('error', (e) => { log(name, 'error', e.code || e.message); resolve(); });
  });
}

async function main() {
  await collect('array', Readable.from([1, 'two', { three: 3 }]));
  await collect('string', Readable.from('a whole string'));
  await collect('buffer', Readable.from(Buffer.from('buf')));
  function* gen() { yield 'g1'; yield 'g2'; }
  await collect('generator', Readable.from(gen()));
  const asyncIterable = {
    [Symbol.asyncIterator]() {
      let i = 0;
      return {
        next() {
          i++;
          return Promise.resolve(i > 3 ? { done: true } : { value: 'v' + i, done: false });
        },
      };
    },
  };
  await collect('async', Readable.from(asyncIterable));
  await collect('promises', Readable.from([Promise.resolve('p1'), 'plain', Promise.resolve('p2')]));
  await collect('nulls', Readable.from(['ok', null, 'never']));
  await collect('objectMode false', Readable.from(['x', 'y'], { objectMode: false }));
  function* failing() { yield 'f1'; throw new Error('gen failed'); }
  await collect('failing', Readable.from(failing()));
  try {
    Readable.from(42);
  } catch (e) {
    log(e.name, e.code, e.message);
  }
  const r = Readable.from([1, 2, 3]);
  log('props', r.readableObjectMode, r.readableHighWaterMark, r.readableFlowing);

  // Order relative to ticks and microtasks.
  const r2 = Readable.from(['s1', 's2']);
  r2.on('data', (d) => log('data', d));
  r2.on('end', () => log('end'));
  process.nextTick(() => log('tick'));
  Promise.resolve().then(() => log('micro'));
  setImmediate(() => log('immediate'));
}
main();
