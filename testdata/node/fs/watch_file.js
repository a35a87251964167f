// fs.watchFile/unwatchFile: a StatWatcher polling with stat; a missing
// path reports once with zeroed stats, then creation and growth.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));
const f = path.join(dir, 'later.txt');
let n = 0;
const w = fs.watchFile(f, { interval: 20 }, (cur, prev) => {
  n++;
  console.log('event', n, cur.size, prev.size, cur.mtimeMs === 0, prev.mtimeMs === 0, cur.isFile(), cur.constructor.name);
  if (n === 3) {
    fs.unwatchFile(f);
    fs.rmSync(dir, { recursive: true });
    console.log('unwatched');
  }
});
console.log(w.constructor.name, Object.keys(w), w.ref() === w, w.unref() === w);
w.ref();
console.log(fs.watchFile(f, () => {}) === w);
fs.unwatchFile(f, () => {});
setTimeout(() => fs.writeFileSync(f, 'xyz'), 100);
setTimeout(() => fs.appendFileSync(f, 'more'), 200);
