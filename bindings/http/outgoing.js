// _http_outgoing, after Node's lib/_http_outgoing.js: OutgoingMessage, the
// base of ServerResponse and ClientRequest. It keeps the headers the user
// sets (in order, with their casing), renders the head as Node does
// (Date, Connection, Keep-Alive, Transfer-Encoding/Content-Length) and
// frames the body (chunks framed by Go's httputil chunked writer).
'use strict';

const Stream = require('stream');
const EE = require('events');
const { Buffer } = require('buffer');
const common = require('_http_common');
const binding = internalBinding('http');
const { nextTick1 } = internalBinding('internal/task_queues');
// events' emit0/emit1: emit(type) and emit(type, a) without the rest
// array when Node's emit is in place (see events.js)
const { emit0 } = internalBinding('internal/events/fast');
const { codes, hideStackFrames } = require('internal/errors');
const {
  ERR_HTTP_CONTENT_LENGTH_MISMATCH, ERR_HTTP_HEADERS_SENT, ERR_HTTP_INVALID_HEADER_VALUE,
  ERR_HTTP_TRAILER_INVALID, ERR_HTTP_BODY_NOT_ALLOWED, ERR_INVALID_HTTP_TOKEN, ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE, ERR_INVALID_CHAR, ERR_METHOD_NOT_IMPLEMENTED, ERR_STREAM_CANNOT_PIPE,
  ERR_STREAM_ALREADY_FINISHED, ERR_STREAM_WRITE_AFTER_END, ERR_STREAM_NULL_VALUES, ERR_STREAM_DESTROYED,
} = codes;
const { checkIsHttpToken, checkInvalidHeaderChar } = {
  checkIsHttpToken: common._checkIsHttpToken,
  checkInvalidHeaderChar: common._checkInvalidHeaderChar,
};

const kCorked = Symbol('corked');
const kOutHeaders = Symbol('kOutHeaders');
const kNeedDrain = Symbol('kNeedDrain');
const kHighWaterMark = Symbol('kHighWaterMark');
const kRejectNonStandardBodyWrites = Symbol('kRejectNonStandardBodyWrites');
const kErrored = Symbol('errored');
const kUniqueHeaders = Symbol('kUniqueHeaders');
const kBytesWritten = Symbol('kBytesWritten');
const kFinishEmitted = Symbol('kFinishEmitted');

const nop = () => {};
const RE_CONN_CLOSE = /(?:^|\W)close(?:$|\W)/i;
const RE_TE_CHUNKED = common.chunkExpression;

// utcDate is the Date header's value, cached for a second as Node does;
// utcLine is its whole line, cached with it.
let utcCache;
let utcLine;
function utcDate() {
  if (!utcCache) {
    utcCache = new Date().toUTCString();
    utcLine = 'Date: ' + utcCache + '\r\n';
    setTimeout(() => { utcCache = undefined; }, 1000 - new Date().getMilliseconds()).unref();
  }
  return utcCache;
}

function isCookieField(s) {
  return s.length === 6 && s.toLowerCase() === 'cookie';
}

// OutgoingMessage's per-message state: Node makes all of it own properties;
// here the defaults live on the prototype and a message only owns what
// changes (each own property is a map entry and a store in goja, and most
// of these keep their default for the message's life).
//
// Stream.call(this) in Node: legacy Stream's and EventEmitter's bodies are
// EventEmitter.init's call, made directly (two calls less in goja).
function OutgoingMessage(options) {
  EE.init.call(this);
  this.outputData = kNoOutput;
  if (options) {
    const hwm = options.highWaterMark;
    if (hwm !== undefined && hwm !== null && hwm !== kDefaultHighWaterMark) this[kHighWaterMark] = hwm;
    if (options.rejectNonStandardBodyWrites) this[kRejectNonStandardBodyWrites] = true;
  }
}
const kDefaultHighWaterMark = 16 * 1024;

// A message's outputData starts as this frozen empty array (Node makes an
// array per message, and most responses never queue a write): the first
// write that must queue gives the message its own (ownOutput).
const kNoOutput = Object.freeze([]);
function ownOutput(msg) {
  let out = msg.outputData;
  if (out === kNoOutput) msg.outputData = out = [];
  return out;
}

