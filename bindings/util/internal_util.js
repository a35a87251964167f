'use strict';
// internal/util — follows Node's lib/internal/util.js: small helpers the
// core modules share (deprecate, promisify and its custom symbols,
// kEmptyObject, once, normalizeEncoding, …).

const { codes: { ERR_INVALID_ARG_TYPE, ERR_UNKNOWN_SIGNAL }, getSystemErrorName, getSystemErrorMap } = require('internal/errors');
const { validateFunction } = require('internal/validators');

const kEmptyObject = Object.freeze(Object.create(null));
const kEnumerableProperty = Object.create(null);
kEnumerableProperty.enumerable = true;
Object.freeze(kEnumerableProperty);

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kCustomPromisifiedSymbol = Symbol.for('nodejs.util.promisify.custom');
const kCustomPromisifyArgsSymbol = Symbol('customPromisifyArgs');

const codesWarned = new Set();

// deprecate wraps fn so its first call emits a DeprecationWarning (once
// per code for coded deprecations).
function deprecate(fn, msg, code) {
  if (process.noDeprecation === true) return fn;
  if (code !== undefined && typeof code !== 'string') throw new ERR_INVALID_ARG_TYPE('code', 'string', code);
  let warned = false;
  function deprecated(...args) {
    if (!warned) {
      warned = true;
      if (code !== undefined) {
        if (!codesWarned.has(code)) {
          process.emitWarning(msg, 'DeprecationWarning', code, deprecated);
          codesWarned.add(code);
        }
      } else {
        process.emitWarning(msg, 'DeprecationWarning', deprecated);
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

function promisify(original) {
  validateFunction(original, 'original');
  if (original[kCustomPromisifiedSymbol]) {
    const fn = original[kCustomPromisifiedSymbol];
    validateFunction(fn, 'util.promisify.custom');
    return Object.defineProperty(fn, kCustomPromisifiedSymbol, {
      value: fn, enumerable: false, writable: false, configurable: true,
    });
  }
  const argumentNames = original[kCustomPromisifyArgsSymbol];
  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) return reject(err);
        if (argumentNames !== undefined && values.length > 1) {
          const obj = {};
          for (let i = 0; i < argumentNames.length; i++) obj[argumentNames[i]] = values[i];
          resolve(obj);
        } else {
          resolve(values[0]);
        }
      });
      Reflect.apply(original, this, args);
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisifiedSymbol, {
    value: fn, enumerable: false, writable: false, configurable: true,
  });
  const descriptors = Object.getOwnPropertyDescriptors(original);
  for (const d of Object.values(descriptors)) Object.setPrototypeOf(d, null);
  return Object.defineProperties(fn, descriptors);
}
promisify.custom = kCustomPromisifiedSymbol;

function once(callback) {
  let called = false;
  return function(...args) {
    if (called) return;
    called = true;
    return Reflect.apply(callback, this, args);
  };
}

function spliceOne(list, index) {
  for (; index + 1 < list.length; index++) list[index] = list[index + 1];
  list.pop();
}

function join(output, separator) {
  let str = '';
  if (output.length !== 0) {
    const lastIndex = output.length - 1;
    for (let i = 0; i < lastIndex; i++) {
      str += output[i];
      str += separator;
    }
    str += output[lastIndex];
  }
  return str;
}

// normalizeEncoding maps an encoding name to Node's canonical one, or
// undefined when it is not one Node knows.
function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  switch (String(enc).toLowerCase()) {
    case 'utf8':
    case 'utf-8':
      return 'utf8';
    case 'ucs2':
    case 'ucs-2':
    case 'utf16le':
    case 'utf-16le':
      return 'utf16le';
    case 'latin1':
    case 'binary':
      return 'latin1';
    case 'base64':
      return 'base64';
    case 'base64url':
      return 'base64url';
    case 'hex':
      return 'hex';
    case 'ascii':
      return 'ascii';
    case '':
      return 'utf8';
    default:
      return undefined;
  }
}

function isError(e) {
  return require('internal/util/types').isNativeError(e) || e instanceof Error;
}

