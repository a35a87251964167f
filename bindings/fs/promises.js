'use strict';
// fs/promises — after Node's lib/internal/fs/promises.js: the promise API
// and FileHandle over the same binding operations as fs, each run in a
// goroutine with a request callback that settles the promise.

const binding = internalBinding('fs');
const EventEmitter = require('events');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_FS_EISDIR, ERR_METHOD_NOT_IMPLEMENTED },
} = require('internal/errors');
const {
  constants,
  encode,
  encodeName,
  isArrayBufferView,
  validateInteger,
  validateBoolean,
  checkAborted,
  getValidatedPath,
  stringToFlags,
  parseFileMode,
  getValidMode,
  getOptions,
  validateRmOptions,
  toUnixTimestamp,
  getStatsFromBinding,
  getStatFsFromBinding,
  direntsFromBinding,
  lazyBuffer,
} = require('internal/fs/utils');

const { F_OK } = constants;

// call runs binding[op](...args) off the loop and returns its promise.
function call(op, ...args) {
  return new Promise((resolve, reject) => {
    binding[op](...args, (err, value) => {
      if (err) reject(err);
      else resolve(value);
    });
  });
}

function dataBytes(data, encoding) {
  if (isArrayBufferView(data)) return data;
  if (typeof data !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  if (!encoding || encoding === 'utf8' || encoding === 'utf-8') return data;
  return encode(data, encoding);
}

const kFd = Symbol('kFd');
const kClosePromise = Symbol('kClosePromise');

// FileHandle wraps an open fd; its methods return promises.
class FileHandle extends EventEmitter {
  constructor(fd) {
    super();
    this[kFd] = fd;
    this[kClosePromise] = null;
  }

  get fd() {
    return this[kFd];
  }

  getAsyncId() {
    return this[kFd];
  }

  #check(syscall) {
    if (this[kFd] === -1) {
      const err = new Error('file closed');
      err.code = 'EBADF';
      err.syscall = syscall;
      throw err;
    }
    return this[kFd];
  }

  async readFile(options) {
    return readFile(this, options);
  }

  async writeFile(data, options) {
    return writeFile(this, data, options);
  }

  async appendFile(data, options) {
    return appendFile(this, data, options);
  }

  async stat(options = { bigint: false }) {
    const fd = this.#check('fstat');
    return getStatsFromBinding(await call('fstat', fd), options && options.bigint);
  }

  async read(buffer, offset, length, position) {
    const fd = this.#check('read');
    if (buffer === undefined || buffer === null || (typeof buffer === 'object' && !isArrayBufferView(buffer))) {
      const o = buffer || {};
      buffer = o.buffer;
      offset = o.offset;
      length = o.length;
      position = o.position;
    } else if (offset !== null && typeof offset === 'object') {
      ({ offset, length, position } = offset);
    }
    if (buffer === undefined) {
      const B = lazyBuffer();
      buffer = B ? B.alloc(16384) : new Uint8Array(16384);
    }
    offset = offset == null ? 0 : offset;
    validateInteger(offset, 'offset', 0);
    if (length === undefined || length === null) length = buffer.byteLength - offset;
    if (length === 0) return { __proto__: null, bytesRead: 0, buffer };
    const u8 = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    const pos = position == null || position === -1 ? -1 : Number(position);
    const bytesRead = await call('read', fd, u8, offset, length, pos);
    return { __proto__: null, bytesRead, buffer };
  }

  async write(buffer, offsetOrOptions, length, position) {
    const fd = this.#check('write');
    if (isArrayBufferView(buffer)) {
      let offset = offsetOrOptions;
      if (offset !== null && typeof offset === 'object') {
        ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
      }
      offset = offset == null ? 0 : offset;
      if (typeof length !== 'number') length = buffer.byteLength - offset;
      const u8 = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
      const pos = typeof position === 'number' ? position : -1;
      const bytesWritten = await call('write', fd, u8, offset, length, pos);
      return { __proto__: null, bytesWritten, buffer };
    }
    const pos = typeof offsetOrOptions === 'number' ? offsetOrOptions : -1;
    const bytes = dataBytes(buffer, typeof length === 'string' ? length : 'utf8');
    let bytesWritten;
    if (typeof bytes === 'string') bytesWritten = await call('writeString', fd, bytes, pos);
    else bytesWritten = await call('write', fd, new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), 0, bytes.byteLength, pos);
    return { __proto__: null, bytesWritten, buffer };
  }

  async truncate(len = 0) {
    const fd = this.#check('ftruncate');
    validateInteger(len, 'len');
    return call('ftruncate', fd, Math.max(0, len)).then(() => undefined);
  }

  async chmod(mode) {
    const fd = this.#check('fchmod');
    return call('fchmod', fd, parseFileMode(mode, 'mode')).then(() => undefined);
  }

  async chown(uid, gid) {
    const fd = this.#check('fchown');
    return call('fchown', fd, uid, gid).then(() => undefined);
  }

  async utimes(atime, mtime) {
    const fd = this.#check('futime');
    return call('futimes', fd, toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime')).then(() => undefined);
  }

  async sync() {
    return call('fsync', this.#check('fsync')).then(() => undefined);
  }

  async datasync() {
    return call('fdatasync', this.#check('fdatasync')).then(() => undefined);
  }

  close() {
    if (this[kFd] === -1) return Promise.resolve();
    if (this[kClosePromise]) return this[kClosePromise];
    const fd = this[kFd];
    this[kClosePromise] = call('close', fd).then(() => {
      this[kFd] = -1;
      this[kClosePromise] = null;
      this.emit('close');
    }, (err) => {
      this[kClosePromise] = null;
      throw err;
    });
    return this[kClosePromise];
  }

  createReadStream(options = undefined) {
    const { ReadStream } = require('internal/fs/streams');
    return new ReadStream(undefined, { ...options, fd: this });
  }

  createWriteStream(options = undefined) {
    const { WriteStream } = require('internal/fs/streams');
    return new WriteStream(undefined, { ...options, fd: this });
  }

  // readLines iterates the file's lines (\n or \r\n separated), as the
  // readline interface Node returns does with for await.
  readLines(options = undefined) {
    const stream = this.createReadStream({ ...options, encoding: (options && options.encoding) || 'utf8' });
    const lines = [];
    const waiting = [];
    let partial = '';
    let ended = false;
    let failed = null;
    const flush = () => {
      while (waiting.length && (lines.length || ended || failed)) {
        const w = waiting.shift();
        if (lines.length) w.resolve({ value: lines.shift(), done: false });
        else if (failed) w.reject(failed);
        else w.resolve({ value: undefined, done: true });
      }
    };
    stream.on('data', (chunk) => {
      const parts = (partial + chunk).split(/\r?\n/);
      partial = parts.pop();
      lines.push(...parts);
      flush();
    });
    stream.on('end', () => {
      if (partial !== '') lines.push(partial);
      partial = '';
      ended = true;
      flush();
    });
    stream.on('error', (err) => {
      failed = err;
      flush();
    });
    return {
      next() {
        return new Promise((resolve, reject) => {
          waiting.push({ resolve, reject });
          flush();
        });
      },
      return() {
        ended = true;
        lines.length = 0;
        stream.destroy();
        flush();
        return Promise.resolve({ value: undefined, done: true });
      },
      [Symbol.asyncIterator]() { return this; },
    };
  }
}

const asyncDispose = Symbol.asyncDispose || Symbol.for('nodejs.asyncDispose');
FileHandle.prototype[asyncDispose] = function() { return this.close(); };

// ---- functions ---------------------------------------------------------------
async function access(path, mode = F_OK) {
  path = getValidatedPath(path);
  mode = getValidMode(mode, 'access');
  await call('access', path, mode);
}

async function open(path, flags, mode) {
  path = getValidatedPath(path);
  const flagsNumber = stringToFlags(flags);
  mode = parseFileMode(mode, 'mode', 0o666);
  return new FileHandle(await call('open', path, flagsNumber, mode));
}

// readFileHandle reads the rest of an open file as Node's does: fstat,
// then reads of at most 512 KiB, each a trip to the worker pool.
async function readFileHandle(fd, signal) {
  const st = await call('fstat', fd);
  const size = (st[1] & constants.S_IFMT) === constants.S_IFREG ? st[8] : 0;
  const B = lazyBuffer();
  const chunks = [];
  let total = 0;
  for (;;) {
    const aborted = checkAborted(signal);
    if (aborted) throw aborted;
    const want = size > 0 ? Math.min(size - total, kReadFileChunk) : kReadFileChunk;
    if (size > 0 && want <= 0) break;
    const buf = B.allocUnsafeSlow(want);
    const n = await call('read', fd, buf, 0, want, -1);
    if (n === 0) break;
    chunks.push(n === want ? buf : buf.subarray(0, n));
    total += n;
  }
  return B.concat(chunks, total);
}

const kReadFileChunk = 512 * 1024;

async function readFile(path, options) {
  options = getOptions(options, { flag: 'r' });
  const flag = options.flag || 'r';
  const aborted = checkAborted(options.signal);
  if (aborted) throw aborted;
  let buf;
  if (path instanceof FileHandle) {
    buf = await readFileHandle(path.fd, options.signal);
  } else {
    path = getValidatedPath(path);
    const fd = await call('open', path, stringToFlags(flag), 0o666);
    try {
      buf = await readFileHandle(fd, options.signal);
    } finally {
      await call('close', fd);
    }
  }
  if (!options.encoding || options.encoding === 'buffer') return buf;
  return buf.toString(options.encoding);
}

// writeFileHandle writes all of data (a UTF-8 string or bytes) at the
// file's position.
async function writeFileHandle(fd, data, signal) {
  if (typeof data === 'string') {
    await call('writeString', fd, data, -1);
    return;
  }
  const u8 = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  let off = 0;
  while (off < u8.byteLength) {
    const aborted = checkAborted(signal);
    if (aborted) throw aborted;
    off += await call('write', fd, u8, off, u8.byteLength - off, -1);
  }
}

async function writeFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  const bytes = dataBytes(data, options.encoding);
  const aborted = checkAborted(options.signal);
  if (aborted) throw aborted;
  if (path instanceof FileHandle) {
    await writeFileHandle(path.fd, bytes, options.signal);
    return;
  }
  path = getValidatedPath(path);
  const flags = stringToFlags(options.flag || 'w');
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  const fd = await call('open', path, flags, mode);
  try {
    await writeFileHandle(fd, bytes, options.signal);
    if (options.flush === true) await call('fsync', fd);
  } finally {
    await call('close', fd);
  }
}

async function appendFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = { ...options };
  if (!options.flag) options.flag = 'a';
  return writeFile(path, data, options);
}