Object.assign(OutgoingMessage.prototype, {
  outputSize: 0,
  writable: true,
  destroyed: false,
  _last: false,
  chunkedEncoding: false,
  shouldKeepAlive: true,
  maxRequestsOnConnectionReached: false,
  _defaultKeepAlive: true,
  useChunkedEncodingByDefault: true,
  sendDate: false,
  _removedConnection: false,
  _removedContLen: false,
  _removedTE: false,
  strictContentLength: false,
  [kBytesWritten]: 0,
  _contentLength: null,
  _hasBody: true,
  _trailer: '',
  [kNeedDrain]: false,
  finished: false,
  _headerSent: false,
  [kCorked]: 0,
  _closed: false,
  socket: null,
  _header: null,
  [kOutHeaders]: null,
  [kUniqueHeaders]: null,
  _keepAliveTimeout: 0,
  [kErrored]: null,
  [kHighWaterMark]: kDefaultHighWaterMark,
  [kRejectNonStandardBodyWrites]: false,
});
Object.setPrototypeOf(OutgoingMessage.prototype, Stream.prototype);
Object.setPrototypeOf(OutgoingMessage, Stream);

OutgoingMessage.prototype._onPendingData = nop;

Object.defineProperty(OutgoingMessage.prototype, 'errored', {
  get() { return this[kErrored]; },
});
Object.defineProperty(OutgoingMessage.prototype, 'closed', {
  get() { return this._closed; },
});
Object.defineProperty(OutgoingMessage.prototype, 'writableFinished', {
  get() {
    // once 'finish' was emitted early (see finishesLikeSyncWrite) the bytes
    // count as written, as they would be in Node
    return this[kFinishEmitted] === true ||
      (this.finished && this.outputSize === 0 && (!this.socket || this.socket.writableLength === 0));
  },
});
Object.defineProperty(OutgoingMessage.prototype, 'writableObjectMode', { get() { return false; } });
Object.defineProperty(OutgoingMessage.prototype, 'writableLength', {
  get() { return this.outputSize + this[kCorked] + (this.socket ? this.socket.writableLength : 0); },
});
Object.defineProperty(OutgoingMessage.prototype, 'writableHighWaterMark', {
  get() { return this.socket ? this.socket.writableHighWaterMark : this[kHighWaterMark]; },
});
Object.defineProperty(OutgoingMessage.prototype, 'writableCorked', {
  get() { return this.socket ? this.socket.writableCorked : this[kCorked]; },
});
Object.defineProperty(OutgoingMessage.prototype, 'connection', {
  get() { return this.socket; },
  set(val) { this.socket = val; },
});
Object.defineProperty(OutgoingMessage.prototype, 'writableEnded', {
  get() { return this.finished; },
});
Object.defineProperty(OutgoingMessage.prototype, 'writableNeedDrain', {
  get() { return !this.destroyed && !this.finished && this[kNeedDrain]; },
});
Object.defineProperty(OutgoingMessage.prototype, 'headersSent', {
  configurable: true,
  enumerable: true,
  get() { return !!this._header; },
});

OutgoingMessage.prototype.cork = function cork() {
  if (this.socket) this.socket.cork();
  else this[kCorked]++;
};

OutgoingMessage.prototype.uncork = function uncork() {
  if (this.socket) this.socket.uncork();
  else if (this[kCorked]) this[kCorked]--;
};

OutgoingMessage.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (callback) this.on('timeout', callback);
  if (!this.socket) {
    this.once('socket', function socketSetTimeoutOnConnect(socket) {
      socket.setTimeout(msecs);
    });
  } else {
    this.socket.setTimeout(msecs);
  }
  return this;
};

OutgoingMessage.prototype.destroy = function destroy(error) {
  if (this.destroyed) return this;
  this.destroyed = true;
  this[kErrored] = error;
  if (this.socket) this.socket.destroy(error);
  else {
    this.once('socket', function socketDestroyOnConnect(socket) {
      socket.destroy(error);
    });
  }
  return this;
};

OutgoingMessage.prototype._send = function _send(data, encoding, callback, byteLength) {
  if (!this._headerSent && this._header !== null) {
    if (typeof data === 'string' && (encoding === 'utf8' || encoding === 'latin1' || !encoding)) {
      data = this._header + data;
    } else {
      const header = this._header;
      ownOutput(this).unshift({ data: header, encoding: 'latin1', callback: null });
      this.outputSize += header.length;
      this._onPendingData(header.length);
    }
    this._headerSent = true;
  }
  return this._writeRaw(data, encoding, callback, byteLength);
};

