'use strict';
const { nextTick0, nextTick1, nextTick2, nextTick2Once } = internalBinding('internal/task_queues');
// internal/streams/readable: Readable streams as Node's
// lib/internal/streams/readable.js defines them: the read buffer, flowing
// and paused modes, 'readable'/'data'/'end' with their nextTick timing,
// pipe()/unpipe(), setEncoding() and async iteration.

module.exports = Readable;
Readable.ReadableState = ReadableState;

const EE = require('events');
// emit0/emit1/emit2: emitter.emit(type, ...) without the rest array;
// removeListenerOf: EventEmitter.prototype.removeListener's body as a
// plain function; storeListener: _addListener's store (events.js).
const { emit0, emit1, emit2, initShaped, removeListenerOf, storeListener } = internalBinding('internal/events/fast');
const { Stream, prependListener } = require('internal/streams/legacy');
const buf = require('internal/streams/buffer');
const { addAbortSignal } = require('internal/streams/add-abort-signal');
const eos = require('internal/streams/end-of-stream');
const destroyImpl = require('internal/streams/destroy');
const { highWaterMarkOf, getDefaultHighWaterMark } = require('internal/streams/state');
const {
  readableBits,
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
} = require('internal/streams/utils');
const {
  AbortError,
  aggregateTwoErrors,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_METHOD_NOT_IMPLEMENTED,
    ERR_OUT_OF_RANGE,
    ERR_STREAM_PUSH_AFTER_EOF,
    ERR_STREAM_UNSHIFT_AFTER_END_EVENT,
    ERR_UNKNOWN_ENCODING,
  },
} = require('internal/streams/errors');

let StringDecoder;
function newDecoder(enc) {
  if (!StringDecoder) StringDecoder = require('string_decoder').StringDecoder;
  return new StringDecoder(enc);
}

let from;

Object.setPrototypeOf(Readable.prototype, Stream.prototype);
Object.setPrototypeOf(Readable, Stream);
const nop = () => {};
const kEmpty = Object.freeze([]);

const { errorOrDestroy } = destroyImpl;

// Flags live in one bit field (this[kState]) as in Node, so a state object
// inspects the same way; the accessors below give them names.
const kErroredValue = Symbol('kErroredValue');
const kDefaultEncodingValue = Symbol('kDefaultEncodingValue');
const kDecoderValue = Symbol('kDecoderValue');
const kEncodingValue = Symbol('kEncodingValue');

const kEnded = 1 << 9;
const kEndEmitted = 1 << 10;
const kErroredCloseEmittedEndEmitted = kErrored | kCloseEmitted | kEndEmitted;
const kDestroyedErrorEmittedEndEmitted = kDestroyed | kErrorEmitted | kEndEmitted;
const kReading = 1 << 11;
const kEndedReadingDestroyedErroredConstructed = kEnded | kReading | kDestroyed | kErrored | kConstructed;
const kReadingEnded = kReading | kEnded;
const kSync = 1 << 12;
const kReadingSync = kReading | kSync;
const kNeedReadable = 1 << 13;
const kReadingSyncNeedReadable = kReading | kSync | kNeedReadable;
const kEmittedReadable = 1 << 14;
const kReadableListening = 1 << 15;
const kReadableListeningNeedReadable = kReadableListening | kNeedReadable;
const kResumeScheduled = 1 << 16;
const kMultiAwaitDrain = 1 << 17;
const kReadingMore = 1 << 18;
const kReadingMoreConstructed = kReadingMore | kConstructed;
const kDataEmitted = 1 << 19;
const kDefaultUTF8Encoding = 1 << 20;
const kDecoder = 1 << 21;
const kEncoding = 1 << 22;
const kHasFlowing = 1 << 23;
const kFlowing = 1 << 24;
const kFlowingReading = kFlowing | kReading;
const kHasPaused = 1 << 25;
const kHasPausedResumeScheduled = kHasPaused | kResumeScheduled;
const kPaused = 1 << 26;
const kHasPausedPaused = kHasPaused | kPaused;
const kHasPausedPausedResumeScheduled = kHasPaused | kPaused | kResumeScheduled;
const kDataListening = 1 << 27;
const kHasFlowingFlowingDataListening = kHasFlowing | kFlowing | kDataListening;
const kHasFlowingFlowingSyncDataListening = kHasFlowing | kFlowing | kSync | kDataListening;
Object.assign(readableBits, { kEndEmitted, kResumeScheduled, kReadingMore, kHasFlowing, kFlowing });

// Combinations and complements of the bits used on the hot paths,
// computed once: goja boxes every integer from 256 up (and below -256)
// that a bit operation reads or makes, so each operator costs allocations.
const kNotAutoDestroy = ~kAutoDestroy;
const kNotDataListening = ~kDataListening;
const kNotDefaultUTF8Encoding = ~kDefaultUTF8Encoding;
const kNotEmitClose = ~kEmitClose;
const kNotEmittedReadable = ~kEmittedReadable;
const kNotFlowing = ~kFlowing;
const kNotMultiAwaitDrain = ~kMultiAwaitDrain;
const kNotNeedReadable = ~kNeedReadable;
const kNotPaused = ~kPaused;
const kNotReading = ~kReading;
const kNotReadingMore = ~kReadingMore;
const kNotResumeScheduled = ~kResumeScheduled;
const kNotSync = ~kSync;
const kHasFlowingFlowing = kHasFlowing | kFlowing;
const kDestroyedErrored = kDestroyed | kErrored;
const kErrorEmittedCloseEmitted = kErrorEmitted | kCloseEmitted;

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

function slotted(bit, slot) {
  return {
    enumerable: false,
    get() { return (this[kState] & bit) !== 0 ? this[slot] : null; },
    set(value) {
      if (value) {
        this[slot] = value;
        this[kState] |= bit;
      } else {
        this[kState] &= ~bit;
      }
    },
  };
}

