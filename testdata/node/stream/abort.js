// AbortSignal integration: signal options, addAbortSignal, finished and
// pipeline with signals.
const { Readable, Writable, PassThrough, addAbortSignal, finished, pipeline } = require('stream');
const promises = require('stream/promises');
const log = (...a) => console.log(...a);
const show = (tag, e) => log(tag, e && e.name, e && e.code, e && e.message, e && e.cause && e.cause.message);

const steps = [];
const next = () => { const s = steps.shift(); if (s) setImmediate(s); };

steps.push(() => {
  const ac = new AbortController();
  const r = new Readable({ read() {}, signal: ac.signal });
  r.on('error', (e) => show('readable signal', e));
  r.on('close', () => { log('closed', r.destroyed); next(); });
  ac.abort();
});

steps.push(() => {
  const ac = new AbortController();
  const w = addAbortSignal(ac.signal, new Writable({ write(c, e, cb) { cb(); } }));
  w.on('error', (e) => show('addAbortSignal', e));
  w.on('close', next);
  ac.abort(new Error('my reason'));
});

steps.push(() => {
  try {
    addAbortSignal('nope', new PassThrough());
  } catch (e) {
    show('bad signal', e);
  }
  try {
    addAbortSignal(new AbortController().signal, {});
  } catch (e) {
    show('bad stream', e);
  }
  const r = new Readable({ signal: AbortSignal.abort(), read() {} });
  r.on('error', (e) => show('pre-aborted', e));
  r.on('close', next);
});

steps.push(() => {
  const ac = new AbortController();
  const r = new Readable({ read() {} });
  finished(r, { signal: ac.signal }, (err) => {
    show('finished signal', err);
    log('r destroyed', r.destroyed);
    next();
  });
  ac.abort();
});

steps.push(() => {
  const ac = new AbortController();
  const src = new Readable({ read() {} });
  const dst = new Writable({ write(c, e, cb) { cb(); } });
  promises.pipeline(src, dst, { signal: ac.signal }).then(
    () => log('unexpected'),
    (e) => {
      show('pipeline abort', e);
      log('destroyed', src.destroyed, dst.destroyed);
      next();
    });
  src.push('x');
  setImmediate(() => ac.abort());
});

steps.push(async () => {
  const ac = new AbortController();
  const r = Readable.from([1, 2, 3, 4]);
  try {
    await r.map(async (x) => {
      if (x === 2) ac.abort();
      return x;
    }, { signal: ac.signal }).toArray();
  } catch (e) {
    show('map abort', e);
  }
  next();
});

next();