OutgoingMessage.prototype._writeRaw = function _writeRaw(data, encoding, callback, size) {
  const conn = this.socket;
  if (conn && conn.destroyed) return false;
  if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  if (conn && conn._httpMessage === this && conn.writable) {
    if (this.outputData.length) this._flushOutput(conn);
    return conn.write(data, encoding, callback);
  }
  ownOutput(this).push({ data, encoding, callback });
  this.outputSize += data.length;
  this._onPendingData(data.length);
  return this.outputSize < this[kHighWaterMark];
};

// The header names _storeHeader acts on, as bits (Node's state object's
// booleans: an object per head and a store per flag cost more in goja).
const kSeenConnection = 1;
const kSeenContLen = 2;
const kSeenTE = 4;
const kSeenDate = 8;
const kSeenExpect = 16;
const kSeenTrailer = 32;

// The Connection and Keep-Alive lines for the last timeout seen (a
// server's is the same for every response).
let keepAliveLineFor = -1;
let keepAliveLines = '';

// _storeHeader follows Node's: the head's lines from the headers given
// (the message's own, an object, or an array of pairs), then the Date,
// Connection/Keep-Alive and framing lines Node adds. A header with one
// string or number value is rendered in the loop itself; arrays take
// Node's processHeader path. The lines go into a local string and the
// names seen into a bit set.
OutgoingMessage.prototype._storeHeader = function _storeHeader(firstLine, headers) {
  let header = firstLine;
  let seen = 0;
  if (headers) {
    // Object.keys: for own headers (a null-prototype object) for-in's
    // keys; for a user's object Node's for-in with a hasOwnProperty filter
    // (the same keys in the same order; for-in costs 4 us in goja)
    if (headers === this[kOutHeaders]) {
      const keys = Object.keys(headers);
      for (let i = 0; i < keys.length; i++) {
        const entry = headers[keys[i]];
        const key = entry[0];
        const value = entry[1];
        if (typeof value === 'string' || typeof value === 'number') {
          // processHeader and storeHeader for a single value
          header += key + ': ' + value + '\r\n';
          const len = key.length;
          if (len <= 17 && matchLengths[len]) seen |= matchHeader(this, key, value);
        } else {
          const state = { header, seen };
          processHeader(this, state, key, value, false);
          header = state.header;
          seen = state.seen;
        }
      }
    } else if (!Array.isArray(headers)) {
      const keys = Object.keys(headers);
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        const value = headers[key];
        if (typeof value === 'string') {
          // the line of a name and value checked before (see headerLines)
          const known = headerLines[key];
          if (known !== undefined && known.value === value) {
            header += known.line;
            continue;
          }
        }
        if (typeof value === 'string' || typeof value === 'number') {
          // processHeader and storeHeader for a single value (the checks
          // in one Go call; the JavaScript ones throw Node's errors)
          if (!binding.validHeader(key, value)) {
            validateHeaderName(key);
            validateHeaderValue(key, value);
          }
          const line = key + ': ' + value + '\r\n';
          header += line;
          const len = key.length;
          if (len <= 17 && matchLengths[len]) seen |= matchHeader(this, key, value);
          else if (typeof value === 'string') rememberHeaderLine(key, value, line);
        } else {
          const state = { header, seen };
          processHeader(this, state, key, value, true);
          header = state.header;
          seen = state.seen;
        }
      }
    } else {
      const state = { header, seen };
      if (headers.length && Array.isArray(headers[0])) {
        for (let i = 0; i < headers.length; i++) {
          const entry = headers[i];
          processHeader(this, state, entry[0], entry[1], true);
        }
      } else {
        if (headers.length % 2 !== 0) throw new ERR_INVALID_ARG_VALUE('headers', headers);
        for (let n = 0; n < headers.length; n += 2) processHeader(this, state, headers[n], headers[n + 1], true);
      }
      header = state.header;
      seen = state.seen;
    }
  }
  if (this.sendDate && (seen & kSeenDate) === 0) header += utcCache ? utcLine : (utcDate(), utcLine);
  if (this.chunkedEncoding && (this.statusCode === 204 || this.statusCode === 304)) {
    this._last = true;
    this.chunkedEncoding = false;
    this.shouldKeepAlive = false;
  }
  if (this._removedConnection) {
    this._last = !this.shouldKeepAlive;
  } else if ((seen & kSeenConnection) === 0) {
    const shouldSendKeepAlive = this.shouldKeepAlive &&
      ((seen & kSeenContLen) !== 0 || this.useChunkedEncodingByDefault || this.agent);
    if (shouldSendKeepAlive && this.maxRequestsOnConnectionReached) {
      header += 'Connection: close\r\n';
    } else if (shouldSendKeepAlive) {
      const keepAliveTimeout = this._keepAliveTimeout;
      if (keepAliveTimeout && this._defaultKeepAlive) {
        if (~~this._maxRequestsPerSocket > 0) {
          const timeoutSeconds = Math.floor(keepAliveTimeout / 1000);
          header += `Connection: keep-alive\r\nKeep-Alive: timeout=${timeoutSeconds}, max=${this._maxRequestsPerSocket}\r\n`;
        } else {
          if (keepAliveTimeout !== keepAliveLineFor) {
            keepAliveLines = `Connection: keep-alive\r\nKeep-Alive: timeout=${Math.floor(keepAliveTimeout / 1000)}\r\n`;
            keepAliveLineFor = keepAliveTimeout;
          }
          header += keepAliveLines;
        }
      } else {
        header += 'Connection: keep-alive\r\n';
      }
    } else {
      this._last = true;
      header += 'Connection: close\r\n';
    }
  }
  if ((seen & (kSeenContLen | kSeenTE)) === 0) {
    if (!this._hasBody) {
      if (this.chunkedEncoding) this.chunkedEncoding = false; // (false is the prototype's)
    } else if (!this.useChunkedEncodingByDefault) {
      this._last = true;
    } else if ((seen & kSeenTrailer) === 0 && !this._removedContLen && typeof this._contentLength === 'number') {
      header += 'Content-Length: ' + this._contentLength + '\r\n';
    } else if (!this._removedTE) {
      header += 'Transfer-Encoding: chunked\r\n';
      this.chunkedEncoding = true;
    } else {
      this._last = true;
    }
  }
  if (this.chunkedEncoding !== true && (seen & kSeenTrailer) !== 0) throw new ERR_HTTP_TRAILER_INVALID();
  this._header = header + '\r\n';
  if (this._headerSent) this._headerSent = false; // (false is the prototype's)
  if ((seen & kSeenExpect) !== 0) this._send('');
};

