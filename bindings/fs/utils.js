'use strict';
// internal/fs/utils — after Node's lib/internal/fs/utils.js: fs constants,
// argument validation (paths, fds, flags, modes, options), the Stats,
// BigIntStats and Dirent classes, and byte/string conversion through
// Buffer.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_URL_SCHEME,
    ERR_INVALID_FILE_URL_HOST,
    ERR_INVALID_FILE_URL_PATH,
  },
  AbortError,
} = require('internal/errors');
const {
  validateFunction,
  validateBoolean,
  validateObject,
  validateInteger,
  validateInt32,
  validateUint32,
  validateAbortSignal,
} = require('internal/validators');

const constants = {
  __proto__: null,
  UV_FS_SYMLINK_DIR: 1,
  UV_FS_SYMLINK_JUNCTION: 2,
  O_RDONLY: 0,
  O_WRONLY: 1,
  O_RDWR: 2,
  UV_DIRENT_UNKNOWN: 0,
  UV_DIRENT_FILE: 1,
  UV_DIRENT_DIR: 2,
  UV_DIRENT_LINK: 3,
  UV_DIRENT_FIFO: 4,
  UV_DIRENT_SOCKET: 5,
  UV_DIRENT_CHAR: 6,
  UV_DIRENT_BLOCK: 7,
  EXTENSIONLESS_FORMAT_JAVASCRIPT: 0,
  EXTENSIONLESS_FORMAT_WASM: 1,
  S_IFMT: 61440,
  S_IFREG: 32768,
  S_IFDIR: 16384,
  S_IFCHR: 8192,
  S_IFBLK: 24576,
  S_IFIFO: 4096,
  S_IFLNK: 40960,
  S_IFSOCK: 49152,
  O_CREAT: 64,
  O_EXCL: 128,
  UV_FS_O_FILEMAP: 0,
  O_NOCTTY: 256,
  O_TRUNC: 512,
  O_APPEND: 1024,
  O_DIRECTORY: 65536,
  O_NOATIME: 262144,
  O_NOFOLLOW: 131072,
  O_SYNC: 1052672,
  O_DSYNC: 4096,
  O_DIRECT: 16384,
  O_NONBLOCK: 2048,
  S_IRWXU: 448,
  S_IRUSR: 256,
  S_IWUSR: 128,
  S_IXUSR: 64,
  S_IRWXG: 56,
  S_IRGRP: 32,
  S_IWGRP: 16,
  S_IXGRP: 8,
  S_IRWXO: 7,
  S_IROTH: 4,
  S_IWOTH: 2,
  S_IXOTH: 1,
  F_OK: 0,
  R_OK: 4,
  W_OK: 2,
  X_OK: 1,
  UV_FS_COPYFILE_EXCL: 1,
  COPYFILE_EXCL: 1,
  UV_FS_COPYFILE_FICLONE: 2,
  COPYFILE_FICLONE: 2,
  UV_FS_COPYFILE_FICLONE_FORCE: 4,
  COPYFILE_FICLONE_FORCE: 4,
};

const {
  O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC, O_APPEND, O_SYNC,
  S_IFMT, S_IFREG, S_IFDIR, S_IFCHR, S_IFBLK, S_IFIFO, S_IFLNK, S_IFSOCK,
} = constants;

// codedError builds an error whose message Node writes by hand (in C++).
function codedError(Ctor, code, message) {
  const err = new Ctor(message);
  err.name = `${Ctor.name} [${code}]`;
  err.stack; // eslint-disable-line no-unused-expressions
  delete err.name;
  err.code = code;
  return err;
}

// ---- Buffer, lazily (the buffer module may load after fs) ---------------
let BufferCtor;
function lazyBuffer() {
  if (BufferCtor === undefined) {
    try {
      const B = require('buffer').Buffer;
      if (typeof B === 'function') BufferCtor = B;
    } catch {
      // buffer not available: fall back to Uint8Array
    }
  }
  return BufferCtor;
}

// toBuffer wraps the ArrayBuffer an operation returned.
function toBuffer(ab) {
  const B = lazyBuffer();
  return B ? B.from(ab) : new Uint8Array(ab);
}

// decode turns an operation's ArrayBuffer into what the caller asked for:
// a Buffer (no encoding, or 'buffer') or a string.
function decode(ab, encoding) {
  if (!encoding || encoding === 'buffer') return toBuffer(ab);
  const B = lazyBuffer();
  if (B) return B.from(ab).toString(encoding);
  return utf8Decode(new Uint8Array(ab));
}

function utf8Decode(u8) {
  let s = '';
  for (let i = 0; i < u8.length; i++) s += String.fromCharCode(u8[i]);
  try {
    return decodeURIComponent(escape(s));
  } catch {
    return s;
  }
}

