'use strict';
// crypto — follows Node's lib/crypto.js: the public module, assembled from
// internal/crypto/* (hash, random, kdf, cipher, keys, diffiehellman,
// webcrypto) plus the small helpers below.

const {
  binding,
  Buffer,
  isAnyArrayBuffer,
} = require('internal/crypto/util');
const {
  codes: {
    ERR_CRYPTO_FIPS_UNAVAILABLE,
    ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH,
    ERR_INVALID_ARG_TYPE,
  },
} = require('internal/errors');
const { Hash, Hmac, createHash, createHmac, hash } = require('internal/crypto/hash');
const random = require('internal/crypto/random');
const kdf = require('internal/crypto/kdf');
const cipher = require('internal/crypto/cipher');
const {
  ECDH, createECDH, DiffieHellman, DiffieHellmanGroup, createDiffieHellman, getDiffieHellman,
} = require('internal/crypto/diffiehellman');

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

// Certificate: Netscape SPKAC helpers (lib/internal/crypto/certificate.js).
function spkacBytes(spkac, encoding) {
  if (typeof spkac === 'string') return Buffer.from(spkac, encoding && encoding !== 'buffer' ? encoding : 'utf8');
  if (!isAnyArrayBuffer(spkac) && !ArrayBuffer.isView(spkac)) {
    throw new ERR_INVALID_ARG_TYPE('spkac', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], spkac);
  }
  return spkac;
}

function exportChallenge(spkac, encoding) {
  const info = binding.spkac(spkacBytes(spkac, encoding));
  return info === null ? '' : Buffer.from(info[0]);
}

function exportPublicKey(spkac, encoding) {
  const info = binding.spkac(spkacBytes(spkac, encoding));
  return info === null ? '' : Buffer.from(info[1]);
}

function verifySpkac(spkac, encoding) {
  const info = binding.spkac(spkacBytes(spkac, encoding));
  return info !== null && info[2];
}

function Certificate() {
  if (!(this instanceof Certificate)) return new Certificate();
}
Certificate.prototype.exportChallenge = exportChallenge;
Certificate.prototype.exportPublicKey = exportPublicKey;
Certificate.prototype.verifySpkac = verifySpkac;
Certificate.exportChallenge = exportChallenge;
Certificate.exportPublicKey = exportPublicKey;
Certificate.verifySpkac = verifySpkac;

// setEngine: handshake has no OpenSSL engines; only OpenSSL's built-in
// "dynamic" loader id is accepted (and does nothing).
function setEngine(id, flags) {
  if (typeof id !== 'string') throw new ERR_INVALID_ARG_TYPE('id', 'string', id);
  if (flags !== undefined && typeof flags !== 'number') throw new ERR_INVALID_ARG_TYPE('flags', 'number', flags);
  if (id === 'dynamic') return;
  const { codes } = require('internal/errors');
  throw new codes.ERR_CRYPTO_ENGINE_UNKNOWN(id);
}

function secureHeapUsed() {
  return { total: 0, min: 0, used: 0, utilization: 0 };
}

const keys = require('internal/crypto/keys');

let x509;

// In Node's order (Object.keys(require('crypto'))).
module.exports = {
  checkPrime: random.checkPrime,
  checkPrimeSync: random.checkPrimeSync,
  createCipheriv: cipher.createCipheriv,
  createDecipheriv: cipher.createDecipheriv,
  createDiffieHellman,
  createDiffieHellmanGroup: getDiffieHellman,
  createECDH,
  createHash,
  createHmac,
  createPrivateKey: keys.createPrivateKey,
  createPublicKey: keys.createPublicKey,
  createSecretKey: keys.createSecretKey,
  createSign: keys.createSign,
  createVerify: keys.createVerify,
  diffieHellman: keys.diffieHellman,
  generatePrime: random.generatePrime,
  generatePrimeSync: random.generatePrimeSync,
  getCiphers,
  getCipherInfo: cipher.getCipherInfo,
  getCurves,
  getDiffieHellman,
  getHashes,
  hkdf: kdf.hkdf,
  hkdfSync: kdf.hkdfSync,
  pbkdf2: kdf.pbkdf2,
  pbkdf2Sync: kdf.pbkdf2Sync,
  generateKeyPair: keys.generateKeyPair,
  generateKeyPairSync: keys.generateKeyPairSync,
  generateKey: keys.generateKey,
  generateKeySync: keys.generateKeySync,
  privateDecrypt: keys.privateDecrypt,
  privateEncrypt: keys.privateEncrypt,
  publicDecrypt: keys.publicDecrypt,
  publicEncrypt: keys.publicEncrypt,
  randomBytes: random.randomBytes,
  randomFill: random.randomFill,
  randomFillSync: random.randomFillSync,
  randomInt: random.randomInt,
  randomUUID: random.randomUUID,
  scrypt: kdf.scrypt,
  scryptSync: kdf.scryptSync,
  sign: keys.sign,
  setEngine,
  timingSafeEqual,
  getFips,
  setFips,
  verify: keys.verify,
  hash,
  Certificate,
  Cipher: cipher.Cipher,
  Cipheriv: cipher.Cipheriv,
  Decipher: cipher.Decipher,
  Decipheriv: cipher.Decipheriv,
  DiffieHellman,
  DiffieHellmanGroup,
  ECDH,
  Hash,
  Hmac,
  KeyObject: keys.KeyObject,
  Sign: keys.Sign,
  Verify: keys.Verify,
  // X509Certificate comes from the TLS layer: a core module named
  // "internal/crypto/x509" exporting { X509Certificate }. Until it exists
  // the property is undefined.
  get X509Certificate() {
    if (x509 === undefined) {
      try {
        x509 = require('internal/crypto/x509').X509Certificate;
      } catch {
        x509 = null;
      }
    }
    return x509 === null ? undefined : x509;
  },
  secureHeapUsed,
  pseudoRandomBytes: random.randomBytes,
  prng: random.randomBytes,
  rng: random.randomBytes,
  createCipher: cipher.createCipher,
  createDecipher: cipher.createDecipher,
};
for (const k of ['pseudoRandomBytes', 'prng', 'rng', 'createCipher', 'createDecipher']) {
  Object.defineProperty(module.exports, k, { enumerable: false });
}

Object.defineProperty(module.exports, 'constants', {
  value: require('internal/crypto/constants').constants,
  writable: false, enumerable: true, configurable: false,
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
