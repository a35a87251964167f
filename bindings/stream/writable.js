'use strict';
const { nextTick1, nextTick2 } = internalBinding('internal/task_queues');
// internal/streams/writable: Writable streams as Node's
// lib/internal/streams/writable.js defines them: write() buffering and its
// highWaterMark/'drain' backpressure, cork/uncork and _writev, end() with
// _final/'prefinish'/'finish', and write callbacks on the next tick when
// _write completed synchronously.

module.exports = Writable;
Writable.WritableState = WritableState;

const EE = require('events');
// emit0/emit1: emitter.emit(type, ...) without the rest array (events.js).
const { emit0, initShaped } = internalBinding('internal/events/fast');
const Stream = require('internal/streams/legacy').Stream;
const buf = require('internal/streams/buffer');
const destroyImpl = require('internal/streams/destroy');
const {
  kOnConstructed,
  kState,
  kObjectMode,
  kErrorEmitted,
  kAutoDestroy,
  kEmitClose,
  kDestroyed,
  kClosed,
  kCloseEmitted,
  kErrored,
  kConstructed,
  kSocketOnwrite,
  coreWrite,
} = require('internal/streams/utils');
const { addAbortSignal } = require('internal/streams/add-abort-signal');
const { highWaterMarkOf, getDefaultHighWaterMark } = require('internal/streams/state');
const {
  ERR_INVALID_ARG_TYPE,
  ERR_METHOD_NOT_IMPLEMENTED,
  ERR_MULTIPLE_CALLBACK,
  ERR_STREAM_CANNOT_PIPE,
  ERR_STREAM_DESTROYED,
  ERR_STREAM_ALREADY_FINISHED,
  ERR_STREAM_NULL_VALUES,
  ERR_STREAM_WRITE_AFTER_END,
  ERR_UNKNOWN_ENCODING,
} = require('internal/streams/errors').codes;

const { errorOrDestroy } = destroyImpl;

Object.setPrototypeOf(Writable.prototype, Stream.prototype);
Object.setPrototypeOf(Writable, Stream);

function nop() {}

// Flags live in one bit field (this[kState]) as in Node, so a state object
// inspects the same way; the accessors below give them names.
const kOnFinishedValue = Symbol('kOnFinishedValue');
const kErroredValue = Symbol('kErroredValue');
const kDefaultEncodingValue = Symbol('kDefaultEncodingValue');
const kWriteCbValue = Symbol('kWriteCbValue');
const kAfterWriteTickInfoValue = Symbol('kAfterWriteTickInfoValue');
const kBufferedValue = Symbol('kBufferedValue');

const kSync = 1 << 9;
const kFinalCalled = 1 << 10;
const kNeedDrain = 1 << 11;
const kEnding = 1 << 12;
const kEndingConstructed = kEnding | kConstructed;
const kEndingErrored = kEnding | kErrored;
const kFinished = 1 << 13;
const kDecodeStrings = 1 << 14;
const kWriting = 1 << 15;
const kBufferProcessing = 1 << 16;
const kPrefinished = 1 << 17;
const kPrefinishedFinalCalled = kPrefinished | kFinalCalled;
const kAllBuffers = 1 << 18;
const kAllNoop = 1 << 19;
const kAllBuffersAllNoop = kAllBuffers | kAllNoop;
const kOnFinished = 1 << 20;
const kHasWritable = 1 << 21;
const kWritable = 1 << 22;
const kCorked = 1 << 23;
const kDefaultUTF8Encoding = 1 << 24;
const kWriteCb = 1 << 25;
const kExpectWriteCb = 1 << 26;
const kAfterWriteTickInfo = 1 << 27;
const kAfterWritePending = 1 << 28;
const kAfterWritePendingAfterWriteTickInfo = kAfterWritePending | kAfterWriteTickInfo;
const kBuffered = 1 << 29;
const kBufferedConstructed = kBuffered | kConstructed;
const kBufferedOnFinished = kBuffered | kOnFinished;
const kDestroyedBufferProcessingCorkedBufferedConstructed = kDestroyed | kBufferProcessing | kCorked | kBuffered | kConstructed;
const kEnded = 1 << 30;
const kErroredEndingEndedDestroyed = kErrored | kEnding | kEnded | kDestroyed;