Object.defineProperties(ReadableState.prototype, {
  // Object mode: read(n) ignores n and every chunk counts as 1.
  objectMode: flag(kObjectMode),
  ended: flag(kEnded),
  endEmitted: flag(kEndEmitted),
  reading: flag(kReading),
  // Async construction (_construct) is opt in: streams start constructed.
  constructed: flag(kConstructed),
  // Whether 'readable'/'data' may be emitted right now or must wait for a
  // later tick; true until the first read() returns.
  sync: flag(kSync),
  // Set when read() returned null: a 'readable' event is owed.
  needReadable: flag(kNeedReadable),
  emittedReadable: flag(kEmittedReadable),
  readableListening: flag(kReadableListening),
  resumeScheduled: flag(kResumeScheduled),
  errorEmitted: flag(kErrorEmitted),
  emitClose: flag(kEmitClose),
  autoDestroy: flag(kAutoDestroy),
  destroyed: flag(kDestroyed),
  closed: flag(kClosed),
  closeEmitted: flag(kCloseEmitted),
  multiAwaitDrain: flag(kMultiAwaitDrain),
  // A maybeReadMore is scheduled.
  readingMore: flag(kReadingMore),
  dataEmitted: flag(kDataEmitted),
  // When an error happened: no more _read(), 'data' or 'readable'.
  errored: slotted(kErrored, kErroredValue),
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
  decoder: slotted(kDecoder, kDecoderValue),
  encoding: slotted(kEncoding, kEncodingValue),
  flowing: {
    enumerable: false,
    get() { return (this[kState] & kHasFlowing) !== 0 ? (this[kState] & kFlowing) !== 0 : null; },
    set(value) {
      if (value == null) {
        this[kState] &= ~kHasFlowingFlowing;
      } else if (value) {
        this[kState] |= kHasFlowingFlowing;
      } else {
        this[kState] |= kHasFlowing;
        this[kState] &= kNotFlowing;
      }
    },
  },
  // Legacy.
  pipesCount: {
    get() { return this.pipes.length; },
  },
  // Legacy: pause() was called (and resume() not since).
  paused: {
    get() { return (this[kState] & kPaused) !== 0; },
    set(value) {
      this[kState] |= kHasPaused;
      if (value) this[kState] |= kPaused;
      else this[kState] &= kNotPaused;
    },
  },
});

// The bits a ReadableState starts with (the defaults), computed once: goja
// boxes every integer from 256 up that a bit operation reads or makes.
const kInitialBits = kEmitClose | kAutoDestroy | kConstructed | kSync | kDefaultUTF8Encoding;

function ReadableState(options, stream, isDuplex) {
  // The flag bits are gathered in a local and stored once: each
  // symbol-keyed update costs a lookup in goja. No options object takes
  // every default with this one check.
  let bits = kInitialBits;
  let objectMode = false;
  if (options) {
    objectMode = !!(options.objectMode || (isDuplex && options.readableObjectMode));
    if (objectMode) bits |= kObjectMode;
  }

  // Stop calling _read() once this much is buffered; 0 means never read
  // ahead.
  this.highWaterMark = options ?
    highWaterMarkOf(objectMode, options, 'readableHighWaterMark', isDuplex) :
    getDefaultHighWaterMark(false);

  // Both start as the shared frozen kEmpty (made real on the first chunk
  // or pipe): a goja array costs about 500 bytes, and most streams never
  // pipe. They print as Node's empty arrays do.
  this.buffer = kEmpty;
  this.bufferIndex = 0;
  this.length = 0;
  this.pipes = kEmpty;

  if (options) {
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
  this[kState] = bits;

  // The piped destination(s) we are waiting on for 'drain':
  // null | Writable | Set<Writable>.
  this.awaitDrainWriters = null;

  if (options && options.encoding) {
    this.decoder = newDecoder(options.encoding);
    this.encoding = options.encoding;
  }
}

ReadableState.prototype[kOnConstructed] = function onConstructed(stream) {
  if (this.needReadable) maybeReadMore(stream, this);
};

function Readable(options) {
  if (!(this instanceof Readable)) return new Readable(options);

  // The common events get slots up front (Node's "shape mode").
  let shaped = false;
  if (this._events === undefined || this._events === null) {
    shaped = true;
    this._events = {
      close: undefined,
      error: undefined,
      data: undefined,
      end: undefined,
      readable: undefined,
    };
  }

  this._readableState = new ReadableState(options, this, false);

  if (options) {
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
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
      this._readableState[kOnConstructed](this);
    });
  }
}

Readable.prototype.destroy = destroyImpl.destroy;
Readable.prototype._undestroy = destroyImpl.undestroy;
Readable.prototype._destroy = function (err, cb) {
  cb(err);
};
// The default _destroy, which destroyImpl's runDestroy short-cuts.
destroyImpl.registerDefaultDestroy(Readable.prototype._destroy);

if (EE.captureRejectionSymbol) {
  Readable.prototype[EE.captureRejectionSymbol] = function (err) {
    this.destroy(err);
  };
}

if (Symbol.asyncDispose) {
  Readable.prototype[Symbol.asyncDispose] = function () {
    let error;
    if (!this.destroyed) {
      error = this.readableEnded ? null : AbortError();
      this.destroy(error);
    }
    return new Promise((resolve, reject) => eos(this, (err) => (err && err !== error ? reject(err) : resolve(null))));
  };
}

// push adds a chunk to the read buffer (null ends the stream). It returns
// whether more may be pushed before highWaterMark is reached.
Readable.prototype.push = function (chunk, encoding) {
  const state = this._readableState;
  return (state[kState] & kObjectMode) !== 0 ?
    pushObject(this, state, chunk, encoding) :
    pushBytes(this, state, chunk, encoding);
};

// unshift puts a chunk back at the front of the read buffer.
Readable.prototype.unshift = function (chunk, encoding) {
  const state = this._readableState;
  return (state[kState] & kObjectMode) !== 0 ?
    unshiftObject(this, state, chunk) :
    unshiftBytes(this, state, chunk, encoding);
};

function pushEof(stream, state) {
  state[kState] &= kNotReading;
  onEofChunk(stream, state);
  return false;
}

function badChunk(stream, chunk) {
  errorOrDestroy(stream, ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk));
  return false;
}

function unshiftBytes(stream, state, chunk, encoding) {
  if (chunk === null) return pushEof(stream, state);

  if (typeof chunk === 'string') {
    encoding = encoding || state.defaultEncoding;
    if (state.encoding !== encoding) {
      // A decoding stream stores strings in its own encoding.
      chunk = state.encoding ?
        buf.fromString(chunk, encoding).toString(state.encoding) :
        buf.fromString(chunk, encoding);
    }
  } else if (buf.isArrayBufferView(chunk)) {
    chunk = buf.toBuffer(chunk);
  } else if (chunk !== undefined && !buf.isBuffer(chunk)) {
    return badChunk(stream, chunk);
  }

  if (!(chunk && chunk.length > 0)) return canPushMore(state);
  return unshiftValue(stream, state, chunk);
}

function unshiftObject(stream, state, chunk) {
  if (chunk === null) return pushEof(stream, state);
  return unshiftValue(stream, state, chunk);
}

