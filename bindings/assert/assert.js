// Node's `assert` module, after Node v20's lib/assert.js: the assertion
// functions, their generated messages (including assert.ok's message quoting
// the failing call's source), throws/rejects matchers and assert.strict.
'use strict';

const {
  ERR_AMBIGUOUS_ARGUMENT,
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  ERR_INVALID_RETURN_VALUE,
  ERR_MISSING_ARGS,
} = require('internal/errors').codes;
const AssertionError = require('internal/assert/assertion_error');
const { isPromise, isRegExp } = require('internal/util/types');
const binding = internalBinding('assert');

let comparisons;
function isDeepEqual(a, b) {
  if (comparisons === undefined) comparisons = require('internal/util/comparisons');
  return comparisons.isDeepEqual(a, b);
}
function isDeepStrictEqual(a, b) {
  if (comparisons === undefined) comparisons = require('internal/util/comparisons');
  return comparisons.isDeepStrictEqual(a, b);
}

let util;
function inspect(value, options) {
  if (util === undefined) util = require('util');
  return util.inspect(value, options);
}

function isError(e) {
  return e instanceof Error || Object.prototype.toString.call(e) === '[object Error]';
}

const NO_EXCEPTION = {};

// When an AssertionError goes uncaught, Node's report starts at the throw
// statement inside its own assert sources; the runtime prints the header an
// error carries under this symbol instead of the (different) throw site here.
const kHeader = Symbol.for('handshake.fatalHeader');
const site = (file, line, indent, code) => `node:${file}:${line}\n${' '.repeat(indent)}${code}\n${' '.repeat(indent)}^\n`;
const H_INNER_FAIL = site('assert', 90, 2, 'throw new AssertionError(obj);');
const H_OK = site('internal/assert/utils', 281, 4, 'throw err;');
const H_FAIL = site('assert', 137, 2, 'throw err;');
const H_KEY = site('assert', 377, 6, 'throw err;');
const H_PRIMITIVE = site('assert', 416, 6, 'throw err;');
const H_EXPECTED = site('assert', 491, 4, 'throw err;');
const H_IF_ERROR = site('assert', 733, 4, 'throw newErr;');
const H_MATCH = site('assert', 768, 4, 'throw err;');
const H_PROMISE = site('internal/process/promises', 391, 4, 'triggerUncaughtException(err, true /* fromPromise */);');

// As an unhandled rejection (an assertion failing in an async function),
// Node reports the same errors from its promise machinery; the runtime may
// prefer this header on that path.
const kRejectionHeader = Symbol.for('handshake.rejectionHeader');

function atSite(err, header) {
  Object.defineProperty(err, kHeader, { value: header, writable: true, configurable: true, enumerable: false });
  Object.defineProperty(err, kRejectionHeader, {
    value: H_PROMISE, writable: true, configurable: true, enumerable: false,
  });
  return err;
}

function innerFail(obj) {
  if (obj.message instanceof Error) throw obj.message;
  throw atSite(new AssertionError(obj), H_INNER_FAIL);
}

let warnedFail = false;

function fail(actual, expected, message, operator, stackStartFn) {
  const argc = arguments.length;
  let internalMessage = false;
  if (actual == null && argc <= 1) {
    internalMessage = true;
    message = 'Failed';
  } else if (argc === 1) {
    message = actual;
    actual = undefined;
  } else {
    if (!warnedFail) {
      warnedFail = true;
      process.emitWarning('assert.fail() with more than one argument is deprecated. ' +
        'Please use assert.strictEqual() instead or only pass a message.', 'DeprecationWarning', 'DEP0094');
    }
    if (argc === 2) operator = '!=';
  }
  if (message instanceof Error) throw message;
  const err = new AssertionError({
    actual,
    expected,
    operator: operator === undefined ? 'fail' : operator,
    stackStartFn: stackStartFn || fail,
    message,
  });
  if (internalMessage) err.generatedMessage = true;
  throw atSite(err, H_FAIL);
}

