'use strict';
// fs — after Node's lib/fs.js: the synchronous and callback APIs over
// internalBinding('fs'). Each binding operation runs synchronously when
// given no request callback (throwing Node's error) or on the binding's
// four-goroutine worker pool when given one (the callback then runs in the
// poll phase, like a libuv threadpool completion). Multi-step operations
// (readFile, writeFile) take one pool trip per step, as Node's do.

const binding = internalBinding('fs');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_FS_EISDIR },
} = require('internal/errors');
const {
  constants,
  decode,
  encode,
  encodeName,
  isArrayBufferView,
  validateFunction,
  validateBoolean,
  validateInteger,
  checkAborted,
  asyncError,
  getValidatedPath,
  getValidatedFd,
  stringToFlags,
  parseFileMode,
  getValidMode,
  getOptions,
  validateRmOptions,
  toUnixTimestamp,
  Stats,
  getStatsFromBinding,
  getStatFsFromBinding,
  Dirent,
  direntsFromBinding,
  lazyBuffer,
} = require('internal/fs/utils');
const { validateBuffer } = require('internal/validators');

const { F_OK, R_OK, W_OK, X_OK } = constants;

// makeCallback validates the user's callback and returns it bound so the
// binding calls it with no receiver.
function makeCallback(cb) {
  validateFunction(cb, 'cb');
  return (...args) => Reflect.apply(cb, undefined, args);
}

function maybeCallback(cb) {
  validateFunction(cb, 'cb');
  return cb;
}

// report delivers an error found before the operation started through the
// callback, on a later tick, as Node does.
function report(cb, err) {
  process.nextTick(cb, err);
}

function isFd(path) {
  return path === (path >>> 0);
}

function dataBytes(data, encoding, name = 'data') {
  if (isArrayBufferView(data)) return data;
  if (typeof data !== 'string') {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  if (!encoding || encoding === 'utf8' || encoding === 'utf-8') return data;
  return encode(data, encoding);
}

// ---- access / exists -----------------------------------------------------
function access(path, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = F_OK;
  }
  path = getValidatedPath(path);
  mode = getValidMode(mode, 'access');
  callback = makeCallback(callback);
  binding.access(path, mode, callback);
}

function accessSync(path, mode) {
  path = getValidatedPath(path);
  mode = getValidMode(mode, 'access');
  binding.access(path, mode);
}

function exists(path, callback) {
  maybeCallback(callback);
  function suppressed(err) { callback(!err); }
  try {
    access(path, F_OK, suppressed);
  } catch {
    return callback(false);
  }
}
Object.defineProperty(exists, Symbol.for('nodejs.util.promisify.custom'), {
  value: function exists(path) {
    return new Promise((resolve) => fs.exists(path, resolve));
  },
});

function existsSync(path) {
  try {
    path = getValidatedPath(path);
  } catch {
    return false;
  }
  try {
    binding.access(path, F_OK);
    return true;
  } catch {
    return false;
  }
}

// ---- readFile / writeFile / appendFile ------------------------------------
function readFile(path, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options, { flag: 'r' });
  const fd = isFd(path);
  if (fd) path = getValidatedFd(path);
  else path = getValidatedPath(path);
  const flags = stringToFlags(options.flag);
  const aborted = checkAborted(options.signal);
  if (aborted) return report(callback, aborted);
  const signal = options.signal;
  readFileSteps(path, fd, flags, signal, (err, buf) => {
    if (err) return callback(err);
    let data = buf;
    if (options.encoding && options.encoding !== 'buffer') {
      try {
        data = buf.toString(options.encoding);
      } catch (e) {
        return callback(e);
      }
    }
    callback(null, data);
  });
}

const kReadFileChunk = 512 * 1024;

// readFileSteps reads a whole file as Node's ReadFileContext does: open,
// fstat, reads, close, each a separate trip to the I/O goroutines, so
// other callbacks and immediates interleave the way they do in Node.
function readFileSteps(path, isUserFd, flags, signal, cb) {
  let fd = isUserFd ? path : -1;
  const chunks = [];
  let total = 0;
  let size = 0;
  const finish = (err) => {
    let result;
    if (!err) {
      const B = lazyBuffer();
      result = B ? B.concat(chunks, total) : concatU8(chunks, total);
    }
    if (isUserFd || fd < 0) return cb(err, result);
    binding.close(fd, (closeErr) => cb(err || closeErr || null, result));
  };
  const readMore = () => {
    if (signal && signal.aborted) return finish(checkAborted(signal));
    // Node reads at most 512 KiB per trip, known size or not
    const want = size > 0 ? Math.min(size - total, kReadFileChunk) : kReadFileChunk;
    const buf = allocBuffer(want);
    binding.read(fd, buf, 0, want, -1, (err, n) => {
      if (err) return finish(err);
      if (n === 0) return finish(null);
      chunks.push(n === want ? buf : buf.subarray(0, n));
      total += n;
      if (size > 0 && total >= size) return finish(null);
      readMore();
    });
  };
  const afterOpen = () => {
    binding.fstat(fd, (err, a) => {
      if (err) return finish(err);
      const mode = a[1];
      size = (mode & constants.S_IFMT) === constants.S_IFREG ? a[8] : 0;
      readMore();
    });
  };
  if (isUserFd) return afterOpen();
  binding.open(path, flags, 0o666, (err, newFd) => {
    if (err) return cb(err);
    fd = newFd;
    afterOpen();
  });
}

