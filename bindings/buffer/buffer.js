'use strict';
// buffer — follows Node's lib/buffer.js and lib/internal/buffer.js: the
// Buffer class (a Uint8Array subclass), its static helpers, the
// read/write number methods, atob/btoa. Byte work (encoding, searching,
// comparing, copying, filling) is done by Go ops in internalBinding('buffer').

const binding = internalBinding('buffer');
const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_BUFFER_SIZE,
    ERR_MISSING_ARGS,
    ERR_OUT_OF_RANGE,
    ERR_UNKNOWN_ENCODING,
  },
} = require('internal/errors');
const { validateBuffer, validateInteger, validateNumber, validateString } = require('internal/validators');

const kMaxLength = 2 ** 32;
const kStringMaxLength = 536870888;
const constants = Object.defineProperties({}, {
  MAX_LENGTH: { value: kMaxLength, writable: false, enumerable: true },
  MAX_STRING_LENGTH: { value: kStringMaxLength, writable: false, enumerable: true },
});
let INSPECT_MAX_BYTES = 50;

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

// FastBuffer is the real class; Buffer is the public constructor function
// sharing its prototype (so `new Buffer()` keeps its legacy behaviour).
// (No explicit constructor: goja runs the default derived one noticeably
// faster, and it forwards the same arguments.)
class FastBuffer extends Uint8Array {}
binding.setFastBuffer(FastBuffer);

// ---- encodings ---------------------------------------------------------
// Numbers shared with codec.go's Encoding constants.
const UTF8 = 0, UCS2 = 1, LATIN1 = 2, ASCII = 3, BASE64 = 4, BASE64URL = 5, HEX = 6;
const encodingNames = ['utf8', 'utf16le', 'latin1', 'ascii', 'base64', 'base64url', 'hex'];

// encodingId returns the codec number of a Node encoding name, or -1.
function encodingId(enc) {
  switch (enc) {
    case 'utf8': case 'utf-8': return UTF8;
    case 'hex': return HEX;
    case 'base64': return BASE64;
    case 'latin1': case 'binary': return LATIN1;
    case 'ascii': return ASCII;
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return UCS2;
    case 'base64url': return BASE64URL;
  }
  switch (`${enc}`.toLowerCase()) {
    case 'utf8': case 'utf-8': return UTF8;
    case 'hex': return HEX;
    case 'base64': return BASE64;
    case 'latin1': case 'binary': return LATIN1;
    case 'ascii': return ASCII;
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return UCS2;
    case 'base64url': return BASE64URL;
  }
  return -1;
}

// normalizeEncoding maps a name to Node's canonical one (undefined if
// unknown); '' and undefined mean utf8.
function normalizeEncoding(enc) {
  if (enc == null || enc === '') return 'utf8';
  const id = encodingId(enc);
  return id < 0 ? undefined : encodingNames[id];
}

// encodingOrThrow returns the codec number, throwing Node's error for
// unknown names; undefined/'' mean utf8.
function encodingOrThrow(enc) {
  if (enc === undefined || enc === '' || enc === null) return UTF8;
  const id = encodingId(enc);
  if (id < 0) throw new ERR_UNKNOWN_ENCODING(enc);
  return id;
}

function base64ByteLength(str, bytes) {
  if (str.charCodeAt(bytes - 1) === 0x3D) bytes--;
  if (bytes > 1 && str.charCodeAt(bytes - 1) === 0x3D) bytes--;
  return (bytes * 3) >>> 2;
}

// ---- validation ----------------------------------------------------------
function isUint8Array(v) {
  return v instanceof Uint8Array;
}

function isAnyArrayBuffer(v) {
  return v instanceof ArrayBuffer ||
    (typeof SharedArrayBuffer === 'function' && v instanceof SharedArrayBuffer);
}

function validateOffset(value, name, min = 0, max = kMaxLength) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

// ---- construction ----------------------------------------------------------
let bufferWarned = false;

// isInsideNodeModules reports whether the nearest non-core caller lives in
// a node_modules directory (Node only warns about Buffer() in user code).
function isInsideNodeModules() {
  const stack = new Error().stack;
  if (typeof stack !== 'string') return false;
  for (const line of stack.split('\n').slice(1)) {
    if (line.includes('node:') || line.includes('(native)')) continue;
    return /[\\/]node_modules[\\/]/.test(line);
  }
  return false;
}

function showFlaggedDeprecation() {
  if (bufferWarned || isInsideNodeModules()) return;
  bufferWarned = true;
  process.emitWarning(
    'Buffer() is deprecated due to security and usability issues. Please use the ' +
    'Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.',
    'DeprecationWarning', 'DEP0005');
}

function Buffer(arg, encodingOrOffset, length) {
  showFlaggedDeprecation();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') {
      throw new ERR_INVALID_ARG_TYPE('string', 'string', arg);
    }
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