function unshiftValue(stream, state, chunk) {
  if ((state[kState] & kEndEmitted) !== 0) errorOrDestroy(stream, ERR_STREAM_UNSHIFT_AFTER_END_EVENT());
  else if ((state[kState] & kDestroyed) !== 0 || state.errored) return false;
  else addChunk(stream, state, chunk, true);
  return canPushMore(state);
}

let BufferCtor; // buffer's Buffer, looked up on the first push

// pushBytes, pushObject, canPushMore, addChunk and maybeReadMore follow
// Node's readableAddChunkPushByteMode and friends, with the state's bits
// read into locals and the errored/decoder/flowing accessors replaced by
// bit tests: each accessor is a function call in goja.
function pushBytes(stream, state, chunk, encoding) {
  if (chunk === null) { // pushEof(stream, state), inline
    state[kState] &= kNotReading;
    onEofChunk(stream, state);
    return false;
  }

  if (typeof chunk === 'string') {
    encoding = encoding || state.defaultEncoding;
    if (state.encoding !== encoding) {
      chunk = buf.fromString(chunk, encoding);
      encoding = '';
    }
  } else {
    if (BufferCtor === undefined) BufferCtor = buf.getBuffer();
    if (BufferCtor && chunk instanceof BufferCtor) {
      encoding = '';
    } else if (buf.isArrayBufferView(chunk)) {
      chunk = buf.toBuffer(chunk);
      encoding = '';
    } else if (chunk !== undefined) {
      return badChunk(stream, chunk);
    }
  }

  const bits = state[kState];
  if (!chunk || chunk.length <= 0) {
    state[kState] = bits & kNotReading;
    maybeReadMore(stream, state);
    return canPushMore(state);
  }

  if ((bits & kEnded) !== 0) {
    errorOrDestroy(stream, ERR_STREAM_PUSH_AFTER_EOF());
    return false;
  }
  // (kErrored is set exactly when errored holds an error)
  if ((bits & kDestroyedErrored) !== 0) return false;

  state[kState] = bits & kNotReading;
  if ((bits & kDecoder) !== 0 && !encoding) {
    chunk = state[kDecoderValue].write(chunk);
    if (chunk.length === 0) {
      maybeReadMore(stream, state);
      return canPushMore(state);
    }
  }

  addChunk(stream, state, chunk, false);
  // canPushMore(state), inline (a call less per chunk)
  return (state[kState] & kEnded) === 0 && (state.length < state.highWaterMark || state.length === 0);
}

function pushObject(stream, state, chunk, encoding) {
  if (chunk === null) return pushEof(stream, state);

  const bits = state[kState];
  if ((bits & kEnded) !== 0) {
    errorOrDestroy(stream, ERR_STREAM_PUSH_AFTER_EOF());
    return false;
  }
  if ((bits & kDestroyedErrored) !== 0) return false;

  state[kState] = bits & kNotReading;
  if ((bits & kDecoder) !== 0 && !encoding) chunk = state[kDecoderValue].write(chunk);

  addChunk(stream, state, chunk, false);
  return canPushMore(state);
}

// More may be pushed while below the highWaterMark, or when nothing is
// buffered at all (which keeps highWaterMark 0 streams working).
function canPushMore(state) {
  return (state[kState] & kEnded) === 0 && (state.length < state.highWaterMark || state.length === 0);
}

function addChunk(stream, state, chunk, addToFront) {
  const bits = state[kState];
  if ((bits & kHasFlowingFlowingSyncDataListening) === kHasFlowingFlowingDataListening &&
      state.length === 0) {
    // Flowing with nothing buffered: hand the chunk straight to 'data'.
    if ((bits & kMultiAwaitDrain) !== 0) state.awaitDrainWriters.clear();
    else state.awaitDrainWriters = null;
    state[kState] |= kDataEmitted;
    emit1(stream, 'data', chunk);
  } else {
    state.length += (bits & kObjectMode) !== 0 ? 1 : chunk.length;
    let list = state.buffer;
    if (list === kEmpty) state.buffer = list = [];
    if (addToFront) {
      if (state.bufferIndex > 0) list[--state.bufferIndex] = chunk;
      else list.unshift(chunk);
    } else {
      list.push(chunk);
    }
    if ((bits & kNeedReadable) !== 0) emitReadable(stream);
  }
  maybeReadMore(stream, state);
}

Readable.prototype.isPaused = function () {
  const state = this._readableState;
  return (state[kState] & kPaused) !== 0 || (state[kState] & kHasFlowingFlowing) === kHasFlowing;
};

Readable.prototype.setEncoding = function (enc) {
  const state = this._readableState;
  const decoder = newDecoder(enc);
  state.decoder = decoder;
  // setEncoding(null) decodes as utf8.
  state.encoding = decoder.encoding;

  // Convert what is already buffered.
  let content = '';
  for (let i = state.bufferIndex; i < state.buffer.length; i++) {
    content += decoder.write(state.buffer[i]);
  }
  const list = state.buffer;
  if (list !== kEmpty) {
    list.length = 0;
    if (content !== '') list.push(content);
  }
  state.bufferIndex = 0;
  state.length = content.length;
  return this;
};

// Never raise the highWaterMark above 1 GiB.
const MAX_HWM = 0x40000000;
function computeNewHighWaterMark(n) {
  if (n > MAX_HWM) throw ERR_OUT_OF_RANGE('size', '<= 1GiB', n);
  // Round up to the next power of two so it does not grow in tiny steps.
  n--;
  n |= n >>> 1;
  n |= n >>> 2;
  n |= n >>> 4;
  n |= n >>> 8;
  n |= n >>> 16;
  n++;
  return n;
}

// isFlowing is state.flowing === true as a bit test (the accessor is a
// call in goja).
function isFlowing(bits) {
  return (bits & kHasFlowingFlowing) === kHasFlowingFlowing;
}

function howMuchToRead(n, state) {
  const bits = state[kState];
  if (n <= 0 || (state.length === 0 && (bits & kEnded) !== 0)) return 0;
  if ((bits & kObjectMode) !== 0) return 1;
  if (Number.isNaN(n)) {
    // Flowing: one buffered chunk at a time.
    if ((bits & kHasFlowingFlowing) === kHasFlowingFlowing && state.length) {
      return state.buffer[state.bufferIndex].length;
    }
    return state.length;
  }
  if (n <= state.length) return n;
  return (bits & kEnded) !== 0 ? state.length : 0;
}

