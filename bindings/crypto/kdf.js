'use strict';
// internal/crypto/kdf — follows Node's lib/internal/crypto/pbkdf2.js,
// scrypt.js and hkdf.js: key derivation over Go ops.
const {
  binding,
  Buffer,
  validateString,
  validateFunction,
  validateNumber,
  validateInt32,
  validateUint32,
  isAnyArrayBuffer,
  getArrayBufferOrView,
  toBuffer,
} = require('internal/crypto/util');
const {
  codes: {
    ERR_CRYPTO_INVALID_DIGEST,
    ERR_CRYPTO_INVALID_KEYLEN,
    ERR_CRYPTO_INVALID_SCRYPT_PARAMS,
    ERR_CRYPTO_SCRYPT_INVALID_PARAMETER,
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');

// ---- key derivation -----------------------------------------------------
function pbkdf2Check(password, salt, iterations, keylen, digest) {
  validateString(digest, 'digest');
  password = getArrayBufferOrView(password, 'password');
  salt = getArrayBufferOrView(salt, 'salt');
  validateInt32(iterations, 'iterations', 1);
  validateInt32(keylen, 'keylen', 0);
  if (!binding.isSupportedDigest(digest)) throw new ERR_CRYPTO_INVALID_DIGEST(digest);
  return { password, salt, iterations, keylen, digest };
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  ({ password, salt, iterations, keylen, digest } = pbkdf2Check(password, salt, iterations, keylen, digest));
  return toBuffer(binding.pbkdf2Sync(password, salt, iterations, keylen, digest));
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') {
    callback = digest;
    digest = undefined;
  }
  ({ password, salt, iterations, keylen, digest } = pbkdf2Check(password, salt, iterations, keylen, digest));
  validateFunction(callback, 'callback');
  binding.pbkdf2(password, salt, iterations, keylen, digest,
    (err, ab) => callback(err, err ? undefined : toBuffer(ab)));
}

const scryptDefaults = { N: 16384, r: 8, p: 1, maxmem: 32 << 20 };

function scryptError(detail) {
  const err = new ERR_CRYPTO_INVALID_SCRYPT_PARAMS();
  if (detail) {
    const message = `${err.message}: ${detail}`;
    if (typeof err.stack === 'string') err.stack = err.stack.replace(err.message, message);
    Object.defineProperty(err, 'message', {
      value: message, writable: true, configurable: true, enumerable: false,
    });
  }
  return err;
}

function scryptCheck(password, salt, keylen, options) {
  password = getArrayBufferOrView(password, 'password');
  salt = getArrayBufferOrView(salt, 'salt');
  validateInt32(keylen, 'keylen', 0);
  let { N, r, p, maxmem } = scryptDefaults;
  if (options && options !== scryptDefaults) {
    const has = (k) => options[k] !== undefined;
    if (has('N') || has('cost')) {
      if (has('N') && has('cost')) throw new ERR_CRYPTO_SCRYPT_INVALID_PARAMETER();
      N = has('N') ? options.N : options.cost;
      validateUint32(N, 'N');
    }
    if (has('r') || has('blockSize')) {
      if (has('r') && has('blockSize')) throw new ERR_CRYPTO_SCRYPT_INVALID_PARAMETER();
      r = has('r') ? options.r : options.blockSize;
      validateUint32(r, 'r');
    }
    if (has('p') || has('parallelization')) {
      if (has('p') && has('parallelization')) throw new ERR_CRYPTO_SCRYPT_INVALID_PARAMETER();
      p = has('p') ? options.p : options.parallelization;
      validateUint32(p, 'p');
    }
    if (has('maxmem')) {
      maxmem = options.maxmem;
      validateNumber(maxmem, 'maxmem', 0);
    }
    if (N === 0) N = scryptDefaults.N;
    if (r === 0) r = scryptDefaults.r;
    if (p === 0) p = scryptDefaults.p;
    if (maxmem === 0) maxmem = scryptDefaults.maxmem;
  }
  if (N < 2 || (N & (N - 1)) !== 0 || r * p >= 2 ** 30) throw scryptError();
  if (128 * N * r + 128 * r * p > maxmem) {
    throw scryptError('error:030000AC:digital envelope routines::memory limit exceeded');
  }
  return { password, salt, keylen, N, r, p };
}

function scryptSync(password, salt, keylen, options = scryptDefaults) {
  const o = scryptCheck(password, salt, keylen, options);
  return toBuffer(binding.scryptSync(o.password, o.salt, o.N, o.r, o.p, o.keylen));
}

function scrypt(password, salt, keylen, options, callback = scryptDefaults) {
  if (callback === scryptDefaults) {
    callback = options;
    options = scryptDefaults;
  }
  const o = scryptCheck(password, salt, keylen, options);
  validateFunction(callback, 'callback');
  binding.scrypt(o.password, o.salt, o.N, o.r, o.p, o.keylen,
    (err, ab) => callback(err, err ? undefined : toBuffer(ab)));
}

// hkdf (lib/internal/crypto/hkdf.js): the result is an ArrayBuffer.
function hkdfCheck(hash, key, salt, info, length) {
  validateString(hash, 'digest');
  if (typeof key === 'string') {
    key = Buffer.from(key);
  } else if (key != null && typeof key === 'object' && typeof key.export === 'function' && key.type === 'secret') {
    key = key.export();
  } else if (!isAnyArrayBuffer(key) && !ArrayBuffer.isView(key)) {
    throw new ERR_INVALID_ARG_TYPE('ikm', ['string', 'SecretKeyObject', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'], key);
  }
  const byteSource = (v, name) => {
    if (typeof v === 'string') return Buffer.from(v);
    if (isAnyArrayBuffer(v) || ArrayBuffer.isView(v)) return v;
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'], v);
  };
  salt = byteSource(salt, 'salt');
  info = byteSource(info, 'info');
  if (typeof length !== 'number') throw new ERR_INVALID_ARG_TYPE('length', 'number', length);
  if (!Number.isInteger(length)) throw new ERR_OUT_OF_RANGE('length', 'an integer', length);
  if (length < 0 || length > 2 ** 32) throw new ERR_OUT_OF_RANGE('length', `>= 0 && <= ${2 ** 32}`, length);
  if (info.byteLength > 1024) {
    throw new ERR_OUT_OF_RANGE('info', 'must not contain more than 1024 bytes', info.byteLength);
  }
  const size = binding.digestSize(hash);
  if (size < 0) throw new ERR_CRYPTO_INVALID_DIGEST(hash);
  if (length > 255 * size) throw new ERR_CRYPTO_INVALID_KEYLEN();
  return { hash, key, salt, info, length };
}

function hkdfSync(hash, key, salt, info, length) {
  const o = hkdfCheck(hash, key, salt, info, length);
  return binding.hkdfSync(o.hash, o.key, o.salt, o.info, o.length);
}

function hkdf(hash, key, salt, info, length, callback) {
  const o = hkdfCheck(hash, key, salt, info, length);
  validateFunction(callback, 'callback');
  binding.hkdf(o.hash, o.key, o.salt, o.info, o.length, (err, ab) => callback(err, err ? undefined : ab));
}

module.exports = { pbkdf2, pbkdf2Sync, scrypt, scryptSync, hkdf, hkdfSync };
