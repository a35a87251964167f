'use strict';
const { nextTick1 } = internalBinding('internal/task_queues');
// internal/streams/from: Readable.from(iterable) (lib/internal/streams/from.js).
// Strings and Buffers become a single chunk; sync iterables are read
// synchronously until a promise shows up; async iterables are awaited.

const buf = require('internal/streams/buffer');
const {
  ERR_INVALID_ARG_TYPE,
  ERR_STREAM_NULL_VALUES,
} = require('internal/streams/errors').codes;

function from(Readable, iterable, opts) {
  if (typeof iterable === 'string' || buf.isBuffer(iterable)) {
    return new Readable({
      objectMode: true,
      ...opts,
      read() {
        this.push(iterable);
        this.push(null);
      },
    });
  }

  let iterator;
  let isAsync;
  if (iterable && iterable[Symbol.asyncIterator]) {
    isAsync = true;
    iterator = iterable[Symbol.asyncIterator]();
  } else if (iterable && iterable[Symbol.iterator]) {
    isAsync = false;
    iterator = iterable[Symbol.iterator]();
  } else {
    throw ERR_INVALID_ARG_TYPE('iterable', ['Iterable'], iterable);
  }

  const readable = new Readable({
    objectMode: true,
    highWaterMark: 1,
    ...opts,
  });

  // Guards against _read while an iteration step is still running.
  let reading = false;
  // A sync iterator that yielded a promise: await values from then on.
  let awaitValues = false;

  readable._read = function () {
    if (reading) return;
    reading = true;
    if (isAsync) pullAsync();
    else if (awaitValues) pullSyncAwaiting();
    else pullSync();
  };

  readable._destroy = function (error, cb) {
    close(error).then(
      () => nextTick1(cb, error), // nextTick in case cb throws
      (e) => nextTick1(cb, e || error),
    );
  };

  async function close(error) {
    const hadError = error !== undefined && error !== null;
    if (hadError && typeof iterator.throw === 'function') {
      const { value, done } = await iterator.throw(error);
      await value;
      if (done) return;
    }
    if (typeof iterator.return === 'function') {
      const { value } = await iterator.return();
      await value;
    }
  }

  // deliver pushes one value; it reports whether to keep pulling.
  function deliver(value) {
    if (value === null) {
      reading = false;
      throw ERR_STREAM_NULL_VALUES();
    }
    if (readable.push(value)) return true;
    reading = false;
    return false;
  }

  function pullSync() {
    try {
      for (;;) {
        const { value, done } = iterator.next();
        if (done) {
          readable.push(null);
          return;
        }
        if (value && typeof value.then === 'function') {
          switchToAwaiting(value);
          return;
        }
        if (!deliver(value)) return;
      }
    } catch (err) {
      readable.destroy(err);
    }
  }

  async function switchToAwaiting(pending) {
    awaitValues = true;
    try {
      const res = await pending;
      if (deliver(res)) pullSyncAwaiting();
    } catch (err) {
      readable.destroy(err);
    }
  }

  async function pullSyncAwaiting() {
    try {
      for (;;) {
        const { value, done } = iterator.next();
        if (done) {
          readable.push(null);
          return;
        }
        const res = value && typeof value.then === 'function' ? await value : value;
        if (!deliver(res)) return;
      }
    } catch (err) {
      readable.destroy(err);
    }
  }

  async function pullAsync() {
    try {
      for (;;) {
        const { value, done } = await iterator.next();
        if (done) {
          readable.push(null);
          return;
        }
        if (!deliver(value)) return;
      }
    } catch (err) {
      readable.destroy(err);
    }
  }

  return readable;
}

module.exports = from;
