'use strict';
// internal/errors — follows Node's lib/internal/errors.js: every coded error
// core modules throw, with Node's exact messages.
//
// API (require('internal/errors')):
//   codes.ERR_X(...args)            builds the error (call with or without `new`):
//                                     throw new codes.ERR_INVALID_ARG_TYPE('name', 'string', value);
//                                     throw new codes.ERR_OUT_OF_RANGE('offset', '>= 0 && <= 10', value);
//                                     throw new codes.ERR_INVALID_ARG_VALUE('enc', value, 'is invalid');
//                                   The error is a plain TypeError/RangeError/Error (whichever Node
//                                   uses) with `code`, a non-enumerable `message`, and a stack whose
//                                   head is "TypeError [ERR_X]: message".
//   codes.ERR_X.RangeError(...)     the alternate base class, where Node has one
//                                   (ERR_INVALID_ARG_VALUE.RangeError, ERR_INVALID_STATE.TypeError, …)
//   AbortError(message?, {cause})   class; code 'ABORT_ERR', name 'AbortError'
//   SystemError                     base of codes.ERR_SYSTEM_ERROR(ctx) etc.; ctx = {code, message,
//                                   syscall, errno, path?, dest?}
//   UVException(ctx)                fs-style error: "ENOENT: no such file or directory, open 'p'"
//                                   ctx = {errno (negative number) or code, syscall, path?, dest?, message?}
//   ErrnoException(errno, syscall, original?)          "syscall CODE original"
//   ExceptionWithHostPort(errno, syscall, address, port?, additional?)
//   UVExceptionWithHostPort(errno, syscall, address, port?)
//   DNSException(code, syscall, hostname?)
//   ConnResetException(message)     Error with code ECONNRESET
//   genericNodeError(message, props) plain Error with props assigned
//   aggregateTwoErrors(inner, outer)
//   hideStackFrames(fn)             returns fn (goja has no Error.captureStackTrace)
//   determineSpecificType(value)    "type number (1)", "an instance of Foo", "function f", "null"
//   getMessage(code, args)          the message text alone
//   uvErrmapGet(errno) -> [code, message]; getSystemErrorName(errno); getSystemErrorMap()
//   kIsNodeError                    symbol set (true) on every coded error
//   E(code, 'TypeError[,RangeError]', message)  registers a code; message is a
//                                   util.format template ('%s') or a function of the arguments
//                                   (called with the error as `this`, to set extra properties)
// Lower-case aliases uvException, errnoException, exceptionWithHostPort,
// dnsException, connResetException exist for older Node call sites.

const kIsNodeError = Symbol('kIsNodeError');

let inspectModule;
function lazyInspect() {
  if (inspectModule === undefined) inspectModule = require('internal/util/inspect');
  return inspectModule;
}
function inspect(v, opts) {
  return lazyInspect().inspect(v, opts);
}

// ---- libuv error map (errno -> [code, message]) ------------------------
// Built on first use: most programs never need it.
const uvTable = () => [
  [-1, 'EPERM', 'operation not permitted'],
  [-2, 'ENOENT', 'no such file or directory'],
  [-3, 'ESRCH', 'no such process'],
  [-4, 'EINTR', 'interrupted system call'],
  [-5, 'EIO', 'i/o error'],
  [-6, 'ENXIO', 'no such device or address'],
  [-7, 'E2BIG', 'argument list too long'],
  [-9, 'EBADF', 'bad file descriptor'],
  [-11, 'EAGAIN', 'resource temporarily unavailable'],
  [-12, 'ENOMEM', 'not enough memory'],
  [-13, 'EACCES', 'permission denied'],
  [-14, 'EFAULT', 'bad address in system call argument'],
  [-16, 'EBUSY', 'resource busy or locked'],
  [-17, 'EEXIST', 'file already exists'],
  [-18, 'EXDEV', 'cross-device link not permitted'],
  [-19, 'ENODEV', 'no such device'],
  [-20, 'ENOTDIR', 'not a directory'],
  [-21, 'EISDIR', 'illegal operation on a directory'],
  [-22, 'EINVAL', 'invalid argument'],
  [-23, 'ENFILE', 'file table overflow'],
  [-24, 'EMFILE', 'too many open files'],
  [-25, 'ENOTTY', 'inappropriate ioctl for device'],
  [-26, 'ETXTBSY', 'text file is busy'],
  [-27, 'EFBIG', 'file too large'],
  [-28, 'ENOSPC', 'no space left on device'],
  [-29, 'ESPIPE', 'invalid seek'],
  [-30, 'EROFS', 'read-only file system'],
  [-31, 'EMLINK', 'too many links'],
  [-32, 'EPIPE', 'broken pipe'],
  [-34, 'ERANGE', 'result too large'],
  [-36, 'ENAMETOOLONG', 'name too long'],
  [-38, 'ENOSYS', 'function not implemented'],
  [-39, 'ENOTEMPTY', 'directory not empty'],
  [-40, 'ELOOP', 'too many symbolic links encountered'],
  [-49, 'EUNATCH', 'protocol driver not attached'],
  [-61, 'ENODATA', 'no data available'],
  [-64, 'ENONET', 'machine is not on the network'],
  [-71, 'EPROTO', 'protocol error'],
  [-75, 'EOVERFLOW', 'value too large for defined data type'],
  [-84, 'EILSEQ', 'illegal byte sequence'],
  [-88, 'ENOTSOCK', 'socket operation on non-socket'],
  [-89, 'EDESTADDRREQ', 'destination address required'],
  [-90, 'EMSGSIZE', 'message too long'],
  [-91, 'EPROTOTYPE', 'protocol wrong type for socket'],
  [-92, 'ENOPROTOOPT', 'protocol not available'],
  [-93, 'EPROTONOSUPPORT', 'protocol not supported'],
  [-94, 'ESOCKTNOSUPPORT', 'socket type not supported'],
  [-95, 'ENOTSUP', 'operation not supported on socket'],
  [-97, 'EAFNOSUPPORT', 'address family not supported'],
  [-98, 'EADDRINUSE', 'address already in use'],
  [-99, 'EADDRNOTAVAIL', 'address not available'],
  [-100, 'ENETDOWN', 'network is down'],
  [-101, 'ENETUNREACH', 'network is unreachable'],
  [-103, 'ECONNABORTED', 'software caused connection abort'],
  [-104, 'ECONNRESET', 'connection reset by peer'],
  [-105, 'ENOBUFS', 'no buffer space available'],
  [-106, 'EISCONN', 'socket is already connected'],
  [-107, 'ENOTCONN', 'socket is not connected'],
  [-108, 'ESHUTDOWN', 'cannot send after transport endpoint shutdown'],
  [-110, 'ETIMEDOUT', 'connection timed out'],
  [-111, 'ECONNREFUSED', 'connection refused'],
  [-112, 'EHOSTDOWN', 'host is down'],
  [-113, 'EHOSTUNREACH', 'host is unreachable'],
  [-114, 'EALREADY', 'connection already in progress'],
  [-121, 'EREMOTEIO', 'remote I/O error'],
  [-125, 'ECANCELED', 'operation canceled'],
  [-3000, 'EAI_ADDRFAMILY', 'address family not supported'],
  [-3001, 'EAI_AGAIN', 'temporary failure'],
  [-3002, 'EAI_BADFLAGS', 'bad ai_flags value'],
  [-3003, 'EAI_CANCELED', 'request canceled'],
  [-3004, 'EAI_FAIL', 'permanent failure'],
  [-3005, 'EAI_FAMILY', 'ai_family not supported'],
  [-3006, 'EAI_MEMORY', 'out of memory'],
  [-3007, 'EAI_NODATA', 'no address'],
  [-3008, 'EAI_NONAME', 'unknown node or service'],
  [-3009, 'EAI_OVERFLOW', 'argument buffer overflow'],
  [-3010, 'EAI_SERVICE', 'service not available for socket type'],
  [-3011, 'EAI_SOCKTYPE', 'socket type not supported'],
  [-3013, 'EAI_BADHINTS', 'invalid value for hints'],
  [-3014, 'EAI_PROTOCOL', 'resolved protocol is unknown'],
  [-4028, 'EFTYPE', 'inappropriate file type or format'],
  [-4080, 'ECHARSET', 'invalid Unicode character'],
  [-4094, 'UNKNOWN', 'unknown error'],
  [-4095, 'EOF', 'end of file'],
];
let uvByErrno;
let uvByCode;
function uvMaps() {
  if (uvByErrno === undefined) {
    uvByErrno = new Map();
    uvByCode = new Map();
    for (const [errno, code, msg] of uvTable()) {
      uvByErrno.set(errno, [code, msg]);
      if (!uvByCode.has(code)) uvByCode.set(code, [errno, msg]);
    }
  }
}