// Control characters other than \t, \n and \r are shown escaped.
const controlChars = /[\x00-\x08\x0b\x0c\x0e-\x1f]/g; // eslint-disable-line no-control-regex
function escapeControl(c) {
  const code = c.charCodeAt(0);
  if (code === 8) return '\\b';
  if (code === 12) return '\\f';
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

// okMessage builds "The expression evaluated to a falsy value:" from the
// source of the failing call, or returns undefined when it is unavailable
// (native callers, core modules, unreadable files).
function okMessage() {
  let site;
  try {
    site = binding.callSite();
  } catch {
    return undefined;
  }
  if (site === undefined) return undefined;
  const column = site[0];
  let code = site[1].replace(controlChars, escapeControl);
  if (code.includes('\n')) {
    const lines = code.split('\n');
    code = lines.shift();
    for (const line of lines) {
      let pos = 0;
      while (pos < column && (line[pos] === ' ' || line[pos] === '\t')) pos++;
      code += `\n  ${line.slice(pos)}`;
    }
  }
  return `The expression evaluated to a falsy value:\n\n  ${code}\n`;
}

function innerOk(fn, argc, value, message) {
  if (value) return;
  let generated = false;
  if (argc === 0) {
    generated = true;
    message = 'No value argument passed to `assert.ok()`';
  } else if (message == null) {
    generated = true;
    message = okMessage();
  } else if (message instanceof Error) {
    throw message;
  }
  const err = new AssertionError({ actual: value, expected: true, message, operator: '==', stackStartFn: fn });
  err.generatedMessage = generated;
  throw atSite(err, H_OK);
}

function ok(...args) {
  innerOk(ok, args.length, ...args);
}

const assert = module.exports = ok;
assert.fail = fail;
assert.AssertionError = AssertionError;
assert.ok = ok;

function requireTwo(argc) {
  if (argc < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
}

/* eslint-disable eqeqeq */
assert.equal = function equal(actual, expected, message) {
  requireTwo(arguments.length);
  if (actual != expected && (!Number.isNaN(actual) || !Number.isNaN(expected))) {
    innerFail({ actual, expected, message, operator: '==', stackStartFn: equal });
  }
};

assert.notEqual = function notEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (actual == expected || (Number.isNaN(actual) && Number.isNaN(expected))) {
    innerFail({ actual, expected, message, operator: '!=', stackStartFn: notEqual });
  }
};
/* eslint-enable eqeqeq */

assert.deepEqual = function deepEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (!isDeepEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'deepEqual', stackStartFn: deepEqual });
  }
};

assert.notDeepEqual = function notDeepEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (isDeepEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notDeepEqual', stackStartFn: notDeepEqual });
  }
};

assert.deepStrictEqual = function deepStrictEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (!isDeepStrictEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: deepStrictEqual });
  }
};

assert.notDeepStrictEqual = function notDeepStrictEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (isDeepStrictEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notDeepStrictEqual', stackStartFn: notDeepStrictEqual });
  }
};

assert.strictEqual = function strictEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (!Object.is(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'strictEqual', stackStartFn: strictEqual });
  }
};

assert.notStrictEqual = function notStrictEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (Object.is(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notStrictEqual', stackStartFn: notStrictEqual });
  }
};

// ---- throws / rejects ------------------------------------------------------

// Comparison holds the compared keys of a thrown error or of a validation
// object, so the diff shows only those.
class Comparison {
  constructor(obj, keys, actual) {
    for (const key of keys) {
      if (key in obj) {
        if (actual !== undefined && typeof actual[key] === 'string' && isRegExp(obj[key]) &&
            obj[key].exec(actual[key]) !== null) {
          this[key] = actual[key];
        } else {
          this[key] = obj[key];
        }
      }
    }
  }
}

function compareExceptionKey(actual, expected, key, message, keys, fn) {
  if (key in actual && isDeepStrictEqual(actual[key], expected[key])) return;
  if (!message) {
    const err = new AssertionError({
      actual: new Comparison(actual, keys),
      expected: new Comparison(expected, keys, actual),
      operator: 'deepStrictEqual',
      stackStartFn: fn,
    });
    err.actual = actual;
    err.expected = expected;
    err.operator = fn.name;
    throw atSite(err, H_KEY);
  }
  innerFail({ actual, expected, message, operator: fn.name, stackStartFn: fn });
}

