'use strict';
// internal/fs/streams — after Node's lib/internal/fs/streams.js: ReadStream
// and WriteStream on the stream module, opening in _construct (so 'open'
// and 'ready' come before any data), reading with fs.read at pos, writing
// with fs.write, closing the fd in _destroy.

const { Readable, Writable, finished } = require('stream');
const { errorOrDestroy } = require('internal/streams/destroy');
const { Buffer } = require('buffer');
const {
  codes: { ERR_OUT_OF_RANGE },
} = require('internal/errors');
const {
  getOptions,
  toPathIfFileURL,
  validateInteger,
  validateFunction,
  parseFileMode,
  getValidatedPath,
} = require('internal/fs/utils');

const kIoDone = Symbol('kIoDone');
const kIsPerformingIO = Symbol('kIsPerformingIO');
const kFs = Symbol('kFs');
const kHandle = Symbol('kHandle');

function lazyFs() {
  return require('fs');
}

// importFd takes the fd option (a number or a FileHandle) or validates path.
function importFd(stream, path, options) {
  if (options.fd == null) {
    stream.fd = null;
    stream.path = toPathIfFileURL(path);
    if (typeof stream.path !== 'string' && !(stream.path instanceof Uint8Array)) {
      getValidatedPath(stream.path);
    }
    return;
  }
  const fd = options.fd;
  if (typeof fd === 'object' && fd !== null && typeof fd.close === 'function' && typeof fd.fd === 'number') {
    stream[kHandle] = fd;
    stream.fd = fd.fd;
    fd.on && fd.on('close', () => { if (!stream.destroyed) stream.destroy(); });
    return;
  }
  validateInteger(fd, 'fd', 0, 2147483647);
  stream.fd = fd;
}

function _construct(callback) {
  const stream = this;
  if (typeof stream.fd === 'number') {
    callback();
    return;
  }
  stream[kFs].open(stream.path, stream.flags, stream.mode, (er, fd) => {
    if (er) {
      callback(er);
    } else {
      stream.fd = fd;
      callback();
      stream.emit('open', stream.fd);
      stream.emit('ready');
    }
  });
}

function close(stream, err, cb) {
  if (stream.fd === null || stream.fd === undefined) {
    cb(err);
  } else if (stream[kHandle]) {
    const h = stream[kHandle];
    stream.fd = null;
    h.close().then(() => cb(err), (er) => cb(er || err));
  } else {
    const fd = stream.fd;
    stream.fd = null;
    stream[kFs].close(fd, (er) => cb(er || err));
  }
}

function _destroy(err, cb) {
  if (this[kIsPerformingIO]) {
    this.once(kIoDone, (er) => close(this, err || er, cb));
  } else {
    close(this, err, cb);
  }
}

function validateStartEnd(stream, options, endDefault) {
  stream.start = options.start;
  if (endDefault !== undefined) stream.end = options.end;
  stream.pos = undefined;
  if (stream.start !== undefined) {
    validateInteger(stream.start, 'start', 0);
    stream.pos = stream.start;
  }
  if (endDefault !== undefined) {
    if (stream.end === undefined) {
      stream.end = endDefault;
    } else if (stream.end !== Infinity) {
      validateInteger(stream.end, 'end', 0);
      if (stream.start !== undefined && stream.start > stream.end) {
        throw new ERR_OUT_OF_RANGE('start', `<= "end" (here: ${stream.end})`, stream.start);
      }
    }
  }
}

// ---- ReadStream -------------------------------------------------------------
function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  options = { ...getOptions(options, {}) };
  if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
  this[kFs] = options.fs || lazyFs();
  if (options.fs) {
    validateFunction(this[kFs].open, 'options.fs.open');
    validateFunction(this[kFs].read, 'options.fs.read');
    validateFunction(this[kFs].close, 'options.fs.close');
  }
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  importFd(this, path, options);
  this.flags = options.flags === undefined ? 'r' : options.flags;
  this.mode = options.mode === undefined ? 0o666 : parseFileMode(options.mode, 'mode');
  validateStartEnd(this, options, Infinity);
  this.bytesRead = 0;
  this[kIsPerformingIO] = false;
  Readable.call(this, options);
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);

