// Mixing 'readable' and 'data' listeners, removing them, and the flowing
// state transitions that follow (updateReadableListening on the next tick).
const { Readable } = require('stream');
const log = (...a) => console.log(...a);

function src(name, items) {
  let i = 0;
  return new Readable({
    objectMode: true,
    read() {
      if (i < items.length) this.push(items[i++]);
      else this.push(null);
    },
  });
}

const steps = [];
const next = () => { const s = steps.shift(); if (s) setImmediate(s); };

steps.push(() => {
  const r = src('a', [1, 2, 3]);
  const onReadable = () => {
    let v;
    while ((v = r.read()) !== null) log('A readable read', v);
  };
  r.on('readable', onReadable);
  r.on('data', (v) => log('A data', v));
  log('A flowing', r.readableFlowing);
  r.on('end', () => { log('A end'); next(); });
});

steps.push(() => {
  const r = src('b', [1, 2, 3, 4]);
  const onReadable = () => {
    const v = r.read();
    log('B readable', v);
    r.removeListener('readable', onReadable);
    log('B flowing right after removal', r.readableFlowing);
    process.nextTick(() => log('B flowing next tick', r.readableFlowing));
  };
  r.on('readable', onReadable);
  r.on('data', (v) => log('B data', v));
  r.on('end', () => { log('B end'); next(); });
});

steps.push(() => {
  const r = src('c', [1, 2]);
  r.once('readable', () => {
    log('C once readable', r.read());
    r.once('readable', () => {
      log('C once readable again', r.read(), r.read());
    });
  });
  r.on('end', () => { log('C end', r.listenerCount('readable')); next(); });
});

steps.push(() => {
  const r = src('d', [1, 2, 3]);
  r.pause();
  r.on('data', (v) => log('D data', v));
  log('D flowing after pause+on(data)', r.readableFlowing, r.isPaused());
  setImmediate(() => {
    log('D still paused', r.readableFlowing, r.readableLength);
    r.removeAllListeners('data');
    r.resume();
    r.on('end', () => { log('D end'); next(); });
  });
});

steps.push(() => {
  const r = src('e', [1, 2]);
  r.on('data', (v) => {
    log('E data', v);
    if (v === 1) {
      r.pause();
      setImmediate(() => { log('E resume'); r.resume(); });
    }
  });
  r.on('pause', () => log('E pause event'));
  r.on('resume', () => log('E resume event'));
  r.on('end', () => log('E end'));
});

next();
