'use strict';
// internal/streams/operators: the iterator helpers on Readable.prototype
// (map, filter, forEach, toArray, reduce, some, every, find, flatMap,
// drop, take, asIndexedPairs), after lib/internal/streams/operators.js.
// Stream-returning helpers produce Readable.from() of an async iterator;
// work runs one item at a time (the concurrency option only bounds Node's
// parallelism, the output order is the same).

const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE },
} = require('internal/streams/errors');

const kEmpty = Symbol('kEmpty');
const kEof = Symbol('kEof');

function validateFunction(fn, name) {
  if (typeof fn !== 'function') throw ERR_INVALID_ARG_TYPE(name, ['Function', 'AsyncFunction'], fn);
}

function validateOptions(options) {
  if (options != null && typeof options !== 'object') throw ERR_INVALID_ARG_TYPE('options', 'Object', options);
  if (options && options.signal != null &&
      (typeof options.signal !== 'object' || !('aborted' in options.signal))) {
    throw ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', options.signal);
  }
}

// checkAborted throws when the signal has aborted; Node gives some
// helpers' AbortErrors the signal's reason as cause and not others.
function checkAborted(options, withCause) {
  if (options && options.signal && options.signal.aborted) {
    if (withCause === 'message') throw AbortError({ cause: options.signal.reason });
    throw withCause ? AbortError(undefined, { cause: options.signal.reason }) : AbortError();
  }
}

// iterate wraps a stream's async iterator as an async iterable whose
// items come from produce(source): it returns kEof at the end, kEmpty to
// skip, or a value.
function derived(stream, options, produce, withCause) {
  return {
    [Symbol.asyncIterator]() {
      const source = stream[Symbol.asyncIterator]();
      let done = false;
      return {
        async next() {
          for (;;) {
            if (done) return { value: undefined, done: true };
            checkAborted(options, withCause);
            const v = await produce(source);
            if (v === kEof) {
              done = true;
              return { value: undefined, done: true };
            }
            if (v !== kEmpty) return { value: v, done: false };
          }
        },
        async return() {
          done = true;
          if (typeof source.return === 'function') await source.return();
          return { value: undefined, done: true };
        },
        [Symbol.asyncIterator]() { return this; },
      };
    },
  };
}

function map(fn, options) {
  validateFunction(fn, 'fn');
  validateOptions(options);
  const signal = options && options.signal;
  return derived(this, options, async (source) => {
    const { value, done } = await source.next();
    if (done) return kEof;
    return await fn(value, { signal });
  });
}

function filter(fn, options) {
  validateFunction(fn, 'fn');
  validateOptions(options);
  const signal = options && options.signal;
  return derived(this, options, async (source) => {
    const { value, done } = await source.next();
    if (done) return kEof;
    return (await fn(value, { signal })) ? value : kEmpty;
  });
}

function flatMap(fn, options) {
  validateFunction(fn, 'fn');
  validateOptions(options);
  const signal = options && options.signal;
  let inner = null;
  return derived(this, options, async (source) => {
    for (;;) {
      if (inner) {
        const r = await inner.next();
        if (!r.done) return r.value;
        inner = null;
      }
      const { value, done } = await source.next();
      if (done) return kEof;
      const res = await fn(value, { signal });
      if (res != null && typeof res[Symbol.asyncIterator] === 'function') inner = res[Symbol.asyncIterator]();
      else if (res != null && typeof res[Symbol.iterator] === 'function' && typeof res !== 'string') {
        const it = res[Symbol.iterator]();
        inner = { next: async () => it.next() };
      } else {
        return res;
      }
    }
  });
}

function toIntegerOrInfinity(number) {
  number = Number(number);
  if (Number.isNaN(number)) return 0;
  if (number < 0) throw ERR_OUT_OF_RANGE('number', '>= 0', number);
  return number;
}

function drop(number, options) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  return derived(this, options, async (source) => {
    for (;;) {
      const { value, done } = await source.next();
      if (done) return kEof;
      if (number-- > 0) continue;
      return value;
    }
  });
}

function take(number, options) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  return derived(this, options, async (source) => {
    if (number <= 0) {
      if (typeof source.return === 'function') await source.return();
      return kEof;
    }
    const { value, done } = await source.next();
    if (done) return kEof;
    number--;
    return value;
  });
}

