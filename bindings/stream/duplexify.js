'use strict';
const { nextTick0, nextTick1 } = internalBinding('internal/task_queues');
// internal/streams/duplexify: Duplex.from(body) turns streams, iterables,
// promises and { readable, writable } pairs into a Duplex
// (lib/internal/streams/duplexify.js). Web streams and Blobs are not
// supported.

const {
  isReadable,
  isWritable,
  isIterable,
  isNodeStream,
  isReadableNodeStream,
  isWritableNodeStream,
  isDuplexNodeStream,
} = require('internal/streams/utils');
const eos = require('internal/streams/end-of-stream');
const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_RETURN_VALUE },
} = require('internal/streams/errors');
const { destroyer } = require('internal/streams/destroy');
const Duplex = require('internal/streams/duplex');
const Readable = require('internal/streams/readable');
const from = require('internal/streams/from');

// Duplexify is a plain Duplex subclass so instances are recognisable.
class Duplexify extends Duplex {
  constructor(options) {
    super(options);
    // Node's Duplexify must not be written or read when a side is absent.
    if (options && options.readable === false) {
      this._readableState.readable = false;
      this._readableState.ended = true;
      this._readableState.endEmitted = true;
    }
    if (options && options.writable === false) {
      this._writableState.writable = false;
      this._writableState.ending = true;
      this._writableState.ended = true;
      this._writableState.finished = true;
    }
  }
}

function duplexify(body, name) {
  if (isDuplexNodeStream(body)) return body;
  if (isReadableNodeStream(body)) return pairDuplex({ readable: body });
  if (isWritableNodeStream(body)) return pairDuplex({ writable: body });
  if (isNodeStream(body)) return pairDuplex({ writable: false, readable: false });

  if (typeof body === 'function') {
    // An async generator function transforming its input iterable.
    const { value, write, final, destroy } = fromAsyncGen(body);
    if (isIterable(value)) {
      return from(Duplexify, value, { objectMode: true, write, final, destroy });
    }
    const then = value && value.then;
    if (typeof then === 'function') {
      let d;
      const promise = then.call(value, (val) => {
        if (val != null) throw ERR_INVALID_RETURN_VALUE('nully', 'body', val);
      }, (err) => {
        destroyer(d, err);
      });
      d = new Duplexify({
        objectMode: true,
        readable: false,
        write,
        final(cb) {
          final(async () => {
            try {
              await promise;
              nextTick1(cb, null);
            } catch (err) {
              nextTick1(cb, err);
            }
          });
        },
        destroy,
      });
      return d;
    }
    throw ERR_INVALID_RETURN_VALUE('Iterable, AsyncIterable or AsyncFunction', name, value);
  }

  if (isIterable(body)) return from(Duplexify, body, { objectMode: true, writable: false });

  if (body && typeof body.then === 'function') {
    let d;
    body.then((val) => {
      if (val != null) d.push(val);
      d.push(null);
    }, (err) => {
      destroyer(d, err);
    });
    d = new Duplexify({ objectMode: true, writable: false, read() {} });
    return d;
  }

  if (body && typeof body === 'object' && (body.readable || body.writable)) {
    const readable = body.readable &&
      (isReadableNodeStream(body.readable) ? body.readable : duplexify(body.readable));
    const writable = body.writable &&
      (isWritableNodeStream(body.writable) ? body.writable : duplexify(body.writable));
    return pairDuplex({ readable, writable });
  }

  throw ERR_INVALID_ARG_TYPE(name, [
    'Blob', 'ReadableStream', 'WritableStream', 'Stream', 'Iterable',
    'AsyncIterable', 'Function', '{ readable, writable } pair', 'Promise',
  ], body);
}

// fromAsyncGen feeds written chunks to fn as an async iterable.
function fromAsyncGen(fn) {
  let resolveNext = null;
  const pending = [];
  let ended = false;
  let failure = null;

  function wake() {
    if (resolveNext) {
      const r = resolveNext;
      resolveNext = null;
      r();
    }
  }

  const source = {
    [Symbol.asyncIterator]() {
      return {
        async next() {
          for (;;) {
            if (failure) throw failure;
            if (pending.length) {
              const { chunk, cb } = pending.shift();
              nextTick0(cb);
              return { value: chunk, done: false };
            }
            if (ended) {
              const cb = ended;
              ended = true;
              if (typeof cb === 'function') nextTick0(cb);
              return { value: undefined, done: true };
            }
            await new Promise((resolve) => { resolveNext = resolve; });
          }
        },
        async return() { return { value: undefined, done: true }; },
      };
    },
  };
  const value = fn(source, { signal: undefined });

  return {
    value,
    write(chunk, encoding, cb) {
      pending.push({ chunk, cb });
      wake();
    },
    final(cb) {
      ended = cb;
      wake();
    },
    destroy(err, cb) {
      failure = err || AbortError();
      wake();
      cb(err);
    },
  };
}

function pairDuplex(pair) {
  const r = pair.readable && typeof pair.readable.read !== 'function' ?
    Readable.wrap(pair.readable) : pair.readable;
  const w = pair.writable;

  let readable = !!isReadable(r);
  let writable = !!isWritable(w);

  let ondrain;
  let onfinish;
  let onreadable;
  let onclose;
  let d;

  function onfinished(err) {
    const cb = onclose;
    onclose = null;
    if (cb) cb(err);
    else if (err) d.destroy(err);
  }

  d = new Duplexify({
    readableObjectMode: !!(r && r.readableObjectMode),
    writableObjectMode: !!(w && w.writableObjectMode),
    readable,
    writable,
  });

  if (writable) {
    eos(w, (err) => {
      writable = false;
      if (err) destroyer(r, err);
      onfinished(err);
    });

    d._write = function (chunk, encoding, callback) {
      if (w.write(chunk, encoding)) callback();
      else ondrain = callback;
    };

    d._final = function (callback) {
      w.end();
      onfinish = callback;
    };

    w.on('drain', () => {
      if (ondrain) {
        const cb = ondrain;
        ondrain = null;
        cb();
      }
    });

    w.on('finish', () => {
      if (onfinish) {
        const cb = onfinish;
        onfinish = null;
        cb();
      }
    });
  }

  if (readable) {
    eos(r, (err) => {
      readable = false;
      if (err) destroyer(r, err);
      onfinished(err);
    });

    r.on('readable', () => {
      if (onreadable) {
        const cb = onreadable;
        onreadable = null;
        cb();
      }
    });

    r.on('end', () => {
      d.push(null);
    });

    d._read = function () {
      for (;;) {
        const chunk = r.read();
        if (chunk === null) {
          onreadable = d._read;
          return;
        }
        if (!d.push(chunk)) return;
      }
    };
  }

  d._destroy = function (err, callback) {
    if (!err && onclose !== null) err = AbortError();
    onreadable = null;
    ondrain = null;
    onfinish = null;
    if (onclose === null) {
      callback(err);
    } else {
      onclose = callback;
      destroyer(w, err);
      destroyer(r, err);
    }
  };

  return d;
}

module.exports = duplexify;