function uvErrmapGet(errno) {
  uvMaps();
  return uvByErrno.get(errno);
}

function getSystemErrorMap() {
  uvMaps();
  return new Map(uvByErrno);
}

function getSystemErrorName(errno) {
  uvMaps();
  const e = uvByErrno.get(errno);
  return e ? e[0] : `Unknown system error ${errno}`;
}

// ---- message building ---------------------------------------------------
// E records each code's message and base classes; the constructor is built
// the first time the code is read from `codes` (a Proxy), which keeps
// loading this module cheap (every program loads it).
const messages = new Map();
const baseNamesOf = new Map();
const built = {};
const codes = new Proxy(built, {
  get(target, key) {
    if (typeof key === 'string' && !Object.prototype.hasOwnProperty.call(target, key) && baseNamesOf.has(key)) {
      target[key] = buildCode(key);
    }
    return target[key];
  },
  has(target, key) {
    return key in target || baseNamesOf.has(key);
  },
  ownKeys(target) {
    for (const key of baseNamesOf.keys()) {
      if (!Object.prototype.hasOwnProperty.call(target, key)) target[key] = buildCode(key);
    }
    return Reflect.ownKeys(target);
  },
  getOwnPropertyDescriptor(target, key) {
    if (typeof key === 'string' && !Object.prototype.hasOwnProperty.call(target, key) && baseNamesOf.has(key)) {
      target[key] = buildCode(key);
    }
    return Reflect.getOwnPropertyDescriptor(target, key);
  },
});

const kTypes = ['string', 'function', 'number', 'object', 'Function', 'Object', 'boolean', 'bigint', 'symbol'];
const classRe = /^([A-Z][a-z0-9]*)+$/;

function determineSpecificType(value) {
  if (value === null || value === undefined) return String(value);
  if (typeof value === 'function') return `function ${value.name}`;
  if (typeof value === 'object') {
    const ctor = value.constructor;
    if (ctor && ctor.name) return `an instance of ${ctor.name}`;
    return inspect(value, { depth: -1 });
  }
  if (typeof value === 'string') {
    if (value.length > 28) value = `${value.slice(0, 25)}...`;
    return `type string (${inspect(value, { colors: false })})`;
  }
  let shown = inspect(value, { colors: false });
  if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
  return `type ${typeof value} (${shown})`;
}

// listOf joins words as Node's messages do: "a", "a or b", "a, b, or c".
function listOf(items, joiner) {
  if (items.length > 2) return `${items.slice(0, -1).join(', ')}, ${joiner} ${items[items.length - 1]}`;
  if (items.length === 2) return `${items[0]} ${joiner} ${items[1]}`;
  return items[0];
}

function formatList(items, joiner = 'and') {
  return listOf(items, joiner);
}

function invalidArgType(name, expected, actual) {
  if (!Array.isArray(expected)) expected = [expected];
  let msg = 'The ';
  if (name.endsWith(' argument')) msg += `${name} `;
  else msg += `"${name}" ${name.includes('.') ? 'property' : 'argument'} `;
  msg += 'must be ';
  const types = [];
  const instances = [];
  const other = [];
  for (const v of expected) {
    if (kTypes.includes(v)) types.push(v.toLowerCase());
    else if (classRe.test(v)) instances.push(v);
    else other.push(v);
  }
  if (instances.length > 0) {
    const i = types.indexOf('object');
    if (i !== -1) {
      types.splice(i, 1);
      instances.push('Object');
    }
  }
  const parts = [];
  if (types.length > 0) {
    parts.push(types.length === 1 ? `of type ${types[0]}` : `one of type ${listOf(types, 'or')}`);
  }
  if (instances.length > 0) {
    parts.push(`an instance of ${listOf(instances, 'or')}`);
  }
  if (other.length > 0) {
    if (other.length === 1) {
      parts.push((other[0].toLowerCase() !== other[0] ? 'an ' : '') + other[0]);
    } else {
      parts.push(`one of ${listOf(other, 'or')}`);
    }
  }
  msg += parts.join(' or ');
  return `${msg}. Received ${determineSpecificType(actual)}`;
}

// addNumericalSeparator renders "1099511627776" as "1_099_511_627_776".
function addNumericalSeparator(val) {
  let res = '';
  let i = val.length;
  const start = val[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) res = `_${val.slice(i - 3, i)}${res}`;
  return `${val.slice(0, i)}${res}`;
}

function outOfRange(str, range, input, replaceDefaultBoolean = false) {
  let msg = replaceDefaultBoolean ? str : `The value of "${str}" is out of range.`;
  let received;
  if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) {
    received = addNumericalSeparator(String(input));
  } else if (typeof input === 'bigint') {
    received = String(input);
    if (input > 2n ** 32n || input < -(2n ** 32n)) received = addNumericalSeparator(received);
    received += 'n';
  } else {
    received = inspect(input);
  }
  return `${msg} It must be ${range}. Received ${received}`;
}

function getMessage(key, args, self) {
  const msg = messages.get(key);
  if (typeof msg === 'function') return msg.apply(self || {}, args);
  if (args.length === 0) return msg;
  return lazyInspect().format(msg, ...args);
}

// makeNodeError returns the constructor-like function for one code and base.
function makeNodeError(Base, key) {
  return function NodeError(...args) {
    const error = new Base();
    error.code = key;
    const message = getMessage(key, args, error);
    Object.defineProperty(error, 'message', { value: message, enumerable: false, writable: true, configurable: true });
    Object.defineProperty(error, 'toString', {
      value() { return `${this.name} [${key}]: ${this.message}`; },
      enumerable: false, writable: true, configurable: true,
    });
    Object.defineProperty(error, kIsNodeError, { value: true, enumerable: false, writable: false, configurable: true });
    addCodeToName(error, Base.name, key);
    return error;
  };
}

// addCodeToName makes the stack's first line read "Name [CODE]: message":
// goja formats the stack header when .stack is first read.
function addCodeToName(err, name, code) {
  err.name = `${name} [${code}]`;
  err.stack; // eslint-disable-line no-unused-expressions
  if (name === 'SystemError') {
    Object.defineProperty(err, 'name', { value: name, enumerable: false, writable: true, configurable: true });
  } else {
    delete err.name;
  }
}

const bases = { Error, TypeError, RangeError, SyntaxError, URIError };

// E registers a code: bases is "TypeError" or "TypeError,RangeError" (the
// first is the default, the others become codes.X.RangeError …).
function E(key, baseNames, msg) {
  messages.set(key, msg);
  baseNamesOf.set(key, baseNames);
  delete built[key];
}

function buildCode(key) {
  const names = baseNamesOf.get(key).split(',');
  let def;
  if (names[0] === 'SystemError') {
    def = makeSystemErrorWithCode(key);
  } else {
    def = makeNodeError(bases[names[0]], key);
  }
  for (const n of names.slice(1)) def[n] = makeNodeError(bases[n], key);
  // Node's hideStackFrames variant; stack trimming does not apply on goja.
  def.HideStackFramesError = def;
  return def;
}

