'use strict';
// internal/crypto/keys — follows Node's lib/internal/crypto/keys.js,
// sig.js and keygen.js: KeyObject (secret, public, private), createSecretKey,
// createPublicKey, createPrivateKey, sign/verify (one-shot and Sign/Verify
// objects) and generateKeyPair(Sync) for rsa, ec and ed25519. Parsing,
// encoding and the signatures themselves are Go ops.

const binding = internalBinding('crypto');
const { Buffer, FastBuffer } = require('buffer');
const { isAnyArrayBuffer } = require('internal/crypto/util');
const {
  codes: {
    ERR_CRYPTO_INVALID_DIGEST,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');

const kHandle = Symbol('kHandle');
const kKeyType = Symbol('kKeyType');
const kAsymmetricKeyType = Symbol('kAsymmetricKeyType');
const kAsymmetricKeyDetails = Symbol('kAsymmetricKeyDetails');

function decoderError(reason, hex) {
  const err = new Error(`error:${hex}:DECODER routines::${reason}`);
  err.library = 'DECODER routines';
  err.reason = reason;
  err.code = `ERR_OSSL_${reason.toUpperCase().replace(/ /g, '_')}`;
  return err;
}

// asn1KeyError builds the OpenSSL error Node throws for malformed DER key
// input from keyParse's "asn1\n<message>\n<opensslErrorStack...>" (see
// dererr.go); an empty message is Node's plain 'Failed to read private key'.
// Own properties in Node's order: opensslErrorStack (only when not empty),
// library, reason, code.
function asn1KeyError(s) {
  const lines = s.split('\n');
  const message = lines[1];
  if (message === '') return new Error('Failed to read private key');
  const err = new Error(message);
  const stack = lines.slice(2).filter((l) => l !== '');
  if (stack.length > 0) err.opensslErrorStack = stack;
  const m = /^error:[0-9A-F]+:([^:]*)::(.*)$/.exec(message);
  err.library = m[1];
  err.reason = m[2];
  const prefix = m[1] === 'asn1 encoding routines' ? 'ASN1_' : m[1] === 'digital envelope routines' ? 'EVP_' : '';
  err.code = `ERR_OSSL_${prefix}${m[2].toUpperCase().replace(/ /g, '_')}`;
  return err;
}

class KeyObject {
  constructor(type, handle) {
    if (type !== 'secret' && type !== 'public' && type !== 'private') {
      throw new ERR_INVALID_ARG_VALUE('type', type);
    }
    this[kKeyType] = type;
    Object.defineProperty(this, kHandle, { value: handle, enumerable: false, configurable: false, writable: false });
  }

  get type() {
    return this[kKeyType];
  }

  // from(cryptoKey) gives the KeyObject behind a Web Crypto CryptoKey.
  static from(key) {
    const { keyObjectOf } = require('internal/crypto/webcrypto');
    const k = keyObjectOf(key);
    if (k === undefined) throw new ERR_INVALID_ARG_TYPE('key', 'CryptoKey', key);
    return k;
  }

  equals(otherKeyObject) {
    if (!(otherKeyObject instanceof KeyObject)) {
      throw new ERR_INVALID_ARG_TYPE('otherKeyObject', 'KeyObject', otherKeyObject);
    }
    if (otherKeyObject.type !== this.type) return false;
    if (this.type === 'secret') return Buffer.from(this[kHandle]).equals(Buffer.from(otherKeyObject[kHandle]));
    return binding.keyEquals(this[kHandle], otherKeyObject[kHandle]);
  }
}
Object.defineProperty(KeyObject.prototype, Symbol.toStringTag, { configurable: true, value: 'KeyObject' });

class SecretKeyObject extends KeyObject {
  constructor(handle) {
    super('secret', handle);
  }

  get symmetricKeySize() {
    return this[kHandle].length;
  }

  export(options) {
    if (options !== undefined && (options === null || typeof options !== 'object')) {
      throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
    }
    if (options && options.format === 'jwk') {
      return { kty: 'oct', k: Buffer.from(this[kHandle]).toString('base64url') };
    }
    return Buffer.from(this[kHandle]);
  }
}

class AsymmetricKeyObject extends KeyObject {
  get asymmetricKeyType() {
    if (this[kAsymmetricKeyType] === undefined) this[kAsymmetricKeyType] = binding.keyInfo(this[kHandle])[0];
    return this[kAsymmetricKeyType];
  }

  get asymmetricKeyDetails() {
    if (this[kAsymmetricKeyDetails] === undefined) {
      const [type, modulusLength, publicExponent, namedCurve] = binding.keyInfo(this[kHandle]);
      let details = {};
      if (type === 'rsa') details = { modulusLength, publicExponent: BigInt(publicExponent) };
      else if (type === 'ec') details = { namedCurve };
      this[kAsymmetricKeyDetails] = details;
    }
    return { ...this[kAsymmetricKeyDetails] };
  }
}

function exportAsymmetric(key, options, isPrivate) {
  void key.asymmetricKeyType; // Node caches it here too
  if (options === null || typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
  }
  const { format = 'pem', type } = options;
  if (format === 'jwk') {
    const out = binding.keyJwk(key[kHandle], isPrivate);
    if (out === null) {
      const { codes } = require('internal/errors');
      throw new codes.ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE();
    }
    return out;
  }
  if (format !== 'pem' && format !== 'der') {
    throw new ERR_INVALID_ARG_VALUE('options.format', format);
  }
  const ok = isPrivate ? ['pkcs8', 'pkcs1', 'sec1'] : ['spki', 'pkcs1'];
  if (!ok.includes(type)) throw new ERR_INVALID_ARG_VALUE('options.type', type);
  let { cipher, passphrase } = options;
  if (isPrivate && cipher !== undefined) {
    if (typeof cipher !== 'string' || binding.cipherInfo(cipher) === null) {
      const { codes } = require('internal/errors');
      throw new codes.ERR_CRYPTO_UNKNOWN_CIPHER();
    }
    passphrase = keyBytes(passphrase, 'passphrase', options.encoding);
    if (passphrase === undefined) throw new ERR_INVALID_ARG_VALUE('options.passphrase', options.passphrase);
  } else {
    cipher = undefined;
  }
  const out = binding.keyExport(key[kHandle], isPrivate, format, type, cipher, passphrase);
  if (out === null) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS(type, `can only be used for ${type === 'sec1' ? 'EC' : 'RSA'} keys`);
  }
  return format === 'der' ? new FastBuffer(out) : out;
}

class PublicKeyObject extends AsymmetricKeyObject {
  constructor(handle) {
    super('public', handle);
  }

  export(options) {
    return exportAsymmetric(this, options, false);
  }
}

class PrivateKeyObject extends AsymmetricKeyObject {
  constructor(handle) {
    super('private', handle);
  }

  export(options) {
    return exportAsymmetric(this, options, true);
  }
}

function isKeyObject(v) {
  return v instanceof KeyObject;
}

// ---- creation -------------------------------------------------------------
function keyBytes(key, name, encoding) {
  if (typeof key === 'string') return Buffer.from(key, encoding === 'buffer' ? 'utf8' : encoding);
  if (isAnyArrayBuffer(key) || ArrayBuffer.isView(key)) return key;
  return undefined;
}

function createSecretKey(key, encoding) {
  const bytes = keyBytes(key, 'key', encoding);
  if (bytes === undefined) {
    // (a string is accepted, but Node's message does not list it)
    throw new ERR_INVALID_ARG_TYPE('key', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], key);
  }
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(isAnyArrayBuffer(bytes) ? new Uint8Array(bytes) :
    new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  return new SecretKeyObject(copy);
}

// parseKeyInput reads the key argument of createPublicKey/createPrivateKey
// and sign/verify: a PEM/DER value or { key, format, type, encoding }.
// jwkHandle validates a JWK as Node does and builds the key.
function jwkHandle(jwk, wantPublic) {
  if (jwk === null || typeof jwk !== 'object') throw new ERR_INVALID_ARG_TYPE('key.key', 'object', jwk);
  const kty = jwk.kty;
  if (kty !== 'RSA' && kty !== 'EC' && kty !== 'OKP') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_VALUE('key.kty', kty, "must be one of: 'RSA', 'EC', 'OKP'");
  }
  const need = { RSA: ['n', 'e'], EC: ['crv', 'x', 'y'], OKP: ['crv', 'x'] }[kty];
  const isPrivate = !wantPublic || jwk.d !== undefined;
  if (!wantPublic) need.push(...(kty === 'RSA' ? ['d', 'p', 'q', 'dp', 'dq', 'qi'] : ['d']));
  for (const k of need) {
    if (typeof jwk[k] !== 'string') throw new ERR_INVALID_ARG_TYPE(`key.${k}`, 'string', jwk[k]);
  }
  const handle = binding.keyFromJWK(jwk, isPrivate);
  if (typeof handle === 'string') {
    const err = new TypeError(`Invalid JWK ${kty} key`);
    err.code = 'ERR_CRYPTO_INVALID_JWK';
    throw err;
  }
  return wantPublic ? binding.keyPublic(handle) : handle;
}

