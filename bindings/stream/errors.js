'use strict';
// internal/streams/errors: the Node error codes the stream modules raise
// (lib/internal/errors.js). Each code prefers the shared internal/errors
// implementation when it provides the code, and otherwise builds an error
// with Node's name, code and message itself, so streams work on their own.

let shared;
function sharedCodes() {
  if (shared === undefined) {
    shared = null;
    try {
      const m = require('internal/errors');
      if (m && m.codes) shared = m;
    } catch {
      shared = null;
    }
  }
  return shared;
}

function decorate(err, code) {
  const name = err.name;
  err.name = `${name} [${code}]`;
  err.stack; // eslint-disable-line no-unused-expressions
  delete err.name;
  err.code = code;
  return err;
}

function make(Base, code, message) {
  const err = new Base(message);
  return decorate(err, code);
}

function describeReceived(value) {
  if (value == null) return ` Received ${value}`;
  if (typeof value === 'function') return ` Received function ${value.name}`;
  if (typeof value === 'object') {
    if (value.constructor && value.constructor.name) {
      return ` Received an instance of ${value.constructor.name}`;
    }
    let shown;
    try { shown = require('util').inspect(value, { depth: -1 }); } catch { shown = '[Object: null prototype] {}'; }
    return ` Received ${shown}`;
  }
  let shown;
  if (typeof value === 'string') {
    let s = value.length > 28 ? value.slice(0, 25) + '...' : value;
    shown = `'${s}'`;
  } else if (typeof value === 'bigint') {
    shown = `${value}n`;
  } else if (typeof value === 'symbol') {
    shown = String(value);
  } else if (Object.is(value, -0)) {
    shown = '-0';
  } else {
    shown = String(value);
  }
  return ` Received type ${typeof value} (${shown})`;
}

const classRegExp = /^([A-Z][a-z0-9]*)+$/;
const kTypes = ['string', 'function', 'number', 'object', 'Function', 'Object', 'boolean', 'bigint', 'symbol'];

function formatList(list, joiner = 'or') {
  if (list.length <= 2) return list.join(` ${joiner} `);
  return `${list.slice(0, -1).join(', ')}, ${joiner} ${list[list.length - 1]}`;
}

function invalidArgTypeMessage(name, expected, actual) {
  if (!Array.isArray(expected)) expected = [expected];
  let msg = 'The ';
  if (name.endsWith(' argument')) {
    msg += `${name} `;
  } else {
    msg += `"${name}" ${name.includes('.') ? 'property' : 'argument'} `;
  }
  msg += 'must be ';
  const types = [];
  const instances = [];
  const other = [];
  for (const value of expected) {
    if (kTypes.includes(value)) types.push(value.toLowerCase());
    else if (classRegExp.test(value)) instances.push(value);
    else other.push(value);
  }
  if (instances.length > 0) {
    const pos = types.indexOf('object');
    if (pos !== -1) {
      types.splice(pos, 1);
      instances.push('Object');
    }
  }
  if (types.length > 0) {
    msg += `${types.length > 1 ? 'one of type' : 'of type'} ${formatList(types)}`;
    if (instances.length > 0 || other.length > 0) msg += ' or ';
  }
  if (instances.length > 0) {
    msg += `an instance of ${formatList(instances)}`;
    if (other.length > 0) msg += ' or ';
  }
  if (other.length > 0) {
    if (other.length > 1) msg += `one of ${formatList(other)}`;
    else {
      if (other[0].toLowerCase() !== other[0]) msg += 'an ';
      msg += `${other[0]}`;
    }
  }
  return msg + '.' + describeReceived(actual);
}

function inspectValue(v) {
  try { return require('util').inspect(v); } catch { return typeof v === 'string' ? `'${v}'` : String(v); }
}