function concatU8(chunks, total) {
  const out = new Uint8Array(total);
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.length;
  }
  return out;
}

function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  const fd = isFd(path);
  if (fd) path = getValidatedFd(path);
  else path = getValidatedPath(path);
  const flags = stringToFlags(options.flag);
  return decode(binding.readFile(path, fd, flags), options.encoding);
}

function writeFile(path, data, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  const bytes = dataBytes(data, options.encoding);
  const fd = isFd(path);
  if (fd) path = getValidatedFd(path);
  else path = getValidatedPath(path);
  const flags = stringToFlags(options.flag || 'w');
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  const aborted = checkAborted(options.signal);
  if (aborted) return report(callback, aborted);
  writeFileSteps(path, fd, bytes, flags, mode, options.signal, makeCallback(callback), options.flush === true);
}

// writeFileSteps is open, writes, close as separate trips, like Node's
// writeFile.
function writeFileSteps(path, isUserFd, data, flags, mode, signal, cb, flush) {
  let fd = isUserFd ? path : -1;
  let u8 = null;
  if (typeof data !== 'string') u8 = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  const close = (err) => {
    if (isUserFd || fd < 0) return cb(err || null);
    binding.close(fd, (closeErr) => cb(err || closeErr || null));
  };
  // flush: fsync before closing, as Node's writeFile({ flush: true })
  const finish = (err) => {
    if (err || !flush || fd < 0) return close(err);
    binding.fsync(fd, (syncErr) => close(syncErr));
  };
  let off = 0;
  const writeMore = () => {
    if (signal && signal.aborted) return finish(checkAborted(signal));
    if (u8 === null) {
      // a UTF-8 string: the Go side writes it whole
      return binding.writeString(fd, data, -1, (err) => finish(err));
    }
    if (off >= u8.byteLength) return finish(null);
    binding.write(fd, u8, off, u8.byteLength - off, -1, (err, n) => {
      if (err) return finish(err);
      off += n;
      writeMore();
    });
  };
  if (isUserFd) return writeMore();
  binding.open(path, flags, mode, (err, newFd) => {
    if (err) return cb(err);
    fd = newFd;
    writeMore();
  });
}

function writeFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  const bytes = dataBytes(data, options.encoding);
  const fd = isFd(path);
  if (fd) path = getValidatedFd(path);
  else path = getValidatedPath(path);
  const flags = stringToFlags(options.flag || 'w');
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  if (options.flush === true && !fd) {
    const ofd = binding.open(path, flags, mode);
    try {
      writeSync(ofd, bytes);
      binding.fsync(ofd);
    } finally {
      binding.close(ofd);
    }
    return;
  }
  binding.writeFile(path, fd, bytes, flags, mode);
}

function appendOptions(options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = { ...options };
  if (!options.flag || isFd(options.flag)) options.flag = 'a';
  return options;
}

function appendFile(path, data, options, callback) {
  callback = maybeCallback(callback || options);
  options = appendOptions(options);
  writeFile(path, data, options, callback);
}

function appendFileSync(path, data, options) {
  writeFileSync(path, data, appendOptions(options));
}

// ---- open / close / read / write -------------------------------------------
function open(path, flags, mode, callback) {
  path = getValidatedPath(path);
  if (arguments.length < 3) {
    callback = flags;
    flags = 'r';
    mode = 0o666;
  } else if (typeof mode === 'function') {
    callback = mode;
    mode = 0o666;
  } else {
    mode = parseFileMode(mode, 'mode', 0o666);
  }
  const flagsNumber = stringToFlags(flags);
  callback = makeCallback(callback);
  binding.open(path, flagsNumber, mode, callback);
}

function openSync(path, flags, mode) {
  path = getValidatedPath(path);
  return binding.open(path, stringToFlags(flags), parseFileMode(mode, 'mode', 0o666));
}

function defaultCloseCallback(err) {
  if (err != null) throw err;
}

function close(fd, callback = defaultCloseCallback) {
  fd = getValidatedFd(fd);
  if (callback !== defaultCloseCallback) callback = makeCallback(callback);
  binding.close(fd, callback);
}

function closeSync(fd) {
  binding.close(getValidatedFd(fd));
}

