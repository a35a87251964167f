'use strict';
// internal/crypto/diffiehellman — follows Node's
// lib/internal/crypto/diffiehellman.js: ECDH, and classic DiffieHellman
// (MODP groups and explicit or generated safe primes).
const {
  binding,
  Buffer,
  kHandle,
  kGo,
  wrapHandle,
  validateString,
  validateInt32,
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

// ---- classic DiffieHellman ---------------------------------------------------
const DHHandle = class DiffieHellman {};
const DHGroupHandle = class DiffieHellmanGroup {};

function dhError(reason) {
  if (reason === 'too small' || reason === 'too large') {
    const err = new RangeError(`Supplied key is ${reason}`);
    err.code = 'ERR_CRYPTO_INVALID_KEYLEN';
    return err;
  }
  const hex = { 'bad generator': '02800065', 'modulus too small': '0280007E' }[reason] || '02800000';
  const err = new Error(`error:${hex}:Diffie-Hellman routines::${reason}`);
  err.library = 'Diffie-Hellman routines';
  err.reason = reason;
  err.code = `ERR_OSSL_DH_${reason.toUpperCase().replace(/ /g, '_')}`;
  return err;
}

// The native handle exposes verifyError as an accessor (so it inspects
// as "[Getter]", as Node's does).
function withVerifyGetter(obj, value) {
  Object.defineProperty(obj, 'verifyError', { enumerable: true, configurable: true, get: () => value });
  return obj;
}

function dhBytes(v, encoding, name) {
  if (typeof v === 'string') return Buffer.from(v, encoding && encoding !== 'buffer' ? encoding : 'utf8');
  if (ArrayBuffer.isView(v) || isAnyArrayBuffer(v)) return v;
  throw new ERR_INVALID_ARG_TYPE(name, ['number', 'string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], v);
}

function DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding) {
  if (!(this instanceof DiffieHellman)) return new DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding);
  if (typeof keyEncoding !== 'string' && keyEncoding !== 'buffer') {
    genEncoding = generator;
    generator = keyEncoding;
    keyEncoding = undefined;
  }
  let prime = sizeOrKey;
  if (typeof sizeOrKey !== 'number') prime = dhBytes(sizeOrKey, keyEncoding, 'sizeOrKey');
  else validateInt32(sizeOrKey, 'sizeOrKey');
  if (generator === undefined) generator = 2;
  const g = typeof generator === 'number' ? Buffer.from([generator & 0xff]) : dhBytes(generator, genEncoding, 'generator');
  const handle = binding.dhNew(prime, g);
  if (typeof handle === 'string') throw dhError(handle);
  const verifyError = binding.dhVerify(handle);
  this[kHandle] = withVerifyGetter(wrapHandle(new DHHandle(), handle), verifyError);
  Object.defineProperty(this, 'verifyError', {
    enumerable: true, configurable: true, value: verifyError, writable: false,
  });
}

function DiffieHellmanGroup(name) {
  if (!(this instanceof DiffieHellmanGroup)) return new DiffieHellmanGroup(name);
  const handle = binding.dhGroup(`${name}`);
  if (handle === null) {
    const err = new Error('Unknown DH group');
    err.code = 'ERR_CRYPTO_UNKNOWN_DH_GROUP';
    throw err;
  }
  this[kHandle] = withVerifyGetter(wrapHandle(new DHGroupHandle(), handle), 0);
  Object.defineProperty(this, 'verifyError', { enumerable: true, configurable: true, value: 0, writable: false });
}

function dhOut(ab, encoding) {
  const buf = toBuffer(ab);
  return encoding && encoding !== 'buffer' ? buf.toString(encoding) : buf;
}

const dhMethods = {
  generateKeys(encoding) {
    const reason = binding.dhGenerate(this[kHandle][kGo]);
    if (reason !== undefined) throw dhError(reason);
    return dhOut(binding.dhGet(this[kHandle][kGo], 'public'), encoding);
  },
  computeSecret(key, inEnc, outEnc) {
    const out = binding.dhCompute(this[kHandle][kGo], dhBytes(key, inEnc, 'key'));
    if (typeof out === 'string') throw dhError(out);
    return dhOut(out, outEnc);
  },
  getPrime(encoding) { return dhOut(binding.dhGet(this[kHandle][kGo], 'prime'), encoding); },
  getGenerator(encoding) { return dhOut(binding.dhGet(this[kHandle][kGo], 'generator'), encoding); },
  getPublicKey(encoding) {
    const v = binding.dhGet(this[kHandle][kGo], 'public');
    if (v === null) {
      const err = new Error('No public key - did you forget to generate one?');
      err.code = 'ERR_CRYPTO_INVALID_STATE';
      throw err;
    }
    return dhOut(v, encoding);
  },
  getPrivateKey(encoding) {
    const v = binding.dhGet(this[kHandle][kGo], 'private');
    if (v === null) {
      const err = new Error('No private key - did you forget to generate one?');
      err.code = 'ERR_CRYPTO_INVALID_STATE';
      throw err;
    }
    return dhOut(v, encoding);
  },
};
for (const C of [DiffieHellman, DiffieHellmanGroup]) {
  for (const [k, fn] of Object.entries(dhMethods)) C.prototype[k] = fn;
}
DiffieHellman.prototype.setPublicKey = function setPublicKey(key, encoding) {
  binding.dhSet(this[kHandle][kGo], 'public', dhBytes(key, encoding, 'key'));
  return this;
};
DiffieHellman.prototype.setPrivateKey = function setPrivateKey(key, encoding) {
  binding.dhSet(this[kHandle][kGo], 'private', dhBytes(key, encoding, 'key'));
  return this;
};

function createDiffieHellman(prime, primeEncoding, generator, generatorEncoding) {
  return new DiffieHellman(prime, primeEncoding, generator, generatorEncoding);
}

function getDiffieHellman(groupName) {
  return new DiffieHellmanGroup(groupName);
}

module.exports = {
  ECDH, createECDH, DiffieHellman, DiffieHellmanGroup, createDiffieHellman, getDiffieHellman,
};