// encode turns a string into bytes for writing.
function encode(str, encoding) {
  const B = lazyBuffer();
  if (B) return B.from(str, encoding || 'utf8');
  return str; // the Go side writes strings as UTF-8
}

// bufferToString renders a Buffer/Uint8Array path or name.
function bytesToString(u8, encoding) {
  const B = lazyBuffer();
  if (B) return B.from(u8.buffer, u8.byteOffset, u8.byteLength).toString(encoding || 'utf8');
  return utf8Decode(u8);
}

// encodeName returns a file name in the requested encoding.
function encodeName(name, encoding) {
  if (!encoding || encoding === 'utf8' || encoding === 'utf-8') return name;
  const B = lazyBuffer();
  if (!B) return name;
  const buf = B.from(name, 'utf8');
  return encoding === 'buffer' ? buf : buf.toString(encoding);
}

const encodings = ['utf8', 'utf-8', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le', 'latin1', 'binary',
  'base64', 'base64url', 'hex', 'ascii'];
function isEncoding(enc) {
  const B = lazyBuffer();
  if (B && typeof B.isEncoding === 'function') return B.isEncoding(enc);
  return typeof enc === 'string' && encodings.includes(enc.toLowerCase());
}

function assertEncoding(encoding) {
  if (encoding && !isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
  }
}

// ---- validators (the rest are internal/validators') ------------------------
function isArrayBufferView(v) {
  return ArrayBuffer.isView(v);
}

function isUint8Array(v) {
  return v instanceof Uint8Array;
}

// asyncError gives an error made in a completion callback the frameless
// stack Node's errors from its C++ completions have.
function asyncError(err) {
  const head = String(err.stack).split('\n')[0];
  Object.defineProperty(err, 'stack', { value: head, writable: true, configurable: true, enumerable: false });
  return err;
}

function checkAborted(signal) {
  if (signal && signal.aborted) {
    return new AbortError(undefined, { cause: signal.reason });
  }
  return undefined;
}

// ---- paths -----------------------------------------------------------------
function isURL(v) {
  return v != null && typeof v === 'object' && Boolean(v.href) && Boolean(v.protocol) &&
    v.auth === undefined && v.path === undefined;
}

function fileURLToPath(url) {
  if (typeof url === 'string') url = new URL(url);
  if (url.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  if (url.hostname !== '' && url.hostname !== 'localhost') {
    throw new ERR_INVALID_FILE_URL_HOST(process.platform);
  }
  const pathname = url.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.codePointAt(n + 2) | 0x20;
      if (pathname[n + 1] === '2' && third === 102) {
        throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
      }
    }
  }
  return decodeURIComponent(pathname);
}

function toPathIfFileURL(v) {
  return isURL(v) ? fileURLToPath(v) : v;
}

// getValidatedPath checks a string, Buffer or file: URL path and returns it
// as a string.
function getValidatedPath(fileURLOrPath, propName = 'path') {
  const path = toPathIfFileURL(fileURLOrPath);
  if (typeof path !== 'string' && !isUint8Array(path)) {
    throw new ERR_INVALID_ARG_TYPE(propName, ['string', 'Buffer', 'URL'], path);
  }
  const str = typeof path === 'string' ? path : bytesToString(path);
  if (str.includes('\u0000')) {
    throw new ERR_INVALID_ARG_VALUE(propName, path, 'must be a string, Uint8Array, or URL without null bytes');
  }
  return str;
}

function getValidatedFd(fd, propName = 'fd') {
  if (Object.is(fd, -0)) return 0;
  validateInt32(fd, propName, 0);
  return fd;
}

// ---- flags and modes -------------------------------------------------------
const flagTable = {
  __proto__: null,
  'r': O_RDONLY,
  'rs': O_RDONLY | O_SYNC,
  'sr': O_RDONLY | O_SYNC,
  'r+': O_RDWR,
  'rs+': O_RDWR | O_SYNC,
  'sr+': O_RDWR | O_SYNC,
  'w': O_TRUNC | O_CREAT | O_WRONLY,
  'wx': O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  'xw': O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  'w+': O_TRUNC | O_CREAT | O_RDWR,
  'wx+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  'xw+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  'a': O_APPEND | O_CREAT | O_WRONLY,
  'ax': O_APPEND | O_CREAT | O_WRONLY | O_EXCL,
  'xa': O_APPEND | O_CREAT | O_WRONLY | O_EXCL,
  'as': O_APPEND | O_CREAT | O_WRONLY | O_SYNC,
  'sa': O_APPEND | O_CREAT | O_WRONLY | O_SYNC,
  'a+': O_APPEND | O_CREAT | O_RDWR,
  'ax+': O_APPEND | O_CREAT | O_RDWR | O_EXCL,
  'xa+': O_APPEND | O_CREAT | O_RDWR | O_EXCL,
  'as+': O_APPEND | O_CREAT | O_RDWR | O_SYNC,
  'sa+': O_APPEND | O_CREAT | O_RDWR | O_SYNC,
};

