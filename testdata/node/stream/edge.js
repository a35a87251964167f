// Edge cases: unshift in 'readable', once('readable') cycles, errors in
// _final and _write, destroy during a pending write, pipe destination
// errors, finished on errored streams.
const { Readable, Writable, Duplex, PassThrough, finished } = require('stream');
const log = (...a) => console.log(...a);

const steps = [];
const next = () => { const s = steps.shift(); if (s) setImmediate(s); };

steps.push(() => {
  const r = new Readable({ read() {} });
  r.push('header:body');
  r.once('readable', () => {
    const all = String(r.read());
    const [head, body] = all.split(':');
    log('head', head);
    r.unshift(body);
    log('unshifted', r.readableLength);
    r.once('readable', () => {
      log('again', String(r.read()));
      r.push(null);
      r.on('end', () => { log('end'); next(); });
      r.resume();
    });
  });
});

steps.push(() => {
  const w = new Writable({
    write(c, e, cb) { cb(); },
    final(cb) { cb(new Error('final failed')); },
  });
  w.on('error', (e) => log('final error', e.message, w.writableFinished));
  w.on('finish', () => log('never finish'));
  w.on('close', () => { log('final close'); next(); });
  w.end('x', (err) => log('end cb', err && err.message));
});

steps.push(() => {
  let pending;
  const w = new Writable({ write(c, e, cb) { pending = cb; } });
  w.write('a', (err) => log('a cb', err && err.code));
  w.write('b', (err) => log('b cb', err && err.code));
  w.on('close', () => {
    log('closed; calling pending cb');
    pending();
    setImmediate(next);
  });
  w.on('error', (e) => log('error', e.message));
  w.destroy();
});

steps.push(() => {
  const src = new PassThrough();
  const dst = new Writable({ write(c, e, cb) { cb(new Error('dst failed')); } });
  dst.on('error', (e) => {
    log('dst error', e.message, src._readableState.pipes.length, src.readableFlowing);
  });
  dst.on('unpipe', () => log('unpiped'));
  src.pipe(dst);
  src.write('x');
  dst.on('close', () => { log('dst close'); next(); });
});

steps.push(() => {
  const r = new Readable({ read() {} });
  r.on('error', () => {});
  r.destroy(new Error('already'));
  setImmediate(() => {
    finished(r, (err) => {
      log('finished on errored', err && err.message);
      const w = new Writable({ write(c, e, cb) { cb(); } });
      w.end();
      w.on('finish', () => {
        setImmediate(() => finished(w, (err) => { log('finished after finish', err); next(); }));
      });
    });
  });
});

steps.push(() => {
  const d = new Duplex({
    allowHalfOpen: false,
    read() {},
    write(c, e, cb) { log('d write', String(c)); cb(); },
  });
  d.on('finish', () => log('d finish'));
  d.on('end', () => log('d end'));
  d.on('close', () => { log('d close'); next(); });
  d.resume();
  d.end('last');
  setImmediate(() => d.push(null));
});

steps.push(() => {
  const r = new Readable({ read() {} });
  r.on('data', (c) => {
    log('data', String(c), 'read inside', r.read());
  });
  r.push('p');
  r.push('q');
  setImmediate(() => {
    r.pause();
    r.push('r');
    log('paused len', r.readableLength, r.isPaused());
    r.removeAllListeners('data');
    r.resume();
    setImmediate(() => { log('after resume no listener', r.readableLength, r.readableFlowing); next(); });
  });
});

next();