Object.defineProperty(Buffer, Symbol.species, {
  enumerable: false, configurable: true, get() { return FastBuffer; },
});

Buffer.prototype = FastBuffer.prototype;
Object.defineProperty(FastBuffer.prototype, 'constructor', {
  value: Buffer, writable: true, enumerable: false, configurable: true,
});
Object.setPrototypeOf(Buffer, Uint8Array);

Buffer.poolSize = 8 * 1024;

function fromString(string, encoding) {
  let enc = UTF8;
  if (typeof encoding === 'string' && encoding.length !== 0) {
    enc = encodingId(encoding);
    if (enc < 0) throw new ERR_UNKNOWN_ENCODING(encoding);
  }
  if (string.length === 0) return new FastBuffer();
  return binding.fromString(string, enc);
}

function fromArrayBuffer(obj, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) byteOffset = 0;
  }
  const maxLength = obj.byteLength - byteOffset;
  if (maxLength < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
    } else {
      length = 0;
    }
  }
  return new FastBuffer(obj, byteOffset, length);
}

function fromArrayLike(obj) {
  const len = obj.length;
  if (len <= 0) return new FastBuffer();
  const b = new FastBuffer(len);
  if (obj instanceof Uint8Array) {
    binding.copy(obj, b, 0, 0, len);
  } else {
    b.set(obj, 0);
  }
  return b;
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
  return undefined;
}

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value &&
        (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }
    const b = fromObject(value);
    if (b) return b;
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }
  throw new ERR_INVALID_ARG_TYPE('first argument',
    ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
};

Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!ArrayBuffer.isView(view) || view instanceof DataView) {
    throw new ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  }
  const viewLength = view.length;
  if (viewLength === 0) return Buffer.alloc(0);
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateInteger(offset, 'offset', 0);
      if (offset >= viewLength) return new FastBuffer();
    } else {
      offset = 0;
    }
    let end;
    if (length !== undefined) {
      validateInteger(length, 'length', 0);
      end = offset + length;
    } else {
      end = viewLength;
    }
    view = view.subarray(offset, end);
  }
  const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  return fromArrayLike(bytes);
};

Buffer.of = function of(...items) {
  const b = new FastBuffer(items.length);
  for (let i = 0; i < items.length; i++) b[i] = items[i];
  return b;
};

function assertSize(size) {
  validateNumber(size, 'size', 0, kMaxLength);
}

Buffer.alloc = function alloc(size, fill, encoding) {
  assertSize(size);
  if (fill !== undefined && fill !== 0 && size > 0) {
    const buf = new FastBuffer(size);
    return _fill(buf, fill, 0, buf.length, encoding);
  }
  return new FastBuffer(size);
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  assertSize(size);
  return new FastBuffer(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  assertSize(size);
  return new FastBuffer(size);
};

function SlowBuffer(size) {
  assertSize(size);
  return new FastBuffer(size);
}
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw new ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw new ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2) return 0;
  return binding.compare(buf1, buf2);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 && encodingId(encoding) >= 0;
};
Buffer[Symbol('kIsEncodingSymbol')] = Buffer.isEncoding; // as Node's internal/util symbol

Buffer.concat = function concat(list, length) {
  if (!Array.isArray(list)) throw new ERR_INVALID_ARG_TYPE('list', 'Array', list);
  if (list.length === 0) return new FastBuffer();
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i].length) length += list[i].length;
    }
  } else {
    validateOffset(length, 'length');
  }
  const buffer = new FastBuffer(length);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (!isUint8Array(buf)) {
      throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], list[i]);
    }
    pos += binding.copy(buf, buffer, pos, 0, buf.length);
  }
  return buffer;
};

function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (ArrayBuffer.isView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw new ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  const len = string.length;
  if (len === 0) return 0;
  if (!encoding) return binding.byteLengthUtf8(string);
  switch (encodingId(encoding)) {
    case UTF8: return binding.byteLengthUtf8(string);
    case UCS2: return len * 2;
    case LATIN1: case ASCII: return len;
    case BASE64: case BASE64URL: return base64ByteLength(string, len);
    case HEX: return len >>> 1;
  }
  return binding.byteLengthUtf8(string);
}
Buffer.byteLength = byteLength;

// ---- prototype -----------------------------------------------------------
const proto = Buffer.prototype;

Object.defineProperty(proto, 'parent', {
  enumerable: true, configurable: true,
  get() { return this instanceof Buffer ? this.buffer : undefined; },
});
Object.defineProperty(proto, 'offset', {
  enumerable: true, configurable: true,
  get() { return this instanceof Buffer ? this.byteOffset : undefined; },
});

// indexOutOfRange is the error Node's C++ slice methods throw.
function indexOutOfRange() {
  const err = new RangeError('Index out of range');
  err.code = 'ERR_OUT_OF_RANGE';
  return err;
}