function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') return flags;
  if (flags == null) return O_RDONLY;
  const f = flagTable[flags];
  if (f !== undefined) return f;
  throw new ERR_INVALID_ARG_VALUE(name, flags);
}

const octalRe = /^[0-7]+$/;
function parseFileMode(value, name, def) {
  if (value === undefined || value === null) value = def;
  if (typeof value === 'string') {
    if (!octalRe.test(value)) {
      throw new ERR_INVALID_ARG_VALUE(name, value, 'must be a 32-bit unsigned integer or an octal string');
    }
    value = parseInt(value, 8);
  }
  validateUint32(value, name);
  return value;
}

// getValidMode checks access()/copyFile() modes (0..7).
function getValidMode(mode, type) {
  const min = 0;
  const max = 7;
  const def = 0;
  if (mode == null) return def;
  if (Number.isInteger(mode) && mode >= min && mode <= max) return mode;
  if (typeof mode !== 'number') throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'mode must be int32 or null/undefined');
  throw codedError(RangeError, 'ERR_OUT_OF_RANGE', `mode is out of range: >= ${min} && <= ${max}`);
}

// ---- options ---------------------------------------------------------------
function getOptions(options, defaultOptions = { __proto__: null }) {
  if (options == null || typeof options === 'function') return defaultOptions;
  if (typeof options === 'string') {
    defaultOptions = { ...defaultOptions };
    defaultOptions.encoding = options;
    options = defaultOptions;
  } else if (typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  }
  if (options.encoding !== 'buffer') assertEncoding(options.encoding);
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  return options;
}

function validateRmOptions(options) {
  options = options == null ? {} : options;
  validateObject(options, 'options');
  const { recursive = false, force = false, maxRetries = 0, retryDelay = 100 } = options;
  validateBoolean(recursive, 'options.recursive');
  validateBoolean(force, 'options.force');
  validateInt32(retryDelay, 'options.retryDelay', 0);
  validateUint32(maxRetries, 'options.maxRetries');
  return { recursive, force, maxRetries, retryDelay };
}

function toUnixTimestamp(time, name = 'time') {
  if (typeof time === 'string' && +time == time) return +time; // eslint-disable-line eqeqeq
  if (typeof time === 'number' && Number.isFinite(time)) {
    if (time < 0) return Date.now() / 1000;
    return time;
  }
  if (typeof time === 'number') return Date.now() / 1000;
  if (time instanceof Date) return time.getTime() / 1000;
  throw new ERR_INVALID_ARG_TYPE(name, ['Date', 'Time in seconds'], time);
}

// ---- Stats -----------------------------------------------------------------
function dateFromMs(ms) {
  return new Date(Math.round(Number(ms)));
}

function StatsBase(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks) {
  this.dev = dev;
  this.mode = mode;
  this.nlink = nlink;
  this.uid = uid;
  this.gid = gid;
  this.rdev = rdev;
  this.blksize = blksize;
  this.ino = ino;
  this.size = size;
  this.blocks = blocks;
}

StatsBase.prototype.isDirectory = function isDirectory() { return this._checkModeProperty(S_IFDIR); };
StatsBase.prototype.isFile = function isFile() { return this._checkModeProperty(S_IFREG); };
StatsBase.prototype.isBlockDevice = function isBlockDevice() { return this._checkModeProperty(S_IFBLK); };
StatsBase.prototype.isCharacterDevice = function isCharacterDevice() { return this._checkModeProperty(S_IFCHR); };
StatsBase.prototype.isSymbolicLink = function isSymbolicLink() { return this._checkModeProperty(S_IFLNK); };
StatsBase.prototype.isFIFO = function isFIFO() { return this._checkModeProperty(S_IFIFO); };
StatsBase.prototype.isSocket = function isSocket() { return this._checkModeProperty(S_IFSOCK); };

function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
  atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
  StatsBase.call(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
  this.atimeMs = atimeMs;
  this.mtimeMs = mtimeMs;
  this.ctimeMs = ctimeMs;
  this.birthtimeMs = birthtimeMs;
  this.atime = dateFromMs(atimeMs);
  this.mtime = dateFromMs(mtimeMs);
  this.ctime = dateFromMs(ctimeMs);
  this.birthtime = dateFromMs(birthtimeMs);
}
Object.setPrototypeOf(Stats.prototype, StatsBase.prototype);
Object.setPrototypeOf(Stats, StatsBase);
Stats.prototype.isFile = StatsBase.prototype.isFile;
Stats.prototype._checkModeProperty = function _checkModeProperty(property) {
  return (this.mode & S_IFMT) === property;
};

