// When fs callbacks run relative to synchronous code, nextTick and
// promise jobs, and that a chain of async calls keeps its order.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));
const f = path.join(dir, 'a');
fs.writeFileSync(f, 'data');
const log = [];

fs.stat(f, () => {
  log.push('stat cb');
  process.nextTick(() => log.push('tick from stat cb'));
  Promise.resolve().then(() => log.push('microtask from stat cb'));
  fs.readFile(f, 'utf8', (err, d) => {
    log.push('readFile cb ' + d);
    setImmediate(() => log.push('immediate from readFile cb'));
    fs.access(f, () => {
      log.push('access cb');
      fs.exists(f, (yes) => {
        log.push('exists cb ' + yes);
        fs.exists(path.join(dir, 'nope'), (no) => {
          log.push('exists cb ' + no);
          fs.writeFile(f, 'new', () => {
            log.push('writeFile cb');
            fs.unlink(f, () => {
              log.push('unlink cb');
              fs.rmdir(dir, (err) => {
                log.push('rmdir cb ' + err);
                setTimeout(() => {
                  console.log(log.join('\n'));
                }, 5);
              });
            });
          });
        });
      });
    });
  });
});
process.nextTick(() => log.push('tick'));
Promise.resolve().then(() => log.push('microtask'));
log.push('sync end');

// a callback that throws reaches uncaughtException
process.once('uncaughtException', (err) => console.log('uncaught:', err.message));
fs.stat(dir, () => { throw new Error('thrown from callback'); });

// the process waits for pending fs callbacks
fs.readdir(os.tmpdir(), () => {
  process.on('exit', (code) => console.log('exit', code));
});
