'use strict';
// internal/crypto/hash — follows Node's lib/internal/crypto/hash.js: Hash,
// Hmac (lazy Transform streams) and the one-shot crypto.hash().
const {
  binding,
  Buffer,
  encodingId,
  kHandle,
  kGo,
  wrapHandle,
  validateString,
  validateUint32,
  isAnyArrayBuffer,
  validateEncoding,
  codecOf,
  toBuffer,
  encodeOutput,
} = require('internal/crypto/util');
const {
  codes: {
    ERR_CRYPTO_HASH_FINALIZED,
    ERR_CRYPTO_INVALID_DIGEST,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const { LazyTransform, setupLazyProto } = require('internal/crypto/lazy_transform');

const kState = Symbol('kState');
const kFinalized = Symbol('kFinalized');
const HashHandle = class Hash {};
const HmacHandle = class Hmac {};

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

module.exports = { Hash, Hmac, createHash, createHmac, hash, prepareKey };