// read follows Node's Readable.prototype.read with the state's bits in a
// local, re-read after anything that may run stream code (_read, the
// emit helpers).
Readable.prototype.read = function (n) {
  // Ended and drained, read() or read(0): every stream's last reads (flow
  // and resume_ make three). The general path below then only clears
  // emittedReadable (for read()), schedules 'end' and returns null.
  if (n === undefined || n === 0) {
    const state = this._readableState;
    const bits = state[kState];
    if (state.length === 0) {
      if ((bits & kEnded) !== 0) {
        if (n === undefined && (bits & kEmittedReadable) !== 0) state[kState] = bits & kNotEmittedReadable;
        endReadable(this);
        return null;
      }
      // Nothing buffered, not ended, and no _read() due (one is in
      // progress, or the stream is destroyed, errored or not constructed):
      // flow's read() while a socket waits for data. The general path
      // then only clears emittedReadable (for read()), sets needReadable
      // and returns null.
      if ((bits & kEndedReadingDestroyedErroredConstructed) !== kConstructed) {
        state[kState] = (n === undefined ? bits & kNotEmittedReadable : bits) | kNeedReadable;
        return null;
      }
      // Nothing buffered, not ended, and a _read() due: maybeReadMore_'s
      // and resume_'s read(0), flow's read() of an idle stream. The general
      // path's steps before _read come down to setting reading, sync and
      // needReadable (and clearing emittedReadable for read()); after it,
      // when _read pushed nothing, to setting needReadable.
      return readEmpty(this, state, n === undefined ? NaN : 0, bits);
    }
  }
  if (n === undefined) n = NaN;
  else if (n !== 0 && !Number.isInteger(n)) n = Number.parseInt(n, 10);
  const state = this._readableState;
  const nOrig = n;

  if (n > state.highWaterMark) state.highWaterMark = computeNewHighWaterMark(n);

  let bits = state[kState];
  if (n !== 0) {
    bits &= kNotEmittedReadable;
    state[kState] = bits;
  }

  // read(0) with enough buffered (or ended) only triggers 'readable'.
  if (n === 0 && (bits & kNeedReadable) !== 0 &&
      ((state.highWaterMark !== 0 ? state.length >= state.highWaterMark : state.length > 0) ||
       (bits & kEnded) !== 0)) {
    if (state.length === 0 && (bits & kEnded) !== 0) endReadable(this);
    else emitReadable(this);
    return null;
  }

  n = howMuchToRead(n, state);

  if (n === 0 && (bits & kEnded) !== 0) {
    if (state.length === 0) endReadable(this);
    return null;
  }

  // Decide whether to call _read before taking data out of the buffer,
  // because a synchronous _read can change what is available.
  let doRead = (bits & kNeedReadable) !== 0;
  if (state.length === 0 || state.length - n < state.highWaterMark) doRead = true;

  // (kErrored is set exactly when errored holds an error)
  if ((bits & kEndedReadingDestroyedErroredConstructed) !== kConstructed) {
    doRead = false;
  } else if (doRead) {
    bits |= kReadingSync;
    if (state.length === 0) bits |= kNeedReadable;
    state[kState] = bits;
    try {
      this._read(state.highWaterMark);
    } catch (err) {
      errorOrDestroy(this, err);
    }
    bits = state[kState] & kNotSync;
    state[kState] = bits;
    // A synchronous push changes how much can be returned.
    if ((bits & kReading) === 0) n = howMuchToRead(nOrig, state);
  }

  return readTail(this, state, n, nOrig, bits);
};
// (flow and resume_ inline read's fast paths when a stream's read is this)
const protoRead = Readable.prototype.read;
const protoEmit = EE.prototype.emit;

// readEmpty is read(nOrig) (NaN or 0) of a stream with nothing buffered,
// not ended, with a _read() due (constructed, not reading, destroyed or
// errored).
function readEmpty(stream, state, nOrig, bits) {
  if (nOrig !== 0) bits &= kNotEmittedReadable;
  bits |= kReadingSyncNeedReadable;
  state[kState] = bits;
  try {
    stream._read(state.highWaterMark);
  } catch (err) {
    errorOrDestroy(stream, err);
  }
  bits = state[kState] & kNotSync;
  if ((bits & kReadingEnded) === kReading && state.length === 0) {
    // Nothing pushed: the rest of read only sets needReadable.
    state[kState] = bits | kNeedReadable;
    return null;
  }
  state[kState] = bits;
  // (what howMuchToRead gave before _read: 1 for read() in object mode)
  let n = nOrig === 0 || (bits & kObjectMode) === 0 ? 0 : 1;
  // A synchronous push changes how much can be returned.
  if ((bits & kReading) === 0) n = howMuchToRead(nOrig, state);
  return readTail(stream, state, n, nOrig, bits);
}

// readTail is the end of read(): take n from the buffer, update
// needReadable, schedule 'end' when reading past EOF, emit 'data'.
function readTail(stream, state, n, nOrig, bits) {
  let ret;
  if (n > 0) ret = fromList(n, state);
  else ret = null;

  if (ret === null) {
    if (state.length <= state.highWaterMark) {
      bits |= kNeedReadable;
      state[kState] = bits;
    }
    n = 0;
  } else {
    state.length -= n;
    if ((bits & kMultiAwaitDrain) !== 0) state.awaitDrainWriters.clear();
    else state.awaitDrainWriters = null;
  }

  if (state.length === 0) {
    // Nothing buffered: ask to be told as soon as something arrives.
    if ((bits & kEnded) === 0) {
      bits |= kNeedReadable;
      state[kState] = bits;
    }
    // Reading past EOF: 'end' on the next tick.
    if (nOrig !== n && (bits & kEnded) !== 0) endReadable(stream);
  }

  if (ret !== null && (state[kState] & kErrorEmittedCloseEmitted) === 0) {
    state[kState] |= kDataEmitted;
    emit1(stream, 'data', ret);
  }

  return ret;
}

function onEofChunk(stream, state) {
  if ((state[kState] & kEnded) !== 0) return;
  // (state.decoder, on the bit: the accessor is a call)
  if ((state[kState] & kDecoder) !== 0) {
    const chunk = state[kDecoderValue].end();
    if (chunk && chunk.length) {
      if (state.buffer === kEmpty) state.buffer = [];
      state.buffer.push(chunk);
      state.length += (state[kState] & kObjectMode) !== 0 ? 1 : chunk.length;
    }
  }
  state[kState] |= kEnded;

  if ((state[kState] & kSync) !== 0) {
    // Inside a read() call: emit on the next tick (emitReadable(stream),
    // inline: state is stream's)
    state[kState] &= kNotNeedReadable;
    if ((state[kState] & kEmittedReadable) === 0) {
      state[kState] |= kEmittedReadable;
      nextTick1(emitReadable_, stream);
    }
  } else {
    // 'readable' at EOF is emitted synchronously (modules rely on it).
    state[kState] &= kNotNeedReadable;
    state[kState] |= kEmittedReadable;
    emitReadable_(stream);
  }
}

