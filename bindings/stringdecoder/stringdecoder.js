'use strict';
// string_decoder: StringDecoder turns byte chunks into strings without
// splitting multi-byte characters across chunks (lib/string_decoder.js and
// src/string_decoder.cc). Incomplete characters at a chunk's end are kept
// (at most 4 bytes) and completed by the next write(); end() flushes them
// (a truncated UTF-8 sequence becomes U+FFFD, an odd UTF-16 byte is dropped).
// Decoding is done here in JavaScript, following V8's and Node's rules.

const { codes: { ERR_INVALID_ARG_TYPE, ERR_UNKNOWN_ENCODING } } = require('internal/streams/errors');

function normalizeEncoding(enc) {
  if (enc == null || enc === '') return 'utf8';
  const e = String(enc).toLowerCase();
  switch (e) {
    case 'utf8': case 'utf-8': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'latin1': case 'binary': return 'latin1';
    case 'base64': case 'base64url': case 'hex': case 'ascii': return e;
    default: return undefined;
  }
}

function codesToString(codes) {
  let out = '';
  for (let i = 0; i < codes.length; i += 8192) {
    out += String.fromCharCode.apply(null, codes.slice(i, i + 8192));
  }
  return out;
}

// utf8 decodes with WHATWG/V8 replacement: each maximal invalid subpart
// becomes one U+FFFD.
function utf8(bytes, start, end) {
  const codes = [];
  let i = start;
  while (i < end) {
    const b = bytes[i];
    if (b < 0x80) {
      codes.push(b);
      i++;
      continue;
    }
    let need;
    let cp;
    let lower = 0x80;
    let upper = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) {
      need = 1;
      cp = b & 0x1F;
    } else if (b >= 0xE0 && b <= 0xEF) {
      if (b === 0xE0) lower = 0xA0;
      if (b === 0xED) upper = 0x9F;
      need = 2;
      cp = b & 0x0F;
    } else if (b >= 0xF0 && b <= 0xF4) {
      if (b === 0xF0) lower = 0x90;
      if (b === 0xF4) upper = 0x8F;
      need = 3;
      cp = b & 0x07;
    } else {
      codes.push(0xFFFD);
      i++;
      continue;
    }
    let j = i + 1;
    let ok = true;
    for (let k = 0; k < need; k++, j++) {
      if (j >= end) {
        ok = false;
        break;
      }
      const c = bytes[j];
      if (c < lower || c > upper) {
        ok = false;
        break;
      }
      lower = 0x80;
      upper = 0xBF;
      cp = (cp << 6) | (c & 0x3F);
    }
    if (!ok) {
      codes.push(0xFFFD);
      i = j;
      continue;
    }
    if (cp >= 0x10000) {
      cp -= 0x10000;
      codes.push(0xD800 + (cp >> 10), 0xDC00 + (cp & 0x3FF));
    } else {
      codes.push(cp);
    }
    i = j;
  }
  return codesToString(codes);
}

function utf16le(bytes, start, end) {
  const codes = [];
  for (let i = start; i + 1 < end; i += 2) codes.push(bytes[i] | (bytes[i + 1] << 8));
  return codesToString(codes);
}

function latin1(bytes, start, end) {
  const codes = [];
  for (let i = start; i < end; i++) codes.push(bytes[i]);
  return codesToString(codes);
}

function ascii(bytes, start, end) {
  const codes = [];
  for (let i = start; i < end; i++) codes.push(bytes[i] & 0x7F);
  return codesToString(codes);
}

const hexDigits = '0123456789abcdef';
function hex(bytes, start, end) {
  let out = '';
  for (let i = start; i < end; i++) out += hexDigits[bytes[i] >> 4] + hexDigits[bytes[i] & 15];
  return out;
}

const b64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const b64url = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
function base64With(alphabet, pad) {
  return function (bytes, start, end) {
    let out = '';
    let i = start;
    for (; i + 2 < end; i += 3) {
      const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
      out += alphabet[n >> 18] + alphabet[(n >> 12) & 63] + alphabet[(n >> 6) & 63] + alphabet[n & 63];
    }
    if (end - i === 1) {
      const n = bytes[i] << 16;
      out += alphabet[n >> 18] + alphabet[(n >> 12) & 63] + (pad ? '==' : '');
    } else if (end - i === 2) {
      const n = (bytes[i] << 16) | (bytes[i + 1] << 8);
      out += alphabet[n >> 18] + alphabet[(n >> 12) & 63] + alphabet[(n >> 6) & 63] + (pad ? '=' : '');
    }
    return out;
  };
}

const decoders = {
  utf8,
  utf16le,
  latin1,
  ascii,
  hex,
  base64: base64With(b64, true),
  base64url: base64With(b64url, false),
};

// The decoder's state is one 7-byte buffer, laid out as Node's native
// decoder's: bytes 0-3 hold an incomplete character, 4 how many bytes it
// still misses, 5 how many are buffered, 6 the encoding's number.
const kNativeDecoder = Symbol('kNativeDecoder');
const kMissingBytes = 4;
const kBufferedBytes = 5;
const kEncodingField = 6;
const kSize = 7;
const encodingNumbers = {
  ascii: 0, utf8: 1, base64: 2, utf16le: 3, latin1: 4, hex: 5, buffer: 6, base64url: 7,
};

