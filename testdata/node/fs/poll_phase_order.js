// Completions run in the poll phase: an operation started from an fs
// callback completes in a later iteration, after the immediates that
// callback queued (libuv only runs what was ready when it polled).
const fs = require('fs');
const out = [];
fs.stat(__filename, () => {
  out.push('stat1');
  setImmediate(() => out.push('immediate1'));
  fs.stat(__filename, () => {
    out.push('stat2');
    setImmediate(() => out.push('immediate2'));
    fs.access(__filename, () => {
      out.push('access');
      process.nextTick(() => out.push('tick after access'));
      setImmediate(() => out.push('immediate3'));
      fs.readdir(__dirname, () => out.push('readdir'));
    });
    let x = 0;
    for (let i = 0; i < 5000; i++) x += i;
    out.push('stat2 done');
  });
  out.push('stat1 done');
});
setTimeout(() => console.log(out.join('\n')), 300);