// Combinations and complements of the bits used on the hot paths,
// computed once: goja boxes every integer from 256 up (and below -256)
// that a bit operation reads or makes, so each operator costs allocations.
const kNotAfterWriteTickInfo = ~kAfterWriteTickInfo;
const kNotAllBuffers = ~kAllBuffers;
const kNotAllNoop = ~kAllNoop;
const kNotAutoDestroy = ~kAutoDestroy;
const kNotBuffered = ~kBuffered;
const kNotCorked = ~kCorked;
const kNotDecodeStrings = ~kDecodeStrings;
const kNotDefaultUTF8Encoding = ~kDefaultUTF8Encoding;
const kNotEmitClose = ~kEmitClose;
const kNotOnFinished = ~kOnFinished;
const kNotSync = ~kSync;
const kNotWritable = ~kWritable;
const kHasWritableWritable = kHasWritable | kWritable;
const kNeedFinishMask = kEnding | kDestroyed | kConstructed | kFinished | kWriting |
  kErrorEmitted | kCloseEmitted | kErrored | kBuffered;
const kDestroyedErrored = kDestroyed | kErrored;
const kEndingDestroyed = kEnding | kDestroyed;
const kWritingErroredCorkedConstructed = kWriting | kErrored | kCorked | kConstructed;
const kWritingSyncExpectWriteCb = kWriting | kSync | kExpectWriteCb;
const kNotWritingExpectWriteCbWriteCb = ~(kWriting | kExpectWriteCb | kWriteCb);
const kNotAfterWritePending = ~kAfterWritePending;
const kNotNeedDrain = ~kNeedDrain;
const kEndingDestroyedNeedDrain = kEnding | kDestroyed | kNeedDrain;

function flag(bit) {
  return {
    enumerable: false,
    get() { return (this[kState] & bit) !== 0; },
    set(value) {
      if (value) this[kState] |= bit;
      else this[kState] &= ~bit;
    },
  };
}

// A value kept in slot, valid while bit is set. store says whether a
// falsy value is stored too (Node does so for some, which shows in
// inspect output).
function slotted(bit, slot, unset, store) {
  return {
    enumerable: false,
    get() { return (this[kState] & bit) !== 0 ? this[slot] : unset; },
    set(value) {
      if (store) this[slot] = value;
      if (value) {
        this[slot] = value;
        this[kState] |= bit;
      } else {
        this[kState] &= ~bit;
      }
    },
  };
}

Object.defineProperties(WritableState.prototype, {
  objectMode: flag(kObjectMode),
  finalCalled: flag(kFinalCalled), // _final has been called
  needDrain: flag(kNeedDrain), // 'drain' is owed
  ending: flag(kEnding), // end() has started
  ended: flag(kEnded), // end() has returned
  finished: flag(kFinished), // 'finish' has been emitted
  destroyed: flag(kDestroyed),
  // Turn strings into Buffers before _write (core streams may opt out).
  decodeStrings: flag(kDecodeStrings),
  writing: flag(kWriting), // inside a _write
  // Whether the current _write callback is running synchronously.
  sync: flag(kSync),
  // Processing buffered writes (their callbacks may run in the same tick).
  bufferProcessing: flag(kBufferProcessing),
  // Async construction is opt in: streams start as constructed.
  constructed: flag(kConstructed),
  // 'prefinish' emitted (only _write callbacks may remain).
  prefinished: flag(kPrefinished),
  errorEmitted: flag(kErrorEmitted),
  emitClose: flag(kEmitClose),
  autoDestroy: flag(kAutoDestroy),
  closed: flag(kClosed),
  closeEmitted: flag(kCloseEmitted),
  allBuffers: flag(kAllBuffers),
  allNoop: flag(kAllNoop),
  afterWritePending: flag(kAfterWritePending),
  errored: slotted(kErrored, kErroredValue, null),
  writable: {
    enumerable: false,
    get() { return (this[kState] & kHasWritable) !== 0 ? (this[kState] & kWritable) !== 0 : undefined; },
    set(value) {
      if (value == null) {
        this[kState] &= ~kHasWritableWritable;
      } else if (value) {
        this[kState] |= kHasWritableWritable;
      } else {
        this[kState] |= kHasWritable;
        this[kState] &= kNotWritable;
      }
    },
  },
  defaultEncoding: {
    enumerable: false,
    get() { return (this[kState] & kDefaultUTF8Encoding) !== 0 ? 'utf8' : this[kDefaultEncodingValue]; },
    set(value) {
      if (value === 'utf8' || value === 'utf-8') {
        this[kState] |= kDefaultUTF8Encoding;
      } else {
        this[kState] &= kNotDefaultUTF8Encoding;
        this[kDefaultEncodingValue] = value;
      }
    },
  },
  // The callback given to write(chunk, encoding, cb) for the current _write.
  writecb: slotted(kWriteCb, kWriteCbValue, nop, true),
  // What afterWrite needs when _write completed synchronously.
  afterWriteTickInfo: slotted(kAfterWriteTickInfo, kAfterWriteTickInfoValue, null, true),
  buffered: {
    enumerable: false,
    get() { return (this[kState] & kBuffered) !== 0 ? this[kBufferedValue] : []; },
    set(value) {
      this[kBufferedValue] = value;
      if (value) this[kState] |= kBuffered;
      else this[kState] &= kNotBuffered;
    },
  },
});

