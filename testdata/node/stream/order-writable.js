// Write callbacks, 'drain', 'prefinish', 'finish' and 'close' order.
const { Writable } = require('stream');
const log = (...a) => console.log(...a);

{
  const w = new Writable({
    highWaterMark: 3,
    write(chunk, enc, cb) {
      log('A _write', String(chunk), enc);
      cb();
    },
  });
  log('A write1', w.write('ab', () => log('A cb1')));
  log('A write2', w.write('cde', () => log('A cb2')));
  w.on('drain', () => log('A drain'));
  w.on('prefinish', () => log('A prefinish'));
  w.on('finish', () => log('A finish', w.writableFinished));
  w.on('close', () => log('A close'));
  w.end('z', () => log('A end cb'));
  log('A ended', w.writableEnded, w.writableFinished, w.writable);
  process.nextTick(() => log('A tick'));
  Promise.resolve().then(() => log('A micro'));
}

setImmediate(() => {
  const pending = [];
  const w = new Writable({
    highWaterMark: 2,
    write(chunk, enc, cb) {
      log('B _write', String(chunk), w.writableLength);
      pending.push(cb);
    },
    final(cb) {
      log('B final');
      setTimeout(cb, 1);
    },
  });
  log('B w1', w.write('a', () => log('B cb a')));
  log('B w2', w.write('b', () => log('B cb b')));
  log('B w3', w.write('c', () => log('B cb c')), w.writableLength, w.writableNeedDrain);
  w.on('drain', () => log('B drain', w.writableLength));
  w.on('finish', () => log('B finish'));
  w.on('close', () => log('B close'));
  const flush = () => {
    const cb = pending.shift();
    if (cb) {
      cb();
      setTimeout(flush, 2);
    } else {
      w.end();
    }
  };
  setTimeout(flush, 2);
});
