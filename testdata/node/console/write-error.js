// Console swallows write errors: a write after end(), and a stream whose
// _write fails synchronously or asynchronously, must not crash; the console
// adds a one-time noop 'error' listener only while the error is pending.
const { Console } = require('console');
const { Writable } = require('stream');

function sink(name, mode) {
  const w = new Writable({
    write(chunk, enc, cb) {
      const text = String(chunk).trimEnd();
      if (mode === 'sync-fail') return cb(new Error(`${name} sync fail: ${text}`));
      if (mode === 'async-fail') return setImmediate(() => cb(new Error(`${name} async fail: ${text}`)));
      process.stdout.write(`[${name}] ${text}\n`);
      cb();
    },
  });
  w.on('close', () => process.stdout.write(`${name} close, error listeners ${w.listenerCount('error')}\n`));
  return w;
}

const ok = sink('ok');
const c1 = new Console(ok);
c1.log('hello %s', 'world');
ok.end();
c1.log('after end'); // write after end: swallowed
console.log('errors listeners after write-after-end', ok.listenerCount('error'));

const bad = sink('bad', 'sync-fail');
const c2 = new Console({ stdout: bad, stderr: bad });
c2.log('one');
console.log('bad listeners', bad.listenerCount('error'), bad.destroyed);
c2.error('two');

const slow = sink('slow', 'async-fail');
const c3 = new Console(slow);
c3.log('first');
c3.log('second (buffered)');
console.log('slow listeners', slow.listenerCount('error'));

// ignoreErrors: false lets the error through to the stream.
const strict = sink('strict', 'sync-fail');
const c4 = new Console({ stdout: strict, ignoreErrors: false });
strict.on('error', (err) => console.log('strict saw', err.message));
c4.log('x');

// (after the immediates that fail the slow sink: a timer set now could
// fire first if startup took longer than its delay)
setImmediate(() => setImmediate(() => setTimeout(() => {
  console.log('later', ok.listenerCount('error'), bad.listenerCount('error'), slow.listenerCount('error'));
  console.log('destroyed', ok.destroyed, bad.destroyed, slow.destroyed, strict.destroyed);
}, 5)));