// The bits a WritableState starts with, defaults and resetBuffer's
// (kAllBuffers, kAllNoop) included, computed once: goja boxes every
// integer from 256 up that a bit operation reads or makes.
const kInitialBits = kSync | kConstructed | kEmitClose | kAutoDestroy | kDecodeStrings |
  kDefaultUTF8Encoding | kAllBuffersAllNoop;

function WritableState(options, stream, isDuplex) {
  // The flag bits are gathered in a local and stored once: each
  // symbol-keyed update costs a lookup in goja. No options object takes
  // every default with this one check.
  let bits = kInitialBits;
  if (!options) {
    this.highWaterMark = getDefaultHighWaterMark(false);
  } else {
    const objectMode = !!(options.objectMode || (isDuplex && options.writableObjectMode));
    if (objectMode) bits |= kObjectMode;

    // write() returns false once this much is queued; 0 means always false
    // unless the write completed at once.
    this.highWaterMark = highWaterMarkOf(objectMode, options, 'writableHighWaterMark', isDuplex);

    if (options.decodeStrings === false) bits &= kNotDecodeStrings;
    if (options.emitClose === false) bits &= kNotEmitClose;
    if (options.autoDestroy === false) bits &= kNotAutoDestroy;

    const defaultEncoding = options.defaultEncoding;
    if (defaultEncoding == null || defaultEncoding === 'utf8' || defaultEncoding === 'utf-8') {
      // (in kInitialBits)
    } else if (buf.isEncoding(defaultEncoding)) {
      bits &= kNotDefaultUTF8Encoding;
      this[kState] = bits; // (kState's slot comes first, as in Node)
      this[kDefaultEncodingValue] = defaultEncoding;
    } else {
      throw ERR_UNKNOWN_ENCODING(defaultEncoding);
    }
  }

  // Bytes (or objects) written but not yet acknowledged by _write.
  this.length = 0;
  this.corked = 0;
  // The per-stream callback is made on the first write (see lazyOnwrite).
  this.onwrite = lazyOnwrite;
  // How much the current _write is writing.
  this.writelen = 0;

  // (resetBuffer's work: its bits are in kInitialBits)
  this[kState] = bits;
  this[kBufferedValue] = null;
  this.bufferedIndex = 0;

  // User write callbacks still to run: 'finish' waits for 0.
  this.pendingcb = 0;
}

// boundOnwrite is onwrite.bind(undefined, stream) as Node has it (same name
// and length), as a closure: a bound function costs goja several objects.
function boundOnwrite(stream) {
  return { 'bound onwrite': (er) => onwrite(stream, er) }['bound onwrite'];
}

// lazyOnwrite stands in for state.onwrite until the stream first writes
// (getOnwrite replaces it then): a stream that never writes does not pay
// for the closure. It prints as Node's does ([Function: bound onwrite]).
const lazyOnwrite = { 'bound onwrite': function (er) {} }['bound onwrite'];

function getOnwrite(stream, state) {
  let fn = state.onwrite;
  if (fn === lazyOnwrite) {
    fn = boundOnwrite(stream);
    state.onwrite = fn;
  }
  return fn;
}

// ownOnwrite replaces a core socket's shared kSocketOnwrite (utils.js) by
// the stream's own bound onwrite, for a _write/_writev that is not net's
// (a script replaced it) or a call made here.
function ownOnwrite(stream, state) {
  const fn = boundOnwrite(stream);
  state.onwrite = fn;
  return fn;
}
coreWrite.onwrite = onwrite;

