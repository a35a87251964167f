// _construct: operations wait until construction completes; errors in
// construction destroy the stream.
const { Readable, Writable, Duplex } = require('stream');
const log = (...a) => console.log(...a);

const w = new Writable({
  construct(cb) {
    log('construct w');
    setTimeout(() => { log('constructed w'); cb(); }, 5);
  },
  write(chunk, enc, cb) {
    log('write', String(chunk));
    cb();
  },
  final(cb) {
    log('final');
    cb();
  },
});
w.write('early', () => log('cb early'));
w.end('late');
w.on('finish', () => log('finish'));
w.on('close', () => {
  log('close w');
  const early = new Readable({
    construct(cb) { setTimeout(cb, 2); },
    read() {},
    destroy(err, cb) { log('destroy after construct', err); cb(err); },
  });
  early.destroy();
  early.on('close', () => log('early close'));
});
log('sync after', w.writableLength);

const r = new Readable({
  construct(cb) {
    log('construct r');
    process.nextTick(cb);
  },
  read() {
    log('read');
    this.push('data');
    this.push(null);
  },
});
r.on('data', (d) => log('r data', String(d)));
r.on('end', () => log('r end'));

const bad = new Duplex({
  construct(cb) { cb(new Error('construct failed')); },
  read() {},
  write(c, e, cb) { cb(); },
});
bad.on('error', (e) => log('bad error', e.message, bad.destroyed));
bad.on('close', () => log('bad close'));

process.nextTick(() => log('tick'));
