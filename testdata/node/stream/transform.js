// Transform with flush, push from transform, PassThrough, _final override.
const { Transform, PassThrough } = require('stream');
const log = (...a) => console.log(...a);

const t = new Transform({
  transform(chunk, enc, cb) {
    log('transform', String(chunk), enc);
    this.push('[' + chunk + ']');
    cb();
  },
  flush(cb) {
    log('flush');
    this.push('<flushed>');
    cb(null, '<last>');
  },
});
t.on('data', (d) => log('data', String(d)));
t.on('end', () => log('end'));
t.on('finish', () => log('finish'));
t.on('prefinish', () => log('prefinish'));
t.on('close', () => log('close'));
t.write('a');
t.write('b', () => log('cb b'));
t.end('c', () => log('end cb'));
process.nextTick(() => log('tick'));

setTimeout(() => {
  const t2 = new Transform({
    objectMode: true,
    transform(obj, enc, cb) {
      if (obj > 2) return cb(new Error('too big: ' + obj));
      cb(null, obj * 10);
    },
  });
  t2.on('data', (d) => log('t2 data', d));
  t2.on('error', (e) => log('t2 error', e.message, t2.destroyed));
  t2.on('close', () => log('t2 close'));
  t2.write(1);
  t2.write(2);
  t2.write(3, (err) => log('t2 write cb', err && err.message));
  t2.write(4, (err) => log('t2 write4 cb', err && err.code));
}, 5);

setTimeout(() => {
  const p = new PassThrough();
  p.setEncoding('utf8');
  p.on('data', (d) => log('pass', typeof d, d));
  p.end('hello');
  p.on('end', () => log('pass end'));
  const t3 = new Transform({ transform(c, e, cb) { cb(); } });
  log('t3 hwm', t3.readableHighWaterMark, t3.writableHighWaterMark);
  const t4 = new Transform({ readableHighWaterMark: 0 });
  log('t4 hwm', t4.readableHighWaterMark, t4.writableHighWaterMark);
  try {
    new Transform().write('x');
  } catch (e) {
    log('sync throw', e.code, e.message);
  }
}, 20);
