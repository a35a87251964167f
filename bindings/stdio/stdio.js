'use strict';
// internal/stdio: process.stdout, process.stderr and process.stdin
// (lib/internal/bootstrap/switches/is_main_thread.js with the stream
// classes Node picks per handle type: SyncWriteStream for files, a
// net.Socket for pipes, tty.WriteStream/ReadStream for terminals, and
// fs.ReadStream for a file on stdin). Output is written synchronously by
// Go; stdin is read by Go only while the stream wants data.

const binding = internalBinding('internal/stdio');

let streamModule;
function lazyStream() {
  if (!streamModule) streamModule = require('stream');
  return streamModule;
}

function toBuffer(ab) {
  return require('internal/streams/buffer').toBuffer(new Uint8Array(ab));
}

// writeChunk hands a chunk to Go: UTF-8 strings as they are, other
// encodings as bytes. fsStyle failures throw (as fs.writeSync); others
// return the negative errno.
function writeChunk(fd, chunk, encoding, fsStyle) {
  if (typeof chunk === 'string' && encoding !== 'utf8' && encoding !== 'utf-8' && encoding !== 'buffer') {
    chunk = require('internal/streams/buffer').fromString(chunk, encoding);
  }
  return binding.writeSync(fd, chunk, fsStyle);
}

// errnoException is Node's stream write error: "write EPIPE".
function errnoException(errno, syscall) {
  const errors = require('internal/errors');
  if (typeof errors.ErrnoException === 'function') return errors.ErrnoException(errno, syscall);
  const err = new Error(`${syscall} ${errno}`);
  err.errno = errno;
  err.syscall = syscall;
  return err;
}