// sliceIndex converts like V8's IntegerValue (NaN → 0, truncation).
function sliceIndex(v, dflt) {
  if (v === undefined) return dflt;
  const n = Math.trunc(Number(v)) || 0;
  if (n < 0) throw indexOutOfRange();
  return n;
}

function defineSlice(name, enc) {
  proto[name] = function (start, end) {
    start = sliceIndex(start, 0);
    end = sliceIndex(end, this.length);
    if (end < start) end = start;
    if (end > this.length) throw indexOutOfRange();
    return binding.toString(this, enc, start, end);
  };
}
function defineWrite(name, enc) {
  proto[name] = function (string, offset = 0, length = this.length - offset) {
    if (typeof string !== 'string') throw stringRequired();
    if (offset > this.length) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
    return binding.write(this, string, enc, offset, length);
  };
}
for (let i = 0; i < encodingNames.length; i++) {
  const base = encodingNames[i] === 'utf16le' ? 'ucs2' : encodingNames[i];
  defineSlice(`${base}Slice`, i);
  defineWrite(`${base}Write`, i);
}

proto.toString = function toString(encoding, start, end) {
  // No `arguments` here: goja materialises it on every call.
  if (encoding === undefined && start === undefined && end === undefined) {
    return binding.toString(this, UTF8, 0, 0x7fffffff);
  }
  const len = this.length;
  if (start <= 0) {
    start = 0;
  } else if (start >= len) {
    return '';
  } else {
    start = Math.trunc(start) || 0;
  }
  if (end === undefined || end > len) {
    end = len;
  } else {
    end = Math.trunc(end) || 0;
  }
  if (end <= start) return '';
  if (encoding === undefined) return binding.toString(this, UTF8, start, end);
  const enc = encodingId(encoding);
  if (enc < 0) throw new ERR_UNKNOWN_ENCODING(encoding);
  return binding.toString(this, enc, start, end);
};
proto.toLocaleString = proto.toString;

proto.equals = function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer)) {
    throw new ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
  }
  if (this === otherBuffer) return true;
  if (this.byteLength !== otherBuffer.byteLength) return false;
  return this.byteLength === 0 || binding.compare(this, otherBuffer) === 0;
};

proto[customInspectSymbol] = function inspect(recurseTimes, ctx) {
  const max = INSPECT_MAX_BYTES;
  const actualMax = Math.min(max, this.length);
  const remaining = this.length - max;
  let str = binding.toString(this, HEX, 0, actualMax).replace(/(.{2})/g, '$1 ').trim();
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  if (ctx) {
    const keys = ctx.showHidden ? Object.getOwnPropertyNames(this) : Object.keys(this);
    const extra = keys.filter((k) => !/^(0|[1-9][0-9]*)$/.test(k));
    if (extra.length > 0) {
      const obj = { __proto__: null };
      for (const k of extra) obj[k] = this[k];
      const utilInspect = require('internal/util/inspect').inspect;
      if (this.length !== 0) str += ', ';
      str += utilInspect(obj, { ...ctx, breakLength: Infinity, compact: true }).slice(27, -2);
    }
  }
  return `<${this.constructor.name} ${str}>`;
};
proto.inspect = proto[customInspectSymbol];

