// fs.createReadStream: event order, start/end, highWaterMark, encoding,
// fd option, errors, pause/resume, async iteration, pipe.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));
const f = path.join(dir, 'data.txt');
fs.writeFileSync(f, 'abcdefghijklmnopqrstuvwxyz'.repeat(4));

function watch(rs, label) {
  return new Promise((resolve) => {
    const ev = [];
    rs.on('open', (fd) => ev.push(`open(${typeof fd})`));
    rs.on('ready', () => ev.push('ready'));
    rs.on('data', (d) => ev.push(`data(${typeof d === 'string' ? JSON.stringify(d) : d.length})`));
    rs.on('end', () => ev.push('end'));
    rs.on('error', (e) => ev.push(`error(${e.code} ${e.syscall} ${path.basename(String(e.path))})`));
    rs.on('close', () => {
      ev.push('close');
      console.log(label, ev.join(' '));
      console.log('  bytesRead', rs.bytesRead, 'destroyed', rs.destroyed, 'pending', rs.pending);
      resolve();
    });
  });
}

(async () => {
  await watch(fs.createReadStream(f), 'default');
  await watch(fs.createReadStream(f, { highWaterMark: 30 }), 'hwm30');
  await watch(fs.createReadStream(f, { start: 3, end: 9, encoding: 'utf8' }), 'range');
  await watch(fs.createReadStream(f, { start: 100 }), 'past end');
  await watch(fs.createReadStream(f, { end: 0 }), 'end0');
  await watch(fs.createReadStream(f, 'hex'), 'hex string option');
  await watch(fs.createReadStream(path.join(dir, 'missing')), 'missing');
  await watch(fs.createReadStream(dir), 'directory');
  const fd = fs.openSync(f, 'r');
  await watch(fs.createReadStream(null, { fd, start: 50, highWaterMark: 20 }), 'fd');
  const keep = fs.openSync(f, 'r');
  const noClose = fs.createReadStream('', { fd: keep, autoClose: false, end: 4 });
  const chunks = [];
  noClose.on('data', (d) => chunks.push(d.toString()));
  noClose.on('close', () => console.log('unexpected close'));
  await new Promise((r) => noClose.on('end', r));
  console.log('autoClose false', chunks, noClose.destroyed);
  console.log('fd still open', fs.fstatSync(keep).size);
  fs.closeSync(keep);

  const rs = fs.createReadStream(f, { highWaterMark: 8, encoding: 'latin1' });
  let got = '';
  for await (const chunk of rs) got += chunk;
  console.log('async iter', got.length, got.slice(0, 10));

  const paused = fs.createReadStream(f, { highWaterMark: 16 });
  paused.pause();
  await new Promise((r) => paused.once('ready', r));
  console.log('readable after ready', paused.readableLength >= 0, paused.isPaused());
  const first = await new Promise((r) => paused.once('readable', () => r(paused.read(5))));
  console.log('read(5)', first.toString());
  paused.destroy();
  await new Promise((r) => paused.once('close', r));
  console.log('destroyed', paused.destroyed);

  try {
    fs.createReadStream(f, { start: 10, end: 5 });
  } catch (e) {
    console.log(e.code, e.message);
  }
  try {
    fs.createReadStream(f, { start: -1 });
  } catch (e) {
    console.log(e.code, e.message);
  }
  try {
    fs.createReadStream(f, { start: 'x' });
  } catch (e) {
    console.log(e.code, e.message);
  }

  const out = path.join(dir, 'copy.txt');
  fs.createReadStream(f, { highWaterMark: 10 }).pipe(fs.createWriteStream(out)).on('close', () => {
    console.log('piped', fs.readFileSync(out, 'utf8') === fs.readFileSync(f, 'utf8'));
    const s = fs.createReadStream(f);
    s.close((err) => {
      console.log('close cb', err && err.code, s.destroyed);
      console.log(fs.ReadStream === s.constructor, s instanceof require('stream').Readable);
      fs.rmSync(dir, { recursive: true });
    });
  });
})();

// own keys and option-derived properties, as Node sets them
{
  const keyed = fs.createReadStream(__filename, { start: 1 });
  console.log(Object.keys(keyed));
  console.log(keyed.path === __filename, keyed.flags, keyed.mode, keyed.start, keyed.end, keyed.pos, keyed.bytesRead, keyed.fd, keyed.autoClose, keyed.pending);
  keyed.destroy();
}