function resetBuffer(state) {
  state[kBufferedValue] = null;
  state.bufferedIndex = 0;
  state[kState] |= kAllBuffersAllNoop;
  state[kState] &= kNotBuffered;
}

WritableState.prototype.getBuffer = function getBuffer() {
  return (this[kState] & kBuffered) === 0 ? [] : this.buffered.slice(this.bufferedIndex);
};

Object.defineProperty(WritableState.prototype, 'bufferedRequestCount', {
  get() {
    return (this[kState] & kBuffered) === 0 ? 0 : this[kBufferedValue].length - this.bufferedIndex;
  },
});

function callFinishedCallbacks(state, err) {
  if ((state[kState] & kOnFinished) === 0) return;
  const callbacks = state[kOnFinishedValue];
  state[kOnFinishedValue] = null;
  state[kState] &= kNotOnFinished;
  for (let i = 0; i < callbacks.length; i++) callbacks[i](err);
}

WritableState.prototype[kOnConstructed] = function onConstructed(stream) {
  if (!this.writing) clearBuffer(stream, this);
  if (this.ending) finishMaybe(stream, this);
};

function Writable(options) {
  if (!(this instanceof Writable)) return new Writable(options);

  // The common events get slots up front (Node's "shape mode").
  let shaped = false;
  if (this._events === undefined || this._events === null) {
    shaped = true;
    this._events = {
      close: undefined,
      error: undefined,
      prefinish: undefined,
      finish: undefined,
      drain: undefined,
    };
  }

  this._writableState = new WritableState(options, this, false);

  if (options) {
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) addAbortSignal(options.signal, this);
  }

  // Stream.call(this, options) in Node; Stream's and EventEmitter's
  // bodies are this one call, made directly (two calls less in goja), and
  // initShaped when the _events above are new.
  if (shaped) initShaped(this, options);
  else EE.init.call(this, options);

  if (this._construct != null) {
    destroyImpl.construct(this, () => {
      this._writableState[kOnConstructed](this);
    });
  }
}

// Duplex instances (from the Readable prototype chain) pass instanceof
// Writable too.
Object.defineProperty(Writable, Symbol.hasInstance, {
  value: function (object) {
    if (Function.prototype[Symbol.hasInstance].call(this, object)) return true;
    if (this !== Writable) return false;
    return !!(object && object._writableState instanceof WritableState);
  },
});

// Piping from a Writable is an error.
Writable.prototype.pipe = function () {
  errorOrDestroy(this, ERR_STREAM_CANNOT_PIPE());
};

let BufferCtor; // buffer's Buffer, looked up on the first write

// _write is Node's _write and writeOrBuffer in one function (a call less
// per write in goja), with the state's bits read into a local once: each
// symbol-keyed read costs a lookup. It calls _write now, or queues the
// chunk while a write is in progress (or corked, errored or
// constructing), and returns write()'s answer: false once highWaterMark
// is reached (or the error, for end()).
function _write(stream, chunk, encoding, cb) {
  const state = stream._writableState;

  if (typeof cb !== 'function') cb = nop;

  if (chunk === null) throw ERR_STREAM_NULL_VALUES();

  let bits = state[kState];
  if ((bits & kObjectMode) === 0) {
    if (!encoding) {
      encoding = (bits & kDefaultUTF8Encoding) !== 0 ? 'utf8' : state.defaultEncoding;
    } else if (encoding !== 'buffer' && encoding !== 'utf8' && encoding !== 'latin1' && !buf.isEncoding(encoding)) {
      throw ERR_UNKNOWN_ENCODING(encoding);
    }

    if (BufferCtor === undefined) BufferCtor = buf.getBuffer();
    if (typeof chunk === 'string') {
      if ((bits & kDecodeStrings) !== 0) {
        chunk = buf.fromString(chunk, encoding);
        encoding = 'buffer';
      }
    } else if (BufferCtor && chunk instanceof BufferCtor) {
      encoding = 'buffer';
    } else if (buf.isArrayBufferView(chunk)) {
      chunk = buf.toBuffer(chunk);
      encoding = 'buffer';
    } else {
      throw ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    }
    // (isEncoding and fromString run no stream code: bits still hold.)
  }

  if ((bits & kEndingDestroyed) !== 0) {
    const err = (bits & kEnding) !== 0 ? ERR_STREAM_WRITE_AFTER_END() : ERR_STREAM_DESTROYED('write');
    nextTick1(cb, err);
    errorOrDestroy(stream, err, true);
    return err;
  }
  state.pendingcb++;

  // writeOrBuffer
  const len = (bits & kObjectMode) !== 0 ? 1 : chunk.length;
  state.length += len;

  if ((bits & kWritingErroredCorkedConstructed) !== kConstructed) {
    if ((bits & kBuffered) === 0) {
      bits |= kBuffered;
      state[kBufferedValue] = [];
    }
    state[kBufferedValue].push({ chunk, encoding, callback: cb });
    if ((bits & kAllBuffers) !== 0 && encoding !== 'buffer') bits &= kNotAllBuffers;
    if ((bits & kAllNoop) !== 0 && cb !== nop) bits &= kNotAllNoop;
    state[kState] = bits;
  } else {
    state.writelen = len;
    if (cb !== nop) {
      state[kWriteCbValue] = cb;
      bits |= kWriteCb;
    }
    state[kState] = bits | kWritingSyncExpectWriteCb;
    let fn = state.onwrite;
    if (fn === lazyOnwrite) fn = getOnwrite(stream, state);
    else if (fn === kSocketOnwrite && stream._write !== coreWrite.write) fn = ownOnwrite(stream, state);
    stream._write(chunk, encoding, fn);
    bits = state[kState] & kNotSync;
    state[kState] = bits;
  }

  // Measured after a synchronous _write has had its say.
  if (state.length < state.highWaterMark) {
    // false when errored or destroyed, so while (stream.write(x)) loops end.
    return (bits & kDestroyedErrored) === 0;
  }
  state[kState] = bits | kNeedDrain;
  return false;
}

