'use strict';
// internal/crypto/cipher — follows Node's lib/internal/crypto/cipher.js:
// Cipheriv/Decipheriv (lazy Transform streams), the legacy password-based
// createCipher/createDecipher and getCipherInfo.
const {
  binding,
  Buffer,
  kHandle,
  kGo,
  wrapHandle,
  validateString,
  isAnyArrayBuffer,
  validateEncoding,
  getArrayBufferOrView,
  codecOf,
  toBuffer,
} = require('internal/crypto/util');
const {
  codes: {
    ERR_CRYPTO_INVALID_KEYLEN,
    ERR_CRYPTO_INVALID_STATE,
    ERR_INVALID_ARG_TYPE,
    ERR_OSSL_BAD_DECRYPT,
    ERR_OSSL_WRONG_FINAL_BLOCK_LENGTH,
  },
} = require('internal/errors');
const { LazyTransform, setupLazyProto } = require('internal/crypto/lazy_transform');
const { createHash, prepareKey } = require('internal/crypto/hash');

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

// legacyKeyIV derives the key and IV the deprecated password-based
// Cipher/Decipher use.
function legacyKeyIV(cipher, password, options) {
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
  return [key, info[3] ? iv : null];
}

// Cipher and Decipher: Node's legacy classes (createCipher/createDecipher).
function Cipher(cipher, password, options) {
  if (!(this instanceof Cipher)) return new Cipher(cipher, password, options);
  const [key, iv] = legacyKeyIV(cipher, password, options);
  createCipherWithIV.call(this, cipher, key, options, false, iv);
}

function Decipher(cipher, password, options) {
  if (!(this instanceof Decipher)) return new Decipher(cipher, password, options);
  const [key, iv] = legacyKeyIV(cipher, password, options);
  createCipherWithIV.call(this, cipher, key, options, true, iv);
}

for (const [C, From] of [[Cipher, Cipheriv], [Decipher, Decipheriv]]) {
  Object.setPrototypeOf(C.prototype, LazyTransform.prototype);
  Object.setPrototypeOf(C, LazyTransform);
  for (const name of Object.getOwnPropertyNames(From.prototype)) {
    if (name !== 'constructor') C.prototype[name] = From.prototype[name];
  }
}

function createCipher(cipher, password, options) {
  deprecate('DEP0106', 'crypto.createCipher is deprecated.');
  return new Cipher(cipher, password, options);
}

function createDecipher(cipher, password, options) {
  deprecate('DEP0106', 'crypto.createDecipher is deprecated.');
  return new Decipher(cipher, password, options);
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

module.exports = {
  Cipher, Cipheriv, Decipher, Decipheriv, createCipheriv, createDecipheriv, createCipher, createDecipher, getCipherInfo,
};