function expectedException(actual, expected, message, fn) {
  let generated = false;
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) {
      const str = String(actual);
      if (expected.exec(str) !== null) return;
      if (!message) {
        generated = true;
        message = `The input did not match the regular expression ${inspect(expected)}. Input:\n\n${inspect(str)}\n`;
      }
    } else if (typeof actual !== 'object' || actual === null) {
      const err = new AssertionError({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: fn });
      err.operator = fn.name;
      throw atSite(err, H_PRIMITIVE);
    } else {
      const keys = Object.keys(expected);
      if (expected instanceof Error) {
        keys.push('name', 'message');
      } else if (keys.length === 0) {
        throw new ERR_INVALID_ARG_VALUE('error', expected, 'may not be an empty object');
      }
      for (const key of keys) {
        if (typeof actual[key] === 'string' && isRegExp(expected[key]) && expected[key].exec(actual[key]) !== null) {
          continue;
        }
        compareExceptionKey(actual, expected, key, message, keys, fn);
      }
      return;
    }
  } else if (expected.prototype !== undefined && actual instanceof expected) {
    return;
  } else if (Object.prototype.isPrototypeOf.call(Error, expected)) {
    if (!message) {
      generated = true;
      message = `The error is expected to be an instance of "${expected.name}". Received `;
      if (isError(actual)) {
        const name = (actual.constructor && actual.constructor.name) || actual.name;
        if (expected.name === name) message += 'an error with identical name but a different prototype.';
        else message += `"${name}"`;
        if (actual.message) message += `\n\nError message:\n\n${actual.message}`;
      } else {
        message += `"${inspect(actual, { depth: -1 })}"`;
      }
    }
  } else {
    const res = Reflect.apply(expected, {}, [actual]);
    if (res === true) return;
    if (!message) {
      generated = true;
      const name = expected.name ? `"${expected.name}" ` : '';
      message = `The ${name}validation function is expected to return "true". Received ${inspect(res)}`;
      if (isError(actual)) message += `\n\nCaught error:\n\n${actual}`;
    }
  }
  const err = new AssertionError({ actual, expected, message, operator: fn.name, stackStartFn: fn });
  err.generatedMessage = generated;
  throw atSite(err, H_EXPECTED);
}