function emitReadable(stream) {
  const state = stream._readableState;
  state[kState] &= kNotNeedReadable;
  if ((state[kState] & kEmittedReadable) === 0) {
    state[kState] |= kEmittedReadable;
    nextTick1(emitReadable_, stream);
  }
}

function emitReadable_(stream) {
  const state = stream._readableState;
  if ((state[kState] & kDestroyedErrored) === 0 && (state.length || (state[kState] & kEnded) !== 0)) {
    // (emit0's call only when it has work: a listener, or a user's emit)
    const events = stream._events;
    if (events === undefined || events.readable !== undefined || stream.emit !== protoEmit) emit0(stream, 'readable');
    state[kState] &= kNotEmittedReadable;
  }

  // Another 'readable' is needed when not flowing, not ended and at or
  // below the highWaterMark.
  const bits = state[kState];
  if ((bits & kHasFlowingFlowing) !== kHasFlowingFlowing && (bits & kEnded) === 0 && state.length <= state.highWaterMark) {
    state[kState] = bits | kNeedReadable; // (!isFlowing(bits): inline)
  }
  flow(stream);
}

// maybeReadMore reads ahead (on the next tick) up to highWaterMark.
function maybeReadMore(stream, state) {
  const bits = state[kState];
  if ((bits & kReadingMoreConstructed) === kConstructed) {
    state[kState] = bits | kReadingMore;
    nextTick2(maybeReadMore_, stream, state);
  }
}

function maybeReadMore_(stream, state) {
  while ((state[kState] & kReadingEnded) === 0 &&
         (state.length < state.highWaterMark ||
          ((state[kState] & kHasFlowingFlowing) === kHasFlowingFlowing && state.length === 0))) {
    const len = state.length;
    stream.read(0);
    if (len === state.length) break; // nothing came: stop spinning
  }
  state[kState] &= kNotReadingMore;
}

Readable.prototype._read = function (n) {
  throw ERR_METHOD_NOT_IMPLEMENTED('_read()');
};

// pipe follows Node's Readable.prototype.pipe, with the same listeners
// (names, order, once wrappers) on src and dest, but fewer closures (each
// costs about a microsecond in goja): Node's cleanup() is inlined in
// onunpipe, its only caller; pause() is pipePause plus the ondrain
// registration at its two call sites; unpipe() is src.unpipe(dest) inline;
// of onend and unpipe only the one registered for 'end' is made (cleanup's
// removal of the other, never registered, does nothing in Node).
Readable.prototype.pipe = function (dest, pipeOpts) {
  const src = this;
  const state = this._readableState;

  if (state.pipes.length === 1) {
    if ((state[kState] & kMultiAwaitDrain) === 0) {
      state[kState] |= kMultiAwaitDrain;
      state.awaitDrainWriters = new Set(state.awaitDrainWriters ? [state.awaitDrainWriters] : []);
    }
  }

  if (state.pipes === kEmpty) state.pipes = [];
  state.pipes.push(dest);

  const doEnd = (!pipeOpts || pipeOpts.end !== false) &&
    dest !== process.stdout && dest !== process.stderr;

  const endFn = doEnd ? pipeOnEnd(dest) : pipeUnpipe(src, dest);
  if ((state[kState] & kEndEmitted) !== 0) nextTick0(endFn);
  else src.once('end', endFn);

  dest.on('unpipe', onunpipe);
  function onunpipe(readable, unpipeInfo) {
    if (readable === src) {
      if (unpipeInfo && unpipeInfo.hasUnpiped === false) {
        unpipeInfo.hasUnpiped = true;
        // Node's cleanup()
        dest.removeListener('close', onclose);
        dest.removeListener('finish', onfinish);
        if (ondrain) dest.removeListener('drain', ondrain);
        dest.removeListener('error', onerror);
        dest.removeListener('unpipe', onunpipe);
        src.removeListener('end', endFn);
        src.removeListener('data', ondata);

        cleanedUp = true;

        // If we were waiting on this writer's 'drain', stop waiting now, or
        // the source would never flow again.
        if (ondrain && state.awaitDrainWriters &&
            (!dest._writableState || dest._writableState.needDrain)) {
          ondrain();
        }
      }
    }
  }

  let ondrain;
  let cleanedUp = false;

  src.on('data', ondata);
  function ondata(chunk) {
    const ret = dest.write(chunk);
    if (ret === false) {
      // Node's pause()
      pipePause(src, dest, state, cleanedUp);
      if (!ondrain) {
        ondrain = pipeOnDrain(src, dest);
        dest.on('drain', ondrain);
      }
    }
  }

  // Stop piping into a destination that errors, but keep its error
  // observable (re-emit or destroy when nobody else listens).
  function onerror(er) {
    src.unpipe(dest);
    dest.removeListener('error', onerror);
    if (dest.listenerCount('error') === 0) {
      const s = dest._writableState || dest._readableState;
      if (s && !s.errorEmitted) errorOrDestroy(dest, er);
      else dest.emit('error', er);
    }
  }

  // Our error handler runs before the user's.
  prependListener(dest, 'error', onerror);

  function onclose() {
    dest.removeListener('finish', onfinish);
    src.unpipe(dest);
  }
  dest.once('close', onclose);
  function onfinish() {
    dest.removeListener('close', onclose);
    src.unpipe(dest);
  }
  dest.once('finish', onfinish);

  emit1(dest, 'pipe', src);

  if (dest.writableNeedDrain === true) {
    pipePause(src, dest, state, cleanedUp);
    if (!ondrain) {
      ondrain = pipeOnDrain(src, dest);
      dest.on('drain', ondrain);
    }
  } else if ((state[kState] & kHasFlowingFlowing) !== kHasFlowingFlowing) {
    // (!state.flowing)
    src.resume();
  }

  return dest;
};

function pipeOnEnd(dest) {
  return function onend() {
    dest.end();
  };
}

function pipeUnpipe(src, dest) {
  return function unpipe() {
    src.unpipe(dest);
  };
}

// pipePause is the first half of pipe's pause(): the user may have unpiped
// during dest.write(); only pause for a destination that is still ours.
function pipePause(src, dest, state, cleanedUp) {
  if (!cleanedUp) {
    if (state.pipes.length === 1 && state.pipes[0] === dest) {
      state.awaitDrainWriters = dest;
      state[kState] &= kNotMultiAwaitDrain;
    } else if (state.pipes.length > 1 && state.pipes.includes(dest)) {
      state.awaitDrainWriters.add(dest);
    }
    src.pause();
  }
}

