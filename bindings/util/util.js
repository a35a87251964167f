'use strict';
// util — follows Node's lib/util.js: the public face of inspect/format,
// types, promisify/callbackify, inherits, deprecate, debuglog and the legacy
// is* predicates.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_FALSY_VALUE_REJECTION },
  errnoException, exceptionWithHostPort, getSystemErrorName: errName, getSystemErrorMap,
} = require('internal/errors');
const {
  inspect, format, formatWithOptions, stripVTControlCharacters,
} = require('internal/util/inspect');
const types = require('internal/util/types');
const internalUtil = require('internal/util');
const { deprecate, promisify, toUSVString } = internalUtil;
const { validateFunction, validateNumber } = require('internal/validators');

function getSystemErrorName(err) {
  validateNumber(err, 'err');
  if (err >= 0 || !Number.isSafeInteger(err)) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_OUT_OF_RANGE('err', 'a negative integer', err);
  }
  return errName(err);
}

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw new ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  if (superCtor === undefined || superCtor === null) throw new ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  if (superCtor.prototype === undefined) {
    throw new ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

function callbackifyOnRejected(reason, cb) {
  if (!reason) reason = new ERR_FALSY_VALUE_REJECTION(reason);
  return cb(reason);
}

function callbackify(original) {
  validateFunction(original, 'original');
  function callbackified(...args) {
    const maybeCb = args.pop();
    validateFunction(maybeCb, 'last argument');
    const cb = maybeCb.bind(this);
    Reflect.apply(original, this, args).then(
      (ret) => process.nextTick(cb, null, ret),
      (rej) => process.nextTick(callbackifyOnRejected, rej, cb));
  }
  const descriptors = Object.getOwnPropertyDescriptors(original);
  if (descriptors.length && typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (descriptors.name && typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  for (const d of Object.values(descriptors)) Object.setPrototypeOf(d, null);
  Object.defineProperties(callbackified, descriptors);
  return callbackified;
}

// ---- debuglog (lib/internal/util/debuglog.js) ---------------------------
let debugEnvRe;
function testEnabled(set) {
  if (debugEnvRe === undefined) {
    const env = internalBinding('internal/util/inspect').nodeDebug();
    if (env) {
      const pattern = env.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replace(/\*/g, '.*').replace(/,/g, '$|^');
      debugEnvRe = new RegExp(`^${pattern}$`, 'i');
    } else {
      debugEnvRe = null;
    }
  }
  return debugEnvRe !== null && debugEnvRe.test(set);
}

const debugImpls = Object.create(null);
function noop() {}

function debuglogImpl(enabled, set) {
  if (debugImpls[set] === undefined) {
    if (enabled) {
      const pid = process.pid;
      if (set === 'HTTP' || set === 'HTTP2') {
        process.emitWarning('Setting the NODE_DEBUG environment variable to \'' + set.toLowerCase() +
          '\' can expose sensitive data (such as passwords, tokens and authentication headers) in the resulting log.');
      }
      debugImpls[set] = function debug(...args) {
        const msg = formatWithOptions({ colors: false }, ...args);
        const line = format('%s %s: %s\n', set, pid, msg);
        if (process.stderr && typeof process.stderr.write === 'function') process.stderr.write(line);
        else internalBinding('internal/bootstrap').writeSync(2, line);
      };
    } else {
      debugImpls[set] = noop;
    }
  }
  return debugImpls[set];
}

function debuglog(set, cb) {
  let enabled;
  function init() {
    set = set.toUpperCase();
    enabled = testEnabled(set);
  }
  let debug = (...args) => {
    init();
    debug = debuglogImpl(enabled, set);
    if (typeof cb === 'function') cb(debug);
    debug(...args);
  };
  let test = () => {
    init();
    test = () => enabled;
    return enabled;
  };
  const logger = (...args) => debug(...args);
  Object.defineProperty(logger, 'enabled', {
    get() { return test(); },
    configurable: true,
    enumerable: true,
  });
  return logger;
}

// ---- legacy predicates -------------------------------------------------------
function isBoolean(arg) { return typeof arg === 'boolean'; }
function isNull(arg) { return arg === null; }
function isNullOrUndefined(arg) { return arg === null || arg === undefined; }
function isNumber(arg) { return typeof arg === 'number'; }
function isString(arg) { return typeof arg === 'string'; }
function isSymbol(arg) { return typeof arg === 'symbol'; }
function isUndefined(arg) { return arg === undefined; }
function isObject(arg) { return arg !== null && typeof arg === 'object'; }
function isFunction(arg) { return typeof arg === 'function'; }
function isPrimitive(arg) { return arg === null || (typeof arg !== 'object' && typeof arg !== 'function'); }
function isError(e) { return types.isNativeError(e) || e instanceof Error; }
function isBuffer(arg) {
  const B = globalThis.Buffer;
  return typeof B === 'function' && typeof B.isBuffer === 'function' ? B.isBuffer(arg) : false;
}

function pad(n) {
  return n.toString().padStart(2, '0');
}
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function timestamp() {
  const d = new Date();
  const t = [pad(d.getHours()), pad(d.getMinutes()), pad(d.getSeconds())].join(':');
  return `${d.getDate()} ${months[d.getMonth()]} ${t}`;
}
function log(...args) {
  console.log('%s - %s', timestamp(), format(...args));
}

function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  let i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}

// ---- styleText ----------------------------------------------------------------
function shouldColorize(stream) {
  const force = process.env.FORCE_COLOR;
  if (force !== undefined) return force === '' || force === '1' || force === '2' || force === '3' || force === 'true';
  if (process.env.NO_COLOR !== undefined || process.env.NODE_DISABLE_COLORS !== undefined) return false;
  return !!(stream && stream.isTTY) && process.env.TERM !== 'dumb';
}

function styleText(fmt, text, { validateStream = true, stream = process.stdout } = {}) {
  if (typeof text !== 'string') throw new ERR_INVALID_ARG_TYPE('text', 'string', text);
  const allowed = Object.keys(inspect.colors);
  const list = Array.isArray(fmt) ? fmt : [fmt];
  let left = '';
  let right = '';
  for (const key of list) {
    const codes = typeof key === 'string' ? inspect.colors[key] : undefined;
    if (codes === undefined) {
      throw new ERR_INVALID_ARG_VALUE('format', key, `must be one of: ${allowed.map((k) => `'${k}'`).join(', ')}`);
    }
    left += `\u001b[${codes[0]}m`;
    right = `\u001b[${codes[1]}m${right}`;
  }
  if (!Array.isArray(fmt) && validateStream && !shouldColorize(stream)) return text;
  return `${left}${text}${right}`;
}

function aborted(signal, resource) {
  if (signal === undefined || signal === null || typeof signal !== 'object' || !('aborted' in signal)) {
    throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  }
  if (resource === null || (typeof resource !== 'object' && typeof resource !== 'function')) {
    throw new ERR_INVALID_ARG_TYPE('resource', 'object', resource);
  }
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

function isDeepStrictEqual(a, b) {
  return require('internal/util/comparisons').isDeepStrictEqual(a, b);
}

function parseEnv(content) {
  if (typeof content !== 'string') throw new ERR_INVALID_ARG_TYPE('content', 'string', content);
  const out = {};
  const re = /^\s*(?:export\s+)?([\w.-]+)\s*=\s*('(?:\\'|[^'])*'|"(?:\\"|[^"])*"|`(?:\\`|[^`])*`|[^#\r\n]*)?\s*(?:#.*)?$/mg;
  let m;
  while ((m = re.exec(content)) !== null) {
    let value = (m[2] || '').trim();
    const q = value[0];
    value = value.replace(/^(['"`])([\s\S]*)\1$/m, '$2');
    if (q === '"') value = value.replace(/\\n/g, '\n').replace(/\\r/g, '\r');
    out[m[1]] = value;
  }
  return out;
}

module.exports = {
  _errnoException: errnoException,
  _exceptionWithHostPort: exceptionWithHostPort,
  _extend: deprecate(_extend, 'The `util._extend` API is deprecated. Please use Object.assign() instead.', 'DEP0060'),
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  getSystemErrorMap,
  getSystemErrorName,
  inherits,
  inspect,
  isArray: Array.isArray,
  isBoolean,
  isBuffer,
  isDeepStrictEqual,
  isNull,
  isNullOrUndefined,
  isNumber,
  isString,
  isSymbol,
  isUndefined,
  isRegExp: types.isRegExp,
  isObject,
  isDate: types.isDate,
  isError,
  isFunction,
  isPrimitive,
  log,
  promisify,
  stripVTControlCharacters,
  toUSVString,
  transferableAbortSignal: (signal) => signal,
  transferableAbortController: () => new AbortController(),
  aborted,
  types,
  parseEnv,
};

function lazy(name, load) {
  Object.defineProperty(module.exports, name, {
    enumerable: true,
    configurable: true,
    get() {
      const v = load();
      Object.defineProperty(module.exports, name, { value: v, enumerable: true, configurable: true, writable: true });
      return v;
    },
    set(v) {
      Object.defineProperty(module.exports, name, { value: v, enumerable: true, configurable: true, writable: true });
    },
  });
}
lazy('parseArgs', () => {
  try {
    return require('internal/util/parse_args').parseArgs;
  } catch {
    return undefined;
  }
});
lazy('TextDecoder', () => require('internal/encoding').TextDecoder);
lazy('TextEncoder', () => require('internal/encoding').TextEncoder);
lazy('MIMEType', () => {
  try {
    return require('internal/mime').MIMEType;
  } catch {
    return undefined;
  }
});
lazy('MIMEParams', () => {
  try {
    return require('internal/mime').MIMEParams;
  } catch {
    return undefined;
  }
});