// Fallback constructors: each returns a fresh error (use with or without new).
const own = {
  ERR_INVALID_ARG_TYPE: (name, expected, actual) =>
    make(TypeError, 'ERR_INVALID_ARG_TYPE', invalidArgTypeMessage(name, expected, actual)),
  ERR_INVALID_ARG_VALUE: (name, value, reason = 'is invalid') => {
    let inspected = inspectValue(value);
    if (inspected.length > 128) inspected = `${inspected.slice(0, 128)}...`;
    const type = name.includes('.') ? 'property' : 'argument';
    return make(TypeError, 'ERR_INVALID_ARG_VALUE', `The ${type} '${name}' ${reason}. Received ${inspected}`);
  },
  ERR_INVALID_RETURN_VALUE: (input, name, value) => {
    let type;
    if (value && value.constructor && value.constructor.name) type = `instance of ${value.constructor.name}`;
    else type = `type ${typeof value}`;
    return make(TypeError, 'ERR_INVALID_RETURN_VALUE',
      `Expected ${input} to be returned from the "${name}" function but got ${type}.`);
  },
  ERR_METHOD_NOT_IMPLEMENTED: (method) =>
    make(Error, 'ERR_METHOD_NOT_IMPLEMENTED', `The ${method} method is not implemented`),
  ERR_MISSING_ARGS: (...args) => {
    let msg = 'The ';
    const wrap = (a) => `"${a}"`;
    const names = args.map((a) => (Array.isArray(a) ? a.map(wrap).join(' or ') : wrap(a)));
    switch (names.length) {
      case 1: msg += `${names[0]} argument`; break;
      case 2: msg += `${names[0]} and ${names[1]} arguments`; break;
      default: msg += `${names.slice(0, -1).join(', ')}, and ${names[names.length - 1]} arguments`;
    }
    return make(TypeError, 'ERR_MISSING_ARGS', `${msg} must be specified`);
  },
  ERR_MULTIPLE_CALLBACK: () => make(Error, 'ERR_MULTIPLE_CALLBACK', 'Callback called multiple times'),
  ERR_OUT_OF_RANGE: (name, range, received) =>
    make(RangeError, 'ERR_OUT_OF_RANGE',
      `The value of "${name}" is out of range. It must be ${range}. Received ${String(received)}`),
  ERR_STREAM_ALREADY_FINISHED: (method) =>
    make(Error, 'ERR_STREAM_ALREADY_FINISHED', `Cannot call ${method} after a stream was finished`),
  ERR_STREAM_CANNOT_PIPE: () => make(Error, 'ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable'),
  ERR_STREAM_DESTROYED: (method) =>
    make(Error, 'ERR_STREAM_DESTROYED', `Cannot call ${method} after a stream was destroyed`),
  ERR_STREAM_NULL_VALUES: () => make(TypeError, 'ERR_STREAM_NULL_VALUES', 'May not write null values to stream'),
  ERR_STREAM_PREMATURE_CLOSE: () => make(Error, 'ERR_STREAM_PREMATURE_CLOSE', 'Premature close'),
  ERR_STREAM_PUSH_AFTER_EOF: () => make(Error, 'ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF'),
  ERR_STREAM_UNSHIFT_AFTER_END_EVENT: () =>
    make(Error, 'ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event'),
  ERR_STREAM_WRITE_AFTER_END: () => make(Error, 'ERR_STREAM_WRITE_AFTER_END', 'write after end'),
  ERR_UNKNOWN_ENCODING: (enc) => make(TypeError, 'ERR_UNKNOWN_ENCODING', `Unknown encoding: ${enc}`),
};

const codes = {};
for (const key of Object.keys(own)) {
  codes[key] = function (...args) {
    const m = sharedCodes();
    const C = m && m.codes[key];
    if (typeof C === 'function') return new C(...args);
    return own[key](...args);
  };
}

class AbortErrorFallback extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

function AbortError(message, options) {
  const m = sharedCodes();
  if (m && typeof m.AbortError === 'function') return new m.AbortError(message, options);
  return new AbortErrorFallback(message, options);
}

function aggregateTwoErrors(innerError, outerError) {
  const m = sharedCodes();
  if (m && typeof m.aggregateTwoErrors === 'function') return m.aggregateTwoErrors(innerError, outerError);
  if (innerError && outerError && innerError !== outerError) {
    if (Array.isArray(outerError.errors)) {
      outerError.errors.push(innerError);
      return outerError;
    }
    const err = new AggregateError([outerError, innerError], outerError.message);
    err.code = outerError.code;
    return err;
  }
  return innerError || outerError;
}

function isAbortError(err) {
  return err != null && err.name === 'AbortError';
}

module.exports = { codes, AbortError, aggregateTwoErrors, isAbortError, invalidArgTypeMessage };