function asIndexedPairs(options) {
  validateOptions(options);
  let index = 0;
  return derived(this, options, async (source) => {
    const { value, done } = await source.next();
    if (done) return kEof;
    return [index++, value];
  }, 'message');
}

async function each(stream, options, body, withCause) {
  const it = stream[Symbol.asyncIterator]();
  for (;;) {
    checkAborted(options, withCause);
    const { value, done } = await it.next();
    if (done) return undefined;
    let stop;
    try {
      stop = await body(value);
    } catch (err) {
      if (typeof it.return === 'function') await it.return();
      throw err;
    }
    if (stop) {
      if (typeof it.return === 'function') await it.return();
      return stop;
    }
  }
}

async function forEach(fn, options) {
  validateFunction(fn, 'fn');
  validateOptions(options);
  const signal = options && options.signal;
  await each(this, options, async (value) => {
    await fn(value, { signal });
  });
}

async function toArray(options) {
  validateOptions(options);
  const result = [];
  await each(this, options, (value) => {
    result.push(value);
  }, true);
  return result;
}

async function some(fn, options) {
  validateFunction(fn, 'fn');
  validateOptions(options);
  const signal = options && options.signal;
  const found = await each(this, options, async (value) => ((await fn(value, { signal })) ? { value } : undefined));
  return found !== undefined;
}

async function every(fn, options) {
  validateFunction(fn, 'fn');
  validateOptions(options);
  const signal = options && options.signal;
  const failed = await each(this, options, async (value) => ((await fn(value, { signal })) ? undefined : { value }));
  return failed === undefined;
}

async function find(fn, options) {
  validateFunction(fn, 'fn');
  validateOptions(options);
  const signal = options && options.signal;
  const found = await each(this, options, async (value) => ((await fn(value, { signal })) ? { value } : undefined));
  return found === undefined ? undefined : found.value;
}

class ReduceAwareErrMissingArgs extends TypeError {
  constructor() {
    super('Reduce of an empty stream requires an initial value');
  }
}

async function reduce(reducer, initialValue, options) {
  validateFunction(reducer, 'reducer');
  validateOptions(options);
  const signal = options && options.signal;
  let hasInitialValue = arguments.length > 1;
  let acc = initialValue;
  if (options && options.signal && options.signal.aborted) {
    const err = AbortError(undefined, { cause: options.signal.reason });
    this.once('error', () => {});
    this.destroy(err);
    throw err;
  }
  await each(this, options, async (value) => {
    if (!hasInitialValue) {
      acc = value;
      hasInitialValue = true;
    } else {
      acc = await reducer(acc, value, { signal });
    }
  });
  if (!hasInitialValue) throw new ReduceAwareErrMissingArgs();
  return acc;
}

const streamReturningOperators = { asIndexedPairs, drop, filter, flatMap, map, take };
const promiseReturningOperators = { every, forEach, reduce, toArray, some, find };

// install defines the helpers on Readable.prototype (non-enumerable).
function install(Readable) {
  for (const key of Object.keys(streamReturningOperators)) {
    const op = streamReturningOperators[key];
    const fn = function (...args) {
      if (new.target) throw ERR_INVALID_ARG_VALUE('this', new.target, 'is an illegal constructor');
      return Readable.from(Reflect.apply(op, this, args));
    };
    Object.defineProperty(fn, 'name', { value: op.name });
    Object.defineProperty(fn, 'length', { value: op.length });
    Object.defineProperty(Readable.prototype, key, {
      value: fn, enumerable: false, configurable: true, writable: true,
    });
  }
  for (const key of Object.keys(promiseReturningOperators)) {
    const op = promiseReturningOperators[key];
    const fn = function (...args) {
      if (new.target) throw ERR_INVALID_ARG_VALUE('this', new.target, 'is an illegal constructor');
      return Reflect.apply(op, this, args);
    };
    Object.defineProperty(fn, 'name', { value: op.name });
    Object.defineProperty(fn, 'length', { value: op.length });
    Object.defineProperty(Readable.prototype, key, {
      value: fn, enumerable: false, configurable: true, writable: true,
    });
  }
}

module.exports = { install, streamReturningOperators, promiseReturningOperators };