function pipeOnDrain(src, dest) {
  return function pipeOnDrainFunctionResult() {
    const state = src._readableState;
    // Called directly from cleanup too, so use dest rather than this.
    if (state.awaitDrainWriters === dest) {
      state.awaitDrainWriters = null;
    } else if ((state[kState] & kMultiAwaitDrain) !== 0) {
      state.awaitDrainWriters.delete(dest);
    }
    if ((!state.awaitDrainWriters || state.awaitDrainWriters.size === 0) &&
        (state[kState] & kDataListening) !== 0) {
      src.resume();
    }
  };
}

Readable.prototype.unpipe = function (dest) {
  const state = this._readableState;
  const unpipeInfo = { hasUnpiped: false };

  if (state.pipes.length === 0) return this;

  if (!dest) {
    const dests = state.pipes;
    state.pipes = kEmpty;
    this.pause();
    for (let i = 0; i < dests.length; i++) {
      emit2(dests[i], 'unpipe', this, { hasUnpiped: false });
    }
    return this;
  }

  const index = state.pipes.indexOf(dest);
  if (index === -1) return this;

  state.pipes.splice(index, 1);
  if (state.pipes.length === 0) this.pause();

  emit2(dest, 'unpipe', this, unpipeInfo);
  return this;
};

// Adding a 'data' listener starts flowing (unless paused explicitly);
// adding 'readable' switches to paused mode and schedules a read.
const protoOn = EE.prototype.on;


Readable.prototype.on = function (ev, fn) {
  // Stream.prototype.on.call(this, ev, fn) in Node. A listener that events'
  // _addListener would only store (no 'newListener' to emit, no warning
  // due) is stored here: three calls and a Function.prototype.call less in
  // goja, per listener of every socket (an event's first listener without
  // any call).
  let res = this;
  const events = this._events;
  if (typeof fn !== 'function' || events == null || events.newListener !== undefined ||
      Stream.prototype.on !== protoOn) {
    res = Stream.prototype.on.call(this, ev, fn);
  } else if (events[ev] === undefined) {
    events[ev] = fn;
    ++this._eventsCount;
  } else if (!storeListener(this, events, ev, fn)) {
    res = Stream.prototype.on.call(this, ev, fn);
  }
  const state = this._readableState;

  if (ev === 'data') {
    state[kState] |= kDataListening;
    // Keeps resume() a no-op below when 'readable' listeners exist
    // (supports once('readable')).
    if (hasListeners(this, 'readable')) state[kState] |= kReadableListening;
    // (state.flowing !== false)
    if ((state[kState] & kHasFlowingFlowing) !== kHasFlowing) this.resume();
  } else if (ev === 'readable') {
    if ((state[kState] & kEndEmitted) === 0 && (state[kState] & kReadableListening) === 0) {
      state[kState] |= kReadableListeningNeedReadable;
      state.flowing = false;
      state[kState] &= kNotEmittedReadable;
      if (state.length) {
        emitReadable(this);
      } else if ((state[kState] & kReading) === 0) {
        nextTick1(nReadingNextTick, this);
      }
    }
  }
  return res;
};
Readable.prototype.addListener = Readable.prototype.on;

const protoRemoveListener = EE.prototype.removeListener;
const protoListenerCount = EE.prototype.listenerCount;

// hasListeners(stream, ev) is stream.listenerCount(ev) > 0; with Node's
// listenerCount in place it reads _events itself (a method call less).
function hasListeners(stream, ev) {
  if (stream.listenerCount !== protoListenerCount) return stream.listenerCount(ev) > 0;
  const events = stream._events;
  if (events === undefined) return false;
  const l = events[ev];
  return l !== undefined && (typeof l === 'function' || l.length > 0);
}

Readable.prototype.removeListener = function (ev, fn) {
  // Stream.prototype.removeListener.call(this, ev, fn) in Node; with
  // Node's removeListener in place its body is called directly (no
  // Function.prototype.call, no checkListener call).
  const remove = Stream.prototype.removeListener;
  const res = remove === protoRemoveListener ? removeListenerOf(this, ev, fn) : remove.call(this, ev, fn);
  if (ev === 'readable') {
    // Re-evaluated on the next tick so once('readable') cycles work.
    nextTick1(updateReadableListening, this);
  } else if (ev === 'data' && !hasListeners(this, 'data')) {
    this._readableState[kState] &= kNotDataListening;
  }
  return res;
};
Readable.prototype.off = Readable.prototype.removeListener;

Readable.prototype.removeAllListeners = function (ev) {
  const res = Stream.prototype.removeAllListeners.apply(this, arguments);
  if (ev === 'readable' || ev === undefined) {
    nextTick1(updateReadableListening, this);
  }
  return res;
};

function updateReadableListening(self) {
  const state = self._readableState;
  state.readableListening = self.listenerCount('readable') > 0;

  if ((state[kState] & kHasPausedPausedResumeScheduled) === kHasPausedResumeScheduled) {
    // The upcoming resume must flow.
    state.flowing = true;
  } else if ((state[kState] & kDataListening) !== 0) {
    self.resume();
  } else if ((state[kState] & kReadableListening) === 0) {
    state.flowing = null;
  }
}

function nReadingNextTick(self) {
  self.read(0);
}

Readable.prototype.resume = function () {
  const state = this._readableState;
  // (the flowing accessors, on the bits)
  if ((state[kState] & kFlowing) === 0) {
    // Flow only when nobody listens to 'readable'; resume() still runs.
    if ((state[kState] & kReadableListening) === 0) state[kState] |= kHasFlowingFlowing;
    else state[kState] = (state[kState] | kHasFlowing) & kNotFlowing;
    resume(this, state);
  }
  state[kState] = (state[kState] | kHasPaused) & kNotPaused;
  return this;
};

function resume(stream, state) {
  if ((state[kState] & kResumeScheduled) === 0) {
    state[kState] |= kResumeScheduled;
    nextTick2(resume_, stream, state);
  }
}

