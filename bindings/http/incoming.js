// _http_incoming, after Node's lib/_http_incoming.js: IncomingMessage, the
// Readable that is a server's request and a client's response, with Node's
// rules for combining repeated header lines.
'use strict';

const { Readable, finished, getDefaultHighWaterMark } = require('stream');
const { nextTick2 } = internalBinding('internal/task_queues');
const { destroyTail } = require('internal/streams/destroy');
// ReadableState's bits, tested and set directly where the state's accessor
// would be a call
const { kState, readableBits: { kReadingMore } } = require('internal/streams/utils');

const kHeaders = Symbol('kHeaders');
const kHeadersDistinct = Symbol('kHeadersDistinct');
const kHeadersCount = Symbol('kHeadersCount');
const kTrailers = Symbol('kTrailers');
const kTrailersDistinct = Symbol('kTrailersDistinct');
const kTrailersCount = Symbol('kTrailersCount');

function readStart(socket) {
  if (socket && !socket._paused && socket.readable) socket.resume();
}

function readStop(socket) {
  if (socket) socket.pause();
}

// IncomingMessage's fields: Node makes them all own properties; here the
// defaults live on the prototype (a message owns what the parser sets),
// which saves a store and a map entry per field per request in goja.
function IncomingMessage(socket) {
  let streamOptions;
  if (socket) {
    // Node passes { highWaterMark: socket.readableHighWaterMark }; with the
    // default mark, no options builds the same state with less work (the
    // mark read from the socket's state: the getter is a call in goja)
    const rs = socket._readableState;
    const highWaterMark = rs !== undefined ? rs.highWaterMark : socket.readableHighWaterMark;
    if (highWaterMark !== getDefaultHighWaterMark(false)) streamOptions = { highWaterMark };
  }
  Readable.call(this, streamOptions);
  this._readableState[kState] |= kReadingMore; // (readingMore = true)
  this.socket = socket;
  // (Node makes two empty arrays; the parser's own rawHeaders replace the
  // first, and most messages have no trailers: one frozen empty array)
  this.rawHeaders = kNoLines;
  this.rawTrailers = kNoLines;
  this.client = socket;
}
const kNoLines = Object.freeze([]);
Object.assign(IncomingMessage.prototype, {
  httpVersionMajor: null,
  httpVersionMinor: null,
  httpVersion: null,
  complete: false,
  [kHeaders]: null,
  [kHeadersDistinct]: null,
  [kHeadersCount]: 0,
  [kTrailers]: null,
  [kTrailersDistinct]: null,
  [kTrailersCount]: 0,
  joinDuplicateHeaders: false,
  aborted: false,
  upgrade: null,
  url: '',
  method: null,
  statusCode: null,
  statusMessage: null,
  _consuming: false,
  _dumped: false,
});
Object.setPrototypeOf(IncomingMessage.prototype, Readable.prototype);
Object.setPrototypeOf(IncomingMessage, Readable);

Object.defineProperty(IncomingMessage.prototype, 'connection', {
  get() { return this.socket; },
  set(val) { this.socket = val; },
});

Object.defineProperty(IncomingMessage.prototype, 'headers', {
  get() {
    if (!this[kHeaders]) {
      this[kHeaders] = {};
      const src = this.rawHeaders;
      const dst = this[kHeaders];
      for (let n = 0; n < this[kHeadersCount]; n += 2) this._addHeaderLine(src[n], src[n + 1], dst);
    }
    return this[kHeaders];
  },
  set(val) { this[kHeaders] = val; },
});

Object.defineProperty(IncomingMessage.prototype, 'headersDistinct', {
  get() {
    if (!this[kHeadersDistinct]) {
      this[kHeadersDistinct] = {};
      const src = this.rawHeaders;
      const dst = this[kHeadersDistinct];
      for (let n = 0; n < this[kHeadersCount]; n += 2) this._addHeaderLineDistinct(src[n], src[n + 1], dst);
    }
    return this[kHeadersDistinct];
  },
  set(val) { this[kHeadersDistinct] = val; },
});

Object.defineProperty(IncomingMessage.prototype, 'trailers', {
  get() {
    if (!this[kTrailers]) {
      this[kTrailers] = {};
      const src = this.rawTrailers;
      const dst = this[kTrailers];
      for (let n = 0; n < this[kTrailersCount]; n += 2) this._addHeaderLine(src[n], src[n + 1], dst);
    }
    return this[kTrailers];
  },
  set(val) { this[kTrailers] = val; },
});

Object.defineProperty(IncomingMessage.prototype, 'trailersDistinct', {
  get() {
    if (!this[kTrailersDistinct]) {
      this[kTrailersDistinct] = {};
      const src = this.rawTrailers;
      const dst = this[kTrailersDistinct];
      for (let n = 0; n < this[kTrailersCount]; n += 2) this._addHeaderLineDistinct(src[n], src[n + 1], dst);
    }
    return this[kTrailersDistinct];
  },
  set(val) { this[kTrailersDistinct] = val; },
});

IncomingMessage.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (callback) this.on('timeout', callback);
  this.socket.setTimeout(msecs);
  return this;
};

IncomingMessage.prototype._read = function _read(n) {
  if (!this._consuming) {
    this._readableState.readingMore = false;
    this._consuming = true;
  }
  if (this.socket && this.socket.readable) readStart(this.socket);
};