function parseKeyInput(key, wantPublic, name) {
  let passphrase;
  if (key !== null && typeof key === 'object' && key.format === 'jwk' && !isKeyObject(key) &&
      !ArrayBuffer.isView(key)) {
    return jwkHandle(key.key, wantPublic);
  }
  let data = key;
  let format = 'pem';
  let type = '';
  let encoding;
  if (key !== null && typeof key === 'object' && !ArrayBuffer.isView(key) && !isAnyArrayBuffer(key) &&
      !isKeyObject(key)) {
    data = key.key;
    format = key.format === undefined ? 'pem' : key.format;
    type = key.type === undefined ? '' : key.type;
    encoding = key.encoding;
    if (key.passphrase !== undefined) passphrase = keyBytes(key.passphrase, 'passphrase', encoding);
  }
  const bytes = keyBytes(data, name, encoding);
  if (bytes === undefined) {
    throw new ERR_INVALID_ARG_TYPE(name,
      ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'].concat(wantPublic ? ['KeyObject', 'CryptoKey'] : []), key);
  }
  const handle = binding.keyParse(bytes, format, type, wantPublic, passphrase);
  if (typeof handle === 'string') {
    if (handle === 'bad decrypt') {
      const err = new Error('error:1C800064:Provider routines::bad decrypt');
      err.library = 'Provider routines';
      err.reason = 'bad decrypt';
      err.code = 'ERR_OSSL_BAD_DECRYPT';
      throw err;
    }
    if (handle === 'interrupted or cancelled') {
      const err = new Error('error:07880109:common libcrypto routines::interrupted or cancelled');
      err.library = 'common libcrypto routines';
      err.reason = 'interrupted or cancelled';
      err.code = 'ERR_OSSL_CRYPTO_INTERRUPTED_OR_CANCELLED';
      throw err;
    }
    if (handle.startsWith('asn1\n')) throw asn1KeyError(handle);
    throw decoderError('unsupported', '1E08010C');
  }
  return handle;
}

function createPrivateKey(key) {
  if (isKeyObject(key)) throw new ERR_INVALID_ARG_TYPE('key', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], key);
  return new PrivateKeyObject(parseKeyInput(key, false, 'key'));
}

