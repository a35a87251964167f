'use strict';
// crypto — follows Node's lib/crypto.js with lib/internal/crypto/hash.js,
// random.js, pbkdf2.js, scrypt.js and util.js: Hash, Hmac, random values,
// key derivation and timingSafeEqual over Go ops in internalBinding('crypto').

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
    ERR_CRYPTO_HASH_FINALIZED,
    ERR_CRYPTO_INVALID_DIGEST,
    ERR_CRYPTO_INVALID_KEYLEN,
    ERR_CRYPTO_INVALID_SCRYPT_PARAMS,
    ERR_CRYPTO_SCRYPT_INVALID_PARAMETER,
    ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');

const kMaxLength = 2 ** 31 - 1;
const kState = Symbol('kState');
const kHandle = Symbol('kHandle');
const kFinalized = Symbol('kFinalized');
const kGo = Symbol('kGo');

// The native handle objects, named as Node's C++ classes so hashes
// inspect the same ("[Symbol(kHandle)]: Hash {}"); the Go state hides
// behind a non-enumerable symbol.
const HashHandle = class Hash {};
const HmacHandle = class Hmac {};
function wrapHandle(obj, goHandle) {
  Object.defineProperty(obj, kGo, { value: goHandle });
  return obj;
}

// ---- validators (lib/internal/validators.js) ---------------------------------
function validateString(value, name) {
  if (typeof value !== 'string') throw new ERR_INVALID_ARG_TYPE(name, 'string', value);
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw new ERR_INVALID_ARG_TYPE(name, 'Function', value);
}

function validateObject(value, name) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ERR_INVALID_ARG_TYPE(name, 'Object', value);
  }
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw new ERR_INVALID_ARG_TYPE(name, 'boolean', value);
}

function validateNumber(value, name, min, max) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if ((min != null && value < min) || (max != null && value > max) ||
      ((min != null || max != null) && Number.isNaN(value))) {
    throw new ERR_OUT_OF_RANGE(name,
      `${min != null ? `>= ${min}` : ''}${min != null && max != null ? ' && ' : ''}${max != null ? `<= ${max}` : ''}`,
      value);
  }
}

function validateInt32(value, name, min = -2147483648, max = 2147483647) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

function validateUint32(value, name, positive = false) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  const min = positive ? 1 : 0;
  const max = 4294967295;
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

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

// ---- LazyTransform (lib/internal/streams/lazy_transform.js) --------------
// Hash and Hmac are Transform streams, but the stream state is only built
// the first time a stream property is touched.
let Transform;
function lazyTransform() {
  if (Transform === undefined) Transform = require('stream').Transform;
  return Transform;
}

function LazyTransform(options) {
  this._options = options;
}

function makeGetter(name) {
  return function () {
    lazyTransform().call(this, this._options);
    this._writableState.decodeStrings = false;
    return this[name];
  };
}

function makeSetter(name) {
  return function (val) {
    Object.defineProperty(this, name, { value: val, enumerable: true, configurable: true, writable: true });
  };
}

let lazyProtoReady = false;
// setupLazyProto links LazyTransform to Transform on first use, so
// requiring crypto does not load the stream modules.
function setupLazyProto() {
  if (lazyProtoReady) return;
  lazyProtoReady = true;
  Object.setPrototypeOf(LazyTransform.prototype, lazyTransform().prototype);
}
Object.defineProperties(LazyTransform.prototype, {
  _readableState: { get: makeGetter('_readableState'), set: makeSetter('_readableState'), configurable: true, enumerable: true },
  _writableState: { get: makeGetter('_writableState'), set: makeSetter('_writableState'), configurable: true, enumerable: true },
  _transformState: { get: makeGetter('_transformState'), set: makeSetter('_transformState'), configurable: true, enumerable: true },
});