function resume_(stream, state) {
  if (state.length === 0 && (state[kState] & kEnded) !== 0 && stream.read === protoRead) {
    // Ended and drained (a bodiless request that the http server resumes),
    // with Readable's own read: read(0) is endReadable.
    const queued = (state[kState] & kReading) === 0;
    // endReadable(stream), inline (kEnded is set)
    if (queued && (state[kState] & kEndEmitted) === 0) nextTick2Once(endReadableNT, state, stream);
    state[kState] &= kNotResumeScheduled;
    // (emit0 returns false without running any code when there is no
    // 'resume' listener and emit is Node's: not called then)
    const events = stream._events;
    const ran = events !== undefined && events.resume === undefined && stream.emit === protoEmit ?
      false : emit0(stream, 'resume') || stream.emit !== protoEmit;
    const bits = state[kState];
    if (state.length === 0 && (bits & kEnded) !== 0 && (bits & kHasFlowingFlowing) === kHasFlowingFlowing &&
        stream.read === protoRead) {
      // Still so after 'resume': flow's one read() (clears emittedReadable,
      // endReadable) and the read(0) after it (endReadable again, whose
      // tick nextTick2Once drops as the same as the one just queued).
      if ((bits & kEmittedReadable) !== 0) state[kState] = bits & kNotEmittedReadable;
      // When read(0) above called endReadable and nothing ran since, this
      // one would find its tick last in the queue and add nothing.
      if (!queued || ran) endReadable(stream);
      return;
    }
    flow(stream);
    if ((state[kState] & kFlowingReading) === kFlowing) stream.read(0);
    return;
  }
  if ((state[kState] & kReading) === 0) stream.read(0);
  state[kState] &= kNotResumeScheduled;
  emit0(stream, 'resume');
  flow(stream);
  if ((state[kState] & kFlowingReading) === kFlowing) stream.read(0);
}

Readable.prototype.pause = function () {
  const state = this._readableState;
  // (state.flowing !== false, then state.flowing = false, on the bits)
  if ((state[kState] & kHasFlowingFlowing) !== kHasFlowing) {
    state[kState] = (state[kState] | kHasFlowing) & kNotFlowing;
    emit0(this, 'pause');
  }
  state[kState] |= kHasPausedPaused;
  return this;
};

function flow(stream) {
  const state = stream._readableState;
  // (isFlowing inlined: one call less per chunk)
  while ((state[kState] & kHasFlowingFlowing) === kHasFlowingFlowing) {
    if (state.length === 0 && (state[kState] & kEnded) !== 0 && stream.read === protoRead) {
      // read()'s first fast path inline (ended and drained: clear
      // emittedReadable, schedule 'end', null), without the call.
      const bits = state[kState];
      if ((bits & kEmittedReadable) !== 0) state[kState] = bits & kNotEmittedReadable;
      // endReadable(stream), inline (kEnded is set)
      if ((bits & kEndEmitted) === 0) nextTick2Once(endReadableNT, state, stream);
      return;
    }
    if (stream.read() === null) return;
  }
}

// wrap adapts an old-style stream (data/end events, pause/resume).
Readable.prototype.wrap = function (stream) {
  let paused = false;

  stream.on('data', (chunk) => {
    if (!this.push(chunk) && stream.pause) {
      paused = true;
      stream.pause();
    }
  });
  stream.on('end', () => {
    this.push(null);
  });
  stream.on('error', (err) => {
    errorOrDestroy(this, err);
  });
  stream.on('close', () => {
    this.destroy();
  });
  stream.on('destroy', () => {
    this.destroy();
  });

  this._read = () => {
    if (paused && stream.resume) {
      paused = false;
      stream.resume();
    }
  };

  // Proxy the other methods (matters for wrapped duplexes).
  const keys = Object.keys(stream);
  for (let j = 1; j < keys.length; j++) {
    const i = keys[j];
    if (this[i] === undefined && typeof stream[i] === 'function') {
      this[i] = stream[i].bind(stream);
    }
  }
  return this;
};

Readable.prototype[Symbol.asyncIterator] = function () {
  return streamToAsyncIterator(this);
};

Readable.prototype.iterator = function (options) {
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  return streamToAsyncIterator(this, options);
};

function streamToAsyncIterator(stream, options) {
  if (typeof stream.read !== 'function') {
    stream = Readable.wrap(stream, { objectMode: true });
  }
  const iter = createAsyncIterator(stream, options);
  iter.stream = stream;
  return iter;
}

// createAsyncIterator is Node's async generator over read()/'readable',
// written as an explicit iterator object (goja has no async generators).
// Calls are queued: each next()/return()/throw() starts when the previous
// one has settled, as a generator's would.
function createAsyncIterator(stream, options) {
  let callback = nop;
  let error; // undefined: running; null: ended cleanly; else the error
  let finished = false;

  function next(resolve) {
    if (this === stream) {
      callback();
      callback = nop;
    } else {
      callback = resolve;
    }
  }

  stream.on('readable', next);

  const cleanup = eos(stream, { writable: false }, (err) => {
    error = err ? aggregateTwoErrors(error, err) : null;
    callback();
    callback = nop;
  });

  function finalize() {
    if (finished) return;
    finished = true;
    if ((error || (options && options.destroyOnReturn) !== false) &&
        (error === undefined || stream._readableState.autoDestroy)) {
      destroyImpl.destroyer(stream, null);
    } else {
      stream.off('readable', next);
      cleanup();
    }
  }

  async function step() {
    if (finished) return { value: undefined, done: true };
    try {
      for (;;) {
        const chunk = stream.destroyed ? null : stream.read();
        if (chunk !== null) {
          // A generator's `yield` awaits its value first: one tick.
          return { value: await chunk, done: false };
        } else if (error) {
          throw error;
        } else if (error === null) {
          finalize();
          return { value: undefined, done: true };
        } else {
          await new Promise(next);
        }
      }
    } catch (err) {
      error = aggregateTwoErrors(error, err);
      finalize();
      throw error;
    }
  }

  // enqueue runs fn at once when nothing is in flight (keeping the tick
  // count of a native async generator), otherwise after what is.
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

  const iter = {};
  iter.next = function () { return enqueue(step); };
  iter.return = function (value) {
    return enqueue(async () => {
      finalize();
      return { value: await value, done: true };
    });
  };
  iter.throw = function (err) {
    return enqueue(async () => {
      if (!finished) {
        error = aggregateTwoErrors(error, err);
        finalize();
      }
      throw err;
    });
  };
  iter[Symbol.asyncIterator] = function () { return this; };
  return iter;
}

