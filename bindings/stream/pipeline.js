'use strict';
const { nextTick0, nextTick1, nextTick2 } = internalBinding('internal/task_queues');
// internal/streams/pipeline: pipeline(...streams, callback) connects
// streams, iterables and async generator functions, destroys them all on
// the first error and calls back once (lib/internal/streams/pipeline.js).

const eos = require('internal/streams/end-of-stream');
const { once, validateAbortSignal } = eos;
const destroyImpl = require('internal/streams/destroy');
const {
  aggregateTwoErrors,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_RETURN_VALUE,
    ERR_MISSING_ARGS,
    ERR_STREAM_DESTROYED,
    ERR_STREAM_PREMATURE_CLOSE,
  },
  AbortError,
} = require('internal/streams/errors');
const {
  isIterable,
  isReadable,
  isReadableNodeStream,
  isNodeStream,
  isReadableFinished,
} = require('internal/streams/utils');

let PassThrough;
let Readable;
let Duplex;

// newAbortController returns the global AbortController's instance, or a
// minimal stand-in with the same signal surface when there is none.
function newAbortController() {
  if (typeof AbortController === 'function') return new AbortController();
  const listeners = [];
  const signal = {
    aborted: false,
    reason: undefined,
    onabort: null,
    addEventListener(type, fn) { if (type === 'abort') listeners.push(fn); },
    removeEventListener(type, fn) {
      const i = listeners.indexOf(fn);
      if (i !== -1) listeners.splice(i, 1);
    },
    throwIfAborted() { if (this.aborted) throw this.reason; },
  };
  return {
    signal,
    abort(reason) {
      if (signal.aborted) return;
      signal.aborted = true;
      signal.reason = reason === undefined ? AbortError('This operation was aborted') : reason;
      const event = { type: 'abort', target: signal };
      if (typeof signal.onabort === 'function') signal.onabort(event);
      for (const fn of listeners.splice(0)) fn.call(signal, event);
    },
  };
}

function destroyer(stream, reading, writing) {
  let finished = false;
  stream.on('close', () => {
    finished = true;
  });

  const cleanup = eos(stream, { readable: reading, writable: writing }, (err) => {
    finished = !err;
  });

  return {
    destroy: (err) => {
      if (finished) return;
      finished = true;
      destroyImpl.destroyer(stream, err || ERR_STREAM_DESTROYED('pipe'));
    },
    cleanup,
  };
}

function popCallback(streams) {
  const cb = streams[streams.length - 1];
  if (typeof cb !== 'function') {
    throw ERR_INVALID_ARG_TYPE('streams[stream.length - 1]', 'Function', cb);
  }
  return streams.pop();
}

function makeAsyncIterable(val) {
  if (isIterable(val)) return val;
  if (isReadableNodeStream(val)) {
    // Legacy streams are not iterable.
    return fromReadable(val);
  }
  throw ERR_INVALID_ARG_TYPE('val', ['Readable', 'Iterable', 'AsyncIterable'], val);
}

// fromReadable is Node's `async function* fromReadable(val) { yield*
// readable[Symbol.asyncIterator]() }`, as an explicit iterator whose steps
// take the same ticks as the delegating generator's.
function fromReadable(val) {
  if (!Readable) Readable = require('internal/streams/readable');
  const inner = Readable.prototype[Symbol.asyncIterator].call(val);
  let done = false;
  const iter = {
    async next() {
      if (done) return { value: undefined, done: true };
      const r = await inner.next();
      if (r.done) done = true;
      return r;
    },
    async return(value) {
      done = true;
      if (typeof inner.return === 'function') await inner.return(value);
      return { value, done: true };
    },
  };
  iter[Symbol.asyncIterator] = function () { return this; };
  return iter;
}

// BREAK, returned by a forAwait body, leaves the loop.
const BREAK = Symbol('BREAK');

// fromSyncStep is what `for await` does with a sync iterator's result:
// the value is awaited through a promise (two ticks in all).
function fromSyncStep(step) {
  return new Promise((resolve, reject) => {
    Promise.resolve(step.value).then((value) => resolve({ value, done: step.done }), reject);
  });
}