function createPublicKey(key) {
  if (isKeyObject(key)) {
    if (key.type === 'private') return new PublicKeyObject(binding.keyPublic(key[kHandle]));
    if (key.type === 'public') return key;
    throw new ERR_INVALID_ARG_VALUE('key', key);
  }
  const handle = parseKeyInput(key, true, 'key');
  return new PublicKeyObject(handle);
}

// ---- sign / verify -------------------------------------------------------------
const RSA_PKCS1_PSS_PADDING = 6;

function keyOptions(key) {
  const o = { padding: undefined, saltLength: undefined, dsaEncoding: undefined };
  if (key !== null && typeof key === 'object' && !isKeyObject(key) && !ArrayBuffer.isView(key) && !isAnyArrayBuffer(key)) {
    o.padding = key.padding;
    o.saltLength = key.saltLength;
    o.dsaEncoding = key.dsaEncoding;
    if (isKeyObject(key.key)) key = key.key;
  }
  if (o.dsaEncoding !== undefined && o.dsaEncoding !== 'der' && o.dsaEncoding !== 'ieee-p1363') {
    throw new ERR_INVALID_ARG_VALUE('options.dsaEncoding', o.dsaEncoding);
  }
  return [key, o];
}

function signingKey(key, wantPublic) {
  if (isKeyObject(key)) {
    if (!wantPublic && key.type !== 'private') {
      const { codes } = require('internal/errors');
      throw new codes.ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'private');
    }
    if (wantPublic && key.type === 'secret') {
      const { codes } = require('internal/errors');
      throw new codes.ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'public or private');
    }
    return wantPublic && key.type === 'private' ? binding.keyPublic(key[kHandle]) : key[kHandle];
  }
  return parseKeyInput(key, wantPublic, 'key');
}