function getActual(fn) {
  if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE('fn', 'Function', fn);
  try {
    fn();
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

function checkIsPromise(obj) {
  return isPromise(obj) ||
    (obj !== null && typeof obj === 'object' && typeof obj.then === 'function' && typeof obj.catch === 'function');
}

async function waitForActual(promiseFn) {
  let resultPromise;
  if (typeof promiseFn === 'function') {
    resultPromise = promiseFn();
    if (!checkIsPromise(resultPromise)) {
      throw new ERR_INVALID_RETURN_VALUE('instance of Promise', 'promiseFn', resultPromise);
    }
  } else if (checkIsPromise(promiseFn)) {
    resultPromise = promiseFn;
  } else {
    throw new ERR_INVALID_ARG_TYPE('promiseFn', ['Function', 'Promise'], promiseFn);
  }
  try {
    await resultPromise;
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

function expectsError(stackStartFn, actual, error, message) {
  if (typeof error === 'string') {
    if (arguments.length === 4) {
      throw new ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
    }
    if (typeof actual === 'object' && actual !== null) {
      if (actual.message === error) {
        throw new ERR_AMBIGUOUS_ARGUMENT('error/message', `The error message "${actual.message}" is identical to the message.`);
      }
    } else if (actual === error) {
      throw new ERR_AMBIGUOUS_ARGUMENT('error/message', `The error "${actual}" is identical to the message.`);
    }
    message = error;
    error = undefined;
  } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
  }
  if (actual === NO_EXCEPTION) {
    let details = '';
    if (error && error.name) details += ` (${error.name})`;
    details += message ? `: ${message}` : '.';
    const kind = stackStartFn === assert.rejects ? 'rejection' : 'exception';
    innerFail({
      actual: undefined,
      expected: error,
      operator: stackStartFn.name,
      message: `Missing expected ${kind}${details}`,
      stackStartFn,
    });
  }
  if (!error) return;
  expectedException(actual, error, message, stackStartFn);
}

function hasMatchingError(actual, expected) {
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) return expected.exec(String(actual)) !== null;
    throw new ERR_INVALID_ARG_TYPE('expected', ['Function', 'RegExp'], expected);
  }
  if (expected.prototype !== undefined && actual instanceof expected) return true;
  if (Object.prototype.isPrototypeOf.call(Error, expected)) return false;
  return Reflect.apply(expected, {}, [actual]) === true;
}

function expectsNoError(stackStartFn, actual, error, message) {
  if (actual === NO_EXCEPTION) return;
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (!error || hasMatchingError(actual, error)) {
    const details = message ? `: ${message}` : '.';
    const kind = stackStartFn === assert.doesNotReject ? 'rejection' : 'exception';
    innerFail({
      actual,
      expected: error,
      operator: stackStartFn.name,
      message: `Got unwanted ${kind}${details}\nActual message: "${actual && actual.message}"`,
      stackStartFn,
    });
  }
  throw actual;
}

assert.throws = function throws(promiseFn, ...args) {
  expectsError(throws, getActual(promiseFn), ...args);
};

// A failed rejects/doesNotReject surfaces as an unhandled rejection, which
// Node reports from its promise machinery.
function fromPromise(err) {
  if (err instanceof AssertionError) atSite(err, H_PROMISE);
  return err;
}

assert.rejects = async function rejects(promiseFn, ...args) {
  const actual = await waitForActual(promiseFn);
  try {
    expectsError(rejects, actual, ...args);
  } catch (e) {
    throw fromPromise(e);
  }
};

assert.doesNotThrow = function doesNotThrow(fn, ...args) {
  expectsNoError(doesNotThrow, getActual(fn), ...args);
};

assert.doesNotReject = async function doesNotReject(fn, ...args) {
  const actual = await waitForActual(fn);
  try {
    expectsNoError(doesNotReject, actual, ...args);
  } catch (e) {
    throw fromPromise(e);
  }
};

assert.ifError = function ifError(err) {
  if (err === null || err === undefined) return;
  let message = 'ifError got unwanted exception: ';
  if (typeof err === 'object' && typeof err.message === 'string') {
    if (err.message.length === 0 && err.constructor) message += err.constructor.name;
    else message += err.message;
  } else {
    message += inspect(err);
  }
  const newErr = new AssertionError({ actual: err, expected: null, operator: 'ifError', message, stackStartFn: ifError });
  // Append the original error's frames to the new stack.
  const origStack = err.stack;
  if (typeof origStack === 'string') {
    const at = origStack.indexOf('\n    at');
    if (at !== -1) {
      const originalFrames = origStack.slice(at + 1).split('\n');
      let newFrames = newErr.stack.split('\n');
      for (const frame of originalFrames) {
        const pos = newFrames.indexOf(frame);
        if (pos !== -1) {
          newFrames = newFrames.slice(0, pos);
          break;
        }
      }
      newErr.stack = `${newFrames.join('\n')}\n${originalFrames.join('\n')}`;
    }
  }
  throw atSite(newErr, H_IF_ERROR);
};

function internalMatch(string, regexp, message, fn) {
  if (!isRegExp(regexp)) throw new ERR_INVALID_ARG_TYPE('regexp', 'RegExp', regexp);
  const match = fn === assert.match;
  if (typeof string !== 'string' || (regexp.exec(string) !== null) !== match) {
    if (message instanceof Error) throw message;
    const generated = !message;
    message = message || (typeof string !== 'string' ?
      `The "string" argument must be of type string. Received type ${typeof string} (${inspect(string)})` :
      `${match ? 'The input did not match the regular expression ' :
        'The input was expected to not match the regular expression '}${inspect(regexp)}. Input:\n\n${inspect(string)}\n`);
    const err = new AssertionError({ actual: string, expected: regexp, message, operator: fn.name, stackStartFn: fn });
    err.generatedMessage = generated;
    throw atSite(err, H_MATCH);
  }
}

assert.match = function match(string, regexp, message) {
  internalMatch(string, regexp, message, match);
};

assert.doesNotMatch = function doesNotMatch(string, regexp, message) {
  internalMatch(string, regexp, message, doesNotMatch);
};

// assert.CallTracker is wrapped by Node's deprecate(): a function named
// "deprecated" that warns once (DEP0173) and constructs the real class.
const CallTracker = require('internal/assert/calltracker');
let warnedTracker = false;
function deprecated(...args) {
  if (!warnedTracker) {
    warnedTracker = true;
    process.emitWarning('assert.CallTracker is deprecated.', 'DeprecationWarning', 'DEP0173');
  }
  if (new.target) return Reflect.construct(CallTracker, args, new.target);
  return Reflect.apply(CallTracker, this, args);
}
Object.setPrototypeOf(deprecated, CallTracker);
deprecated.prototype = CallTracker.prototype;
assert.CallTracker = deprecated;

function strict(...args) {
  innerOk(strict, args.length, ...args);
}

assert.strict = Object.assign(strict, assert, {
  equal: assert.strictEqual,
  deepEqual: assert.deepStrictEqual,
  notEqual: assert.notStrictEqual,
  notDeepEqual: assert.notDeepStrictEqual,
});
assert.strict.strict = assert.strict;