// hideStackFrames would trim Node's internal frames from errors fn throws;
// goja cannot, so fn is returned as is (withoutStackTrace too, as Node 20).
function hideStackFrames(fn) {
  fn.withoutStackTrace = fn;
  return fn;
}

// ---- SystemError ----------------------------------------------------------
class SystemError extends Error {
  constructor(key, context) {
    super();
    const prefix = getMessage(key, [], this);
    let message = `${prefix}: ${context.syscall} returned ${context.code} (${context.message})`;
    if (context.path !== undefined) message += ` ${context.path}`;
    if (context.dest !== undefined) message += ` => ${context.dest}`;
    Object.defineProperty(this, 'message', { value: message, enumerable: false, writable: true, configurable: true });
    addCodeToName(this, 'SystemError', key);
    this.code = key;
    Object.defineProperty(this, 'info', { value: context, enumerable: true, configurable: true, writable: false });
    Object.defineProperty(this, 'errno', {
      get() { return context.errno; },
      set: (v) => { context.errno = v; },
      enumerable: true, configurable: true,
    });
    Object.defineProperty(this, 'syscall', {
      get() { return context.syscall; },
      set: (v) => { context.syscall = v; },
      enumerable: true, configurable: true,
    });
    if (context.path !== undefined) {
      Object.defineProperty(this, 'path', {
        get() { return context.path != null ? context.path.toString() : context.path; },
        set: (v) => { context.path = v; },
        enumerable: true, configurable: true,
      });
    }
    if (context.dest !== undefined) {
      Object.defineProperty(this, 'dest', {
        get() { return context.dest != null ? context.dest.toString() : context.dest; },
        set: (v) => { context.dest = v; },
        enumerable: true, configurable: true,
      });
    }
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [Symbol.for('nodejs.util.inspect.custom')](recurseTimes, ctx) {
    return inspect(this, { ...ctx, getters: true, customInspect: false });
  }
}

function makeSystemErrorWithCode(key) {
  return class NodeError extends SystemError {
    constructor(ctx) {
      super(key, ctx);
    }
  };
}

// ---- AbortError -------------------------------------------------------------
class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    if (options !== undefined && typeof options !== 'object') {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

// ---- errno-style errors ------------------------------------------------------
function uvLookup(errnoOrCode) {
  uvMaps();
  if (typeof errnoOrCode === 'string') {
    const e = uvByCode.get(errnoOrCode);
    return e ? [errnoOrCode, e[1], e[0]] : [errnoOrCode, 'unknown error', undefined];
  }
  const e = uvByErrno.get(errnoOrCode);
  return e ? [e[0], e[1], errnoOrCode] : ['UNKNOWN', 'unknown error', errnoOrCode];
}

// UVException builds Node's fs error: "CODE: description, syscall 'path' -> 'dest'".
function UVException(ctx) {
  const [code, uvmsg, errno] = uvLookup(ctx.errno !== undefined ? ctx.errno : ctx.code);
  let message = `${code}: ${ctx.message || uvmsg}, ${ctx.syscall}`;
  let path;
  let dest;
  if (ctx.path) {
    path = ctx.path.toString();
    message += ` '${path}'`;
  }
  if (ctx.dest) {
    dest = ctx.dest.toString();
    message += ` -> '${dest}'`;
  }
  const err = new Error(message);
  for (const prop of Object.keys(ctx)) {
    if (prop === 'message' || prop === 'path' || prop === 'dest') continue;
    err[prop] = ctx[prop];
  }
  if (err.errno === undefined && errno !== undefined) err.errno = errno;
  err.code = code;
  if (path) err.path = path;
  if (dest) err.dest = dest;
  return err;
}

function UVExceptionWithHostPort(errno, syscall, address, port) {
  const [code, uvmsg] = uvLookup(errno);
  let details = '';
  if (port && port > 0) details = ` ${address}:${port}`;
  else if (address) details = ` ${address}`;
  const ex = new Error(`${syscall} ${code}: ${uvmsg}${details}`);
  ex.code = code;
  ex.errno = errno;
  ex.syscall = syscall;
  ex.address = address;
  if (port) ex.port = port;
  return ex;
}

function ErrnoException(errno, syscall, original) {
  const code = typeof errno === 'string' ? errno : getSystemErrorName(errno);
  const ex = new Error(original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`);
  ex.errno = typeof errno === 'string' ? uvLookup(errno)[2] : errno;
  ex.code = code;
  ex.syscall = syscall;
  return ex;
}

function ExceptionWithHostPort(errno, syscall, address, port, additional) {
  const code = typeof errno === 'string' ? errno : getSystemErrorName(errno);
  let details = '';
  if (port && port > 0) details = ` ${address}:${port}`;
  else if (address) details = ` ${address}`;
  if (additional) details += ` - Local (${additional})`;
  const ex = new Error(`${syscall} ${code}${details}`);
  ex.errno = typeof errno === 'string' ? uvLookup(errno)[2] : errno;
  ex.code = code;
  ex.syscall = syscall;
  ex.address = address;
  if (port) ex.port = port;
  return ex;
}

function DNSException(code, syscall, hostname) {
  let errno;
  if (typeof code === 'number') {
    errno = code;
    code = (code === -3008 || code === -3007) ? 'ENOTFOUND' : getSystemErrorName(code);
  }
  const ex = new Error(`${syscall} ${code}${hostname ? ` ${hostname}` : ''}`);
  ex.errno = errno;
  ex.code = code;
  ex.syscall = syscall;
  if (hostname) ex.hostname = hostname;
  return ex;
}

function ConnResetException(msg) {
  const ex = new Error(msg);
  ex.code = 'ECONNRESET';
  return ex;
}

function genericNodeError(message, props) {
  const err = new Error(message);
  Object.assign(err, props);
  return err;
}

function aggregateTwoErrors(inner, outer) {
  if (inner && outer && inner !== outer) {
    if (Array.isArray(outer.errors)) {
      outer.errors.push(inner);
      return outer;
    }
    const err = new AggregateError([outer, inner], outer.message);
    err.code = outer.code;
    return err;
  }
  return inner || outer;
}

function isErrorStackTraceLimitWritable() {
  return false;
}

function isStackOverflowError(err) {
  return !!err && err instanceof RangeError && /call stack size/i.test(String(err.message));
}

module.exports = {
  AbortError,
  SystemError,
  UVException,
  UVExceptionWithHostPort,
  ErrnoException,
  ExceptionWithHostPort,
  DNSException,
  ConnResetException,
  uvException: UVException,
  uvExceptionWithHostPort: UVExceptionWithHostPort,
  errnoException: ErrnoException,
  exceptionWithHostPort: ExceptionWithHostPort,
  dnsException: DNSException,
  connResetException: ConnResetException,
  aggregateTwoErrors,
  genericNodeError,
  codes,
  determineSpecificType,
  formatList,
  getMessage,
  hideStackFrames,
  addCodeToName,
  addNumericalSeparator,
  isErrorStackTraceLimitWritable,
  isStackOverflowError,
  kIsNodeError,
  uvErrmapGet,
  getSystemErrorName,
  getSystemErrorMap,
  E,
};

// ---- the codes ---------------------------------------------------------------
// Messages whose text depends on the arguments.
E('ERR_INVALID_ARG_TYPE', 'TypeError', invalidArgType);
E('ERR_INVALID_ARG_VALUE', 'TypeError,RangeError', (name, value, reason = 'is invalid') => {
  let shown = inspect(value);
  if (shown.length > 128) shown = `${shown.slice(0, 128)}...`;
  return `The ${name.includes('.') ? 'property' : 'argument'} '${name}' ${reason}. Received ${shown}`;
});
E('ERR_OUT_OF_RANGE', 'RangeError', outOfRange);
E('ERR_MISSING_ARGS', 'TypeError', (...args) => {
  const wrap = (a) => `"${a}"`;
  const names = args.map((a) => (Array.isArray(a) ? a.map(wrap).join(' or ') : wrap(a)));
  let msg = 'The ';
  if (names.length === 1) msg += `${names[0]} argument`;
  else if (names.length === 2) msg += `${names[0]} and ${names[1]} arguments`;
  else msg += `${names.slice(0, -1).join(', ')}, and ${names[names.length - 1]} arguments`;
  return `${msg} must be specified`;
});
E('ERR_UNHANDLED_ERROR', 'Error', (err = undefined) => {
  if (err === undefined) return 'Unhandled error.';
  return `Unhandled error. (${err})`;
});
E('ERR_BUFFER_OUT_OF_BOUNDS', 'RangeError', (name = undefined) => {
  if (name) return `"${name}" is outside of buffer bounds`;
  return 'Attempt to access memory outside buffer bounds';
});
E('ERR_INVALID_CHAR', 'TypeError', (name, field = undefined) => {
  let msg = `Invalid character in ${name}`;
  if (field !== undefined) msg += ` ["${field}"]`;
  return msg;
});
E('ERR_INVALID_ADDRESS_FAMILY', 'RangeError', function(addressType, host, port) {
  this.host = host;
  this.port = port;
  return `Invalid address family: ${addressType} ${host}:${port}`;
});
E('ERR_INTERNAL_ASSERTION', 'Error', (message) => {
  const suffix = 'This is caused by either a bug in Node.js or incorrect usage of Node.js internals.\n' +
    'Please open an issue with this stack trace at https://github.com/nodejs/node/issues\n';
  return message === undefined ? suffix : `${message}\n${suffix}`;
});
E('ERR_HTTP2_INVALID_SETTING_VALUE', 'TypeError,RangeError', function(name, actual, min = undefined, max = undefined) {
  this.actual = actual;
  if (min !== undefined) {
    this.min = min;
    this.max = max;
  }
  return `Invalid value for setting "${name}": ${actual}`;
});
E('ERR_ACCESS_DENIED', 'Error', function(message, permission = '', resource = '') {
  this.permission = permission;
  this.resource = resource;
  return message;
});
E('ERR_ENCODING_INVALID_ENCODED_DATA', 'TypeError', function(encoding, ret) {
  this.errno = ret;
  return `The encoded data was not valid for encoding ${encoding}`;
});
E('ERR_FALSY_VALUE_REJECTION', 'Error', function(reason) {
  this.reason = reason;
  return 'Promise was rejected with falsy value';
});
E('ERR_HTTP2_STREAM_CANCEL', 'Error', function(error) {
  let msg = 'The pending stream has been canceled';
  if (error) {
    this.cause = error;
    if (typeof error.message === 'string') msg += ` (caused by: ${error.message})`;
  }
  return msg;
});
function returnedType(value) {
  return determineSpecificType(value);
}
E('ERR_INVALID_RETURN_PROPERTY', 'TypeError', (input, name, prop, value) =>
  `Expected a valid ${input} to be returned for the "${prop}" from the "${name}" hook but got ${returnedType(value)}.`);
E('ERR_INVALID_RETURN_PROPERTY_VALUE', 'TypeError', (input, name, prop, value) =>
  `Expected ${input} to be returned for the "${prop}" from the "${name}" hook but got ${returnedType(value)}.`);
E('ERR_INVALID_RETURN_VALUE', 'TypeError,RangeError', (input, name, value) =>
  `Expected ${input} to be returned from the "${name}" function but got ${returnedType(value)}.`);
E('ERR_INVALID_URL', 'TypeError', function(input, base = null) {
  this.input = input;
  if (base != null) this.base = base;
  return 'Invalid URL';
});
E('ERR_INVALID_URL_SCHEME', 'TypeError', (expected) => {
  if (typeof expected === 'string') expected = [expected];
  const res = expected.length === 2 ? `one of scheme ${expected[0]} or ${expected[1]}` : `of scheme ${expected[0]}`;
  return `The URL must be ${res}`;
});
E('ERR_MODULE_NOT_FOUND', 'Error', function(path, base, exactUrl) {
  if (exactUrl) this.url = `${exactUrl}`;
  return `Cannot find ${exactUrl ? 'module' : 'package'} '${path}' imported from ${base}`;
});
E('ERR_REQUIRE_ESM', 'Error', (filename, hasEsmSyntax, parentPath = null, packageJsonPath = null) => {
  let msg = `require() of ES Module ${filename}${parentPath ? ` from ${parentPath}` : ''} not supported.`;
  if (!packageJsonPath) {
    if (String(filename).endsWith('.mjs')) {
      msg += `\nInstead change the require of ${filename} to a dynamic import() which is available in all CommonJS modules.`;
    }
    return msg;
  }
  const base = (p) => String(p).slice(String(p).lastIndexOf('/') + 1);
  const basename = parentPath && base(filename) === base(parentPath) ? filename : base(filename);
  if (hasEsmSyntax) {
    msg += `\nInstead change the require of ${basename} in ${parentPath} to a dynamic import() which is available in all CommonJS modules.`;
    return msg;
  }
  msg += `\n${basename} is treated as an ES module file as it is a .js file whose nearest parent package.json contains "type": "module" which declares all .js files in that package scope as ES modules.` +
    `\nInstead either rename ${basename} to end in .cjs, change the requiring code to use dynamic import() which is available in all CommonJS modules, or change "type": "module" to "type": "commonjs" in ${packageJsonPath} to treat all .js files as CommonJS (using .mjs for all ES modules instead).\n`;
  return msg;
});
E('ERR_REQUIRE_ASYNC_MODULE', 'Error', (filename, parentFilename) => {
  let message = 'require() cannot be used on an ESM graph with top-level await. Use import() instead. ' +
    'To see where the top-level await comes from, use --experimental-print-required-tla.';
  if (parentFilename) message += `\n  From ${parentFilename} `;
  if (filename) message += `\n  Requiring ${filename} `;
  return message;
});
E('ERR_INVALID_PACKAGE_CONFIG', 'Error', (path, base, message) =>
  `Invalid package config ${path}${base ? ` while importing ${base}` : ''}${message ? `. ${message}` : ''}`);
E('ERR_PACKAGE_IMPORT_NOT_DEFINED', 'TypeError', (specifier, packagePath, base) =>
  `Package import specifier "${specifier}" is not defined${packagePath ? ` in package ${packagePath}package.json` : ''} imported from ${base}`);
E('ERR_WORKER_PATH', 'TypeError', (filename) =>
  'The worker script or module filename must be an absolute path or a relative path starting with \'./\' or \'../\'.' +
  (String(filename).startsWith('file://') ? ' Wrap file:// URLs with `new URL`.' : '') +
  (String(filename).startsWith('data:text/javascript') ? ' Wrap data: URLs with `new URL`.' : '') +
  ` Received "${filename}"`);
E('ERR_PARSE_ARGS_UNKNOWN_OPTION', 'TypeError', (option, allowPositionals) => {
  const suggestDashDash = allowPositionals ? '. To specify a positional argument starting with a \'-\', place it at the end of the command after \'--\', as in \'-- ' + JSON.stringify(option) : '';
  return `Unknown option '${option}'${suggestDashDash}`;
});
E('ERR_MANIFEST_ASSERT_INTEGRITY', 'Error', (moduleURL, realIntegrities) => {
  let msg = `The content of "${moduleURL}" does not match the expected integrity.`;
  if (realIntegrities && realIntegrities.size) {
    const sri = [...realIntegrities.entries()].map(([alg, dgs]) => `${alg}-${dgs}`).join(' ');
    msg += ` Integrities found are: ${sri}`;
  } else {
    msg += ' The resource was not found in the policy.';
  }
  return msg;
});
E('ERR_SOCKET_BAD_PORT', 'RangeError', (name, port, allowZero = true) =>
  `${name} should be ${allowZero ? '>=' : '>'} 0 and < 65536. Received ${determineSpecificType(port)}.`);
E('ERR_TLS_CERT_ALTNAME_INVALID', 'Error', function(reason, host, cert) {
  this.reason = reason;
  this.host = host;
  this.cert = cert;
  return `Hostname/IP does not match certificate's altnames: ${reason}`;
});
E('ERR_TLS_ALPN_CALLBACK_INVALID_RESULT', 'TypeError', (value, protocols) =>
  `ALPN callback returned a value (${value}) that did not match any of the client's offered protocols (${protocols.join(', ')})`);
E('ERR_UNSUPPORTED_DIR_IMPORT', 'Error', function(path, base, exactUrl) {
  if (exactUrl) this.url = exactUrl;
  return `Directory import '${path}' is not supported resolving ES modules imported from ${base}`;
});
E('ERR_UNSUPPORTED_ESM_URL_SCHEME', 'Error', (url, supported) =>
  `Only URLs with a scheme in: ${formatList(supported)} are supported by the default ESM loader. Received protocol '${url.protocol}'`);
E('ERR_WORKER_INVALID_EXEC_ARGV', 'Error', (errors, msg = 'invalid execArgv flags') =>
  `Initiated Worker with ${msg}: ${Array.prototype.join.call(errors, ', ')}`);
E('ERR_INVALID_MODULE_SPECIFIER', 'TypeError', (request, reason, base = undefined) =>
  `Invalid module "${request}" ${reason}${base ? ` imported from ${base}` : ''}`);
E('ERR_PACKAGE_PATH_NOT_EXPORTED', 'Error', (pkgPath, subpath, base = undefined) => {
  if (subpath === '.') return `No "exports" main defined in ${pkgPath}package.json${base ? ` imported from ${base}` : ''}`;
  return `Package subpath '${subpath}' is not defined by "exports" in ${pkgPath}package.json${base ? ` imported from ${base}` : ''}`;
});
E('ERR_INVALID_PACKAGE_TARGET', 'Error', (pkgPath, key, target, isImport = false, base = undefined) => {
  const relError = typeof target === 'string' && !isImport && target.length && !target.startsWith('./');
  const from = base ? ` imported from ${base}` : '';
  const rel = relError ? '; targets must start with "./"' : '';
  if (key === '.') {
    return `Invalid "exports" main target ${JSON.stringify(target)} defined in the package config ${pkgPath}package.json${from}${rel}`;
  }
  return `Invalid "${isImport ? 'imports' : 'exports'}" target ${JSON.stringify(target)} defined for '${key}' in the package config ${pkgPath}package.json${from}${rel}`;
});
E('ERR_TEST_FAILURE', 'Error', function(error, failureType) {
  this.failureType = failureType;
  this.cause = error;
  return error && error.message !== undefined ? error.message : String(error);
});
E('ERR_VM_MODULE_LINK_FAILURE', 'Error', function(message, cause) {
  this.cause = cause;
  return message;
});

// Messages with fixed text or util.format placeholders (generated from Node v20's table).
E('ERR_AMBIGUOUS_ARGUMENT', 'TypeError', 'The "%s" argument is ambiguous. %s');
E('ERR_ARG_NOT_ITERABLE', 'TypeError', '%s must be iterable');
E('ERR_ASSERTION', 'Error', '%s');
E('ERR_ASYNC_CALLBACK', 'TypeError', '%s must be a function');
E('ERR_ASYNC_TYPE', 'TypeError', 'Invalid name for async "type": %s');
E('ERR_BROTLI_INVALID_PARAM', 'RangeError', '%s is not a valid Brotli parameter');
E('ERR_BUFFER_TOO_LARGE', 'RangeError', 'Cannot create a Buffer larger than %s bytes');
E('ERR_CANNOT_WATCH_SIGINT', 'Error', 'Cannot watch for SIGINT signals');
E('ERR_CHILD_CLOSED_BEFORE_REPLY', 'Error', 'Child closed before reply received');
E('ERR_CHILD_PROCESS_IPC_REQUIRED', 'Error', 'Forked processes must have an IPC channel, missing value \'ipc\' in %s');
E('ERR_CHILD_PROCESS_STDIO_MAXBUFFER', 'RangeError', '%s maxBuffer length exceeded');
E('ERR_CONSOLE_WRITABLE_STREAM', 'TypeError', 'Console expects a writable stream instance for %s');
E('ERR_CONTEXT_NOT_INITIALIZED', 'Error', 'context used is not initialized');
E('ERR_CRYPTO_CUSTOM_ENGINE_NOT_SUPPORTED', 'Error', 'Custom engines not supported by this OpenSSL');
E('ERR_CRYPTO_ECDH_INVALID_FORMAT', 'TypeError', 'Invalid ECDH format: %s');
E('ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY', 'Error', 'Public key is not valid for specified curve');
E('ERR_CRYPTO_ENGINE_UNKNOWN', 'Error', 'Engine "%s" was not found');
E('ERR_CRYPTO_FIPS_FORCED', 'Error', 'Cannot set FIPS mode, it was forced with --force-fips at startup.');
E('ERR_CRYPTO_FIPS_UNAVAILABLE', 'Error', 'Cannot set FIPS mode in a non-FIPS build.');
E('ERR_CRYPTO_HASH_FINALIZED', 'Error', 'Digest already called');
E('ERR_CRYPTO_HASH_UPDATE_FAILED', 'Error', 'Hash update failed');
E('ERR_CRYPTO_INCOMPATIBLE_KEY', 'Error', 'Incompatible %s: %s');
E('ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS', 'Error', 'The selected key encoding %s %s.');
E('ERR_CRYPTO_INVALID_DIGEST', 'TypeError', 'Invalid digest: %s');
E('ERR_CRYPTO_INVALID_JWK', 'TypeError', 'Invalid JWK data');
E('ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', 'TypeError', 'Invalid key object type %s, expected %s.');
E('ERR_CRYPTO_INVALID_STATE', 'Error', 'Invalid state for operation %s');
E('ERR_CRYPTO_PBKDF2_ERROR', 'Error', 'PBKDF2 error');
E('ERR_CRYPTO_SCRYPT_INVALID_PARAMETER', 'Error', 'Invalid scrypt parameter');
E('ERR_CRYPTO_SCRYPT_NOT_SUPPORTED', 'Error', 'Scrypt algorithm not supported');
E('ERR_CRYPTO_SIGN_KEY_REQUIRED', 'Error', 'No key provided to sign');
E('ERR_DEBUGGER_ERROR', 'Error', '%s');
E('ERR_DEBUGGER_STARTUP_ERROR', 'Error', '%s');
E('ERR_DIR_CLOSED', 'Error', 'Directory handle was closed');
E('ERR_DIR_CONCURRENT_OPERATION', 'Error', 'Cannot do synchronous work on directory handle with concurrent asynchronous operations');
E('ERR_DNS_SET_SERVERS_FAILED', 'Error', 'c-ares failed to set servers: "%s" [%s]');
E('ERR_DOMAIN_CALLBACK_NOT_AVAILABLE', 'Error', 'A callback was registered through process.setUncaughtExceptionCaptureCallback(), which is mutually exclusive with using the `domain` module');
E('ERR_DOMAIN_CANNOT_SET_UNCAUGHT_EXCEPTION_CAPTURE', 'Error', 'The `domain` module is in use, which is mutually exclusive with calling process.setUncaughtExceptionCaptureCallback()');
E('ERR_DUPLICATE_STARTUP_SNAPSHOT_MAIN_FUNCTION', 'Error', 'Deserialize main function is already configured.');
E('ERR_ENCODING_NOT_SUPPORTED', 'RangeError', 'The "%s" encoding is not supported');
E('ERR_EVAL_ESM_CANNOT_PRINT', 'Error', '--print cannot be used with ESM input');
E('ERR_EVENT_RECURSION', 'Error', 'The event "%s" is already being dispatched');
E('ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', 'TypeError', 'The feature %s is unavailable on the current platform, which is being used to run Node.js');
E('ERR_FS_CP_DIR_TO_NON_DIR', 'SystemError', 'Cannot overwrite non-directory with directory');
E('ERR_FS_CP_EEXIST', 'SystemError', 'Target already exists');
E('ERR_FS_CP_EINVAL', 'SystemError', 'Invalid src or dest');
E('ERR_FS_CP_FIFO_PIPE', 'SystemError', 'Cannot copy a FIFO pipe');
E('ERR_FS_CP_NON_DIR_TO_DIR', 'SystemError', 'Cannot overwrite directory with non-directory');
E('ERR_FS_CP_SOCKET', 'SystemError', 'Cannot copy a socket file');
E('ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY', 'SystemError', 'Cannot overwrite symlink in subdirectory of self');
E('ERR_FS_CP_UNKNOWN', 'SystemError', 'Cannot copy an unknown file type');
E('ERR_FS_EISDIR', 'SystemError', 'Path is a directory');
E('ERR_FS_FILE_TOO_LARGE', 'RangeError', 'File size (%s) is greater than 2 GiB');
E('ERR_FS_INVALID_SYMLINK_TYPE', 'Error', 'Symlink type must be one of "dir", "file", or "junction". Received "%s"');
E('ERR_HTTP2_ALTSVC_INVALID_ORIGIN', 'TypeError', 'HTTP/2 ALTSVC frames require a valid origin');
E('ERR_HTTP2_ALTSVC_LENGTH', 'TypeError', 'HTTP/2 ALTSVC frames are limited to 16382 bytes');
E('ERR_HTTP2_CONNECT_AUTHORITY', 'Error', ':authority header is required for CONNECT requests');
E('ERR_HTTP2_CONNECT_PATH', 'Error', 'The :path header is forbidden for CONNECT requests');
E('ERR_HTTP2_CONNECT_SCHEME', 'Error', 'The :scheme header is forbidden for CONNECT requests');
E('ERR_HTTP2_GOAWAY_SESSION', 'Error', 'New streams cannot be created after receiving a GOAWAY');
E('ERR_HTTP2_HEADERS_AFTER_RESPOND', 'Error', 'Cannot specify additional headers after response initiated');
E('ERR_HTTP2_HEADERS_SENT', 'Error', 'Response has already been initiated.');
E('ERR_HTTP2_HEADER_SINGLE_VALUE', 'TypeError', 'Header field "%s" must only have a single value');
E('ERR_HTTP2_INFO_STATUS_NOT_ALLOWED', 'RangeError', 'Informational status codes cannot be used');
E('ERR_HTTP2_INVALID_CONNECTION_HEADERS', 'TypeError', 'HTTP/1 Connection specific headers are forbidden: "%s"');
E('ERR_HTTP2_INVALID_HEADER_VALUE', 'TypeError', 'Invalid value "%s" for header "%s"');
E('ERR_HTTP2_INVALID_INFO_STATUS', 'RangeError', 'Invalid informational status code: %s');
E('ERR_HTTP2_INVALID_ORIGIN', 'TypeError', 'HTTP/2 ORIGIN frames require a valid origin');
E('ERR_HTTP2_INVALID_PACKED_SETTINGS_LENGTH', 'RangeError', 'Packed settings length must be a multiple of six');
E('ERR_HTTP2_INVALID_PSEUDOHEADER', 'TypeError', '"%s" is an invalid pseudoheader or is used incorrectly');
E('ERR_HTTP2_INVALID_SESSION', 'Error', 'The session has been destroyed');
E('ERR_HTTP2_INVALID_STREAM', 'Error', 'The stream has been destroyed');
E('ERR_HTTP2_MAX_PENDING_SETTINGS_ACK', 'Error', 'Maximum number of pending settings acknowledgements');
E('ERR_HTTP2_NESTED_PUSH', 'Error', 'A push stream cannot initiate another push stream.');
E('ERR_HTTP2_NO_MEM', 'Error', 'Out of memory');
E('ERR_HTTP2_NO_SOCKET_MANIPULATION', 'Error', 'HTTP/2 sockets should not be directly manipulated (e.g. read and written)');
E('ERR_HTTP2_ORIGIN_LENGTH', 'TypeError', 'HTTP/2 ORIGIN frames are limited to 16382 bytes');
E('ERR_HTTP2_OUT_OF_STREAMS', 'Error', 'No stream ID is available because maximum stream ID has been reached');
E('ERR_HTTP2_PAYLOAD_FORBIDDEN', 'Error', 'Responses with %s status must not have a payload');
E('ERR_HTTP2_PING_CANCEL', 'Error', 'HTTP2 ping cancelled');
E('ERR_HTTP2_PING_LENGTH', 'RangeError', 'HTTP2 ping payload must be 8 bytes');
E('ERR_HTTP2_PSEUDOHEADER_NOT_ALLOWED', 'TypeError', 'Cannot set HTTP/2 pseudo-headers');
E('ERR_HTTP2_PUSH_DISABLED', 'Error', 'HTTP/2 client has disabled push streams');
E('ERR_HTTP2_SEND_FILE', 'Error', 'Directories cannot be sent');
E('ERR_HTTP2_SEND_FILE_NOSEEK', 'Error', 'Offset or length can only be specified for regular files');
E('ERR_HTTP2_SESSION_ERROR', 'Error', 'Session closed with error code %s');
E('ERR_HTTP2_SETTINGS_CANCEL', 'Error', 'HTTP2 session settings canceled');
E('ERR_HTTP2_SOCKET_BOUND', 'Error', 'The socket is already bound to an Http2Session');
E('ERR_HTTP2_SOCKET_UNBOUND', 'Error', 'The socket has been disconnected from the Http2Session');
E('ERR_HTTP2_STATUS_101', 'Error', 'HTTP status code 101 (Switching Protocols) is forbidden in HTTP/2');
E('ERR_HTTP2_STATUS_INVALID', 'RangeError', 'Invalid status code: %s');
E('ERR_HTTP2_STREAM_ERROR', 'Error', 'Stream closed with error code %s');
E('ERR_HTTP2_STREAM_SELF_DEPENDENCY', 'Error', 'A stream cannot depend on itself');
E('ERR_HTTP2_TOO_MANY_CUSTOM_SETTINGS', 'Error', 'Number of custom settings exceeds MAX_ADDITIONAL_SETTINGS');
E('ERR_HTTP2_TOO_MANY_INVALID_FRAMES', 'Error', 'Too many invalid HTTP/2 frames');
E('ERR_HTTP2_TRAILERS_ALREADY_SENT', 'Error', 'Trailing headers have already been sent');
E('ERR_HTTP2_TRAILERS_NOT_READY', 'Error', 'Trailing headers cannot be sent until after the wantTrailers event is emitted');
E('ERR_HTTP2_UNSUPPORTED_PROTOCOL', 'Error', 'protocol "%s" is unsupported.');
E('ERR_HTTP_BODY_NOT_ALLOWED', 'Error', 'Adding content for this request method or response status is not allowed.');
E('ERR_HTTP_CONTENT_LENGTH_MISMATCH', 'Error', 'Response body\'s content-length of %s byte(s) does not match the content-length of %s byte(s) set in header');
E('ERR_HTTP_HEADERS_SENT', 'Error', 'Cannot %s headers after they are sent to the client');
E('ERR_HTTP_INVALID_HEADER_VALUE', 'TypeError', 'Invalid value "%s" for header "%s"');
E('ERR_HTTP_INVALID_STATUS_CODE', 'RangeError', 'Invalid status code: %s');
E('ERR_HTTP_REQUEST_TIMEOUT', 'Error', 'Request timeout');
E('ERR_HTTP_SOCKET_ASSIGNED', 'Error', 'ServerResponse has an already assigned socket');
E('ERR_HTTP_SOCKET_ENCODING', 'Error', 'Changing the socket encoding is not allowed per RFC7230 Section 3.');
E('ERR_HTTP_TRAILER_INVALID', 'Error', 'Trailers are invalid with this transfer encoding');
E('ERR_ILLEGAL_CONSTRUCTOR', 'TypeError', 'Illegal constructor');
E('ERR_IMPORT_ASSERTION_TYPE_FAILED', 'TypeError', 'Module "%s" is not of type "%s"');
E('ERR_IMPORT_ASSERTION_TYPE_MISSING', 'TypeError', 'Module "%s" needs an import attribute of type "%s"');
E('ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED', 'TypeError', 'Import attribute type "%s" is unsupported');
E('ERR_IMPORT_ATTRIBUTE_UNSUPPORTED', 'TypeError', 'Import attribute "%s" with value "%s" is not supported');
E('ERR_INCOMPATIBLE_OPTION_PAIR', 'TypeError', 'Option "%s" cannot be used in combination with option "%s"');
E('ERR_INPUT_TYPE_NOT_ALLOWED', 'Error', '--input-type can only be used with string input via --eval, --print, or STDIN');
E('ERR_INSPECTOR_ALREADY_ACTIVATED', 'Error', 'Inspector is already activated. Close it with inspector.close() before activating it again.');
E('ERR_INSPECTOR_ALREADY_CONNECTED', 'Error', '%s is already connected');
E('ERR_INSPECTOR_CLOSED', 'Error', 'Session was closed');
E('ERR_INSPECTOR_COMMAND', 'Error', 'Inspector error %d: %s');
E('ERR_INSPECTOR_NOT_ACTIVE', 'Error', 'Inspector is not active');
E('ERR_INSPECTOR_NOT_AVAILABLE', 'Error', 'Inspector is not available');
E('ERR_INSPECTOR_NOT_CONNECTED', 'Error', 'Session is not connected');
E('ERR_INSPECTOR_NOT_WORKER', 'Error', 'Current thread is not a worker');
E('ERR_INVALID_ASYNC_ID', 'RangeError', 'Invalid %s value: %s');
E('ERR_INVALID_BUFFER_SIZE', 'RangeError', 'Buffer size must be a multiple of %s');
E('ERR_INVALID_CURSOR_POS', 'TypeError', 'Cannot set cursor row without setting its column');
E('ERR_INVALID_FD', 'RangeError', '"fd" must be a positive integer: %s');
E('ERR_INVALID_FD_TYPE', 'TypeError', 'Unsupported fd type: %s');
E('ERR_INVALID_FILE_URL_HOST', 'TypeError', 'File URL host must be "localhost" or empty on %s');
E('ERR_INVALID_FILE_URL_PATH', 'TypeError', 'File URL path %s');
E('ERR_INVALID_HANDLE_TYPE', 'TypeError', 'This handle type cannot be sent');
E('ERR_INVALID_HTTP_TOKEN', 'TypeError', '%s must be a valid HTTP token ["%s"]');
E('ERR_INVALID_IP_ADDRESS', 'TypeError', 'Invalid IP address: %s');
E('ERR_INVALID_MIME_SYNTAX', 'TypeError', (production, str, invalidIndex) => {
  const at = invalidIndex !== -1 ? ` at ${invalidIndex}` : '';
  return `The MIME syntax for a ${production} in "${str}" is invalid${at}`;
});
E('ERR_INVALID_PROTOCOL', 'TypeError', 'Protocol "%s" not supported. Expected "%s"');
E('ERR_INVALID_REPL_EVAL_CONFIG', 'TypeError', 'Cannot specify both "breakEvalOnSigint" and "eval" for REPL');
E('ERR_INVALID_REPL_INPUT', 'TypeError', '%s');
E('ERR_INVALID_STATE', 'Error,TypeError,RangeError', 'Invalid state: %s');
E('ERR_INVALID_SYNC_FORK_INPUT', 'TypeError', 'Asynchronous forks do not support Buffer, TypedArray, DataView or string input: %s');
E('ERR_INVALID_THIS', 'TypeError', 'Value of "this" must be of type %s');
E('ERR_INVALID_TUPLE', 'TypeError', '%s must be an iterable %s tuple');
E('ERR_INVALID_URI', 'URIError', 'URI malformed');
E('ERR_IPC_CHANNEL_CLOSED', 'Error', 'Channel closed');
E('ERR_IPC_DISCONNECTED', 'Error', 'IPC channel is already disconnected');
E('ERR_IPC_ONE_PIPE', 'Error', 'Child process can have only one IPC pipe');
E('ERR_IPC_SYNC_FORK', 'Error', 'IPC cannot be used with synchronous forks');
E('ERR_LOADER_CHAIN_INCOMPLETE', 'Error', '"%s" did not call the next hook in its chain and did not explicitly signal a short circuit. If this is intentional, include `shortCircuit: true` in the hook\'s return.');
E('ERR_MANIFEST_DEPENDENCY_MISSING', 'Error', 'Manifest resource %s does not list %s as a dependency specifier for conditions: %s');
E('ERR_MANIFEST_INTEGRITY_MISMATCH', 'SyntaxError', 'Manifest resource %s has multiple entries but integrity lists do not match');
E('ERR_MANIFEST_INVALID_RESOURCE_FIELD', 'TypeError', 'Manifest resource %s has invalid property value for %s');
E('ERR_MANIFEST_INVALID_SPECIFIER', 'TypeError', 'Manifest resource %s has invalid dependency mapping %s');
E('ERR_MANIFEST_TDZ', 'Error', 'Manifest initialization has not yet run');
E('ERR_MANIFEST_UNKNOWN_ONERROR', 'SyntaxError', 'Manifest specified unknown error behavior "%s".');
E('ERR_METHOD_NOT_IMPLEMENTED', 'Error', 'The %s method is not implemented');
E('ERR_MISSING_OPTION', 'TypeError', '%s is required');
E('ERR_MULTIPLE_CALLBACK', 'Error', 'Callback called multiple times');
E('ERR_NAPI_CONS_FUNCTION', 'TypeError', 'Constructor must be a function');
E('ERR_NAPI_INVALID_DATAVIEW_ARGS', 'RangeError', 'byte_offset + byte_length should be less than or equal to the size in bytes of the array passed in');
E('ERR_NAPI_INVALID_TYPEDARRAY_ALIGNMENT', 'RangeError', 'start offset of %s should be a multiple of %s');
E('ERR_NAPI_INVALID_TYPEDARRAY_LENGTH', 'RangeError', 'Invalid typed array length');
E('ERR_NETWORK_IMPORT_BAD_RESPONSE', 'Error', 'import \'%s\' received a bad response: %s');
E('ERR_NETWORK_IMPORT_DISALLOWED', 'Error', 'import of \'%s\' by %s is not supported: %s');
E('ERR_NOT_BUILDING_SNAPSHOT', 'Error', 'Operation cannot be invoked when not building startup snapshot');
E('ERR_NOT_IN_SINGLE_EXECUTABLE_APPLICATION', 'Error', 'Operation cannot be invoked when not in a single-executable application');
E('ERR_NOT_SUPPORTED_IN_SNAPSHOT', 'Error', '%s is not supported in startup snapshot');
E('ERR_NO_CRYPTO', 'Error', 'Node.js is not compiled with OpenSSL crypto support');
E('ERR_NO_ICU', 'TypeError', '%s is not supported on Node.js compiled without ICU');
E('ERR_OPERATION_FAILED', 'Error,TypeError', 'Operation failed: %s');
E('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', 'TypeError', '%s');
E('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL', 'TypeError', 'Unexpected argument \'%s\'. This command does not take positional arguments');
E('ERR_PERFORMANCE_INVALID_TIMESTAMP', 'TypeError', '%d is not a valid timestamp');
E('ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS', 'TypeError', '%s');
E('ERR_REQUIRE_CYCLE_MODULE', 'Error', '%s');
E('ERR_SCRIPT_EXECUTION_INTERRUPTED', 'Error', 'Script execution was interrupted by `SIGINT`');
E('ERR_SERVER_ALREADY_LISTEN', 'Error', 'Listen method has been called more than once without closing.');
E('ERR_SERVER_NOT_RUNNING', 'Error', 'Server is not running.');
E('ERR_SINGLE_EXECUTABLE_APPLICATION_ASSET_NOT_FOUND', 'Error', 'Cannot find asset %s for the single executable application');
E('ERR_SOCKET_ALREADY_BOUND', 'Error', 'Socket is already bound');
E('ERR_SOCKET_BAD_BUFFER_SIZE', 'TypeError', 'Buffer size must be a positive integer');
E('ERR_SOCKET_BAD_TYPE', 'TypeError', 'Bad socket type specified. Valid types are: udp4, udp6');
E('ERR_SOCKET_BUFFER_SIZE', 'SystemError', 'Could not get or set buffer size');
E('ERR_SOCKET_CLOSED', 'Error', 'Socket is closed');
E('ERR_SOCKET_CLOSED_BEFORE_CONNECTION', 'Error', 'Socket closed before the connection was established');
E('ERR_SOCKET_CONNECTION_TIMEOUT', 'Error', 'Socket connection timeout');
E('ERR_SOCKET_DGRAM_IS_CONNECTED', 'Error', 'Already connected');
E('ERR_SOCKET_DGRAM_NOT_CONNECTED', 'Error', 'Not connected');
E('ERR_SOCKET_DGRAM_NOT_RUNNING', 'Error', 'Not running');
E('ERR_SRI_PARSE', 'SyntaxError', 'Subresource Integrity string %j had an unexpected %j at position %d');
E('ERR_STREAM_ALREADY_FINISHED', 'Error', 'Cannot call %s after a stream was finished');
E('ERR_STREAM_CANNOT_PIPE', 'Error', 'Cannot pipe, not readable');
E('ERR_STREAM_DESTROYED', 'Error', 'Cannot call %s after a stream was destroyed');
E('ERR_STREAM_NULL_VALUES', 'TypeError', 'May not write null values to stream');
E('ERR_STREAM_PREMATURE_CLOSE', 'Error', 'Premature close');
E('ERR_STREAM_PUSH_AFTER_EOF', 'Error', 'stream.push() after EOF');
E('ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'Error', 'stream.unshift() after end event');
E('ERR_STREAM_WRAP', 'Error', 'Stream has StringDecoder set or is in objectMode');
E('ERR_STREAM_WRITE_AFTER_END', 'Error', 'write after end');
E('ERR_SYNTHETIC', 'Error', 'JavaScript Callstack');
E('ERR_SYSTEM_ERROR', 'SystemError', 'A system error occurred');
E('ERR_TLS_ALPN_CALLBACK_WITH_PROTOCOLS', 'TypeError', 'The ALPNCallback and ALPNProtocols TLS options are mutually exclusive');
E('ERR_TLS_CERT_ALTNAME_FORMAT', 'SyntaxError', 'Invalid subject alternative name string');
E('ERR_TLS_DH_PARAM_SIZE', 'Error', 'DH parameter size %s is less than 2048');
E('ERR_TLS_HANDSHAKE_TIMEOUT', 'Error', 'TLS handshake timeout');
E('ERR_TLS_INVALID_CONTEXT', 'TypeError', '%s must be a SecureContext');
E('ERR_TLS_INVALID_PROTOCOL_VERSION', 'TypeError', '%j is not a valid %s TLS protocol version');
E('ERR_TLS_INVALID_STATE', 'Error', 'TLS socket connection must be securely established');
E('ERR_TLS_PROTOCOL_VERSION_CONFLICT', 'TypeError', 'TLS protocol version %j conflicts with secureProtocol %j');
E('ERR_TLS_RENEGOTIATION_DISABLED', 'Error', 'TLS session renegotiation disabled for this socket');
E('ERR_TLS_REQUIRED_SERVER_NAME', 'Error', '"servername" is required parameter for Server.addContext');
E('ERR_TLS_SESSION_ATTACK', 'Error', 'TLS session renegotiation attack detected');
E('ERR_TLS_SNI_FROM_SERVER', 'Error', 'Cannot issue SNI from a TLS server-side socket');
E('ERR_TRACE_EVENTS_CATEGORY_REQUIRED', 'TypeError', 'At least one category is required');
E('ERR_TRACE_EVENTS_UNAVAILABLE', 'Error', 'Trace events are unavailable');
E('ERR_TTY_INIT_FAILED', 'SystemError', 'TTY initialization failed');
E('ERR_UNAVAILABLE_DURING_EXIT', 'Error', 'Cannot call function in process exit handler');
E('ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET', 'Error', '`process.setupUncaughtExceptionCapture()` was called while a capture callback was already active');
E('ERR_UNESCAPED_CHARACTERS', 'TypeError', '%s contains unescaped characters');
E('ERR_UNKNOWN_BUILTIN_MODULE', 'Error', 'No such built-in module: %s');
E('ERR_UNKNOWN_CREDENTIAL', 'Error', '%s identifier does not exist: %s');
E('ERR_UNKNOWN_ENCODING', 'TypeError', 'Unknown encoding: %s');
E('ERR_UNKNOWN_FILE_EXTENSION', 'TypeError', 'Unknown file extension "%s" for %s');
E('ERR_UNKNOWN_MODULE_FORMAT', 'RangeError', 'Unknown module format: %s for URL %s');
E('ERR_UNKNOWN_SIGNAL', 'TypeError', 'Unknown signal: %s');
E('ERR_UNSUPPORTED_RESOLVE_REQUEST', 'TypeError', 'Failed to resolve module specifier "%s" from "%s": Invalid relative URL or base scheme is not hierarchical.');
E('ERR_USE_AFTER_CLOSE', 'Error', '%s was closed');
E('ERR_VALID_PERFORMANCE_ENTRY_TYPE', 'Error', 'At least one valid performance entry type is required');
E('ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING', 'TypeError', 'A dynamic import callback was not specified.');
E('ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG', 'TypeError', 'A dynamic import callback was invoked without --experimental-vm-modules');
E('ERR_VM_MODULE_ALREADY_LINKED', 'Error', 'Module has already been linked');
E('ERR_VM_MODULE_CANNOT_CREATE_CACHED_DATA', 'Error', 'Cached data cannot be created for a module which has been evaluated');
E('ERR_VM_MODULE_DIFFERENT_CONTEXT', 'Error', 'Linked modules must use the same context');
E('ERR_VM_MODULE_NOT_MODULE', 'Error', 'Provided module is not an instance of Module');
E('ERR_VM_MODULE_STATUS', 'Error', 'Module status %s');
E('ERR_WASI_ALREADY_STARTED', 'Error', 'WASI instance has already started');
E('ERR_WEBASSEMBLY_RESPONSE', 'TypeError', 'WebAssembly response %s');
E('ERR_WORKER_INIT_FAILED', 'Error', 'Worker initialization failure: %s');
E('ERR_WORKER_MESSAGING_ERRORED', 'Error', 'The destination thread threw an error while processing the message');
E('ERR_WORKER_MESSAGING_FAILED', 'Error', 'Cannot find the destination thread or listener');
E('ERR_WORKER_MESSAGING_SAME_THREAD', 'Error', 'Cannot sent a message to the same thread');
E('ERR_WORKER_MESSAGING_TIMEOUT', 'Error', 'Sending a message to another thread timed out');
E('ERR_WORKER_NOT_RUNNING', 'Error', 'Worker instance not running');
E('ERR_WORKER_OUT_OF_MEMORY', 'Error', 'Worker terminated due to reaching memory limit: %s');
E('ERR_WORKER_UNSERIALIZABLE_ERROR', 'Error', 'Serializing an uncaught exception failed');
E('ERR_WORKER_UNSUPPORTED_OPERATION', 'TypeError', '%s is not supported in workers');
