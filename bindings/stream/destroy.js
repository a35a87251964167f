'use strict';
const { nextTick1, nextTick2, nextTick1Tail } = internalBinding('internal/task_queues');
const protoEmit = require('events').prototype.emit;
// emit0/emit1: emitter.emit(type, ...) without the rest array (events.js).
const { emit0 } = internalBinding('internal/events/fast');
// internal/streams/destroy: destroy(), _undestroy(), errorOrDestroy(),
// async construction (_construct) and destroyer() for any stream-like
// object, following Node's lib/internal/streams/destroy.js. 'error' and
// 'close' are emitted on the next tick, 'error' first.

const {
  aggregateTwoErrors,
  codes: { ERR_MULTIPLE_CALLBACK },
  AbortError,
} = require('internal/streams/errors');
const {
  kIsDestroyed,
  isDestroyed,
  isFinished,
  isServerRequest,
  kState,
  kDestroyed,
  kConstructed,
  kEmitClose,
  kCloseEmitted,
  kErrorEmitted,
  kAutoDestroy,
  kClosed,
} = require('internal/streams/utils');

// The flags below are tested in the states' shared bit field (kState, the
// bits utils.js gives both ReadableState and WritableState) instead of
// through their accessors: each accessor is a call in goja.

const kDestroy = Symbol('kDestroy');
const kConstruct = Symbol('kConstruct');

function recordError(err, w, r) {
  if (err) {
    err.stack; // eslint-disable-line no-unused-expressions
    if (w && !w.errored) w.errored = err;
    if (r && !r.errored) r.errored = err;
  }
}

// destroy(err, cb): the public destroy. cb is an undocumented legacy form.
function destroy(err, cb) {
  const r = this._readableState;
  const w = this._writableState;
  // Duplex streams keep their state on the writable side.
  const s = w || r;

  if ((w && (w[kState] & kDestroyed) !== 0) || (r && (r[kState] & kDestroyed) !== 0)) {
    if (typeof cb === 'function') cb();
    return this;
  }

  // Mark destroyed before running anything so re-entrant calls are no-ops.
  if (err) recordError(err, w, r);
  if (w) w[kState] |= kDestroyed;
  if (r) r[kState] |= kDestroyed;

  if ((s[kState] & kConstructed) === 0) {
    // Still constructing: destroy once _construct has called back.
    this.once(kDestroy, function (er) {
      runDestroy(this, aggregateTwoErrors(er, err), cb);
    });
  } else {
    runDestroy(this, err, cb);
  }
  return this;
}

// The streams' own _destroy(err, cb) { cb(err); } (Readable's and
// Writable's, registered by them): runDestroy calls onDestroyed for them
// directly instead of making Node's onDestroy closure to pass.
const defaultDestroys = [];
function registerDefaultDestroy(fn) {
  defaultDestroys.push(fn);
}

function runDestroy(self, err, cb) {
  const d = self._destroy;
  if (d === defaultDestroys[0] || d === defaultDestroys[1]) {
    // What self._destroy(err || null, onDestroy) does with them, including
    // the try/catch below swallowing an exception thrown by cb (onDestroy
    // has been called then, so the catch's call returns at once).
    onDestroyed(self, err || null, cb, true);
    return;
  }

  let called = false;

  function onDestroy(err) {
    if (called) return;
    called = true;
    onDestroyed(self, err, cb, false);
  }

  try {
    self._destroy(err || null, onDestroy);
  } catch (e) {
    onDestroy(e);
  }
}

// destroyTail.stream is a stream whose _destroy callback a tick callback
// calls as the very last thing it does (IncomingMessage's onErrorNull, the
// tick Node's _destroy defers it to), set just before that call: its
// onDestroyed is then the tail of that tick too, and queues 'close' with
// nextTick1Tail (which runs it at once when nothing else is queued, as the
// next tick would have). Read and cleared on entry, before anything else
// can run.
const destroyTail = { stream: null };

// onDestroyed is Node's onDestroy body: the stream is closed, cb runs and
// 'error' (when err) and 'close' are emitted on the next tick.
function onDestroyed(self, err, cb, swallow) {
  const tail = destroyTail.stream === self;
  if (tail) destroyTail.stream = null;
  const r = self._readableState;
  const w = self._writableState;
  if (err) recordError(err, w, r);
  if (w) w[kState] |= kClosed;
  if (r) r[kState] |= kClosed;

  if (typeof cb === 'function') {
    if (swallow) {
      try {
        cb(err);
      } catch {
        return;
      }
    } else {
      cb(err);
    }
  }

  if (err) nextTick2(emitErrorCloseNT, self, err);
  else if (tail) nextTick1Tail(emitCloseNT, self);
  else nextTick1(emitCloseNT, self);
}

function emitErrorCloseNT(self, err) {
  emitErrorNT(self, err);
  emitCloseNT(self);
}