proto.compare = function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  if (arguments.length === 1) return binding.compare(this, target);
  if (targetStart === undefined) targetStart = 0;
  else validateOffset(targetStart, 'targetStart');
  if (targetEnd === undefined) targetEnd = target.length;
  else validateOffset(targetEnd, 'targetEnd', 0, target.length);
  if (sourceStart === undefined) sourceStart = 0;
  else validateOffset(sourceStart, 'sourceStart');
  if (sourceEnd === undefined) sourceEnd = this.length;
  else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
  if (sourceStart >= sourceEnd) return (targetStart >= targetEnd ? 0 : -1);
  if (targetStart >= targetEnd) return 1;
  if (targetStart > target.length) throw new ERR_OUT_OF_RANGE('targetStart', `>= 0 && <= ${target.length}`, targetStart);
  if (sourceStart > this.length) throw new ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${this.length}`, sourceStart);
  return binding.compare(this, sourceStart, sourceEnd, target, targetStart, targetEnd);
};

function bidirectionalIndexOf(buffer, val, byteOffset, encoding, dir) {
  validateBuffer(buffer);
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  if (Number.isNaN(byteOffset)) byteOffset = dir ? 0 : (buffer.length || buffer.byteLength);
  dir = !!dir;
  if (typeof val === 'number') {
    return binding.indexOf(buffer, Uint8Array.of((val >>> 0) & 255), byteOffset, dir);
  }
  let enc;
  if (encoding === undefined) enc = UTF8;
  else enc = encodingId(encoding);
  if (typeof val === 'string') {
    if (enc < 0) throw new ERR_UNKNOWN_ENCODING(encoding);
    return binding.indexOfString(buffer, val, enc, byteOffset, dir);
  }
  if (isUint8Array(val)) return binding.indexOf(buffer, val, byteOffset, dir);
  throw new ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
}

proto.indexOf = function indexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
};
proto.lastIndexOf = function lastIndexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
};
proto.includes = function includes(val, byteOffset, encoding) {
  return this.indexOf(val, byteOffset, encoding) !== -1;
};

function _fill(buf, value, offset, end, encoding) {
  let enc;
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    const normalized = normalizeEncoding(encoding);
    if (normalized === undefined) {
      validateString(encoding, 'encoding');
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    enc = encodingId(normalized);
    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1) {
      if (enc === UTF8) {
        const code = value.charCodeAt(0);
        if (code < 128) value = code;
      } else if (enc === LATIN1) {
        value = value.charCodeAt(0);
      }
    }
  }
  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) end = buf.length;
    else validateOffset(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }
  if (typeof value === 'number') {
    if (offset > end || end > buf.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS();
    Uint8Array.prototype.fill.call(buf, value, offset, end);
  } else if (typeof value === 'string') {
    if (end > buf.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS();
    if (binding.fillString(buf, value, enc, offset, end) < 0) {
      throw new ERR_INVALID_ARG_VALUE('value', value);
    }
  } else if (ArrayBuffer.isView(value)) {
    const bytes = value instanceof Uint8Array ? value :
      new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    if (bytes.length === 0) throw new ERR_INVALID_ARG_VALUE('value', value);
    binding.fill(buf, bytes, offset, end);
  } else {
    Uint8Array.prototype.fill.call(buf, (Number(value) >>> 0) & 255, offset, end);
  }
  return buf;
}

proto.fill = function fill(value, offset, end, encoding) {
  return _fill(this, value, offset, end, encoding);
};

proto.write = function write(string, offset, length, encoding) {
  if (offset === undefined) {
    if (typeof string !== 'string') throw stringRequired();
    return binding.write(this, string, UTF8, 0, this.length);
  }
  if (length === undefined && typeof offset === 'string') {
    encoding = offset;
    length = this.length;
    offset = 0;
  } else {
    validateOffset(offset, 'offset', 0, this.length);
    const remaining = this.length - offset;
    if (length === undefined) {
      length = remaining;
    } else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateOffset(length, 'length', 0, this.length);
      if (length > remaining) length = remaining;
    }
  }
  const enc = encodingOrThrow(encoding);
  if (typeof string !== 'string') throw stringRequired();
  return binding.write(this, string, enc, offset, length);
};

// stringRequired is the error Node's C++ write ops throw for non-strings.
function stringRequired() {
  const err = new TypeError('argument must be a string');
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

proto.toJSON = function toJSON() {
  if (this.length > 0) {
    const data = new Array(this.length);
    for (let i = 0; i < this.length; ++i) data[i] = this[i];
    return { type: 'Buffer', data };
  }
  return { type: 'Buffer', data: [] };
};

function adjustOffset(offset, length) {
  offset = Math.trunc(offset);
  if (offset === 0 || Number.isNaN(offset)) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  if (offset < length) return offset;
  return length;
}

proto.subarray = function subarray(start, end) {
  const srcLength = this.length;
  start = adjustOffset(start, srcLength);
  end = end !== undefined ? adjustOffset(end, srcLength) : srcLength;
  const newLength = end > start ? end - start : 0;
  return new FastBuffer(this.buffer, this.byteOffset + start, newLength);
};
proto.slice = function slice(start, end) {
  return this.subarray(start, end);
};

function swapper(size, name) {
  return function () {
    const len = this.length;
    if (len % size !== 0) throw new ERR_INVALID_BUFFER_SIZE(name);
    binding.swap(this, size);
    return this;
  };
}
proto.swap16 = swapper(2, '16-bits');
proto.swap32 = swapper(4, '32-bits');
proto.swap64 = swapper(8, '64-bits');

function toInteger(n, defaultVal) {
  n = +n;
  if (!Number.isNaN(n) && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) {
    return ((n % 1) === 0 ? n : Math.floor(n));
  }
  return defaultVal;
}

function _copy(source, target, targetStart, sourceStart, sourceEnd) {
  if (!isUint8Array(source)) throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = toInteger(targetStart, 0);
    if (targetStart < 0) throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
  }
  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > source.length) {
      throw new ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${source.length}`, sourceStart);
    }
  }
  if (sourceEnd === undefined) {
    sourceEnd = source.length;
  } else {
    sourceEnd = toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
  }
  if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;
  return binding.copy(source, target, targetStart, sourceStart, sourceEnd);
}

proto.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
  return _copy(this, target, targetStart, sourceStart, sourceEnd);
};

// ---- number reads and writes (lib/internal/buffer.js) ---------------------
function checkNumberOffset(offset) {
  if (typeof offset !== 'number') throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
}

