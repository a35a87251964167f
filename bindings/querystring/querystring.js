// Node's `querystring` module (lib/querystring.js): parse and stringify
// URL query strings, with Node's escaping rules, '+' as space, maxKeys,
// repeated keys as arrays and custom separators.
'use strict';

const { ERR_INVALID_URI } = require('internal/errors').codes;

// Characters querystring.escape leaves alone: A-Z a-z 0-9 - . _ ~ ! ' ( ) *
const unreserved = new Uint8Array(128);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!'()*") {
  unreserved[c.charCodeAt(0)] = 1;
}

const hex = [];
for (let i = 0; i < 256; i++) hex.push(`%${i < 16 ? '0' : ''}${i.toString(16).toUpperCase()}`);

// percentEncode writes str as UTF-8 with every byte outside keep escaped;
// a lone surrogate is an ERR_INVALID_URI, as in Node.
function percentEncode(str, keep) {
  let out = '';
  let last = 0;
  for (let i = 0; i < str.length; i++) {
    let c = str.charCodeAt(i);
    if (c < 128) {
      if (keep[c] === 1) continue;
      out += str.slice(last, i) + hex[c];
    } else if (c < 0x800) {
      out += str.slice(last, i) + hex[0xc0 | (c >> 6)] + hex[0x80 | (c & 0x3f)];
    } else if (c < 0xd800 || c >= 0xe000) {
      out += str.slice(last, i) + hex[0xe0 | (c >> 12)] + hex[0x80 | ((c >> 6) & 0x3f)] + hex[0x80 | (c & 0x3f)];
    } else {
      // Like Node, only a surrogate at the very end is an error; the next
      // code unit is taken as the low half whatever it is.
      if (i + 1 >= str.length) throw new ERR_INVALID_URI();
      const next = str.charCodeAt(i + 1);
      const start = i;
      i++;
      c = 0x10000 + (((c & 0x3ff) << 10) | (next & 0x3ff));
      out += str.slice(last, start) + hex[0xf0 | (c >> 18)] + hex[0x80 | ((c >> 12) & 0x3f)] +
        hex[0x80 | ((c >> 6) & 0x3f)] + hex[0x80 | (c & 0x3f)];
    }
    last = i + 1;
  }
  if (last === 0) return str;
  return last < str.length ? out + str.slice(last) : out;
}

function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  return percentEncode(str, unreserved);
}

function hexValue(c) {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

// unescapeBytes decodes %XX escapes (and '+' when decodeSpaces) into
// bytes; anything else is copied as its char code's low byte, as Node's
// unescapeBuffer does. It returns [bytes, length, sawEscape].
function unescapeBytes(s, decodeSpaces) {
  const out = new Uint8Array(s.length);
  let n = 0;
  let sawEscape = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 43 && decodeSpaces) {
      out[n++] = 32;
      continue;
    }
    if (c === 37 && i < s.length - 2) {
      const hi = hexValue(s.charCodeAt(i + 1));
      const lo = hi >= 0 ? hexValue(s.charCodeAt(i + 2)) : -1;
      if (lo >= 0) {
        out[n++] = hi * 16 + lo;
        sawEscape = true;
        i += 2;
        continue;
      }
    }
    out[n++] = c & 0xff;
  }
  return [out, sawEscape ? n : s.length, sawEscape];
}

function unescapeBuffer(s, decodeSpaces) {
  const [bytes, n] = unescapeBytes(String(s), decodeSpaces);
  const { Buffer } = require('buffer');
  return Buffer.from(bytes.buffer, 0, n);
}

function qsUnescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    const [bytes, n] = unescapeBytes(String(s), decodeSpaces);
    return require('internal/url').utf8Decode(bytes, n);
  }
}

// ---- stringify ---------------------------------------------------------------