Writable.prototype.write = function (chunk, encoding, cb) {
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  return _write(this, chunk, encoding, cb) === true;
};

Writable.prototype.cork = function () {
  const state = this._writableState;
  state[kState] |= kCorked;
  state.corked++;
};

Writable.prototype.uncork = function () {
  const state = this._writableState;
  if (state.corked) {
    state.corked--;
    if (!state.corked) state[kState] &= kNotCorked;
    if (!state.writing) clearBuffer(this, state);
  }
};

Writable.prototype.setDefaultEncoding = function setDefaultEncoding(encoding) {
  if (typeof encoding === 'string') encoding = encoding.toLowerCase();
  if (!buf.isEncoding(encoding)) throw ERR_UNKNOWN_ENCODING(encoding);
  this._writableState.defaultEncoding = encoding;
  return this;
};

function doWrite(stream, state, writev, len, chunk, encoding, cb) {
  state.writelen = len;
  if (cb !== nop) state.writecb = cb;
  state[kState] |= kWritingSyncExpectWriteCb;
  let onwrite = state.onwrite;
  if (onwrite === lazyOnwrite) onwrite = getOnwrite(stream, state);
  else if (onwrite === kSocketOnwrite &&
    (state.destroyed || (writev ? stream._writev !== coreWrite.writev : stream._write !== coreWrite.write))) {
    onwrite = ownOnwrite(stream, state);
  }
  if (state.destroyed) onwrite(ERR_STREAM_DESTROYED('write'));
  else if (writev) stream._writev(chunk, onwrite);
  else stream._write(chunk, encoding, onwrite);
  state[kState] &= kNotSync;
}

function onwriteError(stream, state, er, cb) {
  --state.pendingcb;
  cb(er);
  // Run the buffered callbacks too (autoDestroy may be off); er belongs to
  // one write, so they get their own error.
  errorBuffer(state);
  // The callback runs before 'error'.
  errorOrDestroy(stream, er);
}