function boundsError(value, length, type) {
  if (Math.floor(value) !== value) {
    if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(type || 'offset', 'number', value);
    throw new ERR_OUT_OF_RANGE(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  throw new ERR_OUT_OF_RANGE(type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value);
}

function checkBounds(buf, offset, byteLength) {
  checkNumberOffset(offset);
  if (buf[offset] === undefined || buf[offset + byteLength] === undefined) {
    boundsError(offset, buf.length - (byteLength + 1));
  }
}

function checkInt(value, min, max, buf, offset, byteLength) {
  if (value > max || value < min) {
    const n = typeof min === 'bigint' ? 'n' : '';
    let range;
    if (byteLength > 3) {
      if (min === 0 || min === 0n) {
        range = `>= 0${n} and < 2${n} ** ${(byteLength + 1) * 8}${n}`;
      } else {
        range = `>= -(2${n} ** ${(byteLength + 1) * 8 - 1}${n}) and < 2${n} ** ${(byteLength + 1) * 8 - 1}${n}`;
      }
    } else {
      range = `>= ${min}${n} and <= ${max}${n}`;
    }
    throw new ERR_OUT_OF_RANGE('value', range, value);
  }
  checkBounds(buf, offset, byteLength);
}

// readBytes checks offset for an n-byte read and returns it.
function checkRead(buf, offset, n) {
  checkNumberOffset(offset);
  if (buf[offset] === undefined || buf[offset + n - 1] === undefined) {
    boundsError(offset, buf.length - n);
  }
}

function readUIntLEn(buf, offset, n) {
  checkRead(buf, offset, n);
  let val = 0;
  let mul = 1;
  for (let i = 0; i < n; i++) {
    val += buf[offset + i] * mul;
    mul *= 256;
  }
  return val;
}

function readUIntBEn(buf, offset, n) {
  checkRead(buf, offset, n);
  let val = 0;
  for (let i = 0; i < n; i++) val = val * 256 + buf[offset + i];
  return val;
}

function signed(val, n) {
  const limit = 2 ** (8 * n - 1);
  return val >= limit ? val - 2 * limit : val;
}

function byteLengthOrThrow(byteLength) {
  if (byteLength === 1 || byteLength === 2 || byteLength === 3 || byteLength === 4 ||
      byteLength === 5 || byteLength === 6) return;
  boundsError(byteLength, 6, 'byteLength');
}

proto.readUIntLE = function readUIntLE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  byteLengthOrThrow(byteLength);
  return readUIntLEn(this, offset, byteLength);
};
proto.readUIntBE = function readUIntBE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  byteLengthOrThrow(byteLength);
  return readUIntBEn(this, offset, byteLength);
};
proto.readIntLE = function readIntLE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  byteLengthOrThrow(byteLength);
  return signed(readUIntLEn(this, offset, byteLength), byteLength);
};
proto.readIntBE = function readIntBE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  byteLengthOrThrow(byteLength);
  return signed(readUIntBEn(this, offset, byteLength), byteLength);
};

proto.readUInt8 = function readUInt8(offset = 0) {
  checkNumberOffset(offset);
  const val = this[offset];
  if (val === undefined) boundsError(offset, this.length - 1);
  return val;
};
proto.readInt8 = function readInt8(offset = 0) {
  checkNumberOffset(offset);
  const val = this[offset];
  if (val === undefined) boundsError(offset, this.length - 1);
  return val | (val & 2 ** 7) * 0x1fffffe;
};
// The 16- and 32-bit readers are spelled out: they are on protocol hot
// paths and goja runs straight-line code much faster than loops.
proto.readUInt16LE = function readUInt16LE(offset = 0) {
  if (typeof offset !== 'number') checkNumberOffset(offset);
  const first = this[offset];
  const last = this[offset + 1];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 2);
  return first + last * 256;
};
proto.readUInt16BE = function readUInt16BE(offset = 0) {
  if (typeof offset !== 'number') checkNumberOffset(offset);
  const first = this[offset];
  const last = this[offset + 1];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 2);
  return first * 256 + last;
};
proto.readInt16LE = function readInt16LE(offset = 0) {
  const v = this.readUInt16LE(offset);
  return v | (v & 0x8000) * 0x1fffe;
};
proto.readInt16BE = function readInt16BE(offset = 0) {
  const v = this.readUInt16BE(offset);
  return v | (v & 0x8000) * 0x1fffe;
};
proto.readUInt32LE = function readUInt32LE(offset = 0) {
  if (typeof offset !== 'number') checkNumberOffset(offset);
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
  return first + this[offset + 1] * 0x100 + this[offset + 2] * 0x10000 + last * 0x1000000;
};
proto.readUInt32BE = function readUInt32BE(offset = 0) {
  if (typeof offset !== 'number') checkNumberOffset(offset);
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
  return first * 0x1000000 + this[offset + 1] * 0x10000 + this[offset + 2] * 0x100 + last;
};
proto.readInt32LE = function readInt32LE(offset = 0) {
  if (typeof offset !== 'number') checkNumberOffset(offset);
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
  return first + this[offset + 1] * 0x100 + this[offset + 2] * 0x10000 + (last << 24);
};
proto.readInt32BE = function readInt32BE(offset = 0) {
  if (typeof offset !== 'number') checkNumberOffset(offset);
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
  return (first << 24) + this[offset + 1] * 0x10000 + this[offset + 2] * 0x100 + last;
};

