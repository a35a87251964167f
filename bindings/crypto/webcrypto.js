'use strict';
// internal/crypto/webcrypto — follows Node's lib/internal/crypto/webcrypto.js:
// the global `crypto` (a Crypto with getRandomValues, randomUUID and a
// SubtleCrypto that implements digest).

const binding = internalBinding('crypto');
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

class CryptoKey {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }
}
Object.defineProperty(CryptoKey.prototype, Symbol.toStringTag, { value: 'CryptoKey', configurable: true });

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

  [kInspect](depth, options) {
    void depth;
    void options;
    return 'Crypto {}';
  }
}
Object.defineProperty(Crypto.prototype, Symbol.toStringTag, { value: 'Crypto', configurable: true });
for (const k of ['subtle', 'getRandomValues', 'randomUUID']) {
  Object.defineProperty(Crypto.prototype, k, { enumerable: true });
}

const crypto = new Crypto(kToken);

module.exports = { crypto, Crypto, CryptoKey, SubtleCrypto };