// forAwait runs body(value) for each value of an (async) iterable, as a
// `for await` loop would (goja has none), closing the iterator on an
// early exit.
async function forAwait(iterable, body) {
  const isAsync = typeof iterable[Symbol.asyncIterator] === 'function';
  const it = isAsync ? iterable[Symbol.asyncIterator]() : iterable[Symbol.iterator]();
  for (;;) {
    const step = isAsync ? await it.next() : await fromSyncStep(it.next());
    if (step.done) return;
    const value = step.value;
    let pending;
    try {
      // A loop body that did not need to wait costs no tick.
      pending = body(value);
      if (pending !== undefined && pending !== BREAK) await pending;
    } catch (err) {
      if (typeof it.return === 'function') {
        try { await it.return(); } catch { /* the body's error wins */ }
      }
      throw err;
    }
    if (pending === BREAK) {
      // `break`: close the iterator and wait for it.
      if (typeof it.return === 'function') await it.return();
      return;
    }
  }
}
forAwait.BREAK = BREAK;

async function pumpToNode(iterable, writable, finish, { end }) {
  let error;
  let onresolve = null;

  const resume = (err) => {
    if (err) error = err;
    if (onresolve) {
      const callback = onresolve;
      onresolve = null;
      callback();
    }
  };

  const wait = () => new Promise((resolve, reject) => {
    if (error) {
      reject(error);
    } else {
      onresolve = () => {
        if (error) reject(error);
        else resolve();
      };
    }
  });

  writable.on('drain', resume);
  const cleanup = eos(writable, { readable: false }, resume);

  try {
    if (writable.writableNeedDrain) await wait();

    await forAwait(iterable, (chunk) => {
      if (!writable.write(chunk)) return wait();
      return undefined;
    });

    if (end) {
      writable.end();
      await wait();
    }

    finish();
  } catch (err) {
    finish(error !== err ? aggregateTwoErrors(error, err) : err);
  } finally {
    cleanup();
    writable.off('drain', resume);
  }
}

function pipeline(...streams) {
  return pipelineImpl(streams, once(popCallback(streams)));
}

