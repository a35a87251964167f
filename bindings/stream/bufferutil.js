'use strict';
// internal/streams/buffer: the few Buffer operations streams need, looked up
// lazily so the stream modules load even before the buffer module does.
// (Node's streams use Buffer directly; this indirection is handshake's.)

let B;
function getBuffer() {
  if (B === undefined) {
    try {
      const m = require('buffer');
      B = m && typeof m.Buffer === 'function' ? m.Buffer : null;
    } catch {
      B = null;
    }
  }
  return B;
}

const encodings = new Set([
  'utf8', 'utf-8', 'hex', 'base64', 'base64url', 'ascii', 'latin1', 'binary',
  'ucs2', 'ucs-2', 'utf16le', 'utf-16le',
]);

function isEncoding(enc) {
  const Buffer = getBuffer();
  if (Buffer && typeof Buffer.isEncoding === 'function') return Buffer.isEncoding(enc);
  return typeof enc === 'string' && enc.length !== 0 && encodings.has(enc.toLowerCase());
}

function isBuffer(v) {
  const Buffer = getBuffer();
  return !!Buffer && v instanceof Buffer;
}

function isUint8Array(v) {
  return v instanceof Uint8Array;
}

function isArrayBufferView(v) {
  return ArrayBuffer.isView(v);
}

// toBuffer views any ArrayBufferView's bytes as a Buffer (no copy).
function toBuffer(view) {
  const Buffer = getBuffer();
  if (!Buffer) return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  return Buffer.from(view.buffer, view.byteOffset, view.byteLength);
}

function fromString(str, enc) {
  const Buffer = getBuffer();
  if (Buffer) return Buffer.from(str, enc);
  // Without Buffer: UTF-8 bytes (the only encoding this fallback knows).
  const bytes = unescape(encodeURIComponent(str));
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = bytes.charCodeAt(i);
  return out;
}

function alloc(n) {
  const Buffer = getBuffer();
  return Buffer ? Buffer.allocUnsafe(n) : new Uint8Array(n);
}

function empty() {
  const Buffer = getBuffer();
  return Buffer ? Buffer.alloc(0) : new Uint8Array(0);
}

// slice returns a Buffer view of bytes [start, end) of buf.
function slice(buf, start, end) {
  const Buffer = getBuffer();
  if (Buffer) return Buffer.from(buf.buffer, buf.byteOffset + start, end - start);
  return buf.subarray(start, end);
}

module.exports = {
  getBuffer, isEncoding, isBuffer, isUint8Array, isArrayBufferView, toBuffer,
  fromString, alloc, empty, slice,
};