function validateOffsetLengthRead(offset, length, bufferLength) {
  if (offset < 0) throw new ERR_OUT_OF_RANGE('offset', '>= 0', offset);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  if (offset + length > bufferLength) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${bufferLength - offset}`, length);
  }
}

function validatePosition(position, name) {
  if (typeof position === 'bigint') {
    if (!(position >= -(2n ** 63n) && position <= 2n ** 63n - 1n)) {
      throw new ERR_OUT_OF_RANGE(name, `>= ${-(2n ** 63n)} && <= ${2n ** 63n - 1n}`, position);
    }
    return Number(position);
  }
  validateInteger(position, name);
  return position;
}

function normalizePosition(position) {
  if (position == null || position === -1) return -1;
  return validatePosition(position, 'position');
}

function allocBuffer(n) {
  const B = lazyBuffer();
  return B ? B.alloc(n) : new Uint8Array(n);
}

// readArgs resolves read()'s overloads to [buffer, offset, length, position].
function readArgs(fd, buffer, offsetOrOptions, length, position) {
  let offset = offsetOrOptions;
  let params = null;
  if (arguments.length <= 2 || (buffer !== null && typeof buffer === 'object' && !isArrayBufferView(buffer))) {
    params = buffer;
    buffer = undefined;
  } else if (offset !== null && typeof offset === 'object' && !isArrayBufferView(offset)) {
    params = offset;
  }
  if (params != null || buffer === undefined) {
    const p = params || {};
    ({ offset = 0, length, position = null } = p);
    if (buffer === undefined) buffer = p.buffer === undefined ? allocBuffer(16384) : p.buffer;
    if (length === undefined) length = buffer.byteLength - offset;
  }
  validateBuffer(buffer);
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  if (length === undefined) length = buffer.byteLength - offset;
  length |= 0;
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  return [buffer, offset, length, normalizePosition(position)];
}

function read(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  const args = Array.prototype.slice.call(arguments, 0);
  callback = args.pop();
  validateFunction(callback, 'cb');
  let offset;
  [buffer, offset, length, position] = readArgs(...args);
  if (length === 0) {
    return process.nextTick(() => callback(null, 0, buffer));
  }
  const u8 = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  binding.read(fd, u8, offset, length, position, (err, n) => {
    callback(err || null, n || 0, buffer);
  });
}
Object.defineProperty(read, Symbol.for('nodejs.util.promisify.custom'), {
  value: function read(...args) {
    return new Promise((resolve, reject) => {
      fs.read(...args, (err, bytesRead, buffer) => {
        if (err) reject(err);
        else resolve({ bytesRead, buffer });
      });
    });
  },
});

function readSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  validateBuffer(buffer);
  let offset;
  [buffer, offset, length, position] = readArgs(fd, buffer, offsetOrOptions, length, position);
  if (length === 0) return 0;
  const u8 = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  return binding.read(fd, u8, offset, length, position);
}

// writeArgs resolves write()'s overloads: a buffer with offset, length and
// position, or a string with position and encoding.
function writeArgs(buffer, offsetOrOptions, length, position) {
  if (isArrayBufferView(buffer)) {
    let offset = offsetOrOptions;
    if (offset !== null && typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
    }
    if (offset == null) offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number' && typeof position !== 'bigint') position = null;
    if (offset > buffer.byteLength) throw new ERR_OUT_OF_RANGE('offset', `<= ${buffer.byteLength}`, offset);
    if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
    if (length > buffer.byteLength - offset) {
      throw new ERR_OUT_OF_RANGE('length', `<= ${buffer.byteLength - offset}`, length);
    }
    const u8 = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    return { u8, offset, length, position: normalizePosition(position) };
  }
  if (typeof buffer !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
  // string form: (string, position, encoding)
  let pos = offsetOrOptions;
  const encoding = typeof length === 'string' ? length : 'utf8';
  if (typeof pos !== 'number' && typeof pos !== 'bigint') pos = null;
  const bytes = dataBytes(buffer, encoding, 'buffer');
  if (typeof bytes === 'string') return { str: bytes, position: normalizePosition(pos) };
  const u8 = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { u8, offset: 0, length: u8.byteLength, position: normalizePosition(pos) };
}

function write(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  const args = Array.prototype.slice.call(arguments, 1);
  callback = args.pop();
  validateFunction(callback, 'cb');
  const a = writeArgs(...args);
  const done = (err, n) => {
    callback(err || null, n || 0, buffer);
  };
  if (a.str !== undefined) binding.writeString(fd, a.str, a.position, done);
  else binding.write(fd, a.u8, a.offset, a.length, a.position, done);
}
Object.defineProperty(write, Symbol.for('nodejs.util.promisify.custom'), {
  value: function write(...args) {
    return new Promise((resolve, reject) => {
      fs.write(...args, (err, bytesWritten, buffer) => {
        if (err) reject(err);
        else resolve({ bytesWritten, buffer });
      });
    });
  },
});

function writeSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  const a = writeArgs(buffer, offsetOrOptions, length, position);
  if (a.str !== undefined) return binding.writeString(fd, a.str, a.position);
  return binding.write(fd, a.u8, a.offset, a.length, a.position);
}

function validateBufferArray(buffers) {
  if (!Array.isArray(buffers)) throw new ERR_INVALID_ARG_TYPE('buffers', 'ArrayBufferView[]', buffers);
  for (const b of buffers) {
    if (!isArrayBufferView(b)) throw new ERR_INVALID_ARG_TYPE('buffers', 'ArrayBufferView[]', buffers);
  }
  return buffers.map((b) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength));
}

function vecPosition(position) {
  return typeof position === 'number' ? position : -1;
}

// vectorSync and vector are readv/writev (op names the binding's
// operation), which differ only in the direction of the copy.
function vectorSync(op, fd, buffers, position) {
  fd = getValidatedFd(fd);
  const u8s = validateBufferArray(buffers);
  if (u8s.length === 0) return 0;
  return binding[op](fd, u8s, vecPosition(position));
}

function vector(op, fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  const u8s = validateBufferArray(buffers);
  if (typeof position === 'function') {
    callback = position;
    position = null;
  }
  validateFunction(callback, 'cb');
  if (u8s.length === 0) return process.nextTick(callback, null, 0, buffers);
  binding[op](fd, u8s, vecPosition(position), (err, n) => callback(err || null, n || 0, buffers));
}

function writevSync(fd, buffers, position) {
  return vectorSync('writev', fd, buffers, position);
}

function writev(fd, buffers, position, callback) {
  vector('writev', fd, buffers, position, callback);
}

function readvSync(fd, buffers, position) {
  return vectorSync('readv', fd, buffers, position);
}

function readv(fd, buffers, position, callback) {
  vector('readv', fd, buffers, position, callback);
}

// ---- stat --------------------------------------------------------------------
// statPath is stat and lstat (op: the binding's 'stat' or 'lstat').
function statPath(op, path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  const bigint = !!(options && options.bigint);
  binding[op](path, false, (err, a) => {
    if (err) return callback(err);
    callback(null, getStatsFromBinding(a, bigint));
  });
}

function stat(path, options = { bigint: false }, callback) {
  statPath('stat', path, options, callback);
}

function lstat(path, options = { bigint: false }, callback) {
  statPath('lstat', path, options, callback);
}

function fstat(fd, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  fd = getValidatedFd(fd);
  callback = makeCallback(callback);
  const bigint = !!(options && options.bigint);
  binding.fstat(fd, (err, a) => {
    if (err) return callback(err);
    callback(null, getStatsFromBinding(a, bigint));
  });
}

function statSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  path = getValidatedPath(path);
  const quiet = options && options.throwIfNoEntry === false;
  return getStatsFromBinding(binding.stat(path, quiet), options && options.bigint);
}

function lstatSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  path = getValidatedPath(path);
  const quiet = options && options.throwIfNoEntry === false;
  return getStatsFromBinding(binding.lstat(path, quiet), options && options.bigint);
}

function fstatSync(fd, options = { bigint: false }) {
  fd = getValidatedFd(fd);
  return getStatsFromBinding(binding.fstat(fd), options && options.bigint);
}

// ---- directories ---------------------------------------------------------------
function mkdirOptions(options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = options;
  } else if (options) {
    if (options.recursive !== undefined) recursive = options.recursive;
    if (options.mode !== undefined) mode = options.mode;
  }
  validateBoolean(recursive, 'options.recursive');
  return { mode: parseFileMode(mode, 'mode'), recursive };
}

function mkdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  const { mode, recursive } = mkdirOptions(options);
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.mkdir(path, mode, recursive, recursive ? callback : (err) => callback(err));
}

function mkdirSync(path, options) {
  const { mode, recursive } = mkdirOptions(options);
  path = getValidatedPath(path);
  const r = binding.mkdir(path, mode, recursive);
  return recursive ? r : undefined;
}

function readdirResult(result, path, options) {
  if (options.withFileTypes) return direntsFromBinding(result, path, options.encoding);
  if (options.encoding && options.encoding !== 'utf8') {
    return result.map((n) => encodeName(n, options.encoding));
  }
  return result;
}

// isDirFollowing reports whether p is a directory, following symlinks, as
// Node's internalModuleStat does for recursive readdir.
function isDirFollowing(p) {
  try {
    const a = binding.stat(p, true);
    return a !== undefined && (a[1] & constants.S_IFMT) === constants.S_IFDIR;
  } catch {
    return false;
  }
}

// readdirRecursiveSync walks breadth-first, as Node's does.
function readdirRecursiveSync(basePath, options) {
  const pathModule = require('path');
  const results = [];
  const queue = [basePath];
  for (let i = 0; i < queue.length; i++) {
    const dir = queue[i];
    const [names, types] = binding.readdir(dir, true);
    for (let j = 0; j < names.length; j++) {
      if (options.withFileTypes) {
        results.push(new Dirent(encodeName(names[j], options.encoding), types[j], dir));
        if (types[j] === constants.UV_DIRENT_DIR) queue.push(pathModule.join(dir, names[j]));
      } else {
        const full = pathModule.join(dir, names[j]);
        results.push(encodeName(pathModule.relative(basePath, full), options.encoding));
        if (isDirFollowing(full)) queue.push(full);
      }
    }
  }
  return results;
}

// readdirRecursivePromise walks as Node's fs/promises does: a stack of
// directories, each read as soon as it is found.
async function readdirRecursivePromise(basePath, options) {
  const pathModule = require('path');
  const call = (p) => new Promise((resolve, reject) => {
    binding.readdir(p, true, (err, v) => (err ? reject(err) : resolve(v)));
  });
  const results = [];
  const stack = [[basePath, await call(basePath)]];
  while (stack.length > 0) {
    const [dir, [names, types]] = stack.pop();
    for (let j = 0; j < names.length; j++) {
      const full = pathModule.join(dir, names[j]);
      if (options.withFileTypes) {
        results.push(new Dirent(encodeName(names[j], options.encoding), types[j], dir));
        if (types[j] === constants.UV_DIRENT_DIR) stack.push([full, await call(full)]);
      } else {
        results.push(encodeName(pathModule.relative(basePath, full), options.encoding));
        if (isDirFollowing(full)) stack.push([full, await call(full)]);
      }
    }
  }
  return results;
}

function readdir(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive) {
    let res;
    try {
      res = readdirRecursiveSync(path, options);
    } catch (err) {
      return process.nextTick(callback, err);
    }
    return process.nextTick(callback, null, res);
  }
  binding.readdir(path, !!options.withFileTypes, (err, result) => {
    if (err) return callback(err);
    callback(null, readdirResult(result, path, options));
  });
}

function readdirSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive) return readdirRecursiveSync(path, options);
  return readdirResult(binding.readdir(path, !!options.withFileTypes), path, options);
}

const kWarnRecursiveRmdir = Symbol.for('handshake.fs.warnRecursiveRmdir');
let warnedRecursiveRmdir = false;
function warnRecursiveRmdir() {
  if (warnedRecursiveRmdir) return;
  warnedRecursiveRmdir = true;
  process.emitWarning('In future versions of Node.js, fs.rmdir(path, { recursive: true }) ' +
    'will be removed. Use fs.rm(path, { recursive: true }) instead', 'DeprecationWarning', 'DEP0147');
}

function rmdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  if (options && options.recursive) {
    warnRecursiveRmdir();
    validateRmOptions({ ...options, force: false });
    return binding.rmrf(path, (err) => callback(err));
  }
  binding.rmdir(path, (err) => callback(err));
}

function rmdirSync(path, options) {
  path = getValidatedPath(path);
  if (options && options.recursive) {
    warnRecursiveRmdir();
    validateRmOptions({ ...options, force: false });
    return binding.rmrf(path);
  }
  binding.rmdir(path);
}

function eisdir(path) {
  return new ERR_FS_EISDIR({
    code: 'EISDIR',
    message: 'is a directory',
    path,
    syscall: 'rm',
    errno: 21,
  });
}

function rm(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  options = validateRmOptions(options);
  binding.lstat(path, false, (err, a) => {
    if (err) {
      if (options.force && err.code === 'ENOENT') return callback(null);
      return callback(err);
    }
    const st = getStatsFromBinding(a);
    if (st.isDirectory()) {
      if (!options.recursive) return callback(asyncError(eisdir(path)));
      return binding.rmrf(path, (e) => callback(e));
    }
    binding.unlink(path, (e) => callback(e));
  });
}

function rmSync(path, options) {
  path = getValidatedPath(path);
  options = validateRmOptions(options);
  let st;
  try {
    st = getStatsFromBinding(binding.lstat(path, false));
  } catch (err) {
    if (options.force && err.code === 'ENOENT') return;
    throw err;
  }
  if (st.isDirectory()) {
    if (!options.recursive) throw eisdir(path);
    return binding.rmrf(path);
  }
  binding.unlink(path);
}

function mkdtemp(prefix, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  binding.mkdtemp(prefix, (err, p) => {
    if (err) return callback(err);
    callback(null, encodeName(p, options.encoding));
  });
}

function mkdtempSync(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  return encodeName(binding.mkdtemp(prefix), options.encoding);
}

// ---- links, names, modes -------------------------------------------------------
function rename(oldPath, newPath, callback) {
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  callback = makeCallback(callback);
  binding.rename(oldPath, newPath, (err) => callback(err));
}

function renameSync(oldPath, newPath) {
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.rename(oldPath, newPath);
}

function link(existingPath, newPath, callback) {
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  callback = makeCallback(callback);
  binding.link(existingPath, newPath, (err) => callback(err));
}

function linkSync(existingPath, newPath) {
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.link(existingPath, newPath);
}

function symlink(target, path, type, callback) {
  if (typeof type === 'function') callback = type;
  callback = makeCallback(callback);
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  binding.symlink(target, path, (err) => callback(err));
}

function symlinkSync(target, path, type) { // eslint-disable-line no-unused-vars
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  binding.symlink(target, path);
}

function copyFile(src, dest, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = 0;
  }
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  mode = getValidMode(mode, 'copyFile');
  callback = makeCallback(callback);
  binding.copyFile(src, dest, mode, (err) => callback(err));
}

function copyFileSync(src, dest, mode) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  binding.copyFile(src, dest, getValidMode(mode, 'copyFile'));
}

function unlink(path, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.unlink(path, (err) => callback(err));
}

function unlinkSync(path) {
  binding.unlink(getValidatedPath(path));
}

function readlink(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  binding.readlink(path, (err, t) => {
    if (err) return callback(err);
    callback(null, encodeName(t, options.encoding));
  });
}

function readlinkSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  return encodeName(binding.readlink(path), options.encoding);
}

function realpath(path, options, callback) {
  callback = typeof options === 'function' ? options : callback;
  validateFunction(callback, 'cb');
  options = getOptions(options);
  path = getValidatedPath(path);
  binding.realpath(path, false, (err, p) => {
    if (err) return callback(err);
    callback(null, encodeName(p, options.encoding));
  });
}
realpath.native = function(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  path = getValidatedPath(path);
  binding.realpath(path, true, (err, p) => {
    if (err) return callback(err);
    callback(null, encodeName(p, options.encoding));
  });
};

function realpathSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  return encodeName(binding.realpath(path, false), options.encoding);
}
realpathSync.native = function(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  return encodeName(binding.realpath(path, true), options.encoding);
};

function chmod(path, mode, callback) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  callback = makeCallback(callback);
  binding.chmod(path, mode, (err) => callback(err));
}

function chmodSync(path, mode) {
  binding.chmod(getValidatedPath(path), parseFileMode(mode, 'mode'));
}

function fchmod(fd, mode, callback) {
  fd = getValidatedFd(fd);
  mode = parseFileMode(mode, 'mode');
  callback = makeCallback(callback);
  binding.fchmod(fd, mode, (err) => callback(err));
}

function fchmodSync(fd, mode) {
  binding.fchmod(getValidatedFd(fd), parseFileMode(mode, 'mode'));
}

// validateOwner checks the uid and gid of the chown family.
function validateOwner(uid, gid) {
  validateInteger(uid, 'uid', -1, 4294967295);
  validateInteger(gid, 'gid', -1, 4294967295);
}

function chown(path, uid, gid, callback) {
  path = getValidatedPath(path);
  validateOwner(uid, gid);
  callback = makeCallback(callback);
  binding.chown(path, uid, gid, (err) => callback(err));
}

function chownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateOwner(uid, gid);
  binding.chown(path, uid, gid);
}

function lchown(path, uid, gid, callback) {
  path = getValidatedPath(path);
  validateOwner(uid, gid);
  callback = makeCallback(callback);
  binding.lchown(path, uid, gid, (err) => callback(err));
}

function lchownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateOwner(uid, gid);
  binding.lchown(path, uid, gid);
}

function fchown(fd, uid, gid, callback) {
  fd = getValidatedFd(fd);
  validateOwner(uid, gid);
  callback = makeCallback(callback);
  binding.fchown(fd, uid, gid, (err) => callback(err));
}

function fchownSync(fd, uid, gid) {
  fd = getValidatedFd(fd);
  validateOwner(uid, gid);
  binding.fchown(fd, uid, gid);
}

// ---- truncate, times, sync --------------------------------------------------------
function validateLen(len) {
  if (len === undefined || len === null) return 0;
  validateInteger(len, 'len');
  return Math.max(0, len);
}

function ftruncate(fd, len = 0, callback) {
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  }
  fd = getValidatedFd(fd);
  len = validateLen(len);
  callback = makeCallback(callback);
  binding.ftruncate(fd, len, (err) => callback(err));
}

function ftruncateSync(fd, len = 0) {
  fd = getValidatedFd(fd);
  binding.ftruncate(fd, validateLen(len));
}

function truncate(path, len, callback) {
  if (typeof path === 'number') return ftruncate(path, len, callback);
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  } else if (len === undefined) {
    len = 0;
  }
  validateInteger(len, 'len');
  len = Math.max(0, len);
  callback = maybeCallback(callback);
  open(path, 'r+', (err, fd) => {
    if (err) return callback(err);
    binding.ftruncate(fd, len, (er) => {
      binding.close(fd, (er2) => callback(er || er2 || null));
    });
  });
}

function truncateSync(path, len) {
  if (typeof path === 'number') return ftruncateSync(path, len);
  if (len === undefined) len = 0;
  const fd = openSync(path, 'r+');
  try {
    ftruncateSync(fd, len);
  } finally {
    closeSync(fd);
  }
}

function utimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.utimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime), (err) => callback(err));
}

function utimesSync(path, atime, mtime) {
  binding.utimes(getValidatedPath(path), toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

function lutimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.lutimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime), (err) => callback(err));
}

function lutimesSync(path, atime, mtime) {
  binding.lutimes(getValidatedPath(path), toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

function futimes(fd, atime, mtime, callback) {
  fd = getValidatedFd(fd);
  atime = toUnixTimestamp(atime, 'atime');
  mtime = toUnixTimestamp(mtime, 'mtime');
  callback = makeCallback(callback);
  binding.futimes(fd, atime, mtime, (err) => callback(err));
}

function futimesSync(fd, atime, mtime) {
  binding.futimes(getValidatedFd(fd), toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'));
}

function fsync(fd, callback) {
  fd = getValidatedFd(fd);
  callback = makeCallback(callback);
  binding.fsync(fd, (err) => callback(err));
}

function fsyncSync(fd) {
  binding.fsync(getValidatedFd(fd));
}

function fdatasync(fd, callback) {
  fd = getValidatedFd(fd);
  callback = makeCallback(callback);
  binding.fdatasync(fd, (err) => callback(err));
}

function fdatasyncSync(fd) {
  binding.fdatasync(getValidatedFd(fd));
}

// lazyDir loads internal/fs/dir on first use and, as Node's lazy
// properties do, replaces the accessor with the value.
function lazyDir(name) {
  const value = require('internal/fs/dir')[name];
  Object.defineProperty(fs, name, { value, writable: true, enumerable: true, configurable: true });
  return value;
}

// ---- statfs, opendir, cp -------------------------------------------------------
function statfs(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  const bigint = !!(options && options.bigint);
  binding.statfs(path, (err, a) => {
    if (err) return callback(err);
    callback(null, getStatFsFromBinding(a, bigint));
  });
}

function statfsSync(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  return getStatFsFromBinding(binding.statfs(path), options && options.bigint);
}

function cp(src, dest, options, callback) {
  return require('internal/fs/cp').cp(src, dest, options, callback);
}

function cpSync(src, dest, options) {
  return require('internal/fs/cp').cpSync(src, dest, options);
}

// ---- watching ----------------------------------------------------------------------
const kWatchId = Symbol('kWatchId');

// FSEvent stands for the native handle Node keeps in FSWatcher._handle.
class FSEvent {
  constructor(id) {
    this[kWatchId] = id;
  }
}

// FSWatcher, after Node's lib/internal/fs/watchers.js, over an inotify
// watch run by the binding.
class FSWatcher extends require('events') {
  constructor() {
    super();
    this._handle = null;
  }

  close() {
    if (this._handle === null) return;
    binding.watchClose(this._handle[kWatchId]);
    this._handle = null;
    process.nextTick(() => this.emit('close'));
  }

  ref() {
    if (this._handle !== null) binding.watchRef(this._handle[kWatchId], true);
    return this;
  }

  unref() {
    if (this._handle !== null) binding.watchRef(this._handle[kWatchId], false);
    return this;
  }
}

function watchOptions(options) {
  if (typeof options === 'string') options = { encoding: options };
  options = { persistent: true, recursive: false, encoding: 'utf8', ...options };
  validateBoolean(options.persistent, 'options.persistent');
  validateBoolean(options.recursive, 'options.recursive');
  return options;
}

// startWatch begins watching and calls onchange(eventType, filename).
function startWatch(filename, options, onchange) {
  const path = getValidatedPath(filename);
  const encode = (name) => (options.encoding === 'buffer' ? lazyBuffer().from(name) : encodeName(name, options.encoding));
  try {
    return new FSEvent(binding.watchStart(path, options.recursive, options.persistent, (type, name) => {
      onchange(type, encode(name));
    }));
  } catch (err) {
    if (err && err.syscall === 'watch') err.filename = filename;
    throw err;
  }
}

function watch(filename, options, listener) {
  if (typeof options === 'function') {
    listener = options;
    options = undefined;
  }
  options = watchOptions(options);
  const watcher = new FSWatcher();
  watcher._handle = startWatch(filename, options, (type, name) => watcher.emit('change', type, name));
  if (listener) watcher.addListener('change', listener);
  if (options.signal) {
    if (options.signal.aborted) process.nextTick(() => watcher.close());
    else options.signal.addEventListener('abort', () => watcher.close(), { once: true });
  }
  return watcher;
}

const statWatchers = new Map();
const kTimer = Symbol('kTimer');

// StatWatcher polls a path with stat, as Node's does without inotify:
// 'change' (current, previous) when the stats differ; a path missing at
// the start reports once with zeroed stats.
class StatWatcher extends require('events') {
  constructor() {
    super();
    this._handle = null;
  }

  ref() {
    if (this[kTimer]) this[kTimer].ref();
    return this;
  }

  unref() {
    if (this[kTimer]) this[kTimer].unref();
    return this;
  }
}

function zeroStats() {
  return new Stats(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
}

function watchFile(filename, options, listener) {
  filename = getValidatedPath(filename);
  if (typeof options === 'function') {
    listener = options;
    options = {};
  }
  options = { interval: 5007, persistent: true, ...options };
  validateFunction(listener, 'listener');
  let w = statWatchers.get(filename);
  if (w === undefined) {
    w = new StatWatcher();
    const statNow = () => {
      try {
        return statSync(filename);
      } catch {
        return null;
      }
    };
    let prev = statNow();
    let reportedMissing = false;
    const timer = setInterval(() => {
      const cur = statNow();
      if (cur === null && prev === null) {
        if (!reportedMissing) {
          reportedMissing = true;
          w.emit('change', zeroStats(), zeroStats());
        }
        return;
      }
      const changed = cur === null || prev === null || cur.mtimeMs !== prev.mtimeMs ||
        cur.ctimeMs !== prev.ctimeMs || cur.size !== prev.size || cur.ino !== prev.ino || cur.nlink !== prev.nlink;
      if (changed) {
        const old = prev;
        prev = cur;
        w.emit('change', cur || zeroStats(), old || zeroStats());
      }
    }, options.interval);
    if (!options.persistent) timer.unref();
    Object.defineProperty(w, kTimer, { value: timer });
    statWatchers.set(filename, w);
  }
  w.on('change', listener);
  return w;
}

function unwatchFile(filename, listener) {
  filename = getValidatedPath(filename);
  const w = statWatchers.get(filename);
  if (w === undefined) return;
  if (typeof listener === 'function') w.removeListener('change', listener);
  else w.removeAllListeners('change');
  if (w.listenerCount('change') === 0) {
    clearInterval(w[kTimer]);
    statWatchers.delete(filename);
  }
}

// ---- streams (internal/fs/streams, loaded on first use) ------------------------------
let streams;
function lazyStreams() {
  if (streams === undefined) streams = require('internal/fs/streams');
  return streams;
}

function createReadStream(path, options) {
  return new (lazyStreams().ReadStream)(path, options);
}

function createWriteStream(path, options) {
  return new (lazyStreams().WriteStream)(path, options);
}

// openAsBlob makes a Blob of the file's current contents (Node's reads
// the file lazily).
function openAsBlob(path, options = {}) {
  path = getValidatedPath(path);
  if (options === null || typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  const type = options.type === undefined ? '' : `${options.type}`;
  const { Blob } = require('buffer');
  try {
    return Promise.resolve(new Blob([readFileSync(path)], { type }));
  } catch (err) {
    return Promise.reject(err);
  }
}

const fs = module.exports = {
  appendFile,
  appendFileSync,
  access,
  accessSync,
  chown,
  chownSync,
  chmod,
  chmodSync,
  close,
  closeSync,
  copyFile,
  copyFileSync,
  cp,
  cpSync,
  createReadStream,
  createWriteStream,
  exists,
  existsSync,
  fchown,
  fchownSync,
  fchmod,
  fchmodSync,
  fdatasync,
  fdatasyncSync,
  fstat,
  fstatSync,
  fsync,
  fsyncSync,
  ftruncate,
  ftruncateSync,
  futimes,
  futimesSync,
  lchown,
  lchownSync,
  lchmod: undefined,
  lchmodSync: undefined,
  link,
  linkSync,
  lstat,
  lstatSync,
  lutimes,
  lutimesSync,
  mkdir,
  mkdirSync,
  mkdtemp,
  mkdtempSync,
  open,
  openSync,
  openAsBlob,
  readdir,
  readdirSync,
  read,
  readSync,
  readv,
  readvSync,
  readFile,
  readFileSync,
  readlink,
  readlinkSync,
  realpath,
  realpathSync,
  rename,
  renameSync,
  rm,
  rmSync,
  rmdir,
  rmdirSync,
  stat,
  statfs,
  statSync,
  statfsSync,
  symlink,
  symlinkSync,
  truncate,
  truncateSync,
  unwatchFile,
  unlink,
  unlinkSync,
  utimes,
  utimesSync,
  watch,
  watchFile,
  writeFile,
  writeFileSync,
  write,
  writeSync,
  writev,
  writevSync,
  Dirent,
  Stats,
  get ReadStream() { return lazyStreams().ReadStream; },
  set ReadStream(v) { Object.defineProperty(fs, 'ReadStream', { value: v, writable: true, enumerable: true, configurable: true }); },
  get WriteStream() { return lazyStreams().WriteStream; },
  set WriteStream(v) { Object.defineProperty(fs, 'WriteStream', { value: v, writable: true, enumerable: true, configurable: true }); },
  get FileReadStream() { return lazyStreams().ReadStream; },
  set FileReadStream(v) { Object.defineProperty(fs, 'FileReadStream', { value: v, writable: true, enumerable: true, configurable: true }); },
  get FileWriteStream() { return lazyStreams().WriteStream; },
  set FileWriteStream(v) { Object.defineProperty(fs, 'FileWriteStream', { value: v, writable: true, enumerable: true, configurable: true }); },
  _toUnixTimestamp: toUnixTimestamp,
  get Dir() { return lazyDir('Dir'); },
  set Dir(v) { Object.defineProperty(fs, 'Dir', { value: v, writable: true, enumerable: true, configurable: true }); },
  get opendir() { return lazyDir('opendir'); },
  set opendir(v) { Object.defineProperty(fs, 'opendir', { value: v, writable: true, enumerable: true, configurable: true }); },
  get opendirSync() { return lazyDir('opendirSync'); },
  set opendirSync(v) { Object.defineProperty(fs, 'opendirSync', { value: v, writable: true, enumerable: true, configurable: true }); },
  F_OK,
  R_OK,
  W_OK,
  X_OK,
  constants,
  get promises() { return require('fs/promises'); },
};

// warnRecursiveRmdir is shared with fs/promises.
Object.defineProperty(fs, kWarnRecursiveRmdir, { value: warnRecursiveRmdir });
Object.defineProperty(fs, Symbol.for('handshake.fs.readdirRecursive'), { value: readdirRecursivePromise });
Object.defineProperty(fs, Symbol.for('handshake.fs.watch'), { value: { startWatch, watchOptions, kWatchId } });
