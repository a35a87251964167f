// destroy(err) semantics: 'error' then 'close', destroyed/closed/errored,
// emitClose, autoDestroy, _destroy callbacks, writes after destroy.
const { Readable, Writable, Duplex } = require('stream');
const log = (...a) => console.log(...a);

const steps = [];
const next = () => { const s = steps.shift(); if (s) setTimeout(s, 1); };

function watch(name, s) {
  for (const ev of ['error', 'close', 'end', 'finish']) {
    s.on(ev, (e) => log(name, ev, ev === 'error' ? e.message : '', s.destroyed, s.closed));
  }
}

steps.push(() => {
  const r = new Readable({ read() {} });
  watch('r', r);
  r.destroy(new Error('bad'));
  log('r sync', r.destroyed, r.closed, r.errored && r.errored.message, r.readableAborted);
  process.nextTick(() => log('r tick'));
  setTimeout(next, 5);
});

steps.push(() => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  watch('w', w);
  w.write('a', (err) => log('w cb a', err));
  w.destroy();
  w.write('b', (err) => log('w cb b', err && err.code));
  log('w sync', w.destroyed, w.writable, w.writableAborted);
  setTimeout(next, 5);
});

steps.push(() => {
  const r = new Readable({ read() {}, emitClose: false });
  watch('noclose', r);
  r.destroy();
  setTimeout(() => { log('noclose done', r.closed); next(); }, 5);
});

steps.push(() => {
  const r = new Readable({
    read() {},
    destroy(err, cb) {
      log('_destroy', err && err.message);
      setImmediate(() => cb(err));
    },
  });
  watch('async', r);
  r.destroy(new Error('later'));
  r.destroy(new Error('second'));
  log('async sync', r.destroyed, r.closed);
  setTimeout(next, 10);
});

steps.push(() => {
  const r = new Readable({ read() {}, autoDestroy: false });
  watch('noauto', r);
  r.on('data', () => {});
  r.push('x');
  r.push(null);
  setTimeout(() => { log('noauto', r.destroyed, r.readableEnded); next(); }, 5);
});

steps.push(() => {
  const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
  watch('duplex', d);
  d.destroy(new Error('dup'));
  d.destroy(new Error('again'));
  log('duplex', d.destroyed, d.readable, d.writable);
  setTimeout(next, 5);
});

steps.push(() => {
  const r = new Readable({ read() {} });
  r.on('close', () => log('no error listener close'));
  r.destroy();
  r.push('late');
  log('push after destroy', r.readableLength);
  const r2 = new Readable({ read() { this.push('a'); } });
  r2.destroy();
  r2.on('data', () => log('never'));
  const w = new Writable({
    write(c, e, cb) { cb(new Error('write failed')); },
  });
  watch('wfail', w);
  w.write('x', (err) => log('wfail cb', err.message));
  w.write('y', (err) => log('wfail cb2', err && err.message));
  setTimeout(next, 5);
});

next();