proto.readBigUInt64LE = function readBigUInt64LE(offset = 0) {
  checkRead(this, offset, 8);
  const lo = this[offset] + this[offset + 1] * 2 ** 8 + this[offset + 2] * 2 ** 16 + this[offset + 3] * 2 ** 24;
  const hi = this[offset + 4] + this[offset + 5] * 2 ** 8 + this[offset + 6] * 2 ** 16 + this[offset + 7] * 2 ** 24;
  return BigInt(lo) + (BigInt(hi) << 32n);
};
proto.readBigUInt64BE = function readBigUInt64BE(offset = 0) {
  checkRead(this, offset, 8);
  const hi = this[offset] * 2 ** 24 + this[offset + 1] * 2 ** 16 + this[offset + 2] * 2 ** 8 + this[offset + 3];
  const lo = this[offset + 4] * 2 ** 24 + this[offset + 5] * 2 ** 16 + this[offset + 6] * 2 ** 8 + this[offset + 7];
  return (BigInt(hi) << 32n) + BigInt(lo);
};
proto.readBigInt64LE = function readBigInt64LE(offset = 0) {
  return BigInt.asIntN(64, this.readBigUInt64LE(offset));
};
proto.readBigInt64BE = function readBigInt64BE(offset = 0) {
  return BigInt.asIntN(64, this.readBigUInt64BE(offset));
};

// Float scratch space: the host is little-endian (amd64, arm64).
const float32Array = new Float32Array(1);
const uInt8Float32Array = new Uint8Array(float32Array.buffer);
const float64Array = new Float64Array(1);
const uInt8Float64Array = new Uint8Array(float64Array.buffer);

function readFloatGeneric(buf, offset, n, le) {
  checkRead(buf, offset, n);
  const scratch = n === 4 ? uInt8Float32Array : uInt8Float64Array;
  for (let i = 0; i < n; i++) scratch[le ? i : n - 1 - i] = buf[offset + i];
  return n === 4 ? float32Array[0] : float64Array[0];
}
proto.readFloatLE = function readFloatLE(offset = 0) { return readFloatGeneric(this, offset, 4, true); };
proto.readFloatBE = function readFloatBE(offset = 0) { return readFloatGeneric(this, offset, 4, false); };
proto.readDoubleLE = function readDoubleLE(offset = 0) { return readFloatGeneric(this, offset, 8, true); };
proto.readDoubleBE = function readDoubleBE(offset = 0) { return readFloatGeneric(this, offset, 8, false); };

const canonicalNaN64 = [0, 0, 0, 0, 0, 0, 0xf8, 0x7f];

function writeFloatGeneric(buf, value, offset, n, le) {
  value = +value;
  checkBounds(buf, offset, n - 1);
  let scratch;
  if (n === 4) {
    float32Array[0] = value;
    scratch = uInt8Float32Array;
  } else {
    float64Array[0] = value;
    scratch = uInt8Float64Array;
    // goja's NaN has a payload bit set; store V8's canonical quiet NaN.
    if (value !== value) scratch.set(canonicalNaN64);
  }
  for (let i = 0; i < n; i++) buf[offset + i] = scratch[le ? i : n - 1 - i];
  return offset + n;
}
proto.writeFloatLE = function writeFloatLE(val, offset = 0) { return writeFloatGeneric(this, val, offset, 4, true); };
proto.writeFloatBE = function writeFloatBE(val, offset = 0) { return writeFloatGeneric(this, val, offset, 4, false); };
proto.writeDoubleLE = function writeDoubleLE(val, offset = 0) { return writeFloatGeneric(this, val, offset, 8, true); };
proto.writeDoubleBE = function writeDoubleBE(val, offset = 0) { return writeFloatGeneric(this, val, offset, 8, false); };

// storeInt stores value (already range-checked) as n bytes: the low 32
// bits through ToUint32 shifts and the rest from floor(value / 2 ** 32),
// as Node's writers do (so fractions and -0.5 truncate the same way).
function storeInt(buf, value, offset, n, le) {
  const hi = n > 4 ? Math.floor(value * 2 ** -32) : 0;
  for (let i = 0; i < n; i++) {
    const byte = i < 4 ? value >>> (8 * i) : hi >>> (8 * (i - 4));
    buf[le ? offset + i : offset + n - 1 - i] = byte;
  }
  return offset + n;
}

