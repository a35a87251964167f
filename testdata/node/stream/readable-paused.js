// Paused mode: 'readable' and read(n) with byte counts, highWaterMark
// growth, unshift, read(0), and 'readable' at EOF.
const { Readable } = require('stream');
const log = (...a) => console.log(...a);

let n = 0;
const r = new Readable({
  highWaterMark: 8,
  read(size) {
    n++;
    log('_read', size, 'call', n);
    if (n <= 3) setTimeout(() => this.push('abcdef'), 1);
    else if (n === 4) this.push(null);
  },
});
r.on('readable', () => {
  log('readable len', r.readableLength, 'flowing', r.readableFlowing);
  let c;
  while ((c = r.read(4)) !== null) log('read(4)', String(c));
  log('left', r.readableLength);
});
r.on('end', () => {
  log('end');
  step2();
});

function step2() {
  const r2 = new Readable({ read() {} });
  r2.push('hello world');
  log('read(5)', String(r2.read(5)));
  r2.unshift('HE');
  log('after unshift', r2.readableLength, String(r2.read(4)));
  log('read(100) not enough', r2.read(100), r2.readableHighWaterMark);
  r2.push(null);
  log('read(100) at end', String(r2.read(100)));
  log('read() after', r2.read());
  r2.on('end', () => { log('r2 end'); step3(); });
}

function step3() {
  const r3 = new Readable({ objectMode: true, read() {} });
  r3.push('a');
  r3.push('b');
  log('obj read(5)', r3.read(5), r3.readableLength);
  log('read(0)', r3.read(0));
  r3.once('readable', () => {
    log('once readable', r3.read(), r3.read(), r3.read());
    r3.push(null);
    r3.on('readable', () => log('readable at eof', r3.read(), r3.readableEnded));
    r3.on('end', () => log('r3 end'));
  });
  const r4 = new Readable({ read() {}, highWaterMark: 0 });
  log('hwm0 push', r4.push('x'), r4.push('y'), r4.readableLength);
}
