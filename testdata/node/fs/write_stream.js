// fs.createWriteStream: event order, bytesWritten, flags, start, encoding,
// backpressure, close/end callbacks, errors.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));
const p = (n) => path.join(dir, n);

function watch(ws, label) {
  return new Promise((resolve) => {
    const ev = [];
    ws.on('open', (fd) => ev.push(`open(${typeof fd})`));
    ws.on('ready', () => ev.push('ready'));
    ws.on('finish', () => ev.push(`finish(${ws.bytesWritten})`));
    ws.on('error', (e) => ev.push(`error(${e.code} ${e.syscall})`));
    ws.on('close', () => {
      ev.push('close');
      console.log(label, ev.join(' '), 'bytesWritten', ws.bytesWritten);
      resolve();
    });
  });
}

(async () => {
  let ws = fs.createWriteStream(p('a'));
  console.log('pending', ws.pending, 'path', path.basename(ws.path), 'flags', ws.flags, 'mode', ws.mode.toString(8));
  let done = watch(ws, 'basic');
  console.log(ws.write('hello '), ws.write(Buffer.from('world')), ws.write(new Uint8Array([33])));
  ws.end('\n', () => console.log('end cb'));
  await done;
  console.log(JSON.stringify(fs.readFileSync(p('a'), 'utf8')));

  ws = fs.createWriteStream(p('a'), { flags: 'a' });
  done = watch(ws, 'append');
  ws.end('more');
  await done;
  console.log(JSON.stringify(fs.readFileSync(p('a'), 'utf8')));

  fs.writeFileSync(p('b'), 'xxxxxxxxxx');
  ws = fs.createWriteStream(p('b'), { flags: 'r+', start: 3 });
  done = watch(ws, 'start');
  ws.write('AB');
  ws.end('C');
  await done;
  console.log(fs.readFileSync(p('b'), 'utf8'));

  ws = fs.createWriteStream(p('c'), { encoding: 'hex' });
  done = watch(ws, 'hex');
  ws.end('414243');
  await done;
  console.log(fs.readFileSync(p('c'), 'utf8'));

  ws = fs.createWriteStream(p('d'), { highWaterMark: 4 });
  done = watch(ws, 'hwm');
  const r1 = ws.write('123');
  const r2 = ws.write('4567');
  console.log('backpressure', r1, r2, ws.writableLength, ws.writableNeedDrain);
  ws.once('drain', () => console.log('drain'));
  ws.end();
  await done;

  ws = fs.createWriteStream(p('missing/x'));
  done = watch(ws, 'bad dir');
  ws.write('x', (err) => console.log('write cb', err && err.code));
  await done;

  ws = fs.createWriteStream(p('e'));
  done = watch(ws, 'close()');
  ws.write('abc');
  ws.close((err) => console.log('close cb', err));
  await done;
  console.log(fs.readFileSync(p('e'), 'utf8'));

  ws = fs.createWriteStream(p('f'));
  done = watch(ws, 'destroy');
  ws.destroy();
  await done;
  console.log('destroyed', ws.destroyed, fs.existsSync(p('f')));

  const fd = fs.openSync(p('g'), 'w');
  ws = fs.createWriteStream(null, { fd });
  done = watch(ws, 'fd');
  ws.end('via fd');
  await done;
  console.log(fs.readFileSync(p('g'), 'utf8'));
  ws = fs.createWriteStream(p('h'));
  ws.write('x');
  ws.end();
  try {
    ws.write('late');
  } catch (e) {
    console.log('sync throw', e.code);
  }
  ws.on('error', (e) => console.log('write after end', e.code));
  await new Promise((r) => ws.on('close', r));
  console.log(fs.WriteStream === ws.constructor, ws instanceof require('stream').Writable);
  fs.rmSync(dir, { recursive: true });
})();