function newState() {
  try {
    const { Buffer } = require('buffer');
    if (typeof Buffer === 'function' && typeof Buffer.alloc === 'function') return Buffer.alloc(kSize);
  } catch { /* no Buffer yet */ }
  return new Uint8Array(kSize);
}

function StringDecoder(encoding) {
  const enc = normalizeEncoding(encoding);
  if (enc === undefined) throw ERR_UNKNOWN_ENCODING(encoding);
  this.encoding = enc;
  this[kNativeDecoder] = newState();
  this[kNativeDecoder][kEncodingField] = encodingNumbers[enc];
}

// stateView gives the state buffer named fields.
function stateView(buf) {
  return {
    incomplete: buf,
    get missing() { return buf[kMissingBytes]; },
    set missing(v) { buf[kMissingBytes] = v; },
    get buffered() { return buf[kBufferedBytes]; },
    set buffered(v) { buf[kBufferedBytes] = v; },
  };
}

function bytesOf(buf) {
  if (buf instanceof Uint8Array) return buf;
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

function decode(self, data) {
  const st = stateView(self[kNativeDecoder]);
  const enc = self.encoding;
  const make = decoders[enc];
  let start = 0;
  let end = data.length;
  let prepend = '';

  if (st.missing > 0) {
    if (enc === 'utf8') {
      // A byte that should continue the character but does not starts a
      // new one; the incomplete character is decoded as it is.
      for (let i = 0; i < end && i < st.missing; i++) {
        if ((data[i] & 0xC0) !== 0x80) {
          st.missing = 0;
          st.incomplete.set(data.subarray(0, i), st.buffered);
          st.buffered += i;
          start += i;
          break;
        }
      }
    }
    const found = Math.min(end - start, st.missing);
    st.incomplete.set(data.subarray(start, start + found), st.buffered);
    start += found;
    st.missing -= found;
    st.buffered += found;
    if (st.missing === 0) {
      prepend = make(st.incomplete, 0, st.buffered);
      st.buffered = 0;
    }
  }

  if (start === end) return prepend;

  if (enc === 'utf8' && (data[end - 1] & 0x80)) {
    // Find where a character cut off by the chunk's end begins.
    for (let i = end - 1; ; --i) {
      st.buffered++;
      if ((data[i] & 0xC0) === 0x80) {
        if (st.buffered >= 4 || i === start) {
          // No lead byte within reach: invalid, decode as is.
          st.buffered = 0;
          break;
        }
      } else {
        if ((data[i] & 0xE0) === 0xC0) st.missing = 2;
        else if ((data[i] & 0xF0) === 0xE0) st.missing = 3;
        else if ((data[i] & 0xF8) === 0xF0) st.missing = 4;
        else {
          st.buffered = 0;
          break;
        }
        if (st.buffered >= st.missing) {
          // Complete (or invalid anyway): nothing to keep.
          st.missing = 0;
          st.buffered = 0;
        }
        st.missing -= st.buffered;
        break;
      }
    }
  } else if (enc === 'utf16le') {
    if ((end - start) % 2 === 1) {
      st.buffered = 1;
      st.missing = 1;
    } else if ((data[end - 1] & 0xFC) === 0xD8) {
      // The first half of a surrogate pair.
      st.buffered = 2;
      st.missing = 2;
    }
  } else if (enc === 'base64' || enc === 'base64url') {
    st.buffered = (end - start) % 3;
    if (st.buffered > 0) st.missing = 3 - st.buffered;
  }

  if (st.buffered > 0) {
    end -= st.buffered;
    st.incomplete.set(data.subarray(end, end + st.buffered), 0);
  }

  const body = end > start ? make(data, start, end) : '';
  return prepend + body;
}

function flush(self) {
  const st = stateView(self[kNativeDecoder]);
  if (self.encoding === 'utf16le' && st.buffered % 2 === 1) {
    // A lone trailing byte is dropped.
    st.missing--;
    st.buffered--;
  }
  if (st.buffered === 0) return '';
  const ret = decoders[self.encoding](st.incomplete, 0, st.buffered);
  st.missing = 0;
  st.buffered = 0;
  return ret;
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  if (!ArrayBuffer.isView(buf)) {
    throw ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
  }
  if (!this[kNativeDecoder]) {
    const err = new TypeError('Value of "this" must be of type StringDecoder');
    err.code = 'ERR_INVALID_THIS';
    throw err;
  }
  return decode(this, bytesOf(buf));
};

StringDecoder.prototype.end = function end(buf) {
  let ret = '';
  if (buf !== undefined) ret = this.write(buf);
  if (this[kNativeDecoder][kBufferedBytes] > 0) ret += flush(this);
  return ret;
};

// text decodes buf from offset, forgetting any incomplete character.
StringDecoder.prototype.text = function text(buf, offset) {
  this[kNativeDecoder][kMissingBytes] = 0;
  this[kNativeDecoder][kBufferedBytes] = 0;
  return this.write(buf.slice(offset));
};

Object.defineProperties(StringDecoder.prototype, {
  lastChar: {
    configurable: true,
    enumerable: true,
    get() { return this[kNativeDecoder].subarray(0, kMissingBytes); },
  },
  lastNeed: {
    configurable: true,
    enumerable: true,
    get() { return this[kNativeDecoder][kMissingBytes]; },
  },
  lastTotal: {
    configurable: true,
    enumerable: true,
    get() { return this[kNativeDecoder][kBufferedBytes] + this[kNativeDecoder][kMissingBytes]; },
  },
});

module.exports = { StringDecoder };