function stringifyPrimitive(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return `${v}`;
  if (typeof v === 'bigint') return `${v}`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function encodeStringified(v, encode) {
  if (typeof v === 'string') return v.length ? encode(v) : '';
  if (typeof v === 'number' && Number.isFinite(v)) return Math.abs(v) < 1e21 ? `${v}` : encode(`${v}`);
  if (typeof v === 'bigint') return `${v}`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function encodeWith(v, encode) {
  return encode(stringifyPrimitive(v));
}

function stringify(obj, sep, eq, options) {
  sep = sep || '&';
  eq = eq || '=';
  let encode = QueryString.escape;
  if (options && typeof options.encodeURIComponent === 'function') encode = options.encodeURIComponent;
  const convert = encode === qsEscape ? encodeStringified : encodeWith;
  if (obj === null || typeof obj !== 'object') return '';
  let fields = '';
  for (const k of Object.keys(obj)) {
    const v = obj[k];
    const ks = convert(k, encode) + eq;
    if (Array.isArray(v)) {
      if (v.length === 0) continue;
      if (fields) fields += sep;
      for (let j = 0; j < v.length; j++) {
        if (j) fields += sep;
        fields += ks + convert(v[j], encode);
      }
    } else {
      if (fields) fields += sep;
      fields += ks + convert(v, encode);
    }
  }
  return fields;
}

// ---- parse -------------------------------------------------------------------

const hasEscape = /%[0-9a-fA-F]{2}/;

function decodeWith(s, decode) {
  try {
    return decode(s);
  } catch {
    return QueryString.unescape(s, true);
  }
}

function addPair(obj, key, value, custom, decode) {
  if (key.length > 0 && (custom || hasEscape.test(key))) key = decodeWith(key, decode);
  if (value.length > 0 && (custom || hasEscape.test(value))) value = decodeWith(value, decode);
  const cur = obj[key];
  if (cur === undefined) obj[key] = value;
  else if (cur.pop) cur[cur.length] = value;
  else obj[key] = [cur, value];
}

// splitOn cuts s at each occurrence of sep, matching it character by
// character without backtracking (as Node's parser does), and stops after
// limit pieces.
function splitOn(s, sep, limit) {
  if (sep.length === 1) {
    const all = s.split(sep);
    return all.length > limit ? all.slice(0, limit) : all;
  }
  const pieces = [];
  let start = 0;
  let matched = 0;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) === sep.charCodeAt(matched)) {
      if (++matched === sep.length) {
        pieces.push(s.slice(start, i - sep.length + 1));
        if (pieces.length >= limit) return pieces;
        start = i + 1;
        matched = 0;
      }
    } else {
      matched = 0;
    }
  }
  pieces.push(s.slice(start));
  return pieces;
}

// firstIndexOf finds eq in s the same non-backtracking way.
function firstIndexOf(s, eq) {
  if (eq.length === 1) return s.indexOf(eq);
  let matched = 0;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) === eq.charCodeAt(matched)) {
      if (++matched === eq.length) return i - eq.length + 1;
    } else {
      matched = 0;
    }
  }
  return -1;
}

function parse(qs, sep, eq, options) {
  const obj = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  sep = sep ? String(sep) : '&';
  eq = eq ? String(eq) : '=';
  let maxKeys = 1000;
  if (options && typeof options.maxKeys === 'number') maxKeys = options.maxKeys;
  const limit = maxKeys > 0 ? maxKeys : Infinity;
  let decode = QueryString.unescape;
  if (options && typeof options.decodeURIComponent === 'function') decode = options.decodeURIComponent;
  const custom = decode !== qsUnescape;
  const plus = custom ? '%20' : ' ';
  for (const piece of splitOn(qs, sep, limit)) {
    if (piece.length === 0) continue;
    const at = firstIndexOf(piece, eq);
    let key = at === -1 ? piece : piece.slice(0, at);
    let value = at === -1 ? '' : piece.slice(at + eq.length);
    if (key.length === 0 && value.length === 0 && at === -1) continue;
    if (key.includes('+')) key = key.replace(/\+/g, plus);
    if (value.includes('+')) value = value.replace(/\+/g, plus);
    addPair(obj, key, value, custom, decode);
  }
  return obj;
}

const QueryString = module.exports = {
  unescapeBuffer,
  unescape: qsUnescape,
  escape: qsEscape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};