// headerLines[name] is { value, line } for the last string value of a
// header name without a kSeen meaning (matchHeader's names are left out:
// they set message state) that a user's headers object gave _storeHeader,
// valid (binding.validHeader said so): the same name and value again
// renders the same line with nothing to check. A server's handler writes
// the same few headers per response; the Go call and two of the three
// string concatenations are saved. Bounded to 256 names (an entry's
// fields are replaced when its value changes).
const headerLines = Object.create(null);
let headerLinesCount = 0;
function rememberHeaderLine(key, value, line) {
  const known = headerLines[key];
  if (known !== undefined) {
    known.value = value;
    known.line = line;
  } else if (headerLinesCount < 256) {
    headerLines[key] = { value, line };
    headerLinesCount++;
  }
}

// processHeader and storeHeader are Node's, with state { header, seen }.
function processHeader(self, state, key, value, validate) {
  if (validate) validateHeaderName(key);
  if (Array.isArray(value)) {
    if ((value.length < 2 || !isCookieField(key)) &&
        (!self[kUniqueHeaders] || !self[kUniqueHeaders].has(key.toLowerCase()))) {
      for (let i = 0; i < value.length; i++) storeHeader(self, state, key, value[i], validate);
      return;
    }
    value = value.join('; ');
  }
  storeHeader(self, state, key, value, validate);
}

function storeHeader(self, state, key, value, validate) {
  if (validate) validateHeaderValue(key, value);
  state.header += key + ': ' + value + '\r\n';
  const len = key.length;
  if (len <= 17 && matchLengths[len]) state.seen |= matchHeader(self, key, value);
}

// matchLengths marks the lengths of the names matchHeader acts on (date 4,
// expect 6, trailer 7, connection and keep-alive 10, content-length 14,
// transfer-encoding 17): other names skip the lower-casing and the switch.
const matchLengths = [false, false, false, false, true, false, true, true, false, false, true,
  false, false, false, true, false, false, true];

