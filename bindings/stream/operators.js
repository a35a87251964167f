'use strict';
// internal/streams/operators: the iterator helpers on Readable.prototype
// (map, filter, forEach, toArray, reduce, some, every, find, flatMap,
// drop, take, asIndexedPairs), after lib/internal/streams/operators.js.
// Stream-returning helpers produce Readable.from() of an async iterator;
// work runs one item at a time (the concurrency option only bounds Node's
// parallelism, the output order is the same).

const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE, ERR_MISSING_ARGS },
} = require('internal/streams/errors');

const { forAwait } = require('internal/streams/pipeline');

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
            // A generator's `yield` awaits its value: one tick.
            if (v !== kEmpty) return { value: await v, done: false };
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

function validateInteger(value, name, min) {
  if (typeof value !== 'number') throw ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > Number.MAX_SAFE_INTEGER) {
    throw ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${Number.MAX_SAFE_INTEGER}`, value);
  }
}

// map runs fn over the stream's items with up to `concurrency` calls in
// flight, keeping the output in input order (Node's map, an async
// generator there, is written out here as an iterator object: goja has no
// async generators). fn may return kEmpty to drop an item (filter uses it).
function map(fn, options) {
  validateFunction(fn, 'fn');
  validateOptions(options);

  let concurrency = 1;
  if (options != null && options.concurrency != null) concurrency = Math.floor(options.concurrency);
  let highWaterMark = concurrency - 1;
  if (options != null && options.highWaterMark != null) highWaterMark = Math.floor(options.highWaterMark);
  validateInteger(concurrency, 'options.concurrency', 1);
  validateInteger(highWaterMark, 'options.highWaterMark', 0);
  highWaterMark += concurrency;

  const stream = this;
  const signal = options && options.signal;
  const signalOpt = { signal };
  const queue = [];
  let next = null; // wakes the consumer when the queue gains an item
  let resume = null; // wakes the pump when there is room again
  let done = false;
  let cnt = 0;
  let started = false;
  let finished = false;
  let yielded = false; // suspended at a yield: shift on the next step

  function aborted() {
    return !!(signal && signal.aborted);
  }

  function onCatch() {
    done = true;
    afterItemProcessed();
  }

  function afterItemProcessed() {
    cnt -= 1;
    maybeResume();
  }

  function maybeResume() {
    if (resume && !done && cnt < concurrency && queue.length < highWaterMark) {
      resume();
      resume = null;
    }
  }

  function wakeConsumer() {
    if (next) {
      next();
      next = null;
    }
  }

  async function pump() {
    try {
      await forAwait(stream, (val) => {
        if (done) return forAwait.BREAK;
        if (aborted()) throw AbortError();
        try {
          val = fn(val, signalOpt);
          if (val === kEmpty) return undefined;
          val = Promise.resolve(val);
        } catch (err) {
          val = Promise.reject(err);
        }
        cnt += 1;
        val.then(afterItemProcessed, onCatch);
        queue.push(val);
        wakeConsumer();
        if (!done && (queue.length >= highWaterMark || cnt >= concurrency)) {
          return new Promise((resolve) => {
            resume = resolve;
          });
        }
        return undefined;
      });
      queue.push(kEof);
    } catch (err) {
      const val = Promise.reject(err);
      val.then(afterItemProcessed, onCatch);
      queue.push(val);
    } finally {
      done = true;
      wakeConsumer();
    }
  }

  function finish() {
    finished = true;
    done = true;
    if (resume) {
      resume();
      resume = null;
    }
  }

  async function step() {
    if (finished) return { value: undefined, done: true };
    if (!started) {
      started = true;
      pump();
    }
    try {
      if (yielded) {
        yielded = false;
        queue.shift();
        maybeResume();
      }
      for (;;) {
        while (queue.length > 0) {
          const val = await queue[0];
          if (val === kEof) {
            finish();
            return { value: undefined, done: true };
          }
          if (aborted()) throw AbortError();
          if (val !== kEmpty) {
            yielded = true;
            return { value: await val, done: false };
          }
          queue.shift();
          maybeResume();
        }
        await new Promise((resolve) => {
          next = resolve;
        });
      }
    } catch (err) {
      finish();
      throw err;
    }
  }

  return generatorLike(step, async (value) => {
    finish();
    return { value, done: true };
  });
}

// generatorLike makes an async iterator object whose next() calls are
// serialized like an async generator's.
function generatorLike(step, onReturn) {
  let inflight = null;
  function enqueue(fn) {
    const p = inflight === null ? fn() : inflight.then(fn, fn);
    inflight = p;
    const settle = () => {
      if (inflight === p) inflight = null;
    };
    p.then(settle, settle);
    return p;
  }
  const iter = {
    next() { return enqueue(step); },
    return(value) { return enqueue(() => onReturn(value)); },
  };
  iter[Symbol.asyncIterator] = function () { return this; };
  return iter;
}

function filter(fn, options) {
  validateFunction(fn, 'fn');
  async function filterFn(value, opts) {
    if (await fn(value, opts)) return value;
    return kEmpty;
  }
  return map.call(this, filterFn, options);
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

// each is `for await (const value of stream) { ... }`: body may return
// forAwait.BREAK to leave the loop (closing the iterator) or a promise to
// wait for.
async function each(stream, options, body, withCause) {
  await forAwait(stream, (value) => {
    checkAborted(options, withCause);
    return body(value);
  });
}

async function forEach(fn, options) {
  validateFunction(fn, 'fn');
  async function forEachFn(value, opts) {
    await fn(value, opts);
    return kEmpty;
  }
  await forAwait(map.call(this, forEachFn, options), () => undefined);
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
  let found = false;
  await forAwait(filter.call(this, fn, options), () => {
    found = true;
    return forAwait.BREAK;
  });
  return found;
}

async function every(fn, options) {
  validateFunction(fn, 'fn');
  return !(await some.call(this, async (...args) => !(await fn(...args)), options));
}

async function find(fn, options) {
  let result;
  await forAwait(filter.call(this, fn, options), (value) => {
    result = value;
    return forAwait.BREAK;
  });
  return result;
}

// The error for reducing an empty stream without an initial value:
// ERR_MISSING_ARGS with its own message.
function reduceAwareErrMissingArgs() {
  const err = ERR_MISSING_ARGS('reduce');
  err.message = 'Reduce of an empty stream requires an initial value';
  return err;
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
  if (!hasInitialValue) throw reduceAwareErrMissingArgs();
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
