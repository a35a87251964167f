// A WHATWG ReadableStream, after Node's lib/internal/webstreams/readablestream.js,
// trimmed to what fetch bodies and their users need: a default reader
// (read/releaseLock/cancel/closed), async iteration, locked, cancel, tee,
// ReadableStream.from, and Node's util.inspect form. No byte readers.
'use strict';

const kState = Symbol('kState');
const kInspect = Symbol.for('nodejs.util.inspect.custom');

function typeError(code, message) {
  const err = new TypeError(message);
  err.code = code;
  return err;
}

class ReadableStream {
  constructor(source = {}, strategy = {}) {
    const highWaterMark = strategy.highWaterMark === undefined ? 1 : strategy.highWaterMark;
    this[kState] = {
      state: 'readable',
      queue: [],
      reader: undefined,
      storedError: undefined,
      pulling: false,
      pullAgain: false,
      started: false,
      closeRequested: false,
      source,
      highWaterMark,
    };
    const controller = new ReadableStreamDefaultController(this);
    this[kState].controller = controller;
    const start = source.start ? source.start(controller) : undefined;
    Promise.resolve(start).then(() => {
      this[kState].started = true;
      pullIfNeeded(this);
    }, (err) => controller.error(err));
  }

  get locked() {
    return this[kState].reader !== undefined;
  }

  getReader(options = {}) {
    if (options && options.mode === 'byob') {
      throw typeError('ERR_INVALID_ARG_VALUE', "The argument 'options.mode' is invalid. Received 'byob'");
    }
    return new ReadableStreamDefaultReader(this);
  }

  cancel(reason) {
    if (this.locked) return Promise.reject(typeError('ERR_INVALID_STATE', 'Invalid state: ReadableStream is locked'));
    return cancelStream(this, reason);
  }

  tee() {
    const reader = this.getReader();
    let c1;
    let c2;
    const pull = () => reader.read().then(({ value, done }) => {
      if (done) {
        c1.close();
        c2.close();
        return;
      }
      c1.enqueue(value);
      c2.enqueue(value);
    });
    const a = new ReadableStream({ start(c) { c1 = c; }, pull });
    const b = new ReadableStream({ start(c) { c2 = c; }, pull });
    return [a, b];
  }

  values(options = {}) {
    const reader = this.getReader();
    const preventCancel = !!options.preventCancel;
    return {
      next() {
        return reader.read().then((r) => {
          if (r.done) reader.releaseLock();
          return r;
        });
      },
      return(value) {
        if (!preventCancel) {
          const p = reader.cancel(value);
          reader.releaseLock();
          return p.then(() => ({ value, done: true }));
        }
        reader.releaseLock();
        return Promise.resolve({ value, done: true });
      },
      [Symbol.asyncIterator]() { return this; },
    };
  }

  [Symbol.asyncIterator](options) {
    return this.values(options);
  }

  static from(iterable) {
    const it = iterable[Symbol.asyncIterator] ? iterable[Symbol.asyncIterator]() : iterable[Symbol.iterator]();
    return new ReadableStream({
      pull(c) {
        return Promise.resolve(it.next()).then(({ value, done }) => {
          if (done) c.close();
          else c.enqueue(value);
        });
      },
      cancel(reason) {
        if (typeof it.return === 'function') return it.return(reason);
      },
    }, { highWaterMark: 0 });
  }

  [kInspect](depth, options, inspect) {
    const s = this[kState];
    return `ReadableStream ${inspect({ locked: this.locked, state: s.state, supportsBYOB: true }, options)}`;
  }
}

class ReadableStreamDefaultController {
  constructor(stream) {
    this._stream = stream;
  }

  get desiredSize() {
    const s = this._stream[kState];
    if (s.state === 'errored') return null;
    if (s.state === 'closed') return 0;
    return s.highWaterMark - s.queue.length;
  }

  enqueue(chunk) {
    const stream = this._stream;
    const s = stream[kState];
    if (s.closeRequested || s.state !== 'readable') {
      throw typeError('ERR_INVALID_STATE', 'Invalid state: Controller is already closed');
    }
    const reader = s.reader;
    if (reader && reader._requests.length > 0) {
      reader._requests.shift().resolve({ value: chunk, done: false });
    } else {
      s.queue.push(chunk);
    }
    pullIfNeeded(stream);
  }