// onwrite is the callback handed to _write/_writev. The state's bits are
// read into a local and re-read after anything that may run stream code.
function onwrite(stream, er) {
  const state = stream._writableState;
  let bits = state[kState];
  if ((bits & kExpectWriteCb) === 0) {
    errorOrDestroy(stream, ERR_MULTIPLE_CALLBACK());
    return;
  }

  const sync = (bits & kSync) !== 0;
  const cb = (bits & kWriteCb) !== 0 ? state[kWriteCbValue] : nop;
  // (stored even when unset: Node's state then shows the slot in inspect)
  state[kWriteCbValue] = null;

  bits &= kNotWritingExpectWriteCbWriteCb;
  state[kState] = bits;
  state.length -= state.writelen;
  state.writelen = 0;

  if (er) {
    er.stack; // eslint-disable-line no-unused-expressions

    if (!state.errored) state.errored = er;

    // A duplex's readable side learns of the error too.
    if (stream._readableState && !stream._readableState.errored) {
      stream._readableState.errored = er;
    }

    if (sync) process.nextTick(onwriteError, stream, state, er, cb);
    else onwriteError(stream, state, er, cb);
  } else {
    if ((bits & kBuffered) !== 0) {
      clearBuffer(stream, state);
      bits = state[kState];
    }

    if (sync) {
      const needDrain = (bits & kNeedDrain) !== 0 && state.length === 0;
      // Node's check reads `state & kDestroyed !== 0`, which by operator
      // precedence tests the objectMode bit; object streams always tick.
      const needTick = needDrain || (bits & kObjectMode) !== 0 || cb !== nop;

      if (cb === nop) {
        // Nothing to call back: only drain or destroy need a tick.
        if ((bits & kAfterWritePending) === 0 && needTick) {
          nextTick2(afterWriteNop, stream, state);
          state[kState] = bits | kAfterWritePending;
        } else {
          state.pendingcb--;
          if ((bits & kEnding) !== 0) finishMaybe(stream, state, true);
        }
      } else if ((bits & kAfterWriteTickInfo) !== 0 && state[kAfterWriteTickInfoValue].cb === cb) {
        // Successive writes with the same callback share one tick.
        state[kAfterWriteTickInfoValue].count++;
      } else if (needTick) {
        const info = { count: 1, cb, stream, state };
        state[kAfterWriteTickInfoValue] = info;
        nextTick1(afterWriteTick, info);
        state[kState] = bits | kAfterWritePendingAfterWriteTickInfo;
      } else {
        state.pendingcb--;
        if ((bits & kEnding) !== 0) finishMaybe(stream, state, true);
      }
    } else {
      afterWrite(stream, state, 1, cb);
    }
  }
}

// afterWriteNop is afterWrite for one write without a callback (cb is nop
// on that path), scheduled without an arguments array.
function afterWriteNop(stream, state) {
  afterWrite(stream, state, 1, nop);
}

function afterWriteTick({ stream, state, count, cb }) {
  state[kState] &= kNotAfterWriteTickInfo;
  state[kAfterWriteTickInfoValue] = null;
  return afterWrite(stream, state, count, cb);
}

// afterWrite reads the state bits directly rather than through the
// ending/destroyed/needDrain accessors (each a getter call in goja); it
// re-reads them after anything that may run user code.
function afterWrite(stream, state, count, cb) {
  let bits = state[kState];
  if ((bits & kAfterWritePending) !== 0) {
    bits &= kNotAfterWritePending;
    state[kState] = bits;
  }

  if ((bits & kEndingDestroyedNeedDrain) === kNeedDrain && state.length === 0) {
    state[kState] = bits & kNotNeedDrain;
    emit0(stream, 'drain');
  }

  while (count-- > 0) {
    state.pendingcb--;
    cb(null);
  }

  bits = state[kState];
  if ((bits & kDestroyed) !== 0) {
    errorBuffer(state);
    bits = state[kState];
  }

  if ((bits & kEnding) !== 0) finishMaybe(stream, state, true);
}

// errorBuffer fails every queued write (the stream is destroyed or errored).
function errorBuffer(state) {
  if (state.writing) return;

  if ((state[kState] & kBuffered) !== 0) {
    for (let n = state.bufferedIndex; n < state.buffered.length; ++n) {
      const { chunk, callback } = state[kBufferedValue][n];
      const len = state.objectMode ? 1 : chunk.length;
      state.length -= len;
      callback(state.errored != null ? state.errored : ERR_STREAM_DESTROYED('write'));
    }
  }

  callFinishedCallbacks(state, state.errored != null ? state.errored : ERR_STREAM_DESTROYED('end'));

  resetBuffer(state);
}

