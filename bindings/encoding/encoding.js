'use strict';
// internal/encoding — follows Node's lib/internal/encoding.js: the WHATWG
// TextEncoder and TextDecoder (utf-8, utf-16le, utf-16be, and the
// windows-1252 labels, which Node decodes as latin1).

const binding = internalBinding('internal/encoding');
const {
  codes: {
    ERR_ENCODING_NOT_SUPPORTED,
    ERR_ENCODING_INVALID_ENCODED_DATA,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
  },
} = require('internal/errors');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kDecoder = Symbol('decoder');
const kEncoder = Symbol('encoder');

const UTF8 = 'utf-8', UTF16LE = 'utf-16le', UTF16BE = 'utf-16be', W1252 = 'windows-1252';

// WHATWG Encoding labels for the encodings handshake decodes.
const labels = new Map();
for (const l of ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8', 'x-unicode20utf8']) labels.set(l, UTF8);
for (const l of ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16', 'utf-16le']) labels.set(l, UTF16LE);
for (const l of ['unicodefffe', 'utf-16be']) labels.set(l, UTF16BE);
for (const l of ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819', 'iso-8859-1',
  'iso-ir-100', 'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii',
  'windows-1252', 'x-cp1252']) labels.set(l, W1252);

function getEncodingFromLabel(label) {
  const enc = labels.get(label);
  if (enc !== undefined) return enc;
  const normalized = `${label}`.trim().toLowerCase();
  return labels.get(normalized) || binding.legacyName(normalized);
}

function isAnyArrayBuffer(v) {
  return v instanceof ArrayBuffer ||
    (typeof SharedArrayBuffer === 'function' && v instanceof SharedArrayBuffer);
}

function inspectValue(v) {
  return require('internal/util/inspect').inspect(v);
}

class TextEncoder {
  constructor() {
    this[kEncoder] = true;
  }

  get encoding() {
    if (this == null || this[kEncoder] !== true) throw new ERR_INVALID_THIS('TextEncoder');
    return 'utf-8';
  }

  encode(input = '') {
    if (this == null || this[kEncoder] !== true) throw new ERR_INVALID_THIS('TextEncoder');
    return new Uint8Array(binding.encodeUtf8(`${input}`));
  }

  encodeInto(src, dest) {
    if (this == null || this[kEncoder] !== true) throw new ERR_INVALID_THIS('TextEncoder');
    if (typeof src !== 'string') throw new ERR_INVALID_ARG_TYPE('src', 'string', src);
    if (!(dest instanceof Uint8Array)) throw new ERR_INVALID_ARG_TYPE('dest', 'Uint8Array', dest);
    binding.encodeInto(src, dest, encodeIntoResults);
    return { read: encodeIntoResults[0], written: encodeIntoResults[1] };
  }

  [kInspect](depth, opts) {
    if (typeof depth === 'number' && depth < 0) return this;
    return require('internal/util/inspect').inspect({ encoding: this.encoding }, opts);
  }
}
const encodeIntoResults = new Float64Array(2);
Object.defineProperties(TextEncoder.prototype, {
  encode: { enumerable: true },
  encodeInto: { enumerable: true },
  encoding: { enumerable: true },
  [Symbol.toStringTag]: { configurable: true, value: 'TextEncoder' },
});

function validateDecoder(obj) {
  if (obj == null || obj[kDecoder] === undefined) throw new ERR_INVALID_THIS('TextDecoder');
}

// Byte order marks stripped at the start of a stream.
const BOM = '\ufeff';

class TextDecoder {
  constructor(encoding = 'utf-8', options = undefined) {
    encoding = `${encoding}`;
    if (options !== undefined && options !== null && typeof options !== 'object' && typeof options !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
    }
    const enc = getEncodingFromLabel(encoding);
    if (enc === undefined) throw new ERR_ENCODING_NOT_SUPPORTED(encoding);
    this[kDecoder] = {
      encoding: enc,
      fatal: Boolean(options && options.fatal),
      ignoreBOM: Boolean(options && options.ignoreBOM),
      pending: null, // bytes of an unfinished character (streaming)
      bomSeen: false,
      legacy: null, // Go decoder for the other WHATWG encodings
    };
    if (enc !== UTF8 && enc !== UTF16LE && enc !== UTF16BE && enc !== W1252) {
      this[kDecoder].legacy = binding.legacyNew(enc);
    }
  }

  decode(input = new Uint8Array(0), options = {}) {
    validateDecoder(this);
    const st = this[kDecoder];
    let bytes;
    if (input instanceof Uint8Array) {
      bytes = input;
    } else if (isAnyArrayBuffer(input)) {
      bytes = new Uint8Array(input);
    } else if (ArrayBuffer.isView(input)) {
      bytes = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    } else {
      const err = new TypeError('The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.');
      err.code = 'ERR_INVALID_ARG_TYPE';
      throw err;
    }
    const stream = Boolean(options && options.stream);
    if (st.legacy !== null) return binding.legacyDecode(st.legacy, bytes, stream);
    if (st.pending !== null) {
      const joined = new Uint8Array(st.pending.length + bytes.length);
      joined.set(st.pending, 0);
      joined.set(bytes, st.pending.length);
      bytes = joined;
      st.pending = null;
    }
    let keep = 0;
    if (stream) {
      if (st.encoding === UTF8) {
        keep = binding.utf8Tail(bytes);
      } else if (st.encoding !== W1252) {
        keep = bytes.length % 2;
        const end = bytes.length - keep;
        if (end >= 2) {
          const unit = st.encoding === UTF16LE ?
            bytes[end - 2] | (bytes[end - 1] << 8) : (bytes[end - 2] << 8) | bytes[end - 1];
          if (unit >= 0xd800 && unit <= 0xdbff) keep += 2;
        }
      }
      if (keep > 0) {
        st.pending = bytes.slice(bytes.length - keep);
        bytes = bytes.subarray(0, bytes.length - keep);
      }
    }
    let out;
    switch (st.encoding) {
      case UTF8: out = binding.decodeUtf8(bytes, st.fatal); break;
      case UTF16LE: out = binding.decodeUtf16(bytes, st.fatal, true); break;
      case UTF16BE: out = binding.decodeUtf16(bytes, st.fatal, false); break;
      default: out = binding.decodeLatin1(bytes);
    }
    if (out === null) {
      st.pending = null;
      st.bomSeen = false;
      throw new ERR_ENCODING_INVALID_ENCODED_DATA(st.encoding);
    }
    if (!st.ignoreBOM && !st.bomSeen && st.encoding !== W1252 && out.length > 0) {
      if (out[0] === BOM) out = out.slice(1);
      st.bomSeen = true;
    }
    if (!stream) st.bomSeen = false;
    return out;
  }

  get encoding() {
    validateDecoder(this);
    return this[kDecoder].encoding;
  }

  get fatal() {
    validateDecoder(this);
    return this[kDecoder].fatal;
  }

  get ignoreBOM() {
    validateDecoder(this);
    return this[kDecoder].ignoreBOM;
  }

  [kInspect](depth) {
    validateDecoder(this);
    if (typeof depth === 'number' && depth < 0) return this;
    const ctor = Object.getPrototypeOf(this).constructor || TextDecoder;
    const obj = { __proto__: { constructor: ctor } };
    obj.encoding = this.encoding;
    obj.fatal = this.fatal;
    obj.ignoreBOM = this.ignoreBOM;
    return `${ctor.name} ${inspectValue(obj)}`;
  }
}
Object.defineProperties(TextDecoder.prototype, {
  decode: { enumerable: true },
  encoding: { enumerable: true },
  fatal: { enumerable: true },
  ignoreBOM: { enumerable: true },
  [Symbol.toStringTag]: { configurable: true, value: 'TextDecoder' },
});

module.exports = {
  getEncodingFromLabel,
  TextDecoder,
  TextEncoder,
};