// matchHeader is Node's; it returns the kSeen bit of the name.
function matchHeader(self, field, value) {
  switch (field.toLowerCase()) {
    case 'connection':
      self._removedConnection = false;
      if (RE_CONN_CLOSE.test(value)) self._last = true;
      else self.shouldKeepAlive = true;
      return kSeenConnection;
    case 'transfer-encoding':
      self._removedTE = false;
      if (RE_TE_CHUNKED.test(value)) self.chunkedEncoding = true;
      return kSeenTE;
    case 'content-length':
      self._contentLength = +value;
      self._removedContLen = false;
      return kSeenContLen;
    case 'date':
      return kSeenDate;
    case 'expect':
      return kSeenExpect;
    case 'trailer':
      return kSeenTrailer;
    case 'keep-alive':
      self._defaultKeepAlive = false;
      break;
  }
  return 0;
}

const validateHeaderName = hideStackFrames((name, label) => {
  if (typeof name !== 'string' || !name || !checkIsHttpToken(name)) {
    throw new ERR_INVALID_HTTP_TOKEN(label || 'Header name', name);
  }
});

const validateHeaderValue = hideStackFrames((name, value) => {
  if (value === undefined) throw new ERR_HTTP_INVALID_HEADER_VALUE(value, name);
  if (checkInvalidHeaderChar(value)) throw new ERR_INVALID_CHAR('header content', name);
});

function parseUniqueHeadersOption(headers) {
  if (!Array.isArray(headers)) return null;
  const unique = new Set();
  for (const h of headers) unique.add(String(h).toLowerCase());
  return unique;
}

OutgoingMessage.prototype.setHeader = function setHeader(name, value) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('set');
  validateHeaderName(name);
  validateHeaderValue(name, value);
  let headers = this[kOutHeaders];
  if (headers === null) this[kOutHeaders] = headers = { __proto__: null };
  headers[name.toLowerCase()] = [name, value];
  return this;
};

OutgoingMessage.prototype.setHeaders = function setHeaders(headers) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('set');
  if (!headers || Array.isArray(headers) || typeof headers.keys !== 'function' || typeof headers.get !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('headers', ['Headers', 'Map'], headers);
  }
  const cookies = [];
  for (const { 0: key, 1: value } of headers) {
    if (key === 'set-cookie') {
      if (Array.isArray(value)) cookies.push(...value);
      else cookies.push(value);
      continue;
    }
    this.setHeader(key, value);
  }
  if (cookies.length) this.setHeader('set-cookie', cookies);
  return this;
};

OutgoingMessage.prototype.appendHeader = function appendHeader(name, value) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('append');
  validateHeaderName(name);
  validateHeaderValue(name, value);
  const field = name.toLowerCase();
  const headers = this[kOutHeaders];
  if (headers === null || !headers[field]) return this.setHeader(name, value);
  if (!Array.isArray(headers[field][1])) headers[field][1] = [headers[field][1]];
  const existing = headers[field][1];
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) existing.push(value[i]);
  } else {
    existing.push(value);
  }
  return this;
};

OutgoingMessage.prototype.getHeader = function getHeader(name) {
  if (typeof name !== 'string') throw new ERR_INVALID_ARG_TYPE('name', 'string', name);
  const headers = this[kOutHeaders];
  if (headers === null) return;
  const entry = headers[name.toLowerCase()];
  return entry && entry[1];
};

OutgoingMessage.prototype.getHeaderNames = function getHeaderNames() {
  return this[kOutHeaders] !== null ? Object.keys(this[kOutHeaders]) : [];
};

OutgoingMessage.prototype.getRawHeaderNames = function getRawHeaderNames() {
  const headersMap = this[kOutHeaders];
  if (headersMap === null) return [];
  return Object.values(headersMap).map((e) => e[0]);
};

OutgoingMessage.prototype.getHeaders = function getHeaders() {
  const headers = this[kOutHeaders];
  const ret = { __proto__: null };
  if (headers) {
    for (const key of Object.keys(headers)) ret[key] = headers[key][1];
  }
  return ret;
};

OutgoingMessage.prototype.hasHeader = function hasHeader(name) {
  if (typeof name !== 'string') throw new ERR_INVALID_ARG_TYPE('name', 'string', name);
  return this[kOutHeaders] !== null && !!this[kOutHeaders][name.toLowerCase()];
};

