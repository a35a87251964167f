// Error codes and messages raised by streams.
const { Readable, Writable, Duplex, Transform, finished } = require('stream');
const log = (...a) => console.log(...a);
const show = (tag, e) => log(tag, e.name, e.code, e.message, e instanceof Error);

const steps = [];
const next = () => { const s = steps.shift(); if (s) setTimeout(s, 1); };

steps.push(() => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.on('error', (e) => show('after end event', e));
  w.end();
  log('write ret', w.write('x', (e) => show('after end cb', e)));
  setTimeout(next, 5);
});

steps.push(() => {
  const r = new Readable({ read() {} });
  r.on('error', (e) => show('push after eof', e));
  r.push(null);
  log('push ret', r.push('more'));
  setTimeout(next, 5);
});

steps.push(() => {
  const w = new Writable({ write(c, e, cb) { cb(); cb(); } });
  w.on('error', (e) => show('multiple cb', e));
  w.write('x');
  setTimeout(next, 5);
});

steps.push(() => {
  const r = new Readable({ read() {} });
  r.resume();
  r.destroy();
  finished(r, (err) => {
    show('premature', err);
    next();
  });
});

steps.push(() => {
  const r = new Readable({ read() {} });
  r.on('error', (e) => show('bad push', e));
  r.push(123);
  const r2 = new Readable({ read() {} });
  r2.on('error', (e) => show('bad push obj', e));
  r2.push({});
  const w = new Writable({ write(c, e, cb) { cb(); } });
  for (const bad of [1, {}, true, undefined, [1, 2], () => {}, Symbol('s'), 10n, 'x'.repeat(30)]) {
    try {
      w.write(bad);
      log('accepted', typeof bad);
    } catch (e) {
      show('write ' + typeof bad, e);
    }
  }
  try {
    w.write('x', 'nope');
  } catch (e) {
    show('bad encoding', e);
  }
  try {
    w.setDefaultEncoding('klingon');
  } catch (e) {
    show('setDefaultEncoding', e);
  }
  log('setDefaultEncoding ok', w.setDefaultEncoding('HEX') === w, w._writableState.defaultEncoding);
  setTimeout(next, 5);
});

steps.push(() => {
  const r = new Readable();
  r.on('error', (e) => show('no _read', e));
  r.read();
  const w = new Writable();
  try {
    w.write('x');
  } catch (e) {
    show('no _write', e);
  }
  const w2 = new Writable({ write(c, e, cb) { cb(); } });
  w2.on('error', (e) => show('pipe from writable', e));
  w2.pipe(new Writable());
  setTimeout(next, 5);
});

steps.push(() => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.end();
  w.on('finish', () => {
    w.end((e) => show('end after finish', e));
    next();
  });
});

steps.push(() => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.destroy();
  w.end((e) => show('end after destroy', e));
  const r = new Readable({ read() {} });
  r.on('error', (e) => show('unshift after end', e));
  r.on('end', () => {
    r.unshift('x');
    setTimeout(next, 5);
  });
  r.resume();
  r.push(null);
});

steps.push(() => {
  try {
    finished({}, () => {});
  } catch (e) {
    show('finished non-stream', e);
  }
  try {
    finished(new Readable());
  } catch (e) {
    show('finished no cb', e);
  }
  try {
    new Readable({ encoding: 'bogus' });
  } catch (e) {
    show('bad readable encoding', e);
  }
  const r = new Readable({ read() {} });
  try {
    r.read(2 ** 31);
  } catch (e) {
    show('read too much', e);
  }
  const t = new Transform({ transform(c, e, cb) { cb(); }, flush(cb) { cb(new Error('flush failed')); } });
  t.on('error', (e) => show('flush error', e));
  t.resume();
  t.end('x');
});

next();