function toUSVString(str) {
  str = `${str}`;
  let out = '';
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < str.length) {
      const d = str.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out += str[i] + str[i + 1];
        i++;
        continue;
      }
    }
    out += (c >= 0xd800 && c <= 0xdfff) ? '\ufffd' : str[i];
  }
  return out;
}

const experimentalWarnings = new Set();
function emitExperimentalWarning(feature) {
  if (experimentalWarnings.has(feature)) return;
  experimentalWarnings.add(feature);
  const msg = `${feature} is an experimental feature and might change at any time`;
  process.emitWarning(msg, 'ExperimentalWarning');
}

function defineLazyProperties(target, id, keys, enumerable = true) {
  let mod;
  for (const key of keys) {
    Object.defineProperty(target, key, {
      enumerable,
      configurable: true,
      get() {
        if (mod === undefined) mod = require(id);
        const value = mod[key];
        Object.defineProperty(target, key, { value, writable: true, enumerable, configurable: true });
        return value;
      },
      set(value) {
        Object.defineProperty(target, key, { value, writable: true, enumerable, configurable: true });
      },
    });
  }
}

const signals = {
  SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGIOT: 6, SIGBUS: 7,
  SIGFPE: 8, SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14,
  SIGTERM: 15, SIGCHLD: 17, SIGSTKFLT: 16, SIGCONT: 18, SIGSTOP: 19, SIGTSTP: 20, SIGTTIN: 21,
  SIGTTOU: 22, SIGURG: 23, SIGXCPU: 24, SIGXFSZ: 25, SIGVTALRM: 26, SIGPROF: 27, SIGWINCH: 28,
  SIGIO: 29, SIGPOLL: 29, SIGPWR: 30, SIGSYS: 31,
};

function convertToValidSignal(signal) {
  if (typeof signal === 'number' && Object.values(signals).includes(signal)) return signal;
  if (typeof signal === 'string') {
    const n = signals[signal.toUpperCase()];
    if (n) return n;
  }
  throw new ERR_UNKNOWN_SIGNAL(signal);
}

function createDeferredPromise() {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function setOwnProperty(obj, key, value) {
  return Object.defineProperty(obj, key, { configurable: true, enumerable: true, value, writable: true });
}

function getConstructorOf(obj) {
  while (obj) {
    const descriptor = Object.getOwnPropertyDescriptor(obj, 'constructor');
    if (descriptor !== undefined && typeof descriptor.value === 'function' && descriptor.value.name !== '') {
      return descriptor.value;
    }
    obj = Object.getPrototypeOf(obj);
  }
  return null;
}

function cachedResult(fn) {
  let result;
  return () => {
    if (result === undefined) result = fn();
    return result.slice();
  };
}

function filterDuplicateStrings(items, low) {
  const map = new Map();
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const key = item.toLowerCase();
    if (low) map.set(key, key);
    else map.set(key, item);
  }
  return [...map.values()].sort();
}

let DOMExceptionCtor;
function lazyDOMException(message, name) {
  if (DOMExceptionCtor === undefined) DOMExceptionCtor = require('internal/per_context/domexception');
  return new DOMExceptionCtor(message, name);
}

module.exports = {
  createDeferredPromise,
  setOwnProperty,
  getConstructorOf,
  cachedResult,
  filterDuplicateStrings,
  lazyDOMException,
  isWindows: false,
  kIsEncodingSymbol: Symbol('kIsEncodingSymbol'),
  SideEffectFreeRegExpPrototypeSymbolReplace: (re, str, replacement) => String(str).replace(re, replacement),
  SideEffectFreeRegExpPrototypeSymbolSplit: (re, str, limit) => String(str).split(re, limit),
  assertCrypto: () => {},
  customInspectSymbol,
  customPromisifyArgs: kCustomPromisifyArgsSymbol,
  kCustomPromisifiedSymbol,
  kCustomPromisifyArgsSymbol,
  kEmptyObject,
  kEnumerableProperty,
  deprecate,
  promisify,
  once,
  spliceOne,
  join,
  normalizeEncoding,
  isError,
  toUSVString,
  emitExperimentalWarning,
  defineLazyProperties,
  getSystemErrorName,
  getSystemErrorMap,
  convertToValidSignal,
  signals,
  isInsideNodeModules: () => false,
};