OutgoingMessage.prototype.removeHeader = function removeHeader(name) {
  if (typeof name !== 'string') throw new ERR_INVALID_ARG_TYPE('name', 'string', name);
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('remove');
  const key = name.toLowerCase();
  switch (key) {
    case 'connection': this._removedConnection = true; break;
    case 'content-length': this._removedContLen = true; break;
    case 'transfer-encoding': this._removedTE = true; break;
    case 'date': this.sendDate = false; break;
  }
  if (this[kOutHeaders] !== null) delete this[kOutHeaders][key];
};

OutgoingMessage.prototype._implicitHeader = function _implicitHeader() {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_implicitHeader()');
};

OutgoingMessage.prototype.write = function write(chunk, encoding, callback) {
  if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  const ret = write_(this, chunk, encoding, callback, false);
  if (!ret) this[kNeedDrain] = true;
  return ret;
};

function onError(msg, err, callback) {
  if (msg.destroyed) return;
  process.nextTick(emitErrorNt, msg, err, callback);
}

function emitErrorNt(msg, err, callback) {
  callback(err);
  if (typeof msg.emit === 'function' && !msg.destroyed) msg.emit('error', err);
}

function strictContentLength(msg) {
  return msg.strictContentLength && msg._contentLength != null && msg._hasBody &&
    !msg._removedContLen && !msg.chunkedEncoding && !msg.hasHeader('transfer-encoding');
}

function write_(msg, chunk, encoding, callback, fromEnd) {
  if (typeof callback !== 'function') callback = nop;
  if (chunk === null) {
    throw new ERR_STREAM_NULL_VALUES();
  } else if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) {
    throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
  }
  let err;
  if (msg.finished) err = new ERR_STREAM_WRITE_AFTER_END();
  else if (msg.destroyed) err = new ERR_STREAM_DESTROYED('write');
  if (err) {
    if (!msg.destroyed) onError(msg, err, callback);
    else process.nextTick(callback, err);
    return false;
  }
  let len;
  if (msg.strictContentLength) {
    len = typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.byteLength;
    if (strictContentLength(msg) && (fromEnd ? msg[kBytesWritten] + len !== msg._contentLength :
      msg[kBytesWritten] + len > msg._contentLength)) {
      throw new ERR_HTTP_CONTENT_LENGTH_MISMATCH(len + msg[kBytesWritten], msg._contentLength);
    }
    msg[kBytesWritten] += len;
  }
  if (!msg._header) {
    if (fromEnd) {
      if (len === undefined) len = typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.byteLength;
      msg._contentLength = len;
    }
    msg._implicitHeader();
  }
  if (!msg._hasBody) {
    if (msg[kRejectNonStandardBodyWrites]) throw new ERR_HTTP_BODY_NOT_ALLOWED();
    process.nextTick(callback);
    return true;
  }
  if (!fromEnd && msg.socket && !msg.socket.writableCorked) {
    msg.socket.cork();
    process.nextTick(connectionCorkNT, msg.socket);
  }
  let ret;
  if (msg.chunkedEncoding && chunk.length !== 0) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, encoding || 'utf8') : chunk;
    ret = msg._send(common.chunk(bytes), null, callback);
  } else {
    ret = msg._send(chunk, encoding, callback, len);
  }
  return ret;
}

function connectionCorkNT(conn) {
  conn.uncork();
}

OutgoingMessage.prototype.addTrailers = function addTrailers(headers) {
  this._trailer = '';
  const keys = Object.keys(headers);
  const isArray = Array.isArray(headers);
  for (let i = 0, l = keys.length; i < l; i++) {
    let field, value;
    const key = keys[i];
    if (isArray) {
      field = headers[key][0];
      value = headers[key][1];
    } else {
      field = key;
      value = headers[key];
    }
    validateHeaderName(field, 'Trailer name');
    if (Array.isArray(value) && value.length > 1 &&
        (!this[kUniqueHeaders] || !this[kUniqueHeaders].has(field.toLowerCase()))) {
      for (let j = 0, l = value.length; j < l; j++) {
        if (checkInvalidHeaderChar(value[j])) throw new ERR_INVALID_CHAR('trailer content', field);
        this._trailer += field + ': ' + value[j] + '\r\n';
      }
    } else {
      if (Array.isArray(value)) value = value.join('; ');
      if (checkInvalidHeaderChar(value)) throw new ERR_INVALID_CHAR('trailer content', field);
      this._trailer += field + ': ' + value + '\r\n';
    }
  }
};