let classes;
function stdioClasses() {
  if (classes) return classes;
  const { Writable, Duplex, Readable } = lazyStream();

  // SyncWriteStream is stdout/stderr on a file
  // (lib/internal/fs/sync_write_stream.js).
  class SyncWriteStream extends Writable {
    constructor(fd, options) {
      super({ autoDestroy: true });
      this.fd = fd;
      this.readable = false;
      this.autoClose = options && options.autoClose === false ? false : true;
    }

    _write(chunk, encoding, cb) {
      writeChunk(this.fd, chunk, encoding, true);
      cb();
      return true;
    }

    _destroy(err, cb) {
      if (this.fd === null) return cb(err);
      this.fd = null;
      cb(err);
    }
  }
  SyncWriteStream.prototype.destroySoon = SyncWriteStream.prototype.destroy;

  // Socket stands in for net.Socket over a stdio pipe: writes complete
  // synchronously, as libuv's do on Linux pipes.
  class Socket extends Duplex {
    constructor(fd, options) {
      // net.Socket: strings go to the handle as they are, no half-open,
      // and 'close' comes from the handle closing, not from destroy().
      super({ ...options, decodeStrings: false, allowHalfOpen: false, emitClose: false, autoDestroy: true });
      this.fd = fd;
      this.connecting = false;
      this._reading = false;
    }

    _write(chunk, encoding, cb) {
      if (this._shutdown) {
        // Writing after end() fails as libuv fails it.
        cb(errnoException(-32, 'write'));
        return;
      }
      const errno = writeChunk(this.fd, chunk, encoding, false);
      if (errno !== undefined) {
        cb(errnoException(errno, 'write'));
        return;
      }
      cb();
    }

    // _final is net.Socket's shutdown: the pipe stays open, but later
    // writes fail with EPIPE; it completes on a later loop turn.
    _final(cb) {
      this._shutdown = true;
      setImmediate(cb);
    }

    _read() {
      if (!this._reading) {
        this._reading = true;
        startReading(this);
      }
    }

    _destroy(err, cb) {
      if (this.fd === 0) binding.stdinClose();
      cb(err);
      // The handle's close callback comes on a later loop turn.
      setImmediate(() => this.emit('close', !!err));
    }

    ref() {
      if (this.fd === 0) binding.stdinRef(true);
      return this;
    }

    unref() {
      if (this.fd === 0) binding.stdinRef(false);
      return this;
    }

    setNoDelay() {
      return this;
    }

    setKeepAlive() {
      return this;
    }

    address() {
      return {};
    }
  }

  // WriteStream is tty.WriteStream: stdout/stderr on a terminal.
  class WriteStream extends Socket {
    constructor(fd) {
      super(fd, { readable: false });
      this._refreshSize();
    }

    _refreshSize() {
      const size = binding.windowSize(this.fd);
      if (size) {
        const changed = this.columns !== size[0] || this.rows !== size[1];
        this.columns = size[0];
        this.rows = size[1];
        if (changed && this.columns !== undefined) this.emit('resize');
      }
    }

    getWindowSize() {
      return [this.columns, this.rows];
    }

    getColorDepth(env = process.env) {
      return colorDepth(env);
    }

    hasColors(count, env) {
      if (env === undefined && (count === undefined || (typeof count === 'object' && count !== null))) {
        env = count;
        count = 16;
      }
      return count <= 2 ** this.getColorDepth(env);
    }

    cursorTo(x, y, cb) {
      if (typeof y === 'function') {
        cb = y;
        y = undefined;
      }
      const data = typeof y !== 'number' ? `\x1b[${x + 1}G` : `\x1b[${y + 1};${x + 1}H`;
      return this.write(data, cb);
    }

    moveCursor(dx, dy, cb) {
      let data = '';
      if (dx < 0) data += `\x1b[${-dx}D`;
      else if (dx > 0) data += `\x1b[${dx}C`;
      if (dy < 0) data += `\x1b[${-dy}A`;
      else if (dy > 0) data += `\x1b[${dy}B`;
      return this.write(data, cb);
    }

    clearLine(dir, cb) {
      const type = dir < 0 ? '\x1b[1K' : dir > 0 ? '\x1b[0K' : '\x1b[2K';
      return this.write(type, cb);
    }

    clearScreenDown(cb) {
      return this.write('\x1b[0J', cb);
    }
  }
  WriteStream.prototype.isTTY = true;

  // ReadStream is tty.ReadStream: stdin on a terminal.
  class ReadStream extends Socket {
    constructor(fd) {
      // tty.ReadStream reads nothing ahead (readableHighWaterMark 0): once
      // paused, nothing restarts reading, so the process can exit.
      super(fd, { writable: false, readableHighWaterMark: 0 });
      this.isRaw = false;
      this.isTTY = true;
    }

    setRawMode(flag) {
      flag = !!flag;
      binding.setRawMode(flag);
      this.isRaw = flag;
      return this;
    }
  }

  // FileReadStream is fs.ReadStream on stdin: a file (or /dev/null).
  class FileReadStream extends Readable {
    constructor(fd) {
      super({ highWaterMark: 64 * 1024, autoDestroy: false });
      this.fd = fd;
      this.flags = 'r';
      this.mode = 0o666;
      this.bytesRead = 0;
      this.autoClose = false;
      this.pending = false;
      this._reading = false;
    }

    _read() {
      if (!this._reading) {
        this._reading = true;
        startReading(this);
      }
    }

    _destroy(err, cb) {
      binding.stdinClose();
      cb(err);
    }
  }
  Object.defineProperty(FileReadStream, 'name', { value: 'ReadStream' });

  classes = { SyncWriteStream, Socket, WriteStream, ReadStream, FileReadStream };
  return classes;
}

function colorDepth(env) {
  if (env.FORCE_COLOR !== undefined) {
    switch (env.FORCE_COLOR) {
      case '':
      case '1':
      case 'true':
        return 4;
      case '2':
        return 8;
      case '3':
        return 24;
      default:
        return 1;
    }
  }
  if (env.NODE_DISABLE_COLORS !== undefined || env.NO_COLOR !== undefined || env.TERM === 'dumb') return 1;
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 24;
  if (env.TERM) {
    if (/truecolor/.test(env.TERM)) return 24;
    if (/^xterm-256/.test(env.TERM) || /256/.test(env.TERM)) return 8;
  }
  if (env.COLORTERM) return 4;
  return 4;
}

