'use strict';
// internal/crypto/random — follows Node's lib/internal/crypto/random.js:
// random bytes, integers and UUIDs, and prime checks and generation.
const {
  binding,
  Buffer,
  FastBuffer,
  kMaxLength,
  validateFunction,
  validateObject,
  validateBoolean,
  validateNumber,
  validateInt32,
  isAnyArrayBuffer,
  toBuffer,
} = require('internal/crypto/util');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');

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

module.exports = {
  randomBytes, randomFill, randomFillSync, randomInt, randomUUID,
  checkPrime, checkPrimeSync, generatePrime, generatePrimeSync,
};
