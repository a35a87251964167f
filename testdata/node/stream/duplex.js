// Duplex: allowHalfOpen, readable/writable false, independent sides.
const { Duplex } = require('stream');
const log = (...a) => console.log(...a);

function make(name, opts) {
  const d = new Duplex({
    ...opts,
    read() {},
    write(chunk, enc, cb) {
      log(name, 'write', String(chunk));
      cb();
    },
    final(cb) {
      log(name, 'final');
      cb();
    },
  });
  for (const ev of ['end', 'finish', 'close', 'prefinish']) d.on(ev, () => log(name, ev, d.writable, d.readable));
  d.on('data', (c) => log(name, 'data', String(c)));
  return d;
}

const half = make('half');
half.push('r1');
half.push(null);
half.on('end', () => setImmediate(() => {
  log('half after end', half.writable, half.writableEnded, half.destroyed);
  half.write('still writable');
  half.end();
}));

half.on('close', () => setImmediate(() => {
  const full = make('full', { allowHalfOpen: false });
  log('allowHalfOpen', full.allowHalfOpen);
  full.push('r1');
  full.push(null);
  full.on('close', () => setImmediate(() => {
    log('full', full.writableEnded, full.destroyed);
    step3();
  }));
}));

function step3() {
  const ro = make('ro', { writable: false });
  log('ro', ro.writable, ro.writableEnded, ro.writableFinished);
  ro.push('only');
  ro.push(null);
  const wo = make('wo', { readable: false });
  log('wo', wo.readable, wo.readableEnded);
  wo.end('last');
  setTimeout(() => {
    log('ro', ro.destroyed, 'wo', wo.destroyed);
    const d = new Duplex();
    try {
      d.write('x');
    } catch (e) {
      log('default _write', e.code, e.message);
    }
    d.on('error', (e) => log('default _read error', e.code, e.message));
    d.resume();
  }, 5);
}