function pipelineImpl(streams, callback, opts) {
  if (streams.length === 1 && Array.isArray(streams[0])) streams = streams[0];

  if (streams.length < 2) throw ERR_MISSING_ARGS('streams');

  const ac = newAbortController();
  const signal = ac.signal;
  const outerSignal = opts && opts.signal;

  // Listeners on a readable last stream must be removed afterwards.
  const lastStreamCleanup = [];

  validateAbortSignal(outerSignal, 'options.signal');

  function abort() {
    finishImpl(AbortError(undefined, { cause: outerSignal && outerSignal.reason }));
  }

  if (outerSignal) outerSignal.addEventListener('abort', abort);

  let error;
  let value;
  const destroys = [];

  let finishCount = 0;

  function finish(err) {
    finishImpl(err, --finishCount === 0);
  }

  function finishImpl(err, final) {
    if (err && (!error || error.code === 'ERR_STREAM_PREMATURE_CLOSE')) error = err;

    if (!error && !final) return;

    while (destroys.length) destroys.shift()(error);

    if (outerSignal) outerSignal.removeEventListener('abort', abort);
    ac.abort();

    if (final) {
      if (!error) lastStreamCleanup.forEach((fn) => fn());
      nextTick2(callback, error, value);
    }
  }

  let ret;
  for (let i = 0; i < streams.length; i++) {
    const stream = streams[i];
    const reading = i < streams.length - 1;
    const writing = i > 0;
    const end = reading || !opts || opts.end !== false;
    const isLastStream = i === streams.length - 1;

    if (isNodeStream(stream)) {
      if (end) {
        const { destroy, cleanup } = destroyer(stream, reading, writing);
        destroys.push(destroy);
        if (isReadable(stream) && isLastStream) lastStreamCleanup.push(cleanup);
      }

      // Errors after the pipe/pump has completed still count.
      const onError = (err) => {
        if (err && err.name !== 'AbortError' && err.code !== 'ERR_STREAM_PREMATURE_CLOSE') {
          finish(err);
        }
      };
      stream.on('error', onError);
      if (isReadable(stream) && isLastStream) {
        lastStreamCleanup.push(() => {
          stream.removeListener('error', onError);
        });
      }
    }

    if (i === 0) {
      if (typeof stream === 'function') {
        ret = stream({ signal });
        if (!isIterable(ret)) {
          throw ERR_INVALID_RETURN_VALUE('Iterable, AsyncIterable or Stream', 'source', ret);
        }
      } else if (isIterable(stream) || isReadableNodeStream(stream)) {
        ret = stream;
      } else {
        if (!Duplex) Duplex = require('internal/streams/duplex');
        ret = Duplex.from(stream);
      }
    } else if (typeof stream === 'function') {
      ret = makeAsyncIterable(ret);
      ret = stream(ret, { signal });

      if (reading) {
        if (!isIterable(ret, true)) {
          throw ERR_INVALID_RETURN_VALUE('AsyncIterable', `transform[${i - 1}]`, ret);
        }
      } else {
        if (!PassThrough) PassThrough = require('internal/streams/passthrough');

        // A final function is proxied through a PassThrough so pipeline()
        // always returns a stream.
        const pt = new PassThrough({ objectMode: true });

        // `then` may be a getter that throws on second use.
        const then = ret != null ? ret.then : undefined;
        if (typeof then === 'function') {
          finishCount++;
          then.call(ret, (val) => {
            value = val;
            if (val != null) pt.write(val);
            if (end) pt.end();
            nextTick0(finish);
          }, (err) => {
            pt.destroy(err);
            nextTick1(finish, err);
          });
        } else if (isIterable(ret, true)) {
          finishCount++;
          pumpToNode(ret, pt, finish, { end });
        } else {
          throw ERR_INVALID_RETURN_VALUE('AsyncIterable or Promise', 'destination', ret);
        }

        ret = pt;

        const { destroy, cleanup } = destroyer(ret, false, true);
        destroys.push(destroy);
        if (isLastStream) lastStreamCleanup.push(cleanup);
      }
    } else if (isNodeStream(stream)) {
      if (isReadableNodeStream(ret)) {
        finishCount += 2;
        const cleanup = pipe(ret, stream, finish, { end });
        if (isReadable(stream) && isLastStream) lastStreamCleanup.push(cleanup);
      } else if (isIterable(ret)) {
        finishCount++;
        pumpToNode(ret, stream, finish, { end });
      } else {
        throw ERR_INVALID_ARG_TYPE('val',
          ['Readable', 'Iterable', 'AsyncIterable', 'ReadableStream', 'TransformStream'], ret);
      }
      ret = stream;
    } else {
      if (!Duplex) Duplex = require('internal/streams/duplex');
      ret = Duplex.from(stream);
    }
  }

  if ((signal && signal.aborted) || (outerSignal && outerSignal.aborted)) {
    nextTick0(abort);
  }

  return ret;
}

function pipe(src, dst, finish, { end }) {
  let ended = false;
  dst.on('close', () => {
    if (!ended) {
      // The destination closed before the source completed.
      finish(ERR_STREAM_PREMATURE_CLOSE());
    }
  });

  // With end, our own listener ends dst.
  src.pipe(dst, { end: false });

  if (end) {
    // stdio destinations are ended too (they keep their fd open).
    const endFn = () => {
      ended = true;
      dst.end();
    };

    if (isReadableFinished(src)) nextTick0(endFn);
    else src.once('end', endFn);
  } else {
    finish();
  }

  eos(src, { readable: true, writable: false }, (err) => {
    const rState = src._readableState;
    if (err && err.code === 'ERR_STREAM_PREMATURE_CLOSE' &&
        rState && rState.ended && !rState.errored && !rState.errorEmitted) {
      // Some readables emit 'close' before 'end'; an ended, unerrored
      // source still gets to emit 'end'.
      src.once('end', finish).once('error', finish);
    } else {
      finish(err);
    }
  });
  return eos(dst, { readable: false, writable: true }, finish);
}

module.exports = { pipelineImpl, pipeline, forAwait };