function checkDigest(algorithm) {
  if (algorithm !== null && algorithm !== undefined) {
    if (typeof algorithm !== 'string') throw new ERR_INVALID_ARG_TYPE('algorithm', 'string', algorithm);
    if (!binding.isSupportedDigest(algorithm)) throw new ERR_CRYPTO_INVALID_DIGEST(algorithm);
  }
}

function doSign(algorithm, data, key) {
  const [k, o] = keyOptions(key);
  const handle = signingKey(k, false);
  const sig = binding.sign(handle, data, algorithm, o.padding === RSA_PKCS1_PSS_PADDING, o.saltLength,
    o.dsaEncoding === 'ieee-p1363');
  if (typeof sig === 'string') {
    if (sig === 'invalid digest') throw new ERR_CRYPTO_INVALID_DIGEST(algorithm);
    throw new Error(sig);
  }
  return new FastBuffer(sig);
}

function doVerify(algorithm, data, key, signature) {
  const [k, o] = keyOptions(key);
  const handle = signingKey(k, true);
  const ok = binding.verify(handle, data, signature, algorithm, o.padding === RSA_PKCS1_PSS_PADDING, o.saltLength,
    o.dsaEncoding === 'ieee-p1363');
  if (typeof ok === 'string') {
    if (ok === 'invalid digest') throw new ERR_CRYPTO_INVALID_DIGEST(algorithm);
    throw new Error(ok);
  }
  return ok;
}

function checkData(data, name) {
  if (typeof data === 'string') return Buffer.from(data);
  if (!ArrayBuffer.isView(data)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['Buffer', 'TypedArray', 'DataView'], data);
  }
  return data;
}

function signOneShot(algorithm, data, key, callback) {
  checkDigest(algorithm);
  data = checkData(data, 'data');
  if (key === undefined || key === null) throw new ERR_INVALID_ARG_TYPE('key', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'string', 'KeyObject', 'CryptoKey'], key);
  const sig = doSign(algorithm, data, key);
  if (typeof callback === 'function') {
    process.nextTick(callback, null, sig);
    return undefined;
  }
  return sig;
}

function verifyOneShot(algorithm, data, key, signature, callback) {
  checkDigest(algorithm);
  data = checkData(data, 'data');
  signature = checkData(signature, 'signature');
  const ok = doVerify(algorithm, data, key, signature);
  if (typeof callback === 'function') {
    process.nextTick(callback, null, ok);
    return undefined;
  }
  return ok;
}

// Sign and Verify buffer what update() is given (Node's are Writable
// streams; write()/end() feed update() the same way here).
let Writable;
function setupWritable(self, proto) {
  if (Writable === undefined) Writable = require('stream').Writable;
  if (Object.getPrototypeOf(proto) !== Writable.prototype) Object.setPrototypeOf(proto, Writable.prototype);
  Writable.call(self);
}

