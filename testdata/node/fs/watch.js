// fs.watch over inotify: change/rename events with file names, buffer
// encoding, close event, unref, errors, fs.promises.watch with a signal.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));
const file = path.join(dir, 'watched.txt');
fs.writeFileSync(file, 'a');
const step = (ms) => new Promise((r) => setTimeout(r, ms));

try {
  fs.watch(path.join(dir, 'missing'));
} catch (e) {
  console.log(e.code, e.syscall, Object.keys(e), path.basename(e.filename));
}
try {
  fs.watch(5);
} catch (e) {
  console.log(e.code, e.message);
}

(async () => {
  const w = fs.watch(file, (ev, name) => console.log('listener', ev, name));
  console.log(Object.keys(w), w.constructor.name, w.ref() === w);
  w.on('close', () => console.log('close event'));
  await step(20);
  fs.appendFileSync(file, 'b');
  await step(50);
  w.close();
  w.close();
  await step(10);

  const sub = path.join(dir, 'sub');
  fs.mkdirSync(sub);
  const wd = fs.watch(sub, { encoding: 'buffer' });
  wd.on('change', (ev, name) => console.log('dir', ev, Buffer.isBuffer(name), name.toString()));
  await step(20);
  fs.writeFileSync(path.join(sub, 'new.txt'), 'x');
  await step(30);
  fs.renameSync(path.join(sub, 'new.txt'), path.join(sub, 'renamed.txt'));
  await step(30);
  fs.unlinkSync(path.join(sub, 'renamed.txt'));
  await step(30);
  wd.close();

  const ac = new AbortController();
  const seen = [];
  const iter = fs.promises.watch(sub, { signal: ac.signal });
  setTimeout(() => fs.writeFileSync(path.join(sub, 'p.txt'), 'p'), 20);
  setTimeout(() => ac.abort(), 80);
  try {
    for await (const ev of iter) seen.push(`${ev.eventType}:${ev.filename}`);
  } catch (e) {
    console.log('promises.watch ended', e.name, e.code);
  }
  console.log([...new Set(seen)].join(' '));

  // recursive: entries appearing anywhere below, new directories included
  const rdir = path.join(dir, 'rec');
  fs.mkdirSync(path.join(rdir, 'pre'), { recursive: true });
  const rseen = [];
  const rw = fs.watch(rdir, { recursive: true }, (ev, name) => rseen.push(`${ev}:${name}`));
  await step(30);
  fs.writeFileSync(path.join(rdir, 'pre', 'a.txt'), 'a');
  await step(40);
  fs.mkdirSync(path.join(rdir, 'newdir'));
  await step(60);
  fs.writeFileSync(path.join(rdir, 'newdir', 'b.txt'), 'b');
  await step(60);
  rw.close();
  console.log(rseen.join(' '));

  // an unref'd watcher does not keep the process alive
  fs.watch(dir, { persistent: false }).on('change', () => {});
  fs.watch(dir).unref();
  fs.rmSync(dir, { recursive: true });
  console.log('end');
})();