IncomingMessage.prototype._destroy = function _destroy(err, cb) {
  // (Node tests readableEnded first; both are pure, and an incomplete
  // message then skips the getter call)
  if (!this.complete || !this.readableEnded) {
    this.aborted = true;
    this.emit('aborted');
  }
  if (this.aborted && this.socket && !this.socket.destroyed) { // (aborted first: skips the destroyed getter)
    this.socket.destroy(err);
    const cleanup = finished(this.socket, (e) => {
      if (e && e.code === 'ERR_STREAM_PREMATURE_CLOSE') e = null;
      cleanup();
      process.nextTick(onError, this, e || err, cb);
    });
  } else if (err === null) {
    nextTick2(onErrorNull, this, cb); // (no arguments array: the common case)
  } else {
    process.nextTick(onError, this, err, cb);
  }
};

function onError(self, error, cb) {
  if (self.listenerCount('error') === 0) cb();
  else cb(error);
}

// onErrorNull is onError(self, null, cb); a Readable's _events has an
// 'error' slot, so no listeners is a read. Its call of cb is the tick's
// last act: so is the 'close' tick cb's onDestroyed queues (destroyTail),
// which then runs at once when nothing else is queued.
function onErrorNull(self, cb) {
  const events = self._events;
  destroyTail.stream = self;
  if (events !== undefined && events !== null && events.error === undefined) cb();
  else if (self.listenerCount('error') === 0) cb();
  else cb(null);
  if (destroyTail.stream !== null) destroyTail.stream = null; // (cb was not runDestroy's)
}

// (the caches are reset only when set: on a new message they are the
// prototype's nulls, and a store would add two properties per message)
function _addHeaderLines(headers, n, trailers) {
  if (headers && headers.length) {
    if (trailers) {
      this.rawTrailers = headers;
      this[kTrailersCount] = n;
      if (this[kTrailers] !== null) this[kTrailers] = null;
      if (this[kTrailersDistinct] !== null) this[kTrailersDistinct] = null;
    } else {
      this.rawHeaders = headers;
      this[kHeadersCount] = n;
      if (this[kHeaders] !== null) this[kHeaders] = null;
      if (this[kHeadersDistinct] !== null) this[kHeadersDistinct] = null;
    }
  }
}
IncomingMessage.prototype._addHeaderLines = _addHeaderLines;

// matchKnownFields maps a header name to its lower-case key and how
// repeats combine: '\u0000' drop repeats, '\u0001' array (set-cookie),
// '\u0002' join with '; ' (cookie), else join with ', '.
function matchKnownFields(field, lowercased) {
  const lower = lowercased ? field : field.toLowerCase();
  switch (lower) {
    case 'content-type': case 'content-length': case 'user-agent': case 'referer': case 'host':
    case 'authorization': case 'proxy-authorization': case 'if-modified-since':
    case 'if-unmodified-since': case 'from': case 'location': case 'max-forwards':
    case 'retry-after': case 'etag': case 'last-modified': case 'server': case 'age': case 'expires':
      return '\u0000' + lower;
    case 'set-cookie':
      return '\u0001';
    case 'cookie':
      return '\u0002' + lower;
  }
  return lower;
}

IncomingMessage.prototype._addHeaderLine = function _addHeaderLine(field, value, dest) {
  field = matchKnownFields(field);
  const flag = field.charCodeAt(0);
  if (flag === 0 || flag === 2) {
    field = field.slice(1);
    if (typeof dest[field] === 'string') {
      if (flag === 2) dest[field] += '; ' + value;
      else if (this.joinDuplicateHeaders) dest[field] += ', ' + value;
    } else {
      dest[field] = value;
    }
  } else if (flag === 1) {
    if (dest['set-cookie'] !== undefined) dest['set-cookie'].push(value);
    else dest['set-cookie'] = [value];
  } else if (this.joinDuplicateHeaders) {
    if (dest[field] === undefined) dest[field] = value;
    else dest[field] += ', ' + value;
  } else if (dest[field] === undefined) {
    dest[field] = value;
  } else {
    dest[field] += ', ' + value;
  }
};

IncomingMessage.prototype._addHeaderLineDistinct = function _addHeaderLineDistinct(field, value, dest) {
  field = field.toLowerCase();
  if (!dest[field]) dest[field] = [value];
  else dest[field].push(value);
};

IncomingMessage.prototype._dump = function _dump() {
  if (!this._dumped) {
    this._dumped = true;
    // removing no listeners is not observable; skip the call when none
    // (Readable's _events has a 'data' slot)
    const events = this._events;
    if (events === undefined || events === null || events.data !== undefined) this.removeAllListeners('data');
    this.resume();
  }
};

// hasHeader reports whether msg.headers[name] (name in lower case) is
// defined, without building msg.headers when it has not been built: the
// server asks for Host and Expect on every request, and Node's header
// object costs little in V8 but a dozen calls per header line in goja.
function hasHeader(msg, name) {
  if (Object.getPrototypeOf(msg) !== IncomingMessage.prototype || msg[kHeaders] !== null) {
    return msg.headers[name] !== undefined;
  }
  const raw = msg.rawHeaders;
  const n = msg[kHeadersCount];
  const len = name.length;
  for (let i = 0; i < n; i += 2) {
    const field = raw[i];
    if (field.length === len && field.toLowerCase() === name) return true;
  }
  return false;
}

module.exports = {
  IncomingMessage,
  // (for common.js's parserOnHeadersComplete)
  kHeadersCount,
  addHeaderLines: _addHeaderLines,
  hasHeader,
  readStart,
  readStop,
};
