'use strict';
// internal/crypto/util — follows Node's lib/internal/crypto/util.js: the
// argument checks (with lib/internal/validators.js's) and byte helpers the
// crypto modules share, and the crypto error codes internal/errors may lack.

const binding = internalBinding('crypto');
const { Buffer, FastBuffer, encodingId } = require('buffer');

// Codes internal/errors may not define yet.
{
  const { E, codes } = require('internal/errors');
  if (!codes.ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH) {
    E('ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', 'RangeError', 'Input buffers must have the same byte length');
  }
  if (!codes.ERR_CRYPTO_INVALID_KEYLEN) {
    E('ERR_CRYPTO_INVALID_KEYLEN', 'RangeError', 'Invalid key length');
  }
  if (!codes.ERR_CRYPTO_UNKNOWN_CIPHER) E('ERR_CRYPTO_UNKNOWN_CIPHER', 'Error', 'Unknown cipher');
  if (!codes.ERR_CRYPTO_INVALID_IV) E('ERR_CRYPTO_INVALID_IV', 'TypeError', 'Invalid initialization vector');
  if (!codes.ERR_CRYPTO_INVALID_AUTH_TAG) E('ERR_CRYPTO_INVALID_AUTH_TAG', 'TypeError', 'Invalid authentication tag length: %s');
  if (!codes.ERR_CRYPTO_INVALID_SCRYPT_PARAMS) {
    E('ERR_CRYPTO_INVALID_SCRYPT_PARAMS', 'RangeError', 'Invalid scrypt params');
  }
}

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');

const kMaxLength = 2 ** 31 - 1;
const kHandle = Symbol('kHandle');
const kGo = Symbol('kGo');

// Handle objects carry Go state behind a non-enumerable symbol and are
// named as Node's C++ classes, so objects inspect the same.
function wrapHandle(obj, goHandle) {
  Object.defineProperty(obj, kGo, { value: goHandle });
  return obj;
}

// The validators are Node's lib/internal/validators.js, which the crypto
// modules take from here.
const {
  validateString,
  validateFunction,
  validateObject,
  validateBoolean,
  validateNumber,
  validateInt32,
  validateUint32,
} = require('internal/validators');

function isAnyArrayBuffer(v) {
  return v instanceof ArrayBuffer ||
    (typeof SharedArrayBuffer === 'function' && v instanceof SharedArrayBuffer);
}

// validateEncoding rejects odd-length hex input, as Node does.
function validateEncoding(data, encoding) {
  if (encoding === 'hex' && data.length % 2 !== 0) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, `is invalid for data of length ${data.length}`);
  }
}

function getArrayBufferOrView(buffer, name, encoding) {
  if (isAnyArrayBuffer(buffer)) return buffer;
  if (typeof buffer === 'string') {
    if (encoding === 'buffer') encoding = 'utf8';
    return Buffer.from(buffer, encoding);
  }
  if (!ArrayBuffer.isView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
  return buffer;
}

// codecOf maps an encoding name to the codec number the ops use (utf8 for
// unknown names and 'buffer', as Node's ParseEncoding does).
function codecOf(encoding) {
  if (typeof encoding !== 'string' || encoding === 'buffer') return 0;
  const id = encodingId(encoding);
  return id < 0 ? 0 : id;
}

function toBuffer(ab) {
  return new FastBuffer(ab);
}

function encodeOutput(buf, outputEncoding) {
  if (outputEncoding === undefined || outputEncoding === 'buffer') return buf;
  if (typeof outputEncoding !== 'string' || encodingId(outputEncoding) < 0) return buf;
  return buf.toString(outputEncoding);
}

module.exports = {
  binding,
  Buffer,
  FastBuffer,
  encodingId,
  kMaxLength,
  kHandle,
  kGo,
  wrapHandle,
  validateString,
  validateFunction,
  validateObject,
  validateBoolean,
  validateNumber,
  validateInt32,
  validateUint32,
  isAnyArrayBuffer,
  validateEncoding,
  getArrayBufferOrView,
  codecOf,
  toBuffer,
  encodeOutput,
};