async function stat(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  return getStatsFromBinding(await call('stat', path, false), options && options.bigint);
}

async function lstat(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  return getStatsFromBinding(await call('lstat', path, false), options && options.bigint);
}

async function mkdir(path, options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = options;
  } else if (options) {
    if (options.recursive !== undefined) recursive = options.recursive;
    if (options.mode !== undefined) mode = options.mode;
  }
  validateBoolean(recursive, 'options.recursive');
  path = getValidatedPath(path);
  const r = await call('mkdir', path, parseFileMode(mode, 'mode'), recursive);
  return recursive ? r : undefined;
}

async function readdir(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive) return require('fs')[Symbol.for('handshake.fs.readdirRecursive')](path, options);
  const result = await call('readdir', path, !!options.withFileTypes);
  if (options.withFileTypes) return direntsFromBinding(result, path, options.encoding);
  if (options.encoding && options.encoding !== 'utf8') return result.map((n) => encodeName(n, options.encoding));
  return result;
}

async function rm(path, options) {
  path = getValidatedPath(path);
  options = validateRmOptions(options);
  let a;
  try {
    a = await call('lstat', path, false);
  } catch (err) {
    if (options.force && err.code === 'ENOENT') return;
    throw err;
  }
  if (getStatsFromBinding(a).isDirectory()) {
    if (!options.recursive) {
      throw new ERR_FS_EISDIR({ code: 'EISDIR', message: 'is a directory', path, syscall: 'rm', errno: 21 });
    }
    await call('rmrf', path);
    return;
  }
  await call('unlink', path);
}

