'use strict';
// internal/crypto/webcrypto — follows Node's lib/internal/crypto/webcrypto.js:
// the global `crypto` (a Crypto with getRandomValues, randomUUID and a
// SubtleCrypto that implements digest).

const binding = internalBinding('crypto');
const { Buffer } = require('buffer');
const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS },
} = require('internal/errors');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kToken = Symbol('kToken');

function lazyDOMException(message, name) {
  const DOMException = require('internal/per_context/domexception');
  return new DOMException(message, name);
}

// webidlError builds the TypeErrors Node's WebIDL converters throw.
function webidlError(code, message) {
  const err = new TypeError(message);
  err.code = code;
  return err;
}

const digestNames = {
  'sha-1': 'sha1', 'sha-256': 'sha256', 'sha-384': 'sha384', 'sha-512': 'sha512',
};

class SubtleCrypto {
  constructor(...args) {
    if (args[0] !== kToken) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  digest(algorithm, data) {
    if (!(this instanceof SubtleCrypto)) return Promise.reject(new ERR_INVALID_THIS('SubtleCrypto'));
    if (arguments.length < 2) {
      return Promise.reject(webidlError('ERR_MISSING_ARGS',
        `Failed to execute 'digest' on 'SubtleCrypto': 2 arguments required, but only ${arguments.length} present.`));
    }
    const name = typeof algorithm === 'string' ? algorithm : algorithm && algorithm.name;
    const alg = digestNames[`${name}`.toLowerCase()];
    if (alg === undefined) {
      return Promise.reject(lazyDOMException('Unrecognized algorithm name', 'NotSupportedError'));
    }
    let bytes;
    if (data instanceof ArrayBuffer) bytes = new Uint8Array(data);
    else if (ArrayBuffer.isView(data)) bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    else {
      return Promise.reject(webidlError('ERR_INVALID_ARG_TYPE',
        "Failed to execute 'digest' on 'SubtleCrypto': 2nd argument is not instance of ArrayBuffer, Buffer, TypedArray, or DataView."));
    }
    return new Promise((resolve) => resolve(binding.hashOnce(alg, bytes)));
  }
}
Object.defineProperty(SubtleCrypto.prototype, Symbol.toStringTag, {
  value: 'SubtleCrypto', configurable: true,
});

// ---- CryptoKey and the secret-key algorithms ------------------------------
const kKey = Symbol('kKey');

class CryptoKey {
  constructor(...args) {
    if (args[0] !== kToken) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kKey] = args[1];
  }

  get type() { return slots(this).type; }

  get extractable() { return slots(this).extractable; }

  get algorithm() { return slots(this).algorithm; }

  get usages() { return slots(this).usages; }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `CryptoKey ${require('internal/util/inspect').inspect({
      type: this.type, extractable: this.extractable, algorithm: this.algorithm, usages: this.usages,
    }, opts)}`;
  }
}
Object.defineProperty(CryptoKey.prototype, Symbol.toStringTag, { value: 'CryptoKey', configurable: true });
for (const k of ['type', 'extractable', 'algorithm', 'usages']) {
  Object.defineProperty(CryptoKey.prototype, k, { enumerable: true });
}

function slots(key) {
  const s = key != null && typeof key === 'object' ? key[kKey] : undefined;
  if (s === undefined) throw new ERR_INVALID_THIS('CryptoKey');
  return s;
}

function makeKey(algorithm, extractable, usages, bytes) {
  return new CryptoKey(kToken, { type: 'secret', extractable: !!extractable, algorithm, usages, bytes });
}

const canonical = {};
for (const n of ['HMAC', 'AES-GCM', 'AES-CBC', 'AES-CTR', 'AES-KW', 'PBKDF2', 'HKDF', 'SHA-1', 'SHA-256', 'SHA-384', 'SHA-512',
  'ECDSA', 'RSASSA-PKCS1-v1_5', 'RSA-PSS', 'Ed25519', 'RSA-OAEP', 'ECDH', 'X25519']) {
  canonical[n.toLowerCase()] = n;
}