// startReading asks Go for stdin data; each chunk is pushed, and reading
// stops when the stream's buffer is full.
function startReading(stream) {
  binding.stdinStart(function onread(ab, err) {
    if (err !== undefined) {
      stream._reading = false;
      stream.destroy(err);
      return;
    }
    if (ab === null) {
      stream._reading = false;
      stream.push(null);
      return;
    }
    const chunk = toBuffer(ab);
    if (stream.bytesRead !== undefined) stream.bytesRead += chunk.length;
    if (!stream._reading) {
      // Data that was in flight when reading stopped.
      stream.push(chunk);
      return;
    }
    if (!stream.push(chunk)) {
      stream._reading = false;
      stream._readableState.reading = false;
      binding.stdinStop();
    }
  });
}

function createWritableStdioStream(fd) {
  const { SyncWriteStream, Socket, WriteStream } = stdioClasses();
  let stream;
  switch (binding.guessHandleType(fd)) {
    case 'TTY':
      stream = new WriteStream(fd);
      stream._type = 'tty';
      break;
    case 'FILE':
      stream = new SyncWriteStream(fd, { autoClose: false });
      stream._type = 'fs';
      break;
    case 'PIPE':
    case 'TCP':
      stream = new Socket(fd, { readable: false });
      stream._type = 'pipe';
      break;
    default: {
      // A black hole (Node does this when there is no usable handle).
      const { Writable } = lazyStream();
      stream = new Writable({ write(buf, enc, cb) { cb(); } });
    }
  }
  stream.fd = fd;
  stream._isStdio = true;
  return stream;
}

// dummyDestroy keeps stdout/stderr usable after destroy(): the fd stays
// open, as in Node.
function dummyDestroy(err, cb) {
  cb(err);
  this._undestroy();
  if (!this._writableState.emitClose) {
    process.nextTick(() => {
      this.emit('close');
    });
  }
}

let stdout;
let stderr;
let stdin;

function getStdout() {
  if (stdout) return stdout;
  stdout = createWritableStdioStream(1);
  stdout.destroySoon = stdout.destroy;
  stdout._destroy = dummyDestroy;
  return stdout;
}

function getStderr() {
  if (stderr) return stderr;
  stderr = createWritableStdioStream(2);
  stderr.destroySoon = stderr.destroy;
  stderr._destroy = dummyDestroy;
  return stderr;
}

function getStdin() {
  if (stdin) return stdin;
  const fd = 0;
  const { Socket, ReadStream, FileReadStream } = stdioClasses();
  switch (binding.guessHandleType(fd)) {
    case 'TTY':
      stdin = new ReadStream(fd);
      break;
    case 'FILE':
      stdin = new FileReadStream(fd);
      break;
    case 'PIPE':
    case 'TCP':
      stdin = new Socket(fd, { writable: false });
      break;
    default: {
      const { Readable } = lazyStream();
      stdin = new Readable({ read() { this.push(null); } });
    }
  }
  stdin.fd = fd;

  // pause() stops reading one tick later, so the process can exit.
  stdin.on('pause', () => {
    process.nextTick(onpause);
  });
  function onpause() {
    if (stdin._reading && !stdin.readableFlowing) {
      stdin._readableState.reading = false;
      stdin._reading = false;
      binding.stdinStop();
    }
  }
  return stdin;
}

// install defines process.stdin/stdout/stderr as lazy getters, as Node's
// bootstrap does.
function install(process) {
  const define = (name, get) => {
    Object.defineProperty(process, name, { configurable: true, enumerable: true, get });
  };
  define('stdout', getStdout);
  define('stderr', getStderr);
  define('stdin', getStdin);
}

// ttyClasses are tty.ReadStream and tty.WriteStream.
function ttyClasses() {
  const c = stdioClasses();
  return { ReadStream: c.ReadStream, WriteStream: c.WriteStream };
}

module.exports = { install, getStdout, getStderr, getStdin, ttyClasses };