async function rmdir(path, options) {
  path = getValidatedPath(path);
  if (options && options.recursive) {
    require('fs')[Symbol.for('handshake.fs.warnRecursiveRmdir')]();
    validateRmOptions({ ...options, force: false });
    await call('rmrf', path);
    return;
  }
  await call('rmdir', path);
}

async function unlink(path) {
  await call('unlink', getValidatedPath(path));
}

async function rename(oldPath, newPath) {
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  await call('rename', oldPath, newPath);
}

async function link(existingPath, newPath) {
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  await call('link', existingPath, newPath);
}

async function symlink(target, path, type) { // eslint-disable-line no-unused-vars
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  await call('symlink', target, path);
}

async function copyFile(src, dest, mode) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  await call('copyFile', src, dest, getValidMode(mode, 'copyFile'));
}

async function readlink(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  return encodeName(await call('readlink', path), options.encoding);
}

async function realpath(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  return encodeName(await call('realpath', path, true), options.encoding);
}

async function mkdtemp(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  return encodeName(await call('mkdtemp', prefix), options.encoding);
}

async function chmod(path, mode) {
  path = getValidatedPath(path);
  await call('chmod', path, parseFileMode(mode, 'mode'));
}

async function chown(path, uid, gid) {
  path = getValidatedPath(path);
  await call('chown', path, uid, gid);
}