Object.defineProperties(Readable.prototype, {
  readable: {
    get() {
      const r = this._readableState;
      // r.readable === false: the readable side of a Duplex was disabled.
      // (!r.destroyed && !r.errorEmitted && !r.endEmitted as one bit test)
      return !!r && r.readable !== false && (r[kState] & kDestroyedErrorEmittedEndEmitted) === 0;
    },
    set(val) {
      if (this._readableState) this._readableState.readable = !!val;
    },
  },
  readableDidRead: {
    enumerable: false,
    get() { return this._readableState.dataEmitted; },
  },
  readableAborted: {
    enumerable: false,
    get() {
      const r = this._readableState;
      return !!(r.readable !== false && (r.destroyed || r.errored) && !r.endEmitted);
    },
  },
  readableHighWaterMark: {
    enumerable: false,
    get() { return this._readableState.highWaterMark; },
  },
  readableBuffer: {
    enumerable: false,
    get() { return this._readableState && this._readableState.buffer; },
  },
  readableFlowing: {
    enumerable: false,
    get() { return this._readableState.flowing; },
    set(state) {
      if (this._readableState) this._readableState.flowing = state;
    },
  },
  readableLength: {
    enumerable: false,
    get() { return this._readableState.length; },
  },
  readableObjectMode: {
    enumerable: false,
    get() { return this._readableState ? this._readableState.objectMode : false; },
  },
  readableEncoding: {
    enumerable: false,
    get() { return this._readableState ? this._readableState.encoding : null; },
  },
  errored: {
    enumerable: false,
    get() { return this._readableState ? this._readableState.errored : null; },
  },
  closed: {
    get() { return this._readableState ? this._readableState.closed : false; },
  },
  destroyed: {
    enumerable: false,
    get() {
      const r = this._readableState;
      return r ? (r[kState] & kDestroyed) !== 0 : false;
    },
    set(value) {
      if (!this._readableState) return;
      this._readableState.destroyed = value;
    },
  },
  readableEnded: {
    enumerable: false,
    get() {
      const r = this._readableState;
      return r ? (r[kState] & kEndEmitted) !== 0 : false;
    },
  },
});

// fromList takes n bytes (or one object) out of the buffer.
function fromList(n, state) {
  if (state.length === 0) return null;

  let idx = state.bufferIndex;
  let ret;
  const list = state.buffer;
  const len = list.length;

  if ((state[kState] & kObjectMode) !== 0) {
    ret = list[idx];
    list[idx++] = null;
  } else if (!n || n >= state.length) {
    // Everything.
    if (state.decoder) {
      ret = '';
      while (idx < len) {
        ret += list[idx];
        list[idx++] = null;
      }
    } else if (len - idx === 0) {
      ret = buf.empty();
    } else if (len - idx === 1) {
      ret = list[idx];
      list[idx++] = null;
    } else {
      ret = buf.alloc(state.length);
      let i = 0;
      while (idx < len) {
        ret.set(list[idx], i);
        i += list[idx].length;
        list[idx++] = null;
      }
    }
  } else if (n < list[idx].length) {
    // Part of the first chunk (strings and buffers both slice).
    ret = list[idx].slice(0, n);
    list[idx] = list[idx].slice(n);
  } else if (n === list[idx].length) {
    ret = list[idx];
    list[idx++] = null;
  } else if (state.decoder) {
    ret = '';
    while (idx < len) {
      const str = list[idx];
      if (n > str.length) {
        ret += str;
        n -= str.length;
        list[idx++] = null;
      } else {
        if (n === str.length) {
          ret += str;
          list[idx++] = null;
        } else {
          ret += str.slice(0, n);
          list[idx] = str.slice(n);
        }
        break;
      }
    }
  } else {
    ret = buf.alloc(n);
    const retLen = n;
    while (idx < len) {
      const data = list[idx];
      if (n > data.length) {
        ret.set(data, retLen - n);
        n -= data.length;
        list[idx++] = null;
      } else {
        if (n === data.length) {
          ret.set(data, retLen - n);
          list[idx++] = null;
        } else {
          ret.set(buf.slice(data, 0, n), retLen - n);
          list[idx] = buf.slice(data, n, data.length);
        }
        break;
      }
    }
  }

  if (idx === len) {
    if (len !== 0) list.length = 0;
    state.bufferIndex = 0;
  } else if (idx > 1024) {
    state.buffer.splice(0, idx);
    state.bufferIndex = 0;
  } else {
    state.bufferIndex = idx;
  }
  return ret;
}

Readable._fromList = fromList;

function endReadable(stream) {
  const state = stream._readableState;
  if ((state[kState] & kEndEmitted) === 0) {
    state[kState] |= kEnded;
    // Node queues a tick per call; a tick queued right after an identical
    // one would find 'end' emitted (or, if not, the same state) and do
    // nothing, so it is not queued (see nextTick2Once).
    nextTick2Once(endReadableNT, state, stream);
  }
}

// WritableState's bits that endReadableNT tests (writable.js's kFinished,
// kHasWritable and kWritable).
const kWritableFinished = 1 << 13;
const kWritableHasWritable = 1 << 21;
const kWritableWritable = 1 << 22;
const kWritableHasWritableWritable = kWritableHasWritable | kWritableWritable;

function endReadableNT(state, stream) {
  // A last unshift() may have put data back. (kErrored is set exactly
  // when errored holds an error.)
  if ((state[kState] & kErroredCloseEmittedEndEmitted) === 0 && state.length === 0) {
    state[kState] |= kEndEmitted;
    const events = stream._events; // (emit0's call only when it has work)
    if (events === undefined || events.end !== undefined || stream.emit !== protoEmit) emit0(stream, 'end');

    if (stream.writable && stream.allowHalfOpen === false) {
      nextTick1(endWritableNT, stream);
    } else if ((state[kState] & kAutoDestroy) !== 0) {
      // A duplex is destroyed once its writable side is done too.
      const wState = stream._writableState;
      let autoDestroy = !wState;
      if (wState) {
        const wBits = wState[kState];
        autoDestroy = (wBits & kAutoDestroy) !== 0 &&
          // The writable side will never 'finish' when disabled
          // (writable === false).
          ((wBits & kWritableFinished) !== 0 ||
           (wBits & kWritableHasWritableWritable) === kWritableHasWritable);
      }
      if (autoDestroy) stream.destroy();
    }
  }
}

function endWritableNT(stream) {
  const writable = stream.writable && !stream.writableEnded && !stream.destroyed;
  if (writable) stream.end();
}

Readable.from = function (iterable, opts) {
  if (!from) from = require('internal/streams/from');
  return from(Readable, iterable, opts);
};

Readable.wrap = function (src, options) {
  let objectMode = src.readableObjectMode;
  if (objectMode == null) objectMode = src.objectMode;
  if (objectMode == null) objectMode = true;
  return new Readable({
    objectMode,
    ...options,
    destroy(err, callback) {
      destroyImpl.destroyer(src, err);
      callback(err);
    },
  }).wrap(src);
};