// clearBuffer writes out what was queued (as one _writev when possible).
function clearBuffer(stream, state) {
  if ((state[kState] & kDestroyedBufferProcessingCorkedBufferedConstructed) !==
      kBufferedConstructed) {
    return;
  }

  const objectMode = state.objectMode;
  const buffered = state[kBufferedValue];
  const bufferedIndex = state.bufferedIndex;
  const bufferedLength = buffered.length - bufferedIndex;
  if (!bufferedLength) return;

  let i = bufferedIndex;

  state.bufferProcessing = true;
  if (bufferedLength > 1 && stream._writev) {
    state.pendingcb -= bufferedLength - 1;

    const callback = state.allNoop ? nop : (err) => {
      for (let n = i; n < buffered.length; ++n) buffered[n].callback(err);
    };
    // Copy when callback above still needs the array (doWrite mutates it).
    const chunks = state.allNoop && i === 0 ? buffered : buffered.slice(i);
    chunks.allBuffers = state.allBuffers;

    doWrite(stream, state, true, state.length, chunks, '', callback);

    resetBuffer(state);
  } else {
    do {
      const { chunk, encoding, callback } = buffered[i];
      buffered[i++] = null;
      const len = objectMode ? 1 : chunk.length;
      doWrite(stream, state, false, len, chunk, encoding, callback);
    } while (i < buffered.length && !state.writing);

    if (i === buffered.length) {
      resetBuffer(state);
    } else if (i > 256) {
      buffered.splice(0, i);
      state.bufferedIndex = 0;
    } else {
      state.bufferedIndex = i;
    }
  }
  state.bufferProcessing = false;
}

Writable.prototype._write = function (chunk, encoding, cb) {
  if (this._writev) {
    this._writev([{ chunk, encoding }], cb);
  } else {
    throw ERR_METHOD_NOT_IMPLEMENTED('_write()');
  }
};

Writable.prototype._writev = null;

Writable.prototype.end = function (chunk, encoding, cb) {
  const state = this._writableState;

  if (typeof chunk === 'function') {
    cb = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }

  let err;

  if (chunk !== null && chunk !== undefined) {
    const ret = _write(this, chunk, encoding);
    if (ret instanceof Error) err = ret;
  }

  // end() uncorks fully.
  if ((state[kState] & kCorked) !== 0) {
    state.corked = 1;
    this.uncork();
  }

  if (err) {
    // Already reported by _write.
  } else if ((state[kState] & kEndingErrored) === 0) {
    // Repeated end() calls are forgiven: usually harmless, and an error
    // would be out of proportion.
    state[kState] |= kEnding;
    finishMaybe(this, state, true);
    state[kState] |= kEnded;
  } else if ((state[kState] & kFinished) !== 0) {
    err = ERR_STREAM_ALREADY_FINISHED('end');
  } else if ((state[kState] & kDestroyed) !== 0) {
    err = ERR_STREAM_DESTROYED('end');
  }

  if (typeof cb === 'function') {
    if (err) {
      nextTick1(cb, err);
    } else if ((state[kState] & kErrored) !== 0) {
      nextTick1(cb, state[kErroredValue]);
    } else if ((state[kState] & kFinished) !== 0) {
      nextTick1(cb, null);
    } else {
      state[kState] |= kOnFinished;
      if (!state[kOnFinishedValue]) state[kOnFinishedValue] = [];
      state[kOnFinishedValue].push(cb);
    }
  }

  return this;
};

function needFinish(state) {
  // Ending and constructed, and none of the others.
  return (state[kState] & kNeedFinishMask) === kEndingConstructed &&
    state.length === 0;
}

// callFinal reads and sets the prefinished and sync bits directly (the
// state's accessors are calls in goja); onFinish is Node's closure (the
// callback _final gets).
function callFinal(stream, state) {
  function onFinish(err) {
    if ((state[kState] & kPrefinished) !== 0) {
      errorOrDestroy(stream, err != null ? err : ERR_MULTIPLE_CALLBACK());
      return;
    }
    state.pendingcb--;
    if (err) {
      callFinishedCallbacks(state, err);
      errorOrDestroy(stream, err, (state[kState] & kSync) !== 0);
    } else if (needFinish(state)) {
      state[kState] |= kPrefinished;
      emit0(stream, 'prefinish');
      // 'finish' stays asynchronous relative to the _final callback (some
      // streams rely on it).
      state.pendingcb++;
      nextTick2(finish, stream, state);
    }
  }

  state[kState] |= kSync;
  state.pendingcb++;

  try {
    stream._final(onFinish);
  } catch (err) {
    onFinish(err);
  }

  state[kState] &= kNotSync;
}

function prefinish(stream, state) {
  if ((state[kState] & kPrefinishedFinalCalled) === 0) {
    if (typeof stream._final === 'function' && (state[kState] & kDestroyed) === 0) {
      state[kState] |= kFinalCalled;
      callFinal(stream, state);
    } else {
      state[kState] |= kPrefinished;
      emit0(stream, 'prefinish');
    }
  }
}

