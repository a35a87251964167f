// Event order of a Readable against nextTick and promise jobs.
const { Readable } = require('stream');
const log = (...a) => console.log(...a);

function tickers(tag) {
  process.nextTick(() => log(tag, 'tick'));
  Promise.resolve().then(() => log(tag, 'micro'));
}

{
  const r = new Readable({ read() {} });
  r.on('data', (d) => log('A data', String(d)));
  r.on('end', () => log('A end'));
  r.on('close', () => log('A close'));
  r.push('x');
  r.push('y');
  r.push(null);
  tickers('A');
}

setImmediate(() => {
  const r = new Readable({
    read() {
      log('B _read');
      this.push('1');
      this.push(null);
    },
  });
  r.on('readable', () => {
    log('B readable', r.readableLength);
    let c;
    while ((c = r.read()) !== null) log('B read', String(c));
  });
  r.on('end', () => log('B end', r.readableEnded));
  r.on('close', () => {
    log('B close', r.destroyed, r.closed);
    setTimeout(stepC, 1);
  });
  tickers('B');
});

function stepC() {
  const r = new Readable({ objectMode: true, read() {} });
  log('C flowing', r.readableFlowing);
  r.on('data', (d) => log('C data', d));
  log('C flowing after on(data)', r.readableFlowing);
  r.pause();
  log('C paused', r.isPaused(), r.readableFlowing);
  r.push(1);
  r.push(2);
  setTimeout(() => {
    log('C resume');
    r.resume();
    r.push(3);
    r.push(null);
    tickers('C');
  }, 5);
  r.on('pause', () => log('C pause event'));
  r.on('resume', () => log('C resume event'));
  r.on('end', () => log('C end'));
}