// initSignVerify is the common start of a Sign and a Verify: a digest the
// binding knows, no data yet, and the Writable side.
function initSignVerify(self, proto, algorithm) {
  if (typeof algorithm !== 'string') throw new ERR_INVALID_ARG_TYPE('algorithm', 'string', algorithm);
  if (!binding.isSupportedDigest(algorithm)) {
    const err = new TypeError('Invalid digest');
    err.code = 'ERR_CRYPTO_INVALID_DIGEST';
    throw err;
  }
  self._algorithm = algorithm;
  self._chunks = [];
  setupWritable(self, proto);
}

function Sign(algorithm, options) {
  if (!(this instanceof Sign)) return new Sign(algorithm, options);
  initSignVerify(this, Sign.prototype, algorithm);
}

function signUpdate(data, encoding) {
  if (typeof data === 'string') data = Buffer.from(data, encoding === 'buffer' || !encoding ? 'utf8' : encoding);
  else if (!ArrayBuffer.isView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  this._chunks.push(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
  return this;
}

Sign.prototype.update = signUpdate;
Sign.prototype._write = function _write(chunk, encoding, callback) {
  this.update(chunk, encoding);
  callback();
};
Sign.prototype.sign = function sign(privateKey, outputEncoding) {
  if (privateKey === undefined || privateKey === null) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_CRYPTO_SIGN_KEY_REQUIRED();
  }
  const sig = doSign(this._algorithm, Buffer.concat(this._chunks), privateKey);
  if (outputEncoding && outputEncoding !== 'buffer') return sig.toString(outputEncoding);
  return sig;
};

function Verify(algorithm, options) {
  if (!(this instanceof Verify)) return new Verify(algorithm, options);
  initSignVerify(this, Verify.prototype, algorithm);
}

Verify.prototype.update = signUpdate;
Verify.prototype._write = Sign.prototype._write;
Verify.prototype.verify = function verify(object, signature, sigEncoding) {
  if (typeof signature === 'string') {
    signature = Buffer.from(signature, sigEncoding === 'buffer' || !sigEncoding ? 'utf8' : sigEncoding);
  } else if (!ArrayBuffer.isView(signature)) {
    throw new ERR_INVALID_ARG_TYPE('signature', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], signature);
  }
  return doVerify(this._algorithm, Buffer.concat(this._chunks), object, signature);
};

function createSign(algorithm, options) {
  return new Sign(algorithm, options);
}

function createVerify(algorithm, options) {
  return new Verify(algorithm, options);
}

// ---- RSA encryption (lib/internal/crypto/cipher.js rsaFunctionFor) ----------
const rsaReasons = {
  'oaep decoding error': ['02000079', 'rsa routines', 'ERR_OSSL_RSA_OAEP_DECODING_ERROR'],
  'data too large for key size': ['0200006E', 'rsa routines', 'ERR_OSSL_RSA_DATA_TOO_LARGE_FOR_KEY_SIZE'],
  'data too large for modulus': ['02000084', 'rsa routines', 'ERR_OSSL_RSA_DATA_TOO_LARGE_FOR_MODULUS'],
  'invalid padding': ['0200008A', 'rsa routines', 'ERR_OSSL_RSA_INVALID_PADDING'],
  'operation not supported for this keytype':
    ['03000096', 'digital envelope routines', 'ERR_OSSL_EVP_OPERATION_NOT_SUPPORTED_FOR_THIS_KEYTYPE'],
};