function finishMaybe(stream, state, sync) {
  if (needFinish(state)) {
    prefinish(stream, state);
    if (state.pendingcb === 0) {
      if (sync) {
        state.pendingcb++;
        nextTick2(finishMaybeNT, stream, state);
      } else if (needFinish(state)) {
        state.pendingcb++;
        finish(stream, state);
      }
    }
  }
}

// finishMaybeNT is finishMaybe's deferred half (Node passes a closure;
// a named function is not allocated per call).
function finishMaybeNT(stream, state) {
  if (needFinish(state)) finish(stream, state);
  else state.pendingcb--;
}

// ReadableState's endEmitted bit (readable.js's kEndEmitted), for finish.
const kReadableEndEmitted = 1 << 10;

function finish(stream, state) {
  state.pendingcb--;
  state[kState] |= kFinished;

  callFinishedCallbacks(state, null);

  emit0(stream, 'finish');

  if ((state[kState] & kAutoDestroy) !== 0) {
    // A duplex is destroyed once its readable side has ended too.
    const rState = stream._readableState;
    const autoDestroy = !rState || (
      (rState[kState] & kAutoDestroy) !== 0 &&
      // The readable side will never 'end' when disabled.
      ((rState[kState] & kReadableEndEmitted) !== 0 || rState.readable === false)
    );
    if (autoDestroy) stream.destroy();
  }
}

Object.defineProperties(Writable.prototype, {
  closed: {
    get() { return this._writableState ? this._writableState.closed : false; },
  },
  // The getters below test the state bits themselves rather than read the
  // state's own accessors: one getter call instead of two in goja.
  destroyed: {
    get() {
      const w = this._writableState;
      return w ? (w[kState] & kDestroyed) !== 0 : false;
    },
    set(value) {
      if (this._writableState) this._writableState.destroyed = value;
    },
  },
  writable: {
    get() {
      const w = this._writableState;
      if (!w) return false;
      // w.writable === false (the writable side of a Duplex was disabled)
      // and w.errored, as bit tests.
      const bits = w[kState];
      return (bits & kHasWritableWritable) !== kHasWritable &&
        (bits & kErroredEndingEndedDestroyed) === 0;
    },
    set(val) {
      if (this._writableState) this._writableState.writable = !!val;
    },
  },
  writableFinished: {
    get() {
      const w = this._writableState;
      return w ? (w[kState] & kFinished) !== 0 : false;
    },
  },
  writableObjectMode: {
    get() { return this._writableState ? this._writableState.objectMode : false; },
  },
  writableBuffer: {
    get() { return this._writableState && this._writableState.getBuffer(); },
  },
  writableEnded: {
    get() {
      const w = this._writableState;
      return w ? (w[kState] & kEnding) !== 0 : false;
    },
  },
  writableNeedDrain: {
    get() {
      const wState = this._writableState;
      if (!wState) return false;
      return (wState[kState] & kEndingDestroyedNeedDrain) === kNeedDrain;
    },
  },
  writableHighWaterMark: {
    get() { return this._writableState && this._writableState.highWaterMark; },
  },
  writableCorked: {
    get() { return this._writableState ? this._writableState.corked : 0; },
  },
  writableLength: {
    get() { return this._writableState && this._writableState.length; },
  },
  errored: {
    enumerable: false,
    get() { return this._writableState ? this._writableState.errored : null; },
  },
  writableAborted: {
    enumerable: false,
    get: function () {
      return !!(
        this._writableState.writable !== false &&
        (this._writableState.destroyed || this._writableState.errored) &&
        !this._writableState.finished
      );
    },
  },
});

const destroy = destroyImpl.destroy;
Writable.prototype.destroy = function (err, cb) {
  const state = this._writableState;

  // Fail pending callbacks.
  if ((state[kState] & kBufferedOnFinished) !== 0 && (state[kState] & kDestroyed) === 0) {
    nextTick1(errorBuffer, state);
  }

  destroy.call(this, err, cb);
  return this;
};

Writable.prototype._undestroy = destroyImpl.undestroy;
Writable.prototype._destroy = function (err, cb) {
  cb(err);
};
// The default _destroy, which destroyImpl's runDestroy short-cuts.
destroyImpl.registerDefaultDestroy(Writable.prototype._destroy);

if (EE.captureRejectionSymbol) {
  Writable.prototype[EE.captureRejectionSymbol] = function (err) {
    this.destroy(err);
  };
}
