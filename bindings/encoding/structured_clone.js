'use strict';
// internal/structured_clone — the HTML structured clone algorithm behind
// Node's global structuredClone (Node uses V8's ValueSerializer; goja has
// none, so this walks the value in JavaScript with V8's rules).

const DOMException = require('internal/per_context/domexception');
const binding = internalBinding('internal/structured_clone');
const { isNativeError } = require('internal/util/types');

const errorCtors = {
  Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError,
};

const typedArrayCtors = [
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  Float32Array, Float64Array, BigInt64Array, BigUint64Array,
];

function cloneError(what) {
  return new DOMException(`${what} could not be cloned.`, 'DataCloneError');
}

function describe(v) {
  if (typeof v === 'function') return Function.prototype.toString.call(v);
  if (typeof v === 'symbol') return v.toString();
  let tag = Object.prototype.toString.call(v).slice(8, -1);
  const ctor = Object.getPrototypeOf(v) && Object.getPrototypeOf(v).constructor;
  if (ctor && typeof ctor.name === 'string' && ctor.name) tag = ctor.name;
  return `#<${tag}>`;
}

function typedArrayCtorOf(v) {
  for (const C of typedArrayCtors) if (v instanceof C) return C;
  return undefined;
}

function isPlainCloneable(v) {
  // Objects V8 refuses: promises, weak collections, and the like.
  return !(v instanceof Promise || v instanceof WeakMap || v instanceof WeakSet ||
    (typeof WeakRef === 'function' && v instanceof WeakRef));
}

function clone(value, memory) {
  if (typeof value === 'symbol' || typeof value === 'function') throw cloneError(describe(value));
  if (value === null || typeof value !== 'object') return value;
  if (memory.has(value)) return memory.get(value);

  let out;
  if (Array.isArray(value)) {
    out = new Array(value.length);
    memory.set(value, out);
    for (const key of Object.keys(value)) out[key] = clone(value[key], memory);
    return out;
  }
  if (value instanceof Date) {
    out = new Date(value.getTime());
    memory.set(value, out);
    return out;
  }
  if (value instanceof RegExp) {
    out = new RegExp(value.source, value.flags);
    memory.set(value, out);
    return out;
  }
  if (value instanceof ArrayBuffer) {
    out = value.slice(0);
    memory.set(value, out);
    return out;
  }
  if (ArrayBuffer.isView(value)) {
    const buf = clone(value.buffer, memory);
    if (value instanceof DataView) {
      out = new DataView(buf, value.byteOffset, value.byteLength);
    } else {
      const C = typedArrayCtorOf(value);
      out = new C(buf, value.byteOffset, value.length);
    }
    memory.set(value, out);
    return out;
  }
  if (value instanceof Map) {
    out = new Map();
    memory.set(value, out);
    for (const [k, v] of value) out.set(clone(k, memory), clone(v, memory));
    return out;
  }
  if (value instanceof Set) {
    out = new Set();
    memory.set(value, out);
    for (const v of value) out.add(clone(v, memory));
    return out;
  }
  // Only objects made by an Error constructor (V8's [[ErrorData]]) clone
  // as errors; DOMException and Object.create(Error.prototype) do not.
  if (isNativeError(value)) {
    const nameValue = value.name;
    const C = Object.prototype.hasOwnProperty.call(errorCtors, nameValue) ? errorCtors[nameValue] : Error;
    out = Object.create(C.prototype);
    memory.set(value, out);
    const stack = value.stack;
    if (typeof stack === 'string') {
      Object.defineProperty(out, 'stack', { value: stack, writable: true, configurable: true, enumerable: false });
    }
    const msg = Object.getOwnPropertyDescriptor(value, 'message');
    if (msg !== undefined) {
      Object.defineProperty(out, 'message', {
        value: `${value.message}`, writable: true, configurable: true, enumerable: false,
      });
    }
    if (Object.prototype.hasOwnProperty.call(value, 'cause')) {
      Object.defineProperty(out, 'cause', {
        value: clone(value.cause, memory), writable: true, configurable: true, enumerable: false,
      });
    }
    return out;
  }
  if (value instanceof Number || value instanceof String || value instanceof Boolean ||
      value instanceof BigInt) {
    out = Object(value.valueOf());
    memory.set(value, out);
    return out;
  }
  if (!isPlainCloneable(value)) throw cloneError(describe(value));
  if (typeof Blob === 'function' && value instanceof Blob) {
    out = value.slice(0, value.size, value.type);
    memory.set(value, out);
    return out;
  }
  out = {};
  memory.set(value, out);
  for (const key of Object.keys(value)) out[key] = clone(value[key], memory);
  return out;
}

function structuredClone(...args) {
  const [value, options] = args;
  if (args.length === 0) {
    const err = new TypeError('The value argument must be specified');
    err.code = 'ERR_MISSING_ARGS';
    throw err;
  }
  if (options !== undefined && options !== null && typeof options !== 'object') {
    const err = new TypeError('The options argument must be either an object or undefined');
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  const memory = new Map();
  const transfer = options == null ? undefined : options.transfer;
  let list = [];
  if (transfer != null) {
    if (transfer === null || typeof transfer[Symbol.iterator] !== 'function' || typeof transfer === 'string') {
      const err = new TypeError('Optional transferList argument must be an iterable');
      err.code = 'ERR_INVALID_ARG_TYPE';
      throw err;
    }
    list = [...transfer];
    for (const item of list) {
      if (!(item instanceof ArrayBuffer)) {
        const err = new TypeError('Found invalid object in transferList');
        err.code = 'ERR_INVALID_TRANSFER_OBJECT';
        throw err;
      }
    }
    if (new Set(list).size !== list.length) {
      throw new DOMException('Transfer list contains duplicate ArrayBuffer', 'DataCloneError');
    }
    // Transferred buffers move: the clone gets their bytes and the
    // originals are detached once the views over them have been cloned.
    for (const ab of list) memory.set(ab, binding.share(ab));
  }
  const out = clone(value, memory);
  for (const ab of list) binding.detach(ab);
  return out;
}

module.exports = { structuredClone };