function onFinish(outmsg) {
  if (outmsg[kFinishEmitted]) return;
  if (outmsg && outmsg.socket && outmsg.socket._hadError) return;
  outmsg[kFinishEmitted] = true;
  emit0(outmsg, 'finish');
}

// A small write to an idle socket completes synchronously in Node (libuv's
// try-write), so 'finish' follows end() on the next tick. Our socket writes
// complete in a Go goroutine, a loop turn later; for writes that Node would
// have completed at once, finish on the next tick as Node does (the write
// callback then finds 'finish' already emitted).
const kSyncWriteLimit = 64 * 1024;
function finishesLikeSyncWrite(msg) {
  const socket = msg.socket;
  return socket && socket._httpMessage === msg && !socket.connecting && !socket.destroyed &&
    msg.outputData.length === 0 && socket.writableLength <= kSyncWriteLimit;
}

OutgoingMessage.prototype.end = function end(chunk, encoding, callback) {
  if (typeof chunk === 'function') {
    callback = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  if (chunk) {
    if (this.finished) {
      onError(this, new ERR_STREAM_WRITE_AFTER_END(), typeof callback !== 'function' ? nop : callback);
      return this;
    }
    const how = endInOneWrite(this, chunk, encoding, callback);
    if (how === kEndOneWrite) return this;
    if (how === kEndGeneral) {
      if (this.socket) this.socket.cork();
      write_(this, chunk, encoding, null, true);
    }
  } else if (this.finished) {
    if (typeof callback === 'function') {
      if (!this.writableFinished) this.on('finish', callback);
      else callback(new ERR_STREAM_ALREADY_FINISHED('end'));
    }
    return this;
  } else if (!this._header) {
    // Node corks so that the head and the end go out together; they are
    // one write here unless _storeHeader writes the head itself (Expect)
    // or the socket holds other writes, so the cork is skipped otherwise
    const socket = this.socket;
    if (socket && (socket._httpMessage !== this || socket.writableCorked || this.outputData.length !== 0 ||
        (this[kOutHeaders] && this[kOutHeaders].expect))) {
      socket.cork();
    }
    this._contentLength = 0;
    this._implicitHeader();
  }
  if (typeof callback === 'function') this.once('finish', callback);
  if (strictContentLength(this) && this[kBytesWritten] !== this._contentLength) {
    throw new ERR_HTTP_CONTENT_LENGTH_MISMATCH(this[kBytesWritten], this._contentLength);
  }
  const finish = onFinish.bind(undefined, this);
  if (this._hasBody && this.chunkedEncoding) {
    this._send('0\r\n' + this._trailer + '\r\n', 'latin1', finish);
  } else if (!this._headerSent || this.writableLength || chunk) {
    this._send('', 'latin1', finish);
  } else {
    process.nextTick(finish);
  }
  if (this.socket) {
    // fully uncork whatever write() and end() corked
    while (this.socket.writableCorked) this.socket.uncork();
  }
  this[kCorked] = 0;
  this.finished = true;
  if (finishesLikeSyncWrite(this)) {
    process.nextTick(finish);
  }
  if (this.outputData.length === 0 && this.socket && this.socket._httpMessage === this) this._finish();
  return this;
};

const kEndGeneral = 0; // end() must cork and write_ the chunk
const kEndWritten = 1; // write_ ran (corked); end() goes on with its general path
const kEndOneWrite = 2; // head and body went out in one write; end() is done

// endInOneWrite is end(string, encoding, callback) in the common case (the
// socket is this message's and idle, the head not sent yet, a body allowed):
// the head and the body go out in one socket write, a Buffer that
// binding.endBody makes with Node's bytes (for chunked framing the head in
// latin1, the chunk size, the chunk and the last chunk). Node corks the
// socket, writes the head with the chunk (and the chunk's framing), then
// an empty chunk with the finish callback, and uncorks: the same bytes in
// the same segment, but in goja the cork, the writes, the writev and the
// string encodings cost a good part of a request. Otherwise it either
// does nothing (kEndGeneral) or, when the implicit head it made rules the
// shortcut out (HEAD, 204), runs the rest of end()'s write as end() would
// (kEndWritten). The socket's state is read from its _writableState (each
// of the socket's writable* getters is two calls in goja).
function endInOneWrite(msg, chunk, encoding, callback) {
  if (typeof chunk !== 'string' || msg._headerSent || msg.destroyed || msg.strictContentLength ||
      msg.outputData.length !== 0 || (encoding && encoding !== 'utf8' && encoding !== 'latin1')) {
    return kEndGeneral;
  }
  const socket = msg.socket;
  if (socket === null || socket._httpMessage !== msg || !socket.writable) return kEndGeneral;
  const ws = socket._writableState;
  if (ws.corked) return kEndGeneral;
  if (!msg._header) {
    // an Expect header makes _storeHeader write the head at once, which
    // end() does corked
    const headers = msg[kOutHeaders];
    if (headers && headers.expect) return kEndGeneral;
    // write_'s implicit head for end(chunk)
    msg._contentLength = Buffer.byteLength(chunk, encoding);
    msg._implicitHeader();
    // (a user's writeHead may have written or corked)
    if (msg._headerSent || msg.outputData.length !== 0 || socket._httpMessage !== msg || !socket.writable ||
        ws.corked) {
      socket.cork();
      write_(msg, chunk, encoding, null, true);
      return kEndWritten;
    }
  }
  if (!msg._hasBody || (msg.chunkedEncoding && msg._trailer !== '')) {
    socket.cork();
    write_(msg, chunk, encoding, null, true);
    return kEndWritten;
  }
  const data = binding.endBody(msg._header, chunk, encoding === 'latin1', msg.chunkedEncoding);
  msg._headerSent = true;
  // A write that finishes like a synchronous one (see finishesLikeSyncWrite;
  // known before the write: it adds data.length at most) needs no finish
  // callback: 'finish' comes from the tick below, where Node's write
  // callback would give it. Without a callback the socket's write queues
  // no after-write tick either.
  const syncLike = !socket.connecting && ws.length + data.length <= kSyncWriteLimit;
  if (syncLike) socket.write(data);
  else socket.write(data, onFinish.bind(undefined, msg));
  if (typeof callback === 'function') msg.once('finish', callback);
  if (msg[kCorked] !== 0) msg[kCorked] = 0;
  msg.finished = true;
  if (syncLike || finishesLikeSyncWrite(msg)) {
    nextTick1(onFinish, msg);
  }
  if (socket._httpMessage === msg) msg._finish();
  return kEndOneWrite;
}

OutgoingMessage.prototype._finish = function _finish() {
  emit0(this, 'prefinish');
};

// flushAssigned is msg._flush() for a message just given its socket
// (ServerResponse's assignSocket), skipped when it would do nothing:
// nothing queued or corked, not finished (no 'drain' is owed then).
function flushAssigned(msg) {
  if (msg._flush !== protoFlush || msg.outputData.length !== 0 || msg[kCorked] !== 0 || msg.finished) msg._flush();
}

OutgoingMessage.prototype._flush = function _flush() {
  const socket = this.socket;
  if (socket && socket.writable) {
    const ret = this._flushOutput(socket);
    if (this.finished) {
      this._finish();
    } else if (ret && this[kNeedDrain]) {
      this[kNeedDrain] = false;
      this.emit('drain');
    }
  }
};

OutgoingMessage.prototype._flushOutput = function _flushOutput(socket) {
  while (this[kCorked]) {
    this[kCorked]--;
    socket.cork();
  }
  const outputLength = this.outputData.length;
  if (outputLength <= 0) return undefined;
  const outputData = this.outputData;
  socket.cork();
  let ret;
  for (let i = 0; i < outputLength; i++) {
    const { data, encoding, callback } = outputData[i];
    outputData[i].data = null;
    ret = socket.write(data, encoding, callback);
  }
  socket.uncork();
  this.outputData = kNoOutput;
  this._onPendingData(-this.outputSize);
  this.outputSize = 0;
  return ret;
};

const protoFlush = OutgoingMessage.prototype._flush;

OutgoingMessage.prototype.flushHeaders = function flushHeaders() {
  if (!this._header) this._implicitHeader();
  this._send('');
};

OutgoingMessage.prototype.pipe = function pipe() {
  this.emit('error', new ERR_STREAM_CANNOT_PIPE());
};

OutgoingMessage.prototype[Symbol.for('nodejs.rejection')] = function (err, event) {
  this.destroy(err);
};

module.exports = {
  flushAssigned,
  kHighWaterMark,
  kNeedDrain,
  kOutHeaders,
  kUniqueHeaders,
  parseUniqueHeadersOption,
  validateHeaderName,
  validateHeaderValue,
  OutgoingMessage,
};