Object.defineProperty(ReadStream.prototype, 'autoClose', {
  get() { return this._readableState.autoDestroy; },
  set(val) { this._readableState.autoDestroy = val; },
  configurable: true,
});

ReadStream.prototype._construct = _construct;

ReadStream.prototype._read = function _read(n) {
  n = this.pos !== undefined ?
    Math.min(this.end - this.pos + 1, n) :
    Math.min(this.end - this.bytesRead + 1, n);
  if (n <= 0) {
    this.push(null);
    return;
  }
  const buf = Buffer.allocUnsafeSlow(n);
  this[kIsPerformingIO] = true;
  this[kFs].read(this.fd, buf, 0, n, this.pos === undefined ? null : this.pos, (er, bytesRead, data) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      this.emit(kIoDone, er);
      return;
    }
    if (er) {
      errorOrDestroy(this, er);
    } else if (bytesRead > 0) {
      if (this.pos !== undefined) this.pos += bytesRead;
      this.bytesRead += bytesRead;
      let chunk = data || buf;
      if (bytesRead !== chunk.length) {
        const dst = Buffer.allocUnsafeSlow(bytesRead);
        chunk.copy(dst, 0, 0, bytesRead);
        chunk = dst;
      }
      this.push(chunk);
    } else {
      this.push(null);
    }
  });
};

ReadStream.prototype._destroy = _destroy;

ReadStream.prototype.close = function close(cb) {
  if (typeof cb === 'function') finished(this, cb);
  this.destroy();
};

Object.defineProperty(ReadStream.prototype, 'pending', {
  get() { return this.fd === null; },
  configurable: true,
});

// ---- WriteStream --------------------------------------------------------------
function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  options = { ...getOptions(options, {}) };
  options.decodeStrings = true;
  this[kFs] = options.fs || lazyFs();
  if (options.fs) {
    validateFunction(this[kFs].open, 'options.fs.open');
    validateFunction(this[kFs].write, 'options.fs.write');
    validateFunction(this[kFs].close, 'options.fs.close');
  }
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  importFd(this, path, options);
  this.flags = options.flags === undefined ? 'w' : options.flags;
  this.mode = options.mode === undefined ? 0o666 : parseFileMode(options.mode, 'mode');
  this.flush = options.flush == null ? false : options.flush;
  validateStartEnd(this, options, undefined);
  this[kIsPerformingIO] = false;
  this.bytesWritten = 0;
  Writable.call(this, options);
  if (options.encoding) this.setDefaultEncoding(options.encoding);
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);

Object.defineProperty(WriteStream.prototype, 'autoClose', {
  get() { return this._writableState.autoDestroy; },
  set(val) { this._writableState.autoDestroy = val; },
  configurable: true,
});

WriteStream.prototype._construct = _construct;

WriteStream.prototype._write = function _write(data, encoding, cb) {
  this[kIsPerformingIO] = true;
  this[kFs].write(this.fd, data, 0, data.length, this.pos === undefined ? null : this.pos, (er, bytes) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      cb(er);
      return this.emit(kIoDone, er);
    }
    if (er) return cb(er);
    this.bytesWritten += bytes;
    cb();
  });
  if (this.pos !== undefined) this.pos += data.length;
};

WriteStream.prototype._writev = function _writev(data, cb) {
  const chunks = data.map((d) => d.chunk);
  const total = chunks.reduce((n, c) => n + c.length, 0);
  const buf = Buffer.concat(chunks, total);
  this._write(buf, 'buffer', cb);
};

WriteStream.prototype._final = function _final(cb) {
  if (!this.flush || this.fd === null) return cb();
  lazyFs().fsync(this.fd, (er) => cb(er));
};

WriteStream.prototype._destroy = _destroy;

WriteStream.prototype.close = function close(cb) {
  if (cb) {
    if (this.closed) {
      process.nextTick(cb);
      return;
    }
    this.on('close', cb);
  }
  if (!this.autoClose) this.on('finish', this.destroy);
  this.end();
};

WriteStream.prototype.destroySoon = WriteStream.prototype.end;

Object.defineProperty(WriteStream.prototype, 'pending', {
  get() { return this.fd === null; },
  configurable: true,
});

module.exports = {
  ReadStream,
  WriteStream,
};
