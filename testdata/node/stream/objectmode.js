// objectMode and highWaterMark defaults.
const { Readable, Writable, Duplex, Transform, PassThrough, getDefaultHighWaterMark } = require('stream');
const log = (...a) => console.log(...a);

log(new Readable().readableHighWaterMark, new Readable({ objectMode: true }).readableHighWaterMark);
log(new Writable().writableHighWaterMark, new Writable({ objectMode: true }).writableHighWaterMark);
const d = new Duplex({ readableObjectMode: true });
log(d.readableObjectMode, d.writableObjectMode, d.readableHighWaterMark, d.writableHighWaterMark);
const t = new Transform({ writableObjectMode: true });
log(t.readableObjectMode, t.writableObjectMode, t.readableHighWaterMark, t.writableHighWaterMark);
log(new PassThrough({ highWaterMark: 5 }).writableHighWaterMark);
log(getDefaultHighWaterMark(false), getDefaultHighWaterMark(true));
try {
  new Readable({ highWaterMark: -1 });
} catch (e) {
  log(e.name, e.code, e.message);
}
try {
  new Duplex({ readableHighWaterMark: 1.5 });
} catch (e) {
  log(e.name, e.code, e.message);
}

const r = new Readable({ objectMode: true, read() {} });
for (const v of [1, 'two', { three: 3 }, [4], false, 0, '']) log('push', JSON.stringify(v), r.push(v), r.readableLength);
r.push(null);
const got = [];
r.on('data', (v) => got.push(v));
r.on('end', () => log('got', JSON.stringify(got)));

const w = new Writable({
  objectMode: true,
  highWaterMark: 2,
  write(obj, enc, cb) {
    log('write obj', JSON.stringify(obj), enc);
    setImmediate(cb);
  },
});
log(w.write({ a: 1 }), w.write(2), w.write('3'), w.writableLength);
try {
  w.write(null);
} catch (e) {
  log(e.name, e.code, e.message);
}
w.end(() => log('w done'));

// setDefaultHighWaterMark validation and effect.
const stream = require('stream');
for (const bad of ['16', 1.5, -1]) {
  try {
    stream.setDefaultHighWaterMark(false, bad);
  } catch (e) {
    log(e.name, e.code, e.message);
  }
}
stream.setDefaultHighWaterMark(true, 4);
log(new Readable({ objectMode: true }).readableHighWaterMark, stream.getDefaultHighWaterMark(true));
stream.setDefaultHighWaterMark(true, 16);
