// Backpressure: write() returns false above highWaterMark, 'drain' follows,
// and pipe() pauses a fast source for a slow destination.
const { Readable, Writable } = require('stream');
const log = (...a) => console.log(...a);

const slow = new Writable({
  highWaterMark: 4,
  write(chunk, enc, cb) {
    log('write', String(chunk), 'len', this.writableLength);
    setTimeout(cb, 2);
  },
});
let i = 0;
const src = new Readable({
  highWaterMark: 2,
  read() {
    i++;
    log('read', i, 'buffered', this.readableLength);
    if (i > 6) this.push(null);
    else this.push('c' + i);
  },
});
src.on('pause', () => log('src pause'));
src.on('resume', () => log('src resume'));
slow.on('drain', () => log('drain'));
slow.on('pipe', (s) => log('pipe event', s === src));
slow.on('unpipe', (s) => log('unpipe event', s === src));
slow.on('finish', () => {
  log('finish');
  setTimeout(part2, 1);
});
const ret = src.pipe(slow);
log('pipe returns dest', ret === slow);
src.on('end', () => log('end'));

function part2() {
  const w = new Writable({ write(c, e, cb) { setImmediate(cb); } });
  let n = 0;
  let ok;
  do {
    ok = w.write(Buffer.alloc(4096));
    n++;
  } while (ok);
  log('writes until false', n, w.writableLength, w.writableNeedDrain);
  w.once('drain', () => log('drained', w.writableLength, w.writableNeedDrain));
}
