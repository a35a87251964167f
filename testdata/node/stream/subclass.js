// Subclassing with class syntax and util.inherits; piping into stdout.
const { Readable, Writable, Transform, Duplex, PassThrough } = require('stream');
const util = require('util');
const log = (...a) => console.log(...a);

class Counter extends Readable {
  constructor(max) {
    super({ objectMode: true });
    this.n = 0;
    this.max = max;
  }

  _read() {
    this.n++;
    if (this.n > this.max) this.push(null);
    else this.push(this.n);
  }
}

class Upper extends Transform {
  _transform(chunk, enc, cb) {
    cb(null, String(chunk).toUpperCase());
  }

  _flush(cb) {
    this.push('FLUSHED\n');
    cb();
  }
}

function OldSink(opts) {
  Writable.call(this, opts);
  this.got = [];
}
util.inherits(OldSink, Writable);
OldSink.prototype._write = function (chunk, enc, cb) {
  this.got.push(String(chunk));
  cb();
};

class Echo extends Duplex {
  constructor() {
    super({ allowHalfOpen: false });
  }

  _write(chunk, enc, cb) {
    this.push(chunk);
    cb();
  }

  _final(cb) {
    this.push(null);
    cb();
  }

  _read() {}
}

const c = new Counter(3);
log(c instanceof Readable, c.readableObjectMode, c.constructor.name);
c.on('data', (n) => log('count', n));
c.on('end', () => {
  const sink = new OldSink();
  log(sink instanceof Writable, sink.writableHighWaterMark);
  sink.write('x');
  sink.end('y', () => {
    log('old sink', sink.got.join(','));
    const e = new Echo();
    e.on('data', (d) => log('echo', String(d)));
    e.on('end', () => log('echo end'));
    e.on('close', () => {
      log('echo close');
      const up = new Upper();
      up.pipe(process.stdout);
      up.write('hello ');
      up.end('world\n');
      up.on('end', () => setImmediate(() => {
        log('stdout still writable', process.stdout.writable, process.stdout.writableEnded);
        const r = new Readable({
          read() { throw new Error('read threw'); },
        });
        r.on('error', (err) => log('read error', err.message, r.destroyed));
        r.resume();
      }));
    });
    e.write('ping');
    e.end();
  });
});