async function lchown(path, uid, gid) {
  path = getValidatedPath(path);
  await call('lchown', path, uid, gid);
}

async function truncate(path, len = 0) {
  const fh = await open(path, 'r+');
  try {
    await fh.truncate(len);
  } finally {
    await fh.close();
  }
}

async function utimes(path, atime, mtime) {
  path = getValidatedPath(path);
  await call('utimes', path, toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

async function lutimes(path, atime, mtime) {
  path = getValidatedPath(path);
  await call('lutimes', path, toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

async function cp(src, dest, options) {
  return require('internal/fs/cp').cpPromise(src, dest, options);
}

function opendir(path, options, callback) { // eslint-disable-line no-unused-vars
  return require('internal/fs/dir').opendirPromise(path, options);
}

async function lchmod(path, mode) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('lchmod()');
}

async function statfs(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  return getStatFsFromBinding(await call('statfs', path), options && options.bigint);
}

// watch yields { eventType, filename } for each change until the signal
// aborts (then it rejects with an AbortError) or the iterator returns.
function watch(filename, options = {}) {
  const { startWatch, watchOptions, kWatchId } = require('fs')[Symbol.for('handshake.fs.watch')];
  options = watchOptions(options);
  const queue = [];
  const waiting = [];
  let handle = null;
  let finished = false;
  const stop = () => {
    if (handle !== null) {
      binding.watchClose(handle[kWatchId]);
      handle = null;
    }
    finished = true;
  };
  const signal = options.signal;
  const abortErr = () => new (require('internal/errors').AbortError)(undefined, { cause: signal.reason });
  handle = startWatch(filename, options, (eventType, name) => {
    const value = { eventType, filename: name };
    if (waiting.length) waiting.shift().resolve({ value, done: false });
    else queue.push(value);
  });
  if (signal) {
    const onAbort = () => {
      stop();
      for (const w of waiting.splice(0)) w.reject(abortErr());
    };
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  }
  return {
    next() {
      if (queue.length) return Promise.resolve({ value: queue.shift(), done: false });
      if (finished) {
        if (signal && signal.aborted) return Promise.reject(abortErr());
        return Promise.resolve({ value: undefined, done: true });
      }
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    return() {
      stop();
      for (const w of waiting.splice(0)) w.resolve({ value: undefined, done: true });
      return Promise.resolve({ value: undefined, done: true });
    },
    [Symbol.asyncIterator]() { return this; },
  };
}

module.exports = {
  access,
  copyFile,
  cp,
  open,
  opendir,
  rename,
  truncate,
  rm,
  rmdir,
  mkdir,
  readdir,
  readlink,
  symlink,
  lstat,
  stat,
  statfs,
  link,
  unlink,
  chmod,
  lchmod,
  lchown,
  chown,
  utimes,
  lutimes,
  realpath,
  mkdtemp,
  writeFile,
  appendFile,
  readFile,
  watch,
  constants,
  FileHandle,
};
// FileHandle is reachable for fs streams but not part of the public keys
Object.defineProperty(module.exports, 'FileHandle', { enumerable: false });
