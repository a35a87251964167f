// timers/promises, after Node's lib/timers/promises.js: promise-returning
// setTimeout/setImmediate, the setInterval async iterator, and scheduler.
'use strict';

const timers = require('timers');

function abortError(signal) {
  const err = new Error('The operation was aborted');
  err.name = 'AbortError';
  err.code = 'ABORT_ERR';
  if (signal && signal.reason !== undefined) err.cause = signal.reason;
  return err;
}

function validateOptions(options) {
  if (options === null || typeof options !== 'object') {
    const err = new TypeError(`The "options" argument must be of type object. Received ${options === null ? 'null' : `type ${typeof options} (${String(options)})`}`);
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
}

// later schedules with start(resolve) → handle and cancels with stop(handle);
// both promise forms share the options, abort and unref handling.
function later(value, options, start, stop) {
  try {
    validateOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }
  const { signal, ref = true } = options;
  if (signal && signal.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    let onAbort;
    const handle = start(() => {
      if (signal) signal.removeEventListener('abort', onAbort);
      resolve(value);
    });
    if (!ref) handle.unref();
    if (signal) {
      onAbort = () => {
        stop(handle);
        reject(abortError(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
    }
  });
}

function setTimeout(after, value, options = {}) {
  return later(value, options, (fn) => timers.setTimeout(fn, after), timers.clearTimeout);
}

function setImmediate(value, options = {}) {
  return later(value, options, (fn) => timers.setImmediate(fn), timers.clearImmediate);
}

function setInterval(after, value, options = {}) {
  validateOptions(options);
  const { signal, ref = true } = options;
  let pending = 0;
  const waiters = [];
  let done = false;
  const t = timers.setInterval(() => {
    if (waiters.length > 0) waiters.shift().resolve({ value, done: false });
    else pending++;
  }, after);
  if (!ref) t.unref();
  const finish = () => {
    done = true;
    timers.clearInterval(t);
  };
  if (signal) {
    signal.addEventListener('abort', () => {
      finish();
      for (const w of waiters.splice(0)) w.reject(abortError(signal));
    }, { once: true });
  }
  return {
    next() {
      if (signal && signal.aborted) return Promise.reject(abortError(signal));
      if (pending > 0) {
        pending--;
        return Promise.resolve({ value, done: false });
      }
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => waiters.push({ resolve, reject }));
    },
    return() {
      finish();
      for (const w of waiters.splice(0)) w.resolve({ value: undefined, done: true });
      return Promise.resolve({ value: undefined, done: true });
    },
    [Symbol.asyncIterator]() { return this; },
  };
}

const scheduler = {
  wait(delay, options) { return setTimeout(delay, undefined, options); },
  yield() { return setImmediate(); },
};

module.exports = { setTimeout, setImmediate, setInterval, scheduler };