// ---- Hash ---------------------------------------------------------------
function Hash(algorithm, options) {
  if (!(this instanceof Hash)) return new Hash(algorithm, options);
  setupLazyProto();
  LazyTransform.call(this, options);
  let xofLen;
  const isCopy = algorithm instanceof _HashCopy;
  if (!isCopy) {
    validateString(algorithm, 'algorithm');
    if (options !== undefined && options !== null) {
      xofLen = options.outputLength;
      if (xofLen !== undefined) validateUint32(xofLen, 'options.outputLength');
    }
  }
  const handle = isCopy ? algorithm.handle : binding.hashNew(algorithm, xofLen);
  if (handle === null) throw new Error('Digest method not supported');
  this[kHandle] = wrapHandle(new HashHandle(), handle);
  this[kState] = { [kFinalized]: false };
}

// _HashCopy carries a copied Go state into the Hash constructor.
function _HashCopy(handle) {
  this.handle = handle;
}

Object.setPrototypeOf(Hash.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hash, LazyTransform);

Hash.prototype.copy = function copy(options) {
  const state = this[kState];
  if (state[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  let xofLen;
  if (options !== undefined && options !== null) {
    xofLen = options.outputLength;
    if (xofLen !== undefined) validateUint32(xofLen, 'options.outputLength');
  }
  return new Hash(new _HashCopy(binding.copy(this[kHandle][kGo], xofLen)));
};

Hash.prototype.update = function update(data, encoding) {
  const state = this[kState];
  if (state[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  if (typeof data === 'string') {
    validateEncoding(data, encoding);
  } else if (!ArrayBuffer.isView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  binding.update(this[kHandle][kGo], data, codecOf(encoding));
  return this;
};

Hash.prototype.digest = function digest(outputEncoding) {
  const state = this[kState];
  if (state[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  state[kFinalized] = true;
  return encodeOutput(toBuffer(binding.digest(this[kHandle][kGo])), outputEncoding);
};

Hash.prototype._transform = function _transform(chunk, encoding, callback) {
  binding.update(this[kHandle][kGo], chunk, codecOf(encoding));
  callback();
};

Hash.prototype._flush = function _flush(callback) {
  this.push(toBuffer(binding.digest(this[kHandle][kGo])));
  callback();
};

// ---- Hmac ---------------------------------------------------------------
function prepareKey(key, encoding) {
  if (typeof key === 'string') return Buffer.from(key, encoding === 'buffer' ? 'utf8' : encoding);
  if (isAnyArrayBuffer(key) || ArrayBuffer.isView(key)) return key;
  if (key != null && typeof key === 'object' && typeof key.export === 'function' && key.type === 'secret') {
    return key.export();
  }
  throw new ERR_INVALID_ARG_TYPE('key',
    ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'string', 'KeyObject', 'CryptoKey'], key);
}

function Hmac(hmac, key, options) {
  if (!(this instanceof Hmac)) return new Hmac(hmac, key, options);
  setupLazyProto();
  validateString(hmac, 'hmac');
  const encoding = options && options.encoding;
  key = prepareKey(key, encoding);
  const handle = binding.hmacNew(hmac, key);
  if (handle === null) throw new ERR_CRYPTO_INVALID_DIGEST(hmac);
  this[kHandle] = wrapHandle(new HmacHandle(), handle);
  this[kState] = { [kFinalized]: false };
  LazyTransform.call(this, options);
}
Object.setPrototypeOf(Hmac.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hmac, LazyTransform);

Hmac.prototype.update = Hash.prototype.update;

Hmac.prototype._transform = Hash.prototype._transform;
Hmac.prototype._flush = Hash.prototype._flush;

Hmac.prototype.digest = function digest(outputEncoding) {
  const state = this[kState];
  if (state[kFinalized]) {
    const buf = Buffer.from('');
    return outputEncoding === undefined || outputEncoding === 'buffer' ? buf : encodeOutput(buf, outputEncoding);
  }
  state[kFinalized] = true;
  return encodeOutput(toBuffer(binding.digest(this[kHandle][kGo])), outputEncoding);
};

function createHash(algorithm, options) {
  return new Hash(algorithm, options);
}

function createHmac(hmac, key, options) {
  return new Hmac(hmac, key, options);
}

// hash is the one-shot crypto.hash(algorithm, data[, outputEncoding]).
function hash(algorithm, input, outputEncoding = 'hex') {
  validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !ArrayBuffer.isView(input)) {
    throw new ERR_INVALID_ARG_TYPE('input', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
  }
  let normalized = outputEncoding;
  if (outputEncoding !== 'buffer') {
    validateString(outputEncoding, 'outputEncoding');
    const id = encodingId(outputEncoding);
    if (id < 0) {
      throw new ERR_INVALID_ARG_VALUE('outputEncoding', outputEncoding);
    }
    normalized = outputEncoding;
  }
  const out = binding.hashOnce(algorithm, input);
  if (out === null) throw new Error(`Digest method ${algorithm} is not supported`);
  const buf = toBuffer(out);
  return normalized === 'buffer' ? buf : buf.toString(normalized);
}

// ---- random -------------------------------------------------------------
function assertOffset(offset, elementSize, length) {
  validateNumber(offset, 'offset');
  offset *= elementSize;
  const maxLength = Math.min(length, kMaxLength);
  if (Number.isNaN(offset) || offset > maxLength || offset < 0) {
    throw new ERR_OUT_OF_RANGE('offset', `>= 0 && <= ${maxLength}`, offset);
  }
  return offset >>> 0;
}

function assertSize(size, elementSize, offset, length) {
  validateNumber(size, 'size');
  size *= elementSize;
  if (Number.isNaN(size) || size > kMaxLength || size < 0) {
    throw new ERR_OUT_OF_RANGE('size', `>= 0 && <= ${kMaxLength}`, size);
  }
  if (size + offset > length) {
    throw new ERR_OUT_OF_RANGE('size + offset', `<= ${length}`, size + offset);
  }
  return size >>> 0;
}

function randomBytes(size, callback) {
  validateNumber(size, 'size', 0, kMaxLength);
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (callback === undefined) {
    const buf = new FastBuffer(size);
    binding.randomFill(buf, 0, size);
    return buf;
  }
  binding.randomBytes(size, (err, ab) => callback(err, err ? undefined : toBuffer(ab)));
  return undefined;
}

function randomFillSync(buf, offset = 0, size) {
  if (!isAnyArrayBuffer(buf) && !ArrayBuffer.isView(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
  }
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  offset = assertOffset(offset, elementSize, buf.byteLength);
  if (size === undefined) size = buf.byteLength - offset;
  else size = assertSize(size, elementSize, offset, buf.byteLength);
  if (size === 0) return buf;
  binding.randomFill(buf, offset, size);
  return buf;
}

function randomFill(buf, offset, size, callback) {
  if (!isAnyArrayBuffer(buf) && !ArrayBuffer.isView(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
  }
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  if (typeof offset === 'function') {
    callback = offset;
    offset = 0;
    size = buf.byteLength;
  } else if (typeof size === 'function') {
    validateFunction(size, 'callback');
    callback = size;
    offset = assertOffset(offset, elementSize, buf.byteLength);
    size = buf.byteLength - offset;
  } else {
    validateFunction(callback, 'callback');
    offset = assertOffset(offset, elementSize, buf.byteLength);
    if (size === undefined) size = buf.byteLength - offset;
    else size = assertSize(size, elementSize, offset, buf.byteLength);
  }
  validateFunction(callback, 'callback');
  binding.randomBytes(size, (err, ab) => {
    if (!err) new Uint8Array(isAnyArrayBuffer(buf) ? buf : buf.buffer, isAnyArrayBuffer(buf) ? 0 : buf.byteOffset)
      .set(new Uint8Array(ab), offset);
    callback(err, buf);
  });
}

const RAND_MAX = 0xFFFF_FFFF_FFFF;

function randomInt(min, max, callback) {
  const minNotSpecified = typeof max === 'undefined' || typeof max === 'function';
  if (minNotSpecified) {
    callback = max;
    max = min;
    min = 0;
  }
  const isSync = typeof callback === 'undefined';
  if (!isSync) validateFunction(callback, 'callback');
  if (!Number.isSafeInteger(min)) throw new ERR_INVALID_ARG_TYPE('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw new ERR_INVALID_ARG_TYPE('max', 'a safe integer', max);
  if (max <= min) {
    throw new ERR_OUT_OF_RANGE('max', `greater than the value of "min" (${min})`, max);
  }
  const range = max - min;
  if (!(range <= RAND_MAX)) {
    throw new ERR_OUT_OF_RANGE(`max${minNotSpecified ? '' : ' - min'}`, `<= ${RAND_MAX}`, range);
  }
  // Rejection sampling over 48-bit values keeps the result unbiased.
  const randLimit = RAND_MAX - (RAND_MAX % range);
  const scratch = new FastBuffer(6);
  for (;;) {
    binding.randomFill(scratch, 0, 6);
    const x = scratch.readUIntBE(0, 6);
    if (x < randLimit) {
      const n = (x % range) + min;
      if (isSync) return n;
      process.nextTick(callback, undefined, n);
      return undefined;
    }
  }
}

function randomUUID(options) {
  if (options !== undefined) validateObject(options, 'options');
  if (options && options.disableEntropyCache !== undefined) {
    validateBoolean(options.disableEntropyCache, 'options.disableEntropyCache');
  }
  return binding.randomUUID();
}

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

// ---- Cipheriv / Decipheriv (lib/internal/crypto/cipher.js) ----------------
const CipherBase = class CipherBase {};

function opensslError(code, hex, reason) {
  const err = new Error(`error:${hex}:Provider routines::${reason}`);
  err.library = 'Provider routines';
  err.reason = reason;
  err.code = code;
  return err;
}

function cipherError(code, op) {
  const { codes } = require('internal/errors');
  switch (code) {
    case 'unknown': return new codes.ERR_CRYPTO_UNKNOWN_CIPHER();
    case 'keylen': return new ERR_CRYPTO_INVALID_KEYLEN();
    case 'iv': return new codes.ERR_CRYPTO_INVALID_IV();
    case 'bad_decrypt': return opensslError('ERR_OSSL_BAD_DECRYPT', '1C800064', 'bad decrypt');
    case 'wrong_final_block_length':
      return opensslError('ERR_OSSL_WRONG_FINAL_BLOCK_LENGTH', '1C80006B', 'wrong final block length');
    case 'auth': return new Error('Unsupported state or unable to authenticate data');
  }
  if (op === 'update') return new Error('Trying to add data in unsupported state');
  const err = new Error('Invalid state');
  err.code = 'ERR_CRYPTO_INVALID_STATE';
  return err;
}

function invalidState(op) {
  const { codes } = require('internal/errors');
  return new codes.ERR_CRYPTO_INVALID_STATE(op);
}

function validAuthTagLength(n) {
  return n === 4 || n === 8 || (n >= 12 && n <= 16);
}

let StringDecoder;
function getDecoder(decoder, encoding) {
  if (StringDecoder === undefined) StringDecoder = require('string_decoder').StringDecoder;
  return decoder || new StringDecoder(encoding);
}

function createCipherWithIV(cipher, key, options, decipher, iv) {
  validateString(cipher, 'cipher');
  const encoding = options && typeof options.encoding === 'string' ? options.encoding : undefined;
  key = prepareKey(key, encoding);
  if (iv !== null) {
    if (typeof iv === 'string') iv = Buffer.from(iv, encoding);
    else if (!isAnyArrayBuffer(iv) && !ArrayBuffer.isView(iv)) {
      throw new ERR_INVALID_ARG_TYPE('iv', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], iv);
    }
  }
  let authTagLength = 16;
  if (options && options.authTagLength !== undefined) {
    authTagLength = options.authTagLength;
    if (!validAuthTagLength(authTagLength)) {
      const { codes } = require('internal/errors');
      throw new codes.ERR_CRYPTO_INVALID_AUTH_TAG(authTagLength);
    }
  }
  const handle = binding.cipherNew(cipher, key, iv, !decipher, authTagLength);
  if (typeof handle === 'string') throw cipherError(handle);
  this[kHandle] = wrapHandle(new CipherBase(), handle);
  this._decoder = null;
  setupLazyProto();
  LazyTransform.call(this, options);
}

function cipherUpdate(data, inputEncoding, outputEncoding) {
  if (typeof data === 'string') {
    validateEncoding(data, inputEncoding);
  } else if (!ArrayBuffer.isView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  const ret = binding.cipherUpdate(this[kHandle][kGo], data, codecOf(inputEncoding));
  if (typeof ret === 'string') throw cipherError(ret, 'update');
  const buf = toBuffer(ret);
  if (outputEncoding && outputEncoding !== 'buffer') {
    this._decoder = getDecoder(this._decoder, outputEncoding);
    return this._decoder.write(buf);
  }
  return buf;
}

function cipherFinal(outputEncoding) {
  const ret = binding.cipherFinal(this[kHandle][kGo]);
  if (typeof ret === 'string') throw cipherError(ret, 'final');
  const buf = toBuffer(ret);
  if (outputEncoding && outputEncoding !== 'buffer') {
    this._decoder = getDecoder(this._decoder, outputEncoding);
    return this._decoder.end(buf);
  }
  return buf;
}

function cipherSetAutoPadding(ap) {
  if (!binding.cipherSetAutoPadding(this[kHandle][kGo], ap === undefined ? true : !!ap)) {
    throw invalidState('setAutoPadding');
  }
  return this;
}

function cipherSetAAD(aadbuf, options) {
  const encoding = options && typeof options.encoding === 'string' ? options.encoding : undefined;
  const buf = getArrayBufferOrView(aadbuf, 'aadbuf', encoding);
  if (!binding.cipherSetAAD(this[kHandle][kGo], buf)) throw invalidState('setAAD');
  return this;
}

function Cipheriv(cipher, key, iv, options) {
  if (!(this instanceof Cipheriv)) return new Cipheriv(cipher, key, iv, options);
  createCipherWithIV.call(this, cipher, key, options, false, iv);
}

function Decipheriv(cipher, key, iv, options) {
  if (!(this instanceof Decipheriv)) return new Decipheriv(cipher, key, iv, options);
  createCipherWithIV.call(this, cipher, key, options, true, iv);
}

for (const C of [Cipheriv, Decipheriv]) {
  Object.setPrototypeOf(C.prototype, LazyTransform.prototype);
  Object.setPrototypeOf(C, LazyTransform);
  C.prototype._transform = function _transform(chunk, encoding, callback) {
    this.push(cipherUpdate.call(this, chunk, encoding));
    callback();
  };
  C.prototype._flush = function _flush(callback) {
    try {
      this.push(cipherFinal.call(this));
    } catch (e) {
      callback(e);
      return;
    }
    callback();
  };
  C.prototype.update = cipherUpdate;
  C.prototype.final = cipherFinal;
  C.prototype.setAutoPadding = cipherSetAutoPadding;
  C.prototype.setAAD = cipherSetAAD;
}

Cipheriv.prototype.getAuthTag = function getAuthTag() {
  const ret = binding.cipherGetAuthTag(this[kHandle][kGo]);
  if (ret === null) throw invalidState('getAuthTag');
  return toBuffer(ret);
};

Decipheriv.prototype.setAuthTag = function setAuthTag(tagbuf, encoding) {
  tagbuf = getArrayBufferOrView(tagbuf, 'buffer', encoding);
  if (!validAuthTagLength(tagbuf.byteLength)) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_CRYPTO_INVALID_AUTH_TAG(tagbuf.byteLength);
  }
  if (!binding.cipherSetAuthTag(this[kHandle][kGo], tagbuf)) throw invalidState('setAuthTag');
  return this;
};

// EVP_BytesToKey with MD5, one round, no salt: how the deprecated
// createCipher/createDecipher turn a password into key and IV.
function bytesToKey(password, keyLen, ivLen) {
  const out = [];
  let total = 0;
  let prev = Buffer.alloc(0);
  while (total < keyLen + ivLen) {
    prev = createHash('md5').update(prev).update(password).digest();
    out.push(prev);
    total += prev.length;
  }
  const all = Buffer.concat(out);
  return [all.subarray(0, keyLen), all.subarray(keyLen, keyLen + ivLen)];
}

const deprecationsShown = new Set();
function deprecate(code, message) {
  if (deprecationsShown.has(code)) return;
  deprecationsShown.add(code);
  process.emitWarning(message, 'DeprecationWarning', code);
}

function legacyCipher(decipher, cipher, password, options) {
  validateString(cipher, 'cipher');
  const encoding = options && typeof options.encoding === 'string' ? options.encoding : undefined;
  password = getArrayBufferOrView(password, 'password', encoding);
  const info = binding.cipherInfo(cipher);
  if (info === null) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_CRYPTO_UNKNOWN_CIPHER();
  }
  const bytes = isAnyArrayBuffer(password) ? new Uint8Array(password) : password;
  const [key, iv] = bytesToKey(bytes, info[2], info[3]);
  return decipher ? new Decipheriv(cipher, key, info[3] ? iv : null, options) :
    new Cipheriv(cipher, key, info[3] ? iv : null, options);
}

function createCipher(cipher, password, options) {
  deprecate('DEP0106', 'crypto.createCipher is deprecated.');
  return legacyCipher(false, cipher, password, options);
}

function createDecipher(cipher, password, options) {
  deprecate('DEP0106', 'crypto.createDecipher is deprecated.');
  return legacyCipher(true, cipher, password, options);
}

function createCipheriv(cipher, key, iv, options) {
  return new Cipheriv(cipher, key, iv, options);
}

function createDecipheriv(cipher, key, iv, options) {
  return new Decipheriv(cipher, key, iv, options);
}

const cipherNids = {
  'aes-128-ecb': 418, 'aes-128-cbc': 419, 'aes-128-ofb': 420, 'aes-128-cfb': 421,
  'aes-192-ecb': 422, 'aes-192-cbc': 423, 'aes-192-ofb': 424, 'aes-192-cfb': 425,
  'aes-256-ecb': 426, 'aes-256-cbc': 427, 'aes-256-ofb': 428, 'aes-256-cfb': 429,
  'id-aes128-gcm': 895, 'id-aes192-gcm': 898, 'id-aes256-gcm': 901,
  'aes-128-ctr': 904, 'aes-192-ctr': 905, 'aes-256-ctr': 906,
  'des-ede3-cbc': 44, 'des-ede3': 33, 'chacha20-poly1305': 1018, 'chacha20': 1019,
};

function getCipherInfo(nameOrNid) {
  let name = nameOrNid;
  if (typeof nameOrNid === 'number') {
    name = Object.keys(cipherNids).find((k) => cipherNids[k] === nameOrNid);
    if (name === undefined) return undefined;
  } else {
    validateString(nameOrNid, 'nameOrNid');
  }
  const info = binding.cipherInfo(name);
  if (info === null) return undefined;
  const [canonical, mode, keyLength, ivLength, blockSize] = info;
  const out = { mode, name: canonical, nid: cipherNids[canonical] };
  if (blockSize !== 0) out.blockSize = blockSize;
  if (ivLength !== 0) out.ivLength = ivLength;
  out.keyLength = keyLength;
  return out;
}

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

// ---- primes (lib/internal/crypto/random.js) --------------------------------
function bigintToBytes(n) {
  let hex = n.toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  return Buffer.from(hex, 'hex');
}

function primeCandidate(candidate) {
  if (typeof candidate === 'bigint') {
    if (candidate < 0n) throw new ERR_OUT_OF_RANGE('candidate', '>= 0', candidate);
    return bigintToBytes(candidate);
  }
  if (!isAnyArrayBuffer(candidate) && !ArrayBuffer.isView(candidate)) {
    throw new ERR_INVALID_ARG_TYPE('candidate', ['ArrayBuffer', 'TypedArray', 'Buffer', 'DataView', 'bigint'], candidate);
  }
  return candidate;
}

function checkPrimeSync(candidate, options = {}) {
  const bytes = primeCandidate(candidate);
  validateObject(options, 'options');
  return binding.checkPrime(bytes);
}

function checkPrime(candidate, options = {}, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  const bytes = primeCandidate(candidate);
  validateObject(options, 'options');
  validateFunction(callback, 'callback');
  const result = binding.checkPrime(bytes);
  setImmediate(() => callback(undefined, result));
}

function generatePrimeSync(size, options = {}) {
  validateInt32(size, 'size', 1);
  validateObject(options, 'options');
  const ab = binding.generatePrime(size, !!options.safe);
  if (options.bigint) return BigInt(`0x${Buffer.from(ab).toString('hex')}`);
  return ab;
}

function generatePrime(size, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  validateInt32(size, 'size', 1);
  validateObject(options, 'options');
  validateFunction(callback, 'callback');
  const result = generatePrimeSync(size, options);
  setImmediate(() => callback(undefined, result));
}

// ---- misc ---------------------------------------------------------------
function timingSafeEqual(buf1, buf2) {
  for (const [name, b] of [['buf1', buf1], ['buf2', buf2]]) {
    if (!isAnyArrayBuffer(b) && !ArrayBuffer.isView(b)) {
      const err = new TypeError(`The "${name}" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.`);
      err.code = 'ERR_INVALID_ARG_TYPE';
      throw err;
    }
  }
  if (buf1.byteLength !== buf2.byteLength) throw new ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH();
  return binding.timingSafeEqual(buf1, buf2);
}

function getHashes() {
  return binding.getHashes();
}

// getCiphers lists the cipher names; the TLS layer supplies them (see
// Ciphers in module.go).
function getCiphers() {
  return binding.getCiphers();
}

function getCurves() {
  return require('internal/crypto/constants').curves.slice();
}

function getFips() {
  return 0;
}

function setFips(val) {
  if (val) {
    const { ERR_CRYPTO_FIPS_UNAVAILABLE } = require('internal/errors').codes;
    throw new ERR_CRYPTO_FIPS_UNAVAILABLE();
  }
}

function secureHeapUsed() {
  return { total: 0, min: 0, used: 0, utilization: 0 };
}

const keys = require('internal/crypto/keys');

module.exports = {
  checkPrime,
  checkPrimeSync,
  generatePrime,
  generatePrimeSync,
  createECDH,
  ECDH,
  createCipher,
  createDecipher,
  createCipheriv,
  createDecipheriv,
  getCipherInfo,
  Cipheriv,
  Decipheriv,
  createHash,
  createHmac,
  getCiphers,
  getCurves,
  getHashes,
  pbkdf2,
  pbkdf2Sync,
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  scrypt,
  scryptSync,
  timingSafeEqual,
  getFips,
  setFips,
  createSecretKey: keys.createSecretKey,
  createPublicKey: keys.createPublicKey,
  createPrivateKey: keys.createPrivateKey,
  createSign: keys.createSign,
  createVerify: keys.createVerify,
  sign: keys.sign,
  verify: keys.verify,
  generateKeyPair: keys.generateKeyPair,
  generateKeyPairSync: keys.generateKeyPairSync,
  publicEncrypt: keys.publicEncrypt,
  privateDecrypt: keys.privateDecrypt,
  privateEncrypt: keys.privateEncrypt,
  publicDecrypt: keys.publicDecrypt,
  KeyObject: keys.KeyObject,
  Sign: keys.Sign,
  Verify: keys.Verify,
  hash,
  hkdf,
  hkdfSync,
  Hash,
  Hmac,
  secureHeapUsed,
  pseudoRandomBytes: randomBytes,
  prng: randomBytes,
  rng: randomBytes,
};
for (const k of ['pseudoRandomBytes', 'prng', 'rng']) {
  Object.defineProperty(module.exports, k, { enumerable: false });
}

Object.defineProperty(module.exports, 'constants', {
  value: require('internal/crypto/constants').constants,
  writable: false, enumerable: true, configurable: false,
});

// X509Certificate comes from the TLS layer: a core module named
// "internal/crypto/x509" exporting { X509Certificate }. Until it exists
// the property is undefined.
let x509;
Object.defineProperty(module.exports, 'X509Certificate', {
  configurable: true, enumerable: true,
  get() {
    if (x509 === undefined) {
      try {
        x509 = require('internal/crypto/x509').X509Certificate;
      } catch {
        x509 = null;
      }
    }
    return x509 === null ? undefined : x509;
  },
});

// Web Crypto pieces, loaded on first use.
Object.defineProperties(module.exports, {
  webcrypto: {
    configurable: false, enumerable: true,
    get() { return require('internal/crypto/webcrypto').crypto; },
  },
  subtle: {
    configurable: false, enumerable: true,
    get() { return require('internal/crypto/webcrypto').crypto.subtle; },
  },
  getRandomValues: {
    configurable: false, enumerable: true,
    get() {
      const wc = require('internal/crypto/webcrypto').crypto;
      return (array) => wc.getRandomValues(array);
    },
  },
});
