'use strict';
// internal/crypto/diffiehellman — follows Node's
// lib/internal/crypto/diffiehellman.js: the ECDH class (classic
// DiffieHellman groups are not implemented).
const {
  binding,
  Buffer,
  kHandle,
  kGo,
  wrapHandle,
  validateString,
  isAnyArrayBuffer,
  toBuffer,
} = require('internal/crypto/util');
const {
  codes: {
    ERR_CRYPTO_ECDH_INVALID_FORMAT,
    ERR_CRYPTO_INVALID_CURVE,
    ERR_CRYPTO_INVALID_KEYTYPE,
    ERR_CRYPTO_OPERATION_FAILED,
    ERR_INVALID_ARG_TYPE,
  },
} = require('internal/errors');

// ---- ECDH (lib/internal/crypto/diffiehellman.js) ---------------------------
const ECDHHandle = class ECDH {};

function ecdhError(code, message, Ctor = Error) {
  const err = new Ctor(message);
  err.code = code;
  return err;
}

function ecdhFormat(format) {
  if (format === undefined || format === null || format === 'uncompressed') return 'uncompressed';
  if (format === 'compressed' || format === 'hybrid') return format;
  throw ecdhError('ERR_CRYPTO_ECDH_INVALID_FORMAT', `Invalid ECDH format: ${format}`, TypeError);
}

function ecdhOut(ab, encoding) {
  const buf = toBuffer(ab);
  return encoding && encoding !== 'buffer' ? buf.toString(encoding) : buf;
}

function ecdhIn(key, encoding, name) {
  if (typeof key === 'string') return Buffer.from(key, encoding && encoding !== 'buffer' ? encoding : 'utf8');
  if (!ArrayBuffer.isView(key) && !isAnyArrayBuffer(key)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], key);
  }
  return key;
}

function ECDH(curve) {
  if (!(this instanceof ECDH)) return new ECDH(curve);
  validateString(curve, 'curve');
  const handle = binding.ecdhNew(curve);
  if (handle === null) throw ecdhError('ERR_CRYPTO_INVALID_CURVE', 'Invalid EC curve name', TypeError);
  this[kHandle] = wrapHandle(new ECDHHandle(), handle);
}

ECDH.prototype.generateKeys = function generateKeys(encoding, format) {
  binding.ecdhGenerate(this[kHandle][kGo]);
  return this.getPublicKey(encoding, format);
};

ECDH.prototype.getPublicKey = function getPublicKey(encoding, format) {
  const f = ecdhFormat(format);
  const out = binding.ecdhPublic(this[kHandle][kGo], f);
  if (out === null) throw ecdhError('ERR_CRYPTO_OPERATION_FAILED', 'Failed to get ECDH public key');
  return ecdhOut(out, encoding);
};

ECDH.prototype.getPrivateKey = function getPrivateKey(encoding) {
  const out = binding.ecdhPrivate(this[kHandle][kGo]);
  if (out === null) throw ecdhError('ERR_CRYPTO_OPERATION_FAILED', 'Failed to get ECDH private key');
  return ecdhOut(out, encoding);
};

ECDH.prototype.setPrivateKey = function setPrivateKey(key, encoding) {
  key = ecdhIn(key, encoding, 'key');
  if (!binding.ecdhSetPrivate(this[kHandle][kGo], key)) {
    throw ecdhError('ERR_CRYPTO_INVALID_KEYTYPE', 'Private key is not valid for specified curve.', RangeError);
  }
  return this;
};

ECDH.prototype.computeSecret = function computeSecret(key, inEnc, outEnc) {
  key = ecdhIn(key, inEnc, 'key');
  const out = binding.ecdhCompute(this[kHandle][kGo], key);
  if (out === null) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY();
  }
  return ecdhOut(out, outEnc);
};

ECDH.convertKey = function convertKey(key, curve, inEnc, outEnc, format) {
  validateString(curve, 'curve');
  key = ecdhIn(key, inEnc, 'key');
  const out = binding.ecdhConvert(curve, key, ecdhFormat(format));
  if (out === undefined) throw ecdhError('ERR_CRYPTO_INVALID_CURVE', 'Invalid EC curve name', TypeError);
  if (out === null) throw ecdhError('ERR_CRYPTO_OPERATION_FAILED', 'Failed to convert Buffer to EC_POINT');
  return ecdhOut(out, outEnc);
};

function createECDH(curve) {
  return new ECDH(curve);
}

module.exports = { ECDH, createECDH };