function rsaFunctionFor(op, defaultPadding, keyType) {
  return function (options, buffer) {
    let key = options;
    let padding = defaultPadding;
    let oaepHash = 'sha1';
    let oaepLabel;
    if (options !== null && typeof options === 'object' && !isKeyObject(options) &&
        !ArrayBuffer.isView(options) && !isAnyArrayBuffer(options)) {
      key = options.key;
      if (options.padding !== undefined) padding = options.padding;
      if (options.oaepHash !== undefined) {
        if (typeof options.oaepHash !== 'string') {
          throw new ERR_INVALID_ARG_TYPE('options.oaepHash', 'string', options.oaepHash);
        }
        oaepHash = options.oaepHash;
      }
      if (options.oaepLabel !== undefined) oaepLabel = options.oaepLabel;
      if (isKeyObject(key)) options = key;
    }
    if (op === 'privateDecrypt' && padding === 1) {
      throw rsaPkcs1Refused();
    }
    const handle = keyType === 'private' ? signingKey(key, false) : signingKey(key, true);
    if (typeof buffer === 'string') buffer = Buffer.from(buffer);
    else if (!ArrayBuffer.isView(buffer) && !isAnyArrayBuffer(buffer)) {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], buffer);
    }
    if (!binding.isSupportedDigest(oaepHash)) {
      const err = new Error('Invalid digest used');
      err.code = 'ERR_OSSL_EVP_INVALID_DIGEST';
      throw err;
    }
    const out = binding.rsaCrypt(op, handle, buffer, padding, oaepHash, oaepLabel);
    if (typeof out === 'string') {
      const [hex, library, code] = rsaReasons[out] || ['00000000', 'rsa routines', 'ERR_OSSL_RSA'];
      const err = new Error(`error:${hex}:${library}::${out}`);
      err.library = library;
      err.reason = out;
      err.code = code;
      throw err;
    }
    return new FastBuffer(out);
  };
}

function rsaPkcs1Refused() {
  const err = new TypeError('RSA_PKCS1_PADDING is no longer supported for private decryption, ' +
    'this can be reverted with --security-revert=CVE-2023-46809');
  err.code = 'ERR_INVALID_ARG_VALUE';
  return err;
}

const publicEncrypt = rsaFunctionFor('publicEncrypt', 4, 'public');
const privateDecrypt = rsaFunctionFor('privateDecrypt', 4, 'private');
const privateEncrypt = rsaFunctionFor('privateEncrypt', 1, 'private');
const publicDecrypt = rsaFunctionFor('publicDecrypt', 1, 'public');

// ---- key generation ---------------------------------------------------------
function encodeGenerated(key, encoding, isPrivate) {
  if (encoding === undefined) return key;
  if (encoding === null || typeof encoding !== 'object') {
    throw new ERR_INVALID_ARG_VALUE(isPrivate ? 'options.privateKeyEncoding' : 'options.publicKeyEncoding', encoding);
  }
  return key.export(encoding);
}