function emitCloseNT(self) {
  const r = self._readableState;
  const w = self._writableState;
  if (w) w[kState] |= kCloseEmitted;
  if (r) r[kState] |= kCloseEmitted;
  if ((w && (w[kState] & kEmitClose) !== 0) || (r && (r[kState] & kEmitClose) !== 0)) {
    // (emit0's call only when it has work: a listener, or a user's emit)
    const events = self._events;
    if (events === undefined || events.close !== undefined || self.emit !== protoEmit) emit0(self, 'close');
  }
}

function emitErrorNT(self, err) {
  const r = self._readableState;
  const w = self._writableState;
  if ((w && (w[kState] & kErrorEmitted) !== 0) || (r && (r[kState] & kErrorEmitted) !== 0)) return;
  if (w) w[kState] |= kErrorEmitted;
  if (r) r[kState] |= kErrorEmitted;
  self.emit('error', err);
}

function undestroy() {
  const r = this._readableState;
  const w = this._writableState;
  if (r) {
    r.constructed = true;
    r.closed = false;
    r.closeEmitted = false;
    r.destroyed = false;
    r.errored = null;
    r.errorEmitted = false;
    r.reading = false;
    r.ended = r.readable === false;
    r.endEmitted = r.readable === false;
  }
  if (w) {
    w.constructed = true;
    w.destroyed = false;
    w.closed = false;
    w.closeEmitted = false;
    w.errored = null;
    w.errorEmitted = false;
    w.finalCalled = false;
    w.prefinished = false;
    w.ended = w.writable === false;
    w.ending = w.writable === false;
    w.finished = w.writable === false;
  }
}

// errorOrDestroy destroys autoDestroy streams with err; others just get
// 'error' (on the next tick when sync is set).
function errorOrDestroy(stream, err, sync) {
  const r = stream._readableState;
  const w = stream._writableState;

  if ((w && (w[kState] & kDestroyed) !== 0) || (r && (r[kState] & kDestroyed) !== 0)) return this;

  if ((r && (r[kState] & kAutoDestroy) !== 0) || (w && (w[kState] & kAutoDestroy) !== 0)) {
    stream.destroy(err);
  } else if (err) {
    err.stack; // eslint-disable-line no-unused-expressions
    if (w && !w.errored) w.errored = err;
    if (r && !r.errored) r.errored = err;
    if (sync) nextTick2(emitErrorNT, stream, err);
    else emitErrorNT(stream, err);
  }
}

// construct runs stream._construct on the next tick; cb runs once it has
// succeeded.
function construct(stream, cb) {
  if (typeof stream._construct !== 'function') return;

  const r = stream._readableState;
  const w = stream._writableState;
  if (r) r.constructed = false;
  if (w) w.constructed = false;

  stream.once(kConstruct, cb);

  if (stream.listenerCount(kConstruct) > 1) {
    // Duplex: already scheduled.
    return;
  }

  nextTick1(constructNT, stream);
}

function constructNT(stream) {
  let called = false;

  function onConstruct(err) {
    if (called) {
      errorOrDestroy(stream, err != null ? err : ERR_MULTIPLE_CALLBACK());
      return;
    }
    called = true;

    const r = stream._readableState;
    const w = stream._writableState;
    const s = w || r;

    if (r) r.constructed = true;
    if (w) w.constructed = true;

    if (s.destroyed) stream.emit(kDestroy, err);
    else if (err) errorOrDestroy(stream, err, true);
    else stream.emit(kConstruct);
  }

  try {
    stream._construct((err) => {
      nextTick1(onConstruct, err);
    });
  } catch (err) {
    nextTick1(onConstruct, err);
  }
}

function isRequest(stream) {
  return stream && stream.setHeader && typeof stream.abort === 'function';
}

function emitCloseLegacy(stream) {
  emit0(stream, 'close');
}

function emitErrorCloseLegacy(stream, err) {
  stream.emit('error', err);
  nextTick1(emitCloseLegacy, stream);
}

// destroyer destroys any stream-like object the way it understands.
function destroyer(stream, err) {
  if (!stream || isDestroyed(stream)) return;

  if (!err && !isFinished(stream)) err = AbortError();

  if (isServerRequest(stream)) {
    stream.socket = null;
    stream.destroy(err);
  } else if (isRequest(stream)) {
    stream.abort();
  } else if (isRequest(stream.req)) {
    stream.req.abort();
  } else if (typeof stream.destroy === 'function') {
    stream.destroy(err);
  } else if (typeof stream.close === 'function') {
    stream.close();
  } else if (err) {
    nextTick2(emitErrorCloseLegacy, stream, err);
  } else {
    nextTick1(emitCloseLegacy, stream);
  }

  if (!stream.destroyed) stream[kIsDestroyed] = true;
}

module.exports = {
  destroyTail,
  construct,
  destroyer,
  destroy,
  undestroy,
  errorOrDestroy,
  kDestroy,
  kConstruct,
  registerDefaultDestroy,
};