function writeU_Int8(buf, value, offset, min, max) {
  value = +value;
  checkNumberOffset(offset);
  if (value > max || value < min) throw new ERR_OUT_OF_RANGE('value', `>= ${min} and <= ${max}`, value);
  if (buf[offset] === undefined) boundsError(offset, buf.length - 1);
  buf[offset] = value;
  return offset + 1;
}

function writeIntN(buf, value, offset, n, min, max, le) {
  if (n === 1) return writeU_Int8(buf, value, offset, min, max);
  value = +value;
  checkInt(value, min, max, buf, offset, n - 1);
  return storeInt(buf, value, offset, n, le);
}

const uintMax = [0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffff, 0xffffffffffff];
const intMin = [0, -0x80, -0x8000, -0x800000, -0x80000000, -0x8000000000, -0x800000000000];
const intMax = [0, 0x7f, 0x7fff, 0x7fffff, 0x7fffffff, 0x7fffffffff, 0x7fffffffffff];

proto.writeUInt8 = function writeUInt8(value, offset = 0) { return writeU_Int8(this, value, offset, 0, 0xff); };
proto.writeInt8 = function writeInt8(value, offset = 0) { return writeU_Int8(this, value, offset, -0x80, 0x7f); };
// Straight-line 16/32-bit writers (hot paths); range errors go through
// checkInt as in Node.
function write16(buf, value, offset, min, max, le) {
  value = +value;
  if (value > max || value < min || typeof offset !== 'number' ||
      buf[offset] === undefined || buf[offset + 1] === undefined) {
    checkInt(value, min, max, buf, offset, 1);
  }
  if (le) {
    buf[offset] = value;
    buf[offset + 1] = value >>> 8;
  } else {
    buf[offset] = value >>> 8;
    buf[offset + 1] = value;
  }
  return offset + 2;
}
function write32(buf, value, offset, min, max, le) {
  value = +value;
  if (value > max || value < min || typeof offset !== 'number' ||
      buf[offset] === undefined || buf[offset + 3] === undefined) {
    checkInt(value, min, max, buf, offset, 3);
  }
  if (le) {
    buf[offset] = value;
    buf[offset + 1] = value >>> 8;
    buf[offset + 2] = value >>> 16;
    buf[offset + 3] = value >>> 24;
  } else {
    buf[offset] = value >>> 24;
    buf[offset + 1] = value >>> 16;
    buf[offset + 2] = value >>> 8;
    buf[offset + 3] = value;
  }
  return offset + 4;
}
proto.writeUInt16LE = function writeUInt16LE(value, offset = 0) { return write16(this, value, offset, 0, 0xffff, true); };
proto.writeUInt16BE = function writeUInt16BE(value, offset = 0) { return write16(this, value, offset, 0, 0xffff, false); };
proto.writeInt16LE = function writeInt16LE(value, offset = 0) { return write16(this, value, offset, -0x8000, 0x7fff, true); };
proto.writeInt16BE = function writeInt16BE(value, offset = 0) { return write16(this, value, offset, -0x8000, 0x7fff, false); };
proto.writeUInt32LE = function writeUInt32LE(value, offset = 0) { return write32(this, value, offset, 0, 0xffffffff, true); };
proto.writeUInt32BE = function writeUInt32BE(value, offset = 0) { return write32(this, value, offset, 0, 0xffffffff, false); };
proto.writeInt32LE = function writeInt32LE(value, offset = 0) { return write32(this, value, offset, -0x80000000, 0x7fffffff, true); };
proto.writeInt32BE = function writeInt32BE(value, offset = 0) { return write32(this, value, offset, -0x80000000, 0x7fffffff, false); };
proto.writeUIntLE = function writeUIntLE(value, offset, byteLength) {
  byteLengthOrThrow(byteLength);
  return writeIntN(this, value, offset, byteLength, 0, uintMax[byteLength], true);
};
proto.writeUIntBE = function writeUIntBE(value, offset, byteLength) {
  byteLengthOrThrow(byteLength);
  return writeIntN(this, value, offset, byteLength, 0, uintMax[byteLength], false);
};
proto.writeIntLE = function writeIntLE(value, offset, byteLength) {
  byteLengthOrThrow(byteLength);
  return writeIntN(this, value, offset, byteLength, intMin[byteLength], intMax[byteLength], true);
};
proto.writeIntBE = function writeIntBE(value, offset, byteLength) {
  byteLengthOrThrow(byteLength);
  return writeIntN(this, value, offset, byteLength, intMin[byteLength], intMax[byteLength], false);
};