function generateKeyPairSync(type, options) {
  if (typeof type !== 'string') throw new ERR_INVALID_ARG_TYPE('type', 'string', type);
  options = options === undefined ? {} : options;
  if (options === null || typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
  let handle;
  switch (type) {
    case 'rsa': {
      const { modulusLength, publicExponent = 0x10001 } = options;
      if (typeof modulusLength !== 'number') throw new ERR_INVALID_ARG_TYPE('options.modulusLength', 'number', modulusLength);
      handle = binding.generateKeyPair('rsa', modulusLength, publicExponent, '');
      break;
    }
    case 'ec': {
      const { namedCurve } = options;
      if (typeof namedCurve !== 'string') throw new ERR_INVALID_ARG_TYPE('options.namedCurve', 'string', namedCurve);
      handle = binding.generateKeyPair('ec', 0, 0, namedCurve);
      if (handle === 'unsupported') {
        const err = new TypeError('Invalid EC curve name');
        err.code = 'ERR_CRYPTO_INVALID_CURVE';
        throw err;
      }
      break;
    }
    case 'ed25519':
    case 'x25519':
      handle = binding.generateKeyPair(type, 0, 0, '');
      break;
    default:
      throw new ERR_INVALID_ARG_VALUE('type', type, 'must be a supported key type');
  }
  if (typeof handle === 'string') throw new Error(handle);
  const privateKey = new PrivateKeyObject(handle);
  const publicKey = new PublicKeyObject(binding.keyPublic(handle));
  return {
    publicKey: encodeGenerated(publicKey, options.publicKeyEncoding, false),
    privateKey: encodeGenerated(privateKey, options.privateKeyEncoding, true),
  };
}

function generateKeyPair(type, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  if (typeof callback !== 'function') throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
  const { publicKey, privateKey } = generateKeyPairSync(type, options);
  setImmediate(callback, null, publicKey, privateKey);
}

// diffieHellman({ privateKey, publicKey }) for EC KeyObjects.
function diffieHellman(options) {
  if (options === null || typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
  const { privateKey, publicKey } = options;
  if (!isKeyObject(privateKey)) throw new ERR_INVALID_ARG_TYPE('options.privateKey', 'KeyObject', privateKey);
  if (!isKeyObject(publicKey)) throw new ERR_INVALID_ARG_TYPE('options.publicKey', 'KeyObject', publicKey);
  const { codes } = require('internal/errors');
  if (privateKey.type !== 'private') throw new codes.ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(privateKey.type, 'private');
  if (publicKey.type !== 'public' && publicKey.type !== 'private') {
    throw new codes.ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(publicKey.type, 'private or public');
  }
  if (privateKey.asymmetricKeyType !== publicKey.asymmetricKeyType) {
    throw new codes.ERR_CRYPTO_INCOMPATIBLE_KEY('key types for Diffie-Hellman',
      `${privateKey.asymmetricKeyType} and ${publicKey.asymmetricKeyType}`);
  }
  const pubHandle = publicKey.type === 'private' ? binding.keyPublic(publicKey[kHandle]) : publicKey[kHandle];
  const out = binding.keyAgree(privateKey[kHandle], pubHandle);
  if (typeof out === 'string') {
    const hex = out === 'mismatching domain parameters' ? '1C8000CB' : '03000096';
    const library = out === 'mismatching domain parameters' ? 'Provider routines' : 'digital envelope routines';
    const err = new Error(`error:${hex}:${library}::${out}`);
    err.library = library;
    err.reason = out;
    err.code = out === 'mismatching domain parameters' ? 'ERR_OSSL_MISMATCHING_DOMAIN_PARAMETERS' :
      'ERR_OSSL_EVP_OPERATION_NOT_SUPPORTED_FOR_THIS_KEYTYPE';
    throw err;
  }
  return new FastBuffer(out);
}

// generateKey(Sync)('hmac' | 'aes', { length }) → SecretKeyObject.
function generateKeySync(type, options) {
  if (typeof type !== 'string') throw new ERR_INVALID_ARG_TYPE('type', 'string', type);
  if (options === null || typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
  const { length } = options;
  const { codes } = require('internal/errors');
  if (type === 'hmac') {
    if (typeof length !== 'number') throw new ERR_INVALID_ARG_TYPE('options.length', 'number', length);
    if (!Number.isInteger(length)) throw new codes.ERR_OUT_OF_RANGE('options.length', 'an integer', length);
    if (length < 8 || length > 2147483647) {
      throw new codes.ERR_OUT_OF_RANGE('options.length', '>= 8 && <= 2147483647', length);
    }
  } else if (type === 'aes') {
    if (length !== 128 && length !== 192 && length !== 256) {
      throw new ERR_INVALID_ARG_VALUE('options.length', length, 'must be one of: 128, 192, 256');
    }
  } else {
    throw new ERR_INVALID_ARG_VALUE('type', type, 'must be a supported key type');
  }
  return createSecretKey(require('crypto').randomBytes(Math.floor(length / 8)));
}

function generateKey(type, options, callback) {
  if (typeof callback !== 'function') throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
  const key = generateKeySync(type, options);
  setImmediate(callback, null, key);
}

module.exports = {
  diffieHellman,
  generateKey,
  generateKeySync,
  KeyObject,
  SecretKeyObject,
  PublicKeyObject,
  PrivateKeyObject,
  isKeyObject,
  createSecretKey,
  createPublicKey,
  createPrivateKey,
  sign: signOneShot,
  verify: verifyOneShot,
  Sign,
  Verify,
  createSign,
  createVerify,
  generateKeyPair,
  generateKeyPairSync,
  publicEncrypt,
  privateDecrypt,
  privateEncrypt,
  publicDecrypt,
};