function BigIntStats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
  atimeNs, mtimeNs, ctimeNs, birthtimeNs) {
  StatsBase.call(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
  this.atimeMs = atimeNs / 1000000n;
  this.mtimeMs = mtimeNs / 1000000n;
  this.ctimeMs = ctimeNs / 1000000n;
  this.birthtimeMs = birthtimeNs / 1000000n;
  this.atimeNs = atimeNs;
  this.mtimeNs = mtimeNs;
  this.ctimeNs = ctimeNs;
  this.birthtimeNs = birthtimeNs;
  this.atime = dateFromMs(this.atimeMs);
  this.mtime = dateFromMs(this.mtimeMs);
  this.ctime = dateFromMs(this.ctimeMs);
  this.birthtime = dateFromMs(this.birthtimeMs);
}
Object.setPrototypeOf(BigIntStats.prototype, StatsBase.prototype);
Object.setPrototypeOf(BigIntStats, StatsBase);
BigIntStats.prototype._checkModeProperty = function _checkModeProperty(property) {
  return (this.mode & BigInt(S_IFMT)) === BigInt(property);
};

// getStatsFromBinding builds Stats (or BigIntStats) from the binding's
// 18-number array.
function getStatsFromBinding(a, bigint) {
  if (a === undefined) return undefined;
  if (bigint) {
    const b = (i) => BigInt(a[i]);
    const ns = (i) => BigInt(a[i]) * 1000000000n + BigInt(a[i + 1]);
    return new BigIntStats(b(0), b(1), b(2), b(3), b(4), b(5), b(6), b(7), b(8), b(9),
      ns(10), ns(12), ns(14), ns(16));
  }
  const ms = (i) => a[i] * 1e3 + a[i + 1] / 1e6;
  return new Stats(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9],
    ms(10), ms(12), ms(14), ms(16));
}

// ---- StatFs -----------------------------------------------------------------
class StatFs {
  constructor(type, bsize, blocks, bfree, bavail, files, ffree) {
    this.type = type;
    this.bsize = bsize;
    this.blocks = blocks;
    this.bfree = bfree;
    this.bavail = bavail;
    this.files = files;
    this.ffree = ffree;
  }
}

function getStatFsFromBinding(a, bigint) {
  const v = bigint ? a.map((x) => BigInt(x)) : a;
  return new StatFs(v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
}

// ---- Dirent ----------------------------------------------------------------
const kType = Symbol('type');

class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
    this[kType] = type;
  }

  isDirectory() { return this[kType] === constants.UV_DIRENT_DIR; }
  isFile() { return this[kType] === constants.UV_DIRENT_FILE; }
  isBlockDevice() { return this[kType] === constants.UV_DIRENT_BLOCK; }
  isCharacterDevice() { return this[kType] === constants.UV_DIRENT_CHAR; }
  isSymbolicLink() { return this[kType] === constants.UV_DIRENT_LINK; }
  isFIFO() { return this[kType] === constants.UV_DIRENT_FIFO; }
  isSocket() { return this[kType] === constants.UV_DIRENT_SOCKET; }
}

// direntsFromBinding turns readdir's [names, types] into Dirents.
function direntsFromBinding(result, path, encoding) {
  const [names, types] = result;
  const out = new Array(names.length);
  for (let i = 0; i < names.length; i++) {
    out[i] = new Dirent(encodeName(names[i], encoding), types[i], path);
  }
  return out;
}

module.exports = {
  constants,
  codedError,
  lazyBuffer,
  toBuffer,
  decode,
  encode,
  encodeName,
  bytesToString,
  isEncoding,
  assertEncoding,
  isArrayBufferView,
  isUint8Array,
  validateFunction,
  validateBoolean,
  validateObject,
  validateInteger,
  validateInt32,
  validateUint32,
  validateAbortSignal,
  checkAborted,
  asyncError,
  isURL,
  fileURLToPath,
  toPathIfFileURL,
  getValidatedPath,
  getValidatedFd,
  stringToFlags,
  parseFileMode,
  getValidMode,
  getOptions,
  validateRmOptions,
  toUnixTimestamp,
  Stats,
  BigIntStats,
  StatsBase,
  getStatsFromBinding,
  getStatFsFromBinding,
  StatFs,
  Dirent,
  direntsFromBinding,
  kType,
};