function writeBigU_Int64(buf, value, offset, min, max, le) {
  checkInt(value, min, max, buf, offset, 7);
  const lo = Number(value & 0xffffffffn);
  const hi = Number(value >> 32n & 0xffffffffn);
  storeInt(buf, le ? lo : hi, offset, 4, le);
  storeInt(buf, le ? hi : lo, offset + 4, 4, le);
  return offset + 8;
}
proto.writeBigUInt64LE = function writeBigUInt64LE(value, offset = 0) {
  return writeBigU_Int64(this, value, offset, 0n, 0xffffffffffffffffn, true);
};
proto.writeBigUInt64BE = function writeBigUInt64BE(value, offset = 0) {
  return writeBigU_Int64(this, value, offset, 0n, 0xffffffffffffffffn, false);
};
proto.writeBigInt64LE = function writeBigInt64LE(value, offset = 0) {
  return writeBigU_Int64(this, value, offset, -(2n ** 63n), 2n ** 63n - 1n, true);
};
proto.writeBigInt64BE = function writeBigInt64BE(value, offset = 0) {
  return writeBigU_Int64(this, value, offset, -(2n ** 63n), 2n ** 63n - 1n, false);
};

// Lower-case "Uint" aliases, as Node has.
for (const name of Object.getOwnPropertyNames(proto)) {
  if (/^(read|write)(Big)?UInt/.test(name)) proto[name.replace('UInt', 'Uint')] = proto[name];
}

// ---- module-level helpers ----------------------------------------------------
function isUtf8(input) {
  if (ArrayBuffer.isView(input) || isAnyArrayBuffer(input)) return binding.isUtf8(input);
  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function isAscii(input) {
  if (ArrayBuffer.isView(input) || isAnyArrayBuffer(input)) return binding.isAscii(input);
  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) {
    throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  }
  if (source.length === 0) return Buffer.alloc(0);
  const from = normalizeEncoding(fromEncoding) || fromEncoding;
  const to = normalizeEncoding(toEncoding) || toEncoding;
  const ok = ['utf8', 'utf16le', 'latin1', 'ascii'];
  if (!ok.includes(from) || !ok.includes(to)) {
    const err = new Error(`Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR]`);
    err.code = 'U_ILLEGAL_ARGUMENT_ERROR';
    err.errno = 1;
    throw err;
  }
  let str = binding.toString(source, encodingId(from), 0, source.length);
  if (to === 'ascii') str = str.replace(/[^\x00-\x7f]/g, '?');
  else if (to === 'latin1') str = str.replace(/[^\x00-\xff]/g, '?');
  return fromString(str, to);
}

function lazyDOMException(message, name) {
  const DOMException = require('internal/per_context/domexception');
  return new DOMException(message, name);
}

function btoa(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  for (let n = 0; n < input.length; n++) {
    if (input.charCodeAt(n) > 0xff) throw lazyDOMException('Invalid character', 'InvalidCharacterError');
  }
  return binding.toString(binding.fromString(input, LATIN1), BASE64, 0, Infinity);
}

function atob(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  let nonWs = 0;
  let equals = 0;
  for (let n = 0; n < input.length; n++) {
    const c = input.charCodeAt(n);
    if (c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d || c === 0x20) continue;
    const isB64 = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) ||
      c === 0x2b || c === 0x2f;
    if (c === 0x3d) {
      equals++;
    } else if (!isB64 || equals > 0) {
      throw lazyDOMException('Invalid character', 'InvalidCharacterError');
    }
    nonWs++;
  }
  if (equals > 2) throw lazyDOMException('Invalid character', 'InvalidCharacterError');
  if (equals > 0 && nonWs % 4 !== 0) throw lazyDOMException('Invalid character', 'InvalidCharacterError');
  if (nonWs % 4 === 1) {
    throw lazyDOMException('The string to be decoded is not correctly encoded.', 'InvalidCharacterError');
  }
  const out = binding.atob(input);
  if (out === null) throw lazyDOMException('The string to be decoded is not correctly encoded.', 'InvalidCharacterError');
  return out;
}


module.exports = {
  Buffer,
  SlowBuffer,
  transcode,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
  constants,
  INSPECT_MAX_BYTES: undefined,
  Blob: undefined,
  resolveObjectURL: undefined,
  File: undefined,
};
// Blob, resolveObjectURL and File load on first use (accessors, as in Node).
for (const name of ['Blob', 'resolveObjectURL', 'File']) {
  let value;
  Object.defineProperty(module.exports, name, {
    configurable: true,
    enumerable: true,
    get() {
      if (value === undefined) value = require('internal/blob')[name];
      return value;
    },
    set(v) {
      value = v;
    },
  });
}
Object.defineProperty(module.exports, 'INSPECT_MAX_BYTES', {
  configurable: true,
  enumerable: true,
  get() { return INSPECT_MAX_BYTES; },
  set(val) {
    validateNumber(val, 'INSPECT_MAX_BYTES', 0);
    INSPECT_MAX_BYTES = val;
  },
});
// Used by other core modules (string_decoder, crypto, fs, net).
Object.defineProperty(module.exports, 'FastBuffer', { value: FastBuffer, enumerable: false });
Object.defineProperty(module.exports, 'encodingId', { value: encodingId, enumerable: false });
Object.defineProperty(module.exports, 'normalizeEncoding', { value: normalizeEncoding, enumerable: false });