function normalize(alg) {
  const obj = typeof alg === 'string' ? { name: alg } : alg;
  if (obj === null || typeof obj !== 'object' || typeof obj.name !== 'string') {
    throw lazyDOMException('Algorithm: Unrecognized name', 'NotSupportedError');
  }
  const name = canonical[obj.name.toLowerCase()];
  if (name === undefined) throw lazyDOMException('Unrecognized algorithm name', 'NotSupportedError');
  return { ...obj, name };
}

function hashName(h) {
  return normalize(h).name;
}

function toBytes(data) {
  if (data instanceof ArrayBuffer) return Buffer.from(data.slice(0));
  if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength));
  throw webidlError('ERR_INVALID_ARG_TYPE', 'The data argument must be an ArrayBuffer, TypedArray or DataView.');
}

function nodeHash(name) {
  return { 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' }[name];
}

const hmacBlockBits = { 'SHA-1': 512, 'SHA-256': 512, 'SHA-384': 1024, 'SHA-512': 1024 };
const asymmetric = new Set(['ECDSA', 'RSASSA-PKCS1-v1_5', 'RSA-PSS', 'Ed25519', 'RSA-OAEP', 'ECDH', 'X25519']);
const curveNames = { 'P-256': 'prime256v1', 'P-384': 'secp384r1', 'P-521': 'secp521r1' };
const curveByOpenSSL = { prime256v1: 'P-256', secp384r1: 'P-384', secp521r1: 'P-521' };

// asymmetricAlgorithm describes a KeyObject the way Web Crypto does.
function asymmetricAlgorithm(alg, keyObject) {
  if (alg.name === 'Ed25519' || alg.name === 'X25519') return { name: alg.name };
  const details = keyObject.asymmetricKeyDetails;
  if (alg.name === 'ECDSA' || alg.name === 'ECDH') return { name: alg.name, namedCurve: curveByOpenSSL[details.namedCurve] };
  let e = details.publicExponent;
  const bytes = [];
  while (e > 0n) {
    bytes.unshift(Number(e & 0xffn));
    e >>= 8n;
  }
  return {
    name: alg.name, modulusLength: details.modulusLength, publicExponent: new Uint8Array(bytes),
    hash: { name: hashName(alg.hash) },
  };
}

function makeAsymmetricKey(alg, keyObject, extractable, usages) {
  return new CryptoKey(kToken, {
    type: keyObject.type, extractable: !!extractable, algorithm: asymmetricAlgorithm(alg, keyObject), usages, keyObject,
  });
}

const asymmetricUsages = {
  private: { sign: ['sign'], oaep: ['decrypt', 'unwrapKey'], derive: ['deriveKey', 'deriveBits'] },
  public: { sign: ['verify'], oaep: ['encrypt', 'wrapKey'], derive: [] },
};
function usageKind(name) {
  if (name === 'RSA-OAEP') return 'oaep';
  if (name === 'ECDH' || name === 'X25519') return 'derive';
  return 'sign';
}

function checkAsymmetricUsages(name, type, usages) {
  const ok = asymmetricUsages[type][usageKind(name)];
  for (const u of usages) {
    if (!ok.includes(u)) throw lazyDOMException(`Unsupported key usage for a ${name} key`, 'SyntaxError');
  }
}

function importAsymmetric(format, keyData, alg, extractable, usages) {
  const nodeCrypto = require('crypto');
  let keyObject;
  try {
    if (format === 'raw' && !alg.name.startsWith('RSA')) {
      const raw = toBytes(keyData);
      let jwk;
      if (alg.name === 'Ed25519' || alg.name === 'X25519') {
        jwk = { kty: 'OKP', crv: alg.name, x: raw.toString('base64url') };
      } else {
        const size = (raw.length - 1) / 2;
        if (raw[0] !== 4 || !Number.isInteger(size)) throw lazyDOMException('Invalid keyData', 'DataError');
        jwk = {
          kty: 'EC', crv: alg.namedCurve,
          x: raw.subarray(1, 1 + size).toString('base64url'), y: raw.subarray(1 + size).toString('base64url'),
        };
      }
      keyObject = nodeCrypto.createPublicKey({ key: jwk, format: 'jwk' });
    } else if (format === 'spki') keyObject = nodeCrypto.createPublicKey({ key: toBytes(keyData), format: 'der', type: 'spki' });
    else if (format === 'pkcs8') keyObject = nodeCrypto.createPrivateKey({ key: toBytes(keyData), format: 'der', type: 'pkcs8' });
    else if (format === 'jwk') {
      keyObject = keyData && keyData.d !== undefined ?
        nodeCrypto.createPrivateKey({ key: keyData, format: 'jwk' }) :
        nodeCrypto.createPublicKey({ key: keyData, format: 'jwk' });
    } else {
      throw lazyDOMException(`Unable to import ${alg.name} key with format ${format}`, 'NotSupportedError');
    }
  } catch (e) {
    if (e && e.name === 'NotSupportedError') throw e;
    throw lazyDOMException('Invalid keyData', 'DataError');
  }
  const want = { ECDSA: 'ec', ECDH: 'ec', Ed25519: 'ed25519', X25519: 'x25519' }[alg.name] || 'rsa';
  if (keyObject.asymmetricKeyType !== want) throw lazyDOMException('Invalid key type', 'DataError');
  if ((alg.name === 'ECDSA' || alg.name === 'ECDH') && curveByOpenSSL[keyObject.asymmetricKeyDetails.namedCurve] !== alg.namedCurve) {
    throw lazyDOMException('Named curve mismatch', 'DataError');
  }
  checkAsymmetricUsages(alg.name, keyObject.type, usages);
  return makeAsymmetricKey(alg, keyObject, extractable, [...usages]);
}

function signOptions(alg, k) {
  const name = k.algorithm.name;
  const hash = name === 'Ed25519' ? null :
    nodeHash(name === 'ECDSA' ? hashName(alg.hash) : k.algorithm.hash.name);
  const key = { key: k.keyObject };
  if (name === 'ECDSA') key.dsaEncoding = 'ieee-p1363';
  if (name === 'RSA-PSS') {
    key.padding = 6;
    key.saltLength = alg.saltLength;
  }
  return [hash, key];
}

const usagesFor = {
  'HMAC': ['sign', 'verify'],
  'AES-GCM': ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'],
  'AES-CBC': ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'],
  'AES-CTR': ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'],
  'AES-KW': ['wrapKey', 'unwrapKey'],
  'PBKDF2': ['deriveBits', 'deriveKey'],
  'HKDF': ['deriveBits', 'deriveKey'],
};

function checkUsages(name, usages) {
  const ok = usagesFor[name];
  for (const u of usages) {
    if (!ok.includes(u)) {
      const what = name === 'HMAC' ? 'an HMAC' : name.startsWith('AES') ? 'an AES' : `a ${name}`;
      throw lazyDOMException(`Unsupported key usage for ${what} key`, 'SyntaxError');
    }
  }
}

function secretAlgorithm(alg, bytes, generating) {
  if (alg.name === 'HMAC') {
    const hash = { name: hashName(alg.hash) };
    const length = alg.length !== undefined ? alg.length : bytes ? bytes.length * 8 : hmacBlockBits[hash.name];
    return generating ? { name: 'HMAC', length, hash } : { name: 'HMAC', hash, length };
  }
  if (alg.name.startsWith('AES')) {
    const length = bytes ? bytes.length * 8 : alg.length;
    if (length !== 128 && length !== 192 && length !== 256) {
      throw lazyDOMException(bytes ? 'Invalid key length' : 'AES key length must be 128, 192, or 256 bits', bytes ? 'DataError' : 'OperationError');
    }
    return { name: alg.name, length };
  }
  return { name: alg.name };
}

const jwkAlg = {
  'AES-GCM': 'GCM', 'AES-CBC': 'CBC', 'AES-CTR': 'CTR', 'AES-KW': 'KW',
};
function jwkAlgorithm(algorithm) {
  if (algorithm.name === 'HMAC') return `HS${algorithm.hash.name.slice(4)}`;
  return `A${algorithm.length}${jwkAlg[algorithm.name]}`;
}

function operationError() {
  return lazyDOMException('The operation failed for an operation-specific reason', 'OperationError');
}

function aesCipher(alg, key, data, decrypt) {
  const nodeCrypto = require('crypto');
  const k = slots(key);
  const bits = k.algorithm.length;
  if (alg.name === 'AES-KW') {
    const out = binding.aesKW(k.bytes, data, decrypt);
    if (out === null) throw operationError();
    return Buffer.from(out);
  }
  if (alg.name === 'AES-GCM') {
    const iv = toBytes(alg.iv);
    const tagLength = alg.tagLength === undefined ? 128 : alg.tagLength;
    const opts = { authTagLength: tagLength / 8 };
    if (decrypt) {
      const tagBytes = tagLength / 8;
      if (data.length < tagBytes) throw operationError();
      const d = nodeCrypto.createDecipheriv(`aes-${bits}-gcm`, k.bytes, iv, opts);
      if (alg.additionalData !== undefined) d.setAAD(toBytes(alg.additionalData));
      d.setAuthTag(data.subarray(data.length - tagBytes));
      try {
        return Buffer.concat([d.update(data.subarray(0, data.length - tagBytes)), d.final()]);
      } catch {
        throw operationError();
      }
    }
    const c = nodeCrypto.createCipheriv(`aes-${bits}-gcm`, k.bytes, iv, opts);
    if (alg.additionalData !== undefined) c.setAAD(toBytes(alg.additionalData));
    const out = Buffer.concat([c.update(data), c.final()]);
    return Buffer.concat([out, c.getAuthTag()]);
  }
  const mode = alg.name === 'AES-CBC' ? 'cbc' : 'ctr';
  const iv = toBytes(mode === 'cbc' ? alg.iv : alg.counter);
  const C = decrypt ? nodeCrypto.createDecipheriv : nodeCrypto.createCipheriv;
  try {
    const c = C(`aes-${bits}-${mode}`, k.bytes, iv);
    return Buffer.concat([c.update(data), c.final()]);
  } catch {
    throw operationError();
  }
}

function requireUsage(key, usage, alg) {
  const k = slots(key);
  if (!k.usages.includes(usage) || (alg && k.algorithm.name !== alg.name)) {
    throw lazyDOMException(`Unable to use this key to ${usage}`, 'InvalidAccessError');
  }
  return k;
}

function oaep(alg, k, data, decrypt) {
  const nodeCrypto = require('crypto');
  const opts = { key: k.keyObject, oaepHash: nodeHash(k.algorithm.hash.name) };
  if (alg.label !== undefined) opts.oaepLabel = toBytes(alg.label);
  try {
    return toArrayBuffer(decrypt ? nodeCrypto.privateDecrypt(opts, toBytes(data)) : nodeCrypto.publicEncrypt(opts, toBytes(data)));
  } catch {
    throw operationError();
  }
}

function deriveBitsSync(alg, key, length) {
  const nodeCrypto = require('crypto');
  const k = slots(key);
  if (alg.name === 'ECDH' || alg.name === 'X25519') {
    const peer = alg.public === undefined ? undefined : slots(alg.public);
    if (peer === undefined || peer.type !== 'public' || peer.algorithm.name !== k.algorithm.name) {
      throw lazyDOMException('The public and private keys must be of the same type', 'InvalidAccessError');
    }
    const secret = nodeCrypto.diffieHellman({ privateKey: k.keyObject, publicKey: peer.keyObject });
    if (length === null || length === undefined) return secret;
    if (length > secret.length * 8) throw operationError();
    const out = Buffer.from(secret.subarray(0, Math.ceil(length / 8)));
    if (length % 8) out[out.length - 1] &= (0xff << (8 - (length % 8))) & 0xff;
    return out;
  }
  if (k.algorithm.name !== alg.name) throw lazyDOMException('Key algorithm mismatch', 'InvalidAccessError');
  if (length === null || length === undefined || length % 8 !== 0) throw operationError();
  const hash = nodeHash(hashName(alg.hash));
  if (alg.name === 'PBKDF2') {
    return nodeCrypto.pbkdf2Sync(k.bytes, toBytes(alg.salt), alg.iterations, length / 8, hash);
  }
  return Buffer.from(nodeCrypto.hkdfSync(hash, k.bytes, toBytes(alg.salt), toBytes(alg.info), length / 8));
}

function toArrayBuffer(buf) {
  return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
}

// run turns a synchronous step into the promise Web Crypto returns.
function run(fn) {
  return new Promise((resolve) => resolve(fn()));
}

const subtleMethods = {
  importKey(format, keyData, algorithm, extractable, keyUsages) {
    return run(() => {
      const alg = normalize(algorithm);
      if (asymmetric.has(alg.name)) return importAsymmetric(format, keyData, alg, extractable, keyUsages);
      if (!usagesFor[alg.name]) throw lazyDOMException('Unrecognized algorithm name', 'NotSupportedError');
      let bytes;
      if (format === 'raw') {
        bytes = toBytes(keyData);
      } else if (format === 'jwk') {
        if (keyData === null || typeof keyData !== 'object' || keyData.kty !== 'oct' || typeof keyData.k !== 'string') {
          throw lazyDOMException('Invalid keyData', 'DataError');
        }
        bytes = Buffer.from(keyData.k, 'base64url');
      } else {
        throw lazyDOMException(`Unable to import ${alg.name} key with format ${format}`, 'NotSupportedError');
      }
      checkUsages(alg.name, keyUsages);
      return makeKey(secretAlgorithm(alg, bytes, false), extractable, [...keyUsages], bytes);
    });
  },
  exportKey(format, key) {
    return run(() => {
      const k = slots(key);
      if (!k.extractable) throw lazyDOMException('key is not extractable', 'InvalidAccessException');
      if (k.keyObject !== undefined) {
        if (format === 'raw' && k.type === 'public' && k.algorithm.name !== 'RSA-OAEP' &&
            !k.algorithm.name.startsWith('RSA')) {
          const jwk = k.keyObject.export({ format: 'jwk' });
          const x = Buffer.from(jwk.x, 'base64url');
          if (jwk.kty === 'OKP') return toArrayBuffer(x);
          return toArrayBuffer(Buffer.concat([Buffer.from([4]), x, Buffer.from(jwk.y, 'base64url')]));
        }
        if (format === 'spki' && k.type === 'public') return toArrayBuffer(k.keyObject.export({ type: 'spki', format: 'der' }));
        if (format === 'pkcs8' && k.type === 'private') return toArrayBuffer(k.keyObject.export({ type: 'pkcs8', format: 'der' }));
        if (format === 'jwk') {
          const jwk = { key_ops: [...k.usages], ext: k.extractable, ...k.keyObject.export({ format: 'jwk' }) };
          const name = k.algorithm.name;
          if (name === 'Ed25519') jwk.alg = 'EdDSA';
          else if (name === 'RSA-OAEP') {
            const bits = k.algorithm.hash.name.slice(4);
            jwk.alg = bits === '1' ? 'RSA-OAEP' : `RSA-OAEP-${bits}`;
          } else if (name !== 'ECDSA' && name !== 'ECDH' && name !== 'X25519') {
            jwk.alg = `${name === 'RSA-PSS' ? 'PS' : 'RS'}${k.algorithm.hash.name.slice(4)}`;
          }
          return jwk;
        }
        throw lazyDOMException(`Unable to export a ${format} ${k.algorithm.name} key`, 'InvalidAccessError');
      }
      if (format === 'raw') return toArrayBuffer(Buffer.from(k.bytes));
      if (format === 'jwk') {
        const out = { key_ops: [...k.usages], ext: k.extractable, kty: 'oct', k: Buffer.from(k.bytes).toString('base64url') };
        if (k.algorithm.name !== 'PBKDF2' && k.algorithm.name !== 'HKDF') out.alg = jwkAlgorithm(k.algorithm);
        return out;
      }
      throw lazyDOMException(`Unable to export a raw ${k.algorithm.name} key`, 'NotSupportedError');
    });
  },
  generateKey(algorithm, extractable, keyUsages) {
    return run(() => {
      const alg = normalize(algorithm);
      if (asymmetric.has(alg.name)) {
        const nodeCrypto = require('crypto');
        let pair;
        if (alg.name === 'Ed25519' || alg.name === 'X25519') pair = nodeCrypto.generateKeyPairSync(alg.name.toLowerCase());
        else if (alg.name === 'ECDSA' || alg.name === 'ECDH') pair = nodeCrypto.generateKeyPairSync('ec', { namedCurve: curveNames[alg.namedCurve] || alg.namedCurve });
        else pair = nodeCrypto.generateKeyPairSync('rsa', { modulusLength: alg.modulusLength });
        const kind = usageKind(alg.name);
        // In Node's canonical order for each half, not the caller's.
        const pub = asymmetricUsages.public[kind].filter((u) => keyUsages.includes(u));
        const priv = asymmetricUsages.private[kind].filter((u) => keyUsages.includes(u));
        return {
          publicKey: makeAsymmetricKey(alg, pair.publicKey, true, pub),
          privateKey: makeAsymmetricKey(alg, pair.privateKey, extractable, priv),
        };
      }
      if (alg.name !== 'HMAC' && !alg.name.startsWith('AES')) {
        throw lazyDOMException('Unrecognized algorithm name', 'NotSupportedError');
      }
      checkUsages(alg.name, keyUsages);
      const a = secretAlgorithm(alg, undefined, true);
      const bytes = require('crypto').randomBytes(Math.ceil(a.length / 8));
      return makeKey(a, extractable, [...keyUsages], bytes);
    });
  },
  sign(algorithm, key, data) {
    return run(() => {
      const alg = normalize(algorithm);
      const k = requireUsage(key, 'sign', alg);
      if (k.keyObject !== undefined) {
        const [hash, opts] = signOptions(alg, k);
        return toArrayBuffer(require('crypto').sign(hash, toBytes(data), opts));
      }
      const sig = require('crypto').createHmac(nodeHash(k.algorithm.hash.name), k.bytes).update(toBytes(data)).digest();
      return toArrayBuffer(sig);
    });
  },
  verify(algorithm, key, signature, data) {
    return run(() => {
      const alg = normalize(algorithm);
      const k = requireUsage(key, 'verify', alg);
      if (k.keyObject !== undefined) {
        const [hash, opts] = signOptions(alg, k);
        return require('crypto').verify(hash, toBytes(data), opts, toBytes(signature));
      }
      const sig = require('crypto').createHmac(nodeHash(k.algorithm.hash.name), k.bytes).update(toBytes(data)).digest();
      const given = toBytes(signature);
      return sig.length === given.length && require('crypto').timingSafeEqual(sig, given);
    });
  },
  encrypt(algorithm, key, data) {
    return run(() => {
      const alg = normalize(algorithm);
      const k = requireUsage(key, 'encrypt', alg);
      if (alg.name === 'RSA-OAEP') return oaep(alg, k, data, false);
      return toArrayBuffer(aesCipher(alg, key, toBytes(data), false));
    });
  },
  decrypt(algorithm, key, data) {
    return run(() => {
      const alg = normalize(algorithm);
      const k = requireUsage(key, 'decrypt', alg);
      if (alg.name === 'RSA-OAEP') return oaep(alg, k, data, true);
      return toArrayBuffer(aesCipher(alg, key, toBytes(data), true));
    });
  },
  wrapKey(format, key, wrappingKey, wrapAlgorithm) {
    return this.exportKey(format, key).then((exported) => {
      const alg = normalize(wrapAlgorithm);
      const k = requireUsage(wrappingKey, 'wrapKey', alg);
      const bytes = format === 'jwk' ? Buffer.from(JSON.stringify(exported)) : Buffer.from(exported);
      if (alg.name === 'RSA-OAEP') return oaep(alg, k, bytes, false);
      return toArrayBuffer(aesCipher(alg, wrappingKey, bytes, false));
    });
  },
  unwrapKey(format, wrappedKey, unwrappingKey, unwrapAlgorithm, unwrappedKeyAlgorithm, extractable, keyUsages) {
    return run(() => {
      const alg = normalize(unwrapAlgorithm);
      const k = requireUsage(unwrappingKey, 'unwrapKey', alg);
      const data = toBytes(wrappedKey);
      const raw = alg.name === 'RSA-OAEP' ? Buffer.from(oaep(alg, k, data, true)) : aesCipher(alg, unwrappingKey, data, true);
      const keyData = format === 'jwk' ? JSON.parse(raw.toString()) : raw;
      return this.importKey(format, keyData, unwrappedKeyAlgorithm, extractable, keyUsages);
    });
  },
  deriveBits(algorithm, baseKey, length) {
    return run(() => {
      const alg = normalize(algorithm);
      requireUsage(baseKey, 'deriveBits');
      return toArrayBuffer(deriveBitsSync(alg, baseKey, length));
    });
  },
  deriveKey(algorithm, baseKey, derivedKeyAlgorithm, extractable, keyUsages) {
    return run(() => {
      const alg = normalize(algorithm);
      requireUsage(baseKey, 'deriveKey');
      const target = normalize(derivedKeyAlgorithm);
      const length = target.length !== undefined ? target.length :
        target.name === 'HMAC' ? hmacBlockBits[hashName(target.hash)] : undefined;
      const bytes = deriveBitsSync(alg, baseKey, length);
      checkUsages(target.name, keyUsages);
      return makeKey(secretAlgorithm(target, bytes, false), extractable, [...keyUsages], bytes);
    });
  },
};
for (const [name, fn] of Object.entries(subtleMethods)) {
  Object.defineProperty(SubtleCrypto.prototype, name, {
    value: fn, writable: true, enumerable: true, configurable: true,
  });
}

const subtle = new SubtleCrypto(kToken);

const integerArrays = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array,
  Uint32Array, BigInt64Array, BigUint64Array];