  close() {
    const stream = this._stream;
    const s = stream[kState];
    if (s.closeRequested || s.state !== 'readable') {
      throw typeError('ERR_INVALID_STATE', 'Invalid state: Controller is already closed');
    }
    s.closeRequested = true;
    if (s.queue.length === 0) closeStream(stream);
  }

  error(err) {
    errorStream(this._stream, err);
  }
}

function pullIfNeeded(stream) {
  const s = stream[kState];
  if (!s.started || s.state !== 'readable' || s.closeRequested) return;
  const wanted = (s.reader && s.reader._requests.length > 0) || s.queue.length < s.highWaterMark;
  if (!wanted || !s.source.pull) return;
  if (s.pulling) {
    s.pullAgain = true;
    return;
  }
  s.pulling = true;
  Promise.resolve().then(() => s.source.pull(s.controller)).then(() => {
    s.pulling = false;
    if (s.pullAgain) {
      s.pullAgain = false;
      pullIfNeeded(stream);
    }
  }, (err) => errorStream(stream, err));
}

function closeStream(stream) {
  const s = stream[kState];
  s.state = 'closed';
  const reader = s.reader;
  if (reader) {
    for (const r of reader._requests.splice(0)) r.resolve({ value: undefined, done: true });
    reader._resolveClosed();
  }
}

function errorStream(stream, err) {
  const s = stream[kState];
  if (s.state !== 'readable') return;
  s.state = 'errored';
  s.storedError = err;
  s.queue = [];
  const reader = s.reader;
  if (reader) {
    for (const r of reader._requests.splice(0)) r.reject(err);
    reader._rejectClosed(err);
  }
}

function cancelStream(stream, reason) {
  const s = stream[kState];
  if (s.state === 'closed') return Promise.resolve();
  if (s.state === 'errored') return Promise.reject(s.storedError);
  s.queue = [];
  closeStream(stream);
  return Promise.resolve(s.source.cancel ? s.source.cancel(reason) : undefined).then(() => undefined);
}

class ReadableStreamDefaultReader {
  constructor(stream) {
    if (!(stream instanceof ReadableStream)) {
      throw typeError('ERR_INVALID_ARG_TYPE', 'The "stream" argument must be an instance of ReadableStream.');
    }
    if (stream.locked) throw typeError('ERR_INVALID_STATE', 'Invalid state: ReadableStream is locked');
    this._stream = stream;
    this._requests = [];
    stream[kState].reader = this;
    this._closed = new Promise((resolve, reject) => {
      this._resolveClosed = resolve;
      this._rejectClosed = reject;
    });
    this._closed.catch(() => {});
    const s = stream[kState];
    if (s.state === 'closed') this._resolveClosed();
    if (s.state === 'errored') this._rejectClosed(s.storedError);
  }

  get closed() {
    return this._closed;
  }

  read() {
    const stream = this._stream;
    if (!stream) return Promise.reject(typeError('ERR_INVALID_STATE', 'Invalid state: The reader is not attached to a stream'));
    const s = stream[kState];
    if (s.queue.length > 0) {
      const value = s.queue.shift();
      if (s.closeRequested && s.queue.length === 0) closeStream(stream);
      else pullIfNeeded(stream);
      return Promise.resolve({ value, done: false });
    }
    if (s.state === 'closed') return Promise.resolve({ value: undefined, done: true });
    if (s.state === 'errored') return Promise.reject(s.storedError);
    const p = new Promise((resolve, reject) => this._requests.push({ resolve, reject }));
    pullIfNeeded(stream);
    return p;
  }

  releaseLock() {
    if (!this._stream) return;
    const err = typeError('ERR_INVALID_STATE', 'Invalid state: Releasing reader');
    for (const r of this._requests.splice(0)) r.reject(err);
    this._stream[kState].reader = undefined;
    this._stream = undefined;
  }

  cancel(reason) {
    if (!this._stream) return Promise.reject(typeError('ERR_INVALID_STATE', 'Invalid state: The reader is not attached to a stream'));
    return cancelStream(this._stream, reason);
  }
}

module.exports = { ReadableStream, ReadableStreamDefaultReader, ReadableStreamDefaultController };
