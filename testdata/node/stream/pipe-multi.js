// pipe() to several destinations, unpipe(), end option, 'pipe'/'unpipe'.
const { Readable, Writable, PassThrough } = require('stream');
const log = (...a) => console.log(...a);

function sink(name, opts) {
  const w = new Writable({
    ...opts,
    write(chunk, enc, cb) {
      log(name, 'got', String(chunk));
      if (opts && opts.slow) setImmediate(cb);
      else cb();
    },
  });
  w.on('finish', () => log(name, 'finish'));
  w.on('unpipe', () => log(name, 'unpipe'));
  w.on('pipe', () => log(name, 'pipe'));
  return w;
}

const src = new Readable({ read() {} });
const a = sink('a');
const b = sink('b', { slow: true, highWaterMark: 1 });
const c = sink('c');
src.pipe(a);
src.pipe(b);
src.pipe(c, { end: false });
log('pipes', src._readableState.pipes.length);
let drains = 0;
b.on('drain', () => {
  drains++;
  log('b drain', drains);
  if (drains === 2) {
    setImmediate(() => {
      src.unpipe(a);
      log('after unpipe a', src._readableState.pipes.length, src.readableFlowing);
      src.push('three');
    });
  } else if (drains === 3) {
    setImmediate(() => src.push(null));
  }
});
b.on('finish', () => setImmediate(() => {
  log('c ended?', c.writableEnded, 'b ended?', b.writableEnded, 'a ended?', a.writableEnded);
  step2();
}));
src.push('one');
src.push('two');

function step2() {
  const r = new Readable({ read() {} });
  const p1 = new PassThrough();
  const p2 = new PassThrough();
  r.pipe(p1).pipe(p2);
  p2.on('data', (d) => log('chain', String(d)));
  p2.on('end', () => log('chain end'));
  r.push('x');
  r.unpipe();
  log('unpipe all', r.readableFlowing, r._readableState.pipes.length);
  r.push('y');
  setImmediate(() => {
    log('buffered', r.readableLength);
    r.pipe(p1);
    r.push(null);
  });
}