class Crypto {
  constructor(...args) {
    if (args[0] !== kToken) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get subtle() {
    if (!(this instanceof Crypto)) throw new ERR_INVALID_THIS('Crypto');
    return subtle;
  }

  getRandomValues(array) {
    if (!(this instanceof Crypto)) throw new ERR_INVALID_THIS('Crypto');
    if (arguments.length < 1) {
      throw webidlError('ERR_MISSING_ARGS',
        "Failed to execute 'getRandomValues' on 'Crypto': 1 argument required, but only 0 present.");
    }
    if (!integerArrays.some((C) => array instanceof C)) {
      throw lazyDOMException('The data argument must be an integer-type TypedArray', 'TypeMismatchError');
    }
    if (array.byteLength > 65536) {
      throw lazyDOMException('The requested length exceeds 65,536 bytes', 'QuotaExceededError');
    }
    binding.randomFill(array, 0, array.byteLength);
    return array;
  }

  randomUUID() {
    if (!(this instanceof Crypto)) throw new ERR_INVALID_THIS('Crypto');
    return binding.randomUUID();
  }

  [kInspect]() {
    return 'Crypto {}';
  }
}
Object.defineProperty(Crypto.prototype, Symbol.toStringTag, { value: 'Crypto', configurable: true });
for (const k of ['subtle', 'getRandomValues', 'randomUUID']) {
  Object.defineProperty(Crypto.prototype, k, { enumerable: true });
}

const crypto = new Crypto(kToken);

// keyObjectOf backs KeyObject.from(cryptoKey).
function keyObjectOf(key) {
  const s = key != null && typeof key === 'object' ? key[kKey] : undefined;
  if (s === undefined) return undefined;
  if (s.keyObject !== undefined) return s.keyObject;
  return require('crypto').createSecretKey(Buffer.from(s.bytes));
}

module.exports = { crypto, Crypto, CryptoKey, SubtleCrypto, keyObjectOf };
