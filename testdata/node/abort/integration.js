// Signals used by other modules: timers/promises, events.once,
// fs.readFile/writeFile and fs/promises, events.addAbortListener.
const fs = require('fs');
const fsp = require('fs/promises');
const events = require('events');
const timersP = require('timers/promises');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));
const f = path.join(dir, 'a');
fs.writeFileSync(f, 'abc');

const show = (e) => `${e.name} ${e.code} ${e.message} cause=${e.cause && (e.cause.name || e.cause)}`;

(async () => {
  try {
    await timersP.setTimeout(10, 'v', { signal: AbortSignal.abort() });
  } catch (e) {
    console.log('setTimeout pre-aborted:', show(e));
  }
  const ac = new AbortController();
  const p = timersP.setTimeout(1000, 'v', { signal: ac.signal });
  setTimeout(() => ac.abort('stop'), 5);
  try {
    await p;
  } catch (e) {
    console.log('setTimeout aborted:', show(e));
  }
  try {
    await timersP.setTimeout(1000, 'v', { signal: AbortSignal.timeout(5) });
  } catch (e) {
    console.log('setTimeout timeout signal:', show(e));
  }

  const ee = new events.EventEmitter();
  const ac2 = new AbortController();
  const onceP = events.once(ee, 'x', { signal: ac2.signal });
  ac2.abort();
  try {
    await onceP;
  } catch (e) {
    console.log('events.once:', show(e));
  }
  const et = new EventTarget();
  setTimeout(() => et.dispatchEvent(new Event('ping')), 1);
  const [ev] = await events.once(et, 'ping');
  console.log('events.once on EventTarget:', ev.type, ev.constructor.name);

  const ac3 = new AbortController();
  let called = 0;
  const disposable = events.addAbortListener(ac3.signal, () => called++);
  ac3.abort();
  console.log('addAbortListener', called, typeof disposable);

  fs.readFile(f, { signal: AbortSignal.abort() }, (err, data) => {
    console.log('readFile pre-aborted:', show(err), data);
    const ac4 = new AbortController();
    fs.readFile(f, { signal: ac4.signal, encoding: 'utf8' }, (err2, d2) => {
      console.log('readFile not aborted:', err2, d2);
      fs.writeFile(f, 'x', { signal: AbortSignal.abort('w') }, (err3) => {
        console.log('writeFile pre-aborted:', show(err3));
        (async () => {
          try {
            await fsp.readFile(f, { signal: AbortSignal.abort('r') });
          } catch (e) {
            console.log('fsp.readFile pre-aborted:', show(e));
          }
          try {
            await fsp.writeFile(f, 'y', { signal: AbortSignal.abort() });
          } catch (e) {
            console.log('fsp.writeFile pre-aborted:', show(e));
          }
          console.log('file unchanged', fs.readFileSync(f, 'utf8'));
          try {
            fs.readFile(f, { signal: {} }, () => {});
          } catch (e) {
            console.log('bad signal:', e.code, e.message);
          }
          fs.rmSync(dir, { recursive: true });
        })();
      });
    });
  });
})();
