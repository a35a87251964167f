'use strict';
// internal/validators — Node's lib/internal/validators.js: the argument
// checks the core modules share (the ones this project's modules use), with
// Node's error codes and messages.
//
// Node wraps each in hideStackFrames, which rethrows from internal/errors:
// an uncaught validation error's report starts there. The header below
// says so where the error is thrown (runtime/errors.go's throwHeader).

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE },
} = require('internal/errors');

const kThrowHeader = Symbol.for('handshake.throwHeader');
const kRethrowHeader = 'node:internal/errors:541\n      throw error;\n      ^\n';

function hidden(err) {
  Object.defineProperty(err, kThrowHeader, { value: kRethrowHeader, writable: true, configurable: true, enumerable: false });
  return err;
}

function validateString(value, name) {
  if (typeof value !== 'string') throw hidden(new ERR_INVALID_ARG_TYPE(name, 'string', value));
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw hidden(new ERR_INVALID_ARG_TYPE(name, 'boolean', value));
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw hidden(new ERR_INVALID_ARG_TYPE(name, 'Function', value));
}

// validateObject is Node's with no options: not null, not an array.
function validateObject(value, name) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw hidden(new ERR_INVALID_ARG_TYPE(name, 'Object', value));
  }
}

function validateNumber(value, name, min = undefined, max) {
  if (typeof value !== 'number') throw hidden(new ERR_INVALID_ARG_TYPE(name, 'number', value));
  if ((min != null && value < min) || (max != null && value > max) ||
      ((min != null || max != null) && Number.isNaN(value))) {
    throw hidden(new ERR_OUT_OF_RANGE(name,
      `${min != null ? `>= ${min}` : ''}${min != null && max != null ? ' && ' : ''}${max != null ? `<= ${max}` : ''}`,
      value));
  }
}

function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  if (typeof value !== 'number') throw hidden(new ERR_INVALID_ARG_TYPE(name, 'number', value));
  if (!Number.isInteger(value)) throw hidden(new ERR_OUT_OF_RANGE(name, 'an integer', value));
  if (value < min || value > max) throw hidden(new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value));
}

function validateInt32(value, name, min = -2147483648, max = 2147483647) {
  validateInteger(value, name, min, max);
}

function validateUint32(value, name, positive = false) {
  validateInteger(value, name, positive ? 1 : 0, 4294967295);
}

function validateOneOf(value, name, oneOf) {
  if (!oneOf.includes(value)) {
    const allowed = oneOf.map((v) => (typeof v === 'string' ? `'${v}'` : String(v))).join(', ');
    throw hidden(new ERR_INVALID_ARG_VALUE(name, value, `must be one of: ${allowed}`));
  }
}

function validateBuffer(buffer, name = 'buffer') {
  if (!ArrayBuffer.isView(buffer)) {
    throw hidden(new ERR_INVALID_ARG_TYPE(name, ['Buffer', 'TypedArray', 'DataView'], buffer));
  }
}

function validateAbortSignal(signal, name) {
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw hidden(new ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal));
  }
}

module.exports = {
  validateAbortSignal,
  validateBoolean,
  validateBuffer,
  validateFunction,
  validateInt32,
  validateInteger,
  validateNumber,
  validateObject,
  validateOneOf,
  validateString,
  validateUint32,
};
