// _http_server, after Node's lib/_http_server.js: ServerResponse, Server and
// the connection listener that parses requests off each socket (the raw
// net.Socket for http, the TLSSocket after 'secureConnection' for https).
'use strict';

const net = require('net');
const { Buffer } = require('buffer');
const common = require('_http_common');
const { HTTPParser, continueExpression, chunkExpression, kIncomingMessage, freeParser, closeParser, prepareError } = common;
const { IncomingMessage, hasHeader } = require('_http_incoming');
const {
  OutgoingMessage, kOutHeaders, kUniqueHeaders, parseUniqueHeadersOption, kNeedDrain, flushAssigned,
} = require('_http_outgoing');
const { nextTick1 } = internalBinding('internal/task_queues');
// events' emit0/emit1: emit(type) and emit(type, a) without the rest
// array when Node's emit is in place (see events.js)
const { emit0, emit1, emit2, storeListener } = internalBinding('internal/events/fast');
const kDefaultHighWaterMark = 16 * 1024; // OutgoingMessage's
const { codes, ConnResetException } = require('internal/errors');
const {
  ERR_HTTP_HEADERS_SENT, ERR_HTTP_INVALID_STATUS_CODE, ERR_HTTP_SOCKET_ENCODING, ERR_HTTP_SOCKET_ASSIGNED,
  ERR_HTTP_REQUEST_TIMEOUT, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_CHAR, ERR_OUT_OF_RANGE,
} = codes;

const kServerResponse = Symbol('ServerResponse');
// The parser's head flags (binding.go's FlagHost, FlagExpect).
const kFlagHost = 1;
const kFlagExpect = 2;
// kConnState is a ServerResponse's connection state (socket, server, queues):
// where Node binds resOnFinish and updateOutgoingData per request, the
// prototype's methods read it from here (each bind costs as much as a
// dozen property reads in goja).
const kConnState = Symbol('kConnState');
const kConnections = Symbol('http.server.connections');
const kConnectionsCheckingInterval = Symbol('http.server.connectionsCheckingInterval');

const STATUS_CODES = {
  100: 'Continue', 101: 'Switching Protocols', 102: 'Processing', 103: 'Early Hints',
  200: 'OK', 201: 'Created', 202: 'Accepted', 203: 'Non-Authoritative Information', 204: 'No Content',
  205: 'Reset Content', 206: 'Partial Content', 207: 'Multi-Status', 208: 'Already Reported', 226: 'IM Used',
  300: 'Multiple Choices', 301: 'Moved Permanently', 302: 'Found', 303: 'See Other', 304: 'Not Modified',
  305: 'Use Proxy', 307: 'Temporary Redirect', 308: 'Permanent Redirect',
  400: 'Bad Request', 401: 'Unauthorized', 402: 'Payment Required', 403: 'Forbidden', 404: 'Not Found',
  405: 'Method Not Allowed', 406: 'Not Acceptable', 407: 'Proxy Authentication Required', 408: 'Request Timeout',
  409: 'Conflict', 410: 'Gone', 411: 'Length Required', 412: 'Precondition Failed', 413: 'Payload Too Large',
  414: 'URI Too Long', 415: 'Unsupported Media Type', 416: 'Range Not Satisfiable', 417: 'Expectation Failed',
  418: 'I\'m a Teapot', 421: 'Misdirected Request', 422: 'Unprocessable Entity', 423: 'Locked',
  424: 'Failed Dependency', 425: 'Too Early', 426: 'Upgrade Required', 428: 'Precondition Required',
  429: 'Too Many Requests', 431: 'Request Header Fields Too Large', 451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway', 503: 'Service Unavailable',
  504: 'Gateway Timeout', 505: 'HTTP Version Not Supported', 506: 'Variant Also Negotiates',
  507: 'Insufficient Storage', 508: 'Loop Detected', 509: 'Bandwidth Limit Exceeded', 510: 'Not Extended',
  511: 'Network Authentication Required',
};

// statusLines[code] is the last status line writeHead made for code, with
// the message statusLineMessages[code] (STATUS_CODES is the user's to
// change, so the message is compared, not assumed).
const statusLines = {};
const statusLineMessages = {};

function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw new ERR_INVALID_ARG_TYPE(name, 'boolean', value);
}

// ---- ServerResponse -----------------------------------------------------------

function ServerResponse(req, options) {
  OutgoingMessage.call(this, options);
  if (req.method === 'HEAD') this._hasBody = false;
  this.req = req;
  if (req.httpVersionMajor < 1 || req.httpVersionMinor < 1) {
    this.useChunkedEncodingByDefault = chunkExpression.test(req.headers.te);
    this.shouldKeepAlive = false;
  }
}
Object.setPrototypeOf(ServerResponse.prototype, OutgoingMessage.prototype);
Object.setPrototypeOf(ServerResponse, OutgoingMessage);

// Node's own-property defaults of a ServerResponse, on the prototype (see
// OutgoingMessage).
Object.assign(ServerResponse.prototype, {
  _maxRequestsPerSocket: 0,
  sendDate: true,
  _sent100: false,
  _expect_continue: false,
  statusCode: 200,
  statusMessage: undefined,
});

ServerResponse.prototype[kConnState] = null;

ServerResponse.prototype._onPendingData = function _onPendingData(delta) {
  const state = this[kConnState];
  if (state !== null) updateOutgoingData(state.socket, state, delta);
};

// (OutgoingMessage's _finish is emit('prefinish'): done here without the
// call when it is still ours, and without emit0's when there is nothing
// for it to do: no listener, Node's emit)
const outgoingFinish = OutgoingMessage.prototype._finish;
ServerResponse.prototype._finish = function _finish() {
  const finish = OutgoingMessage.prototype._finish;
  if (finish === outgoingFinish) {
    const events = this._events;
    if (events === undefined || events.prefinish !== undefined || this.emit !== protoEmit) emit0(this, 'prefinish');
  } else {
    finish.call(this);
  }
};

function assignSocket(socket) {
  if (socket._httpMessage) throw new ERR_HTTP_SOCKET_ASSIGNED();
  socket._httpMessage = this;
  addResponseCloseListener(socket);
  this.socket = socket;
  emit1(this, 'socket', socket);
  flushAssigned(this);
}
ServerResponse.prototype.assignSocket = assignSocket;

function onServerResponseClose() {
  const msg = this._httpMessage;
  if (msg) emitCloseNT(msg);
}

function detachSocket(socket) {
  socket.removeListener('close', onServerResponseClose);
  socket._httpMessage = null;
  this.socket = null;
}
ServerResponse.prototype.detachSocket = detachSocket;

ServerResponse.prototype.writeContinue = function writeContinue(cb) {
  this._writeRaw('HTTP/1.1 100 Continue\r\n\r\n', 'ascii', cb);
  this._sent100 = true;
};

ServerResponse.prototype.writeProcessing = function writeProcessing(cb) {
  this._writeRaw('HTTP/1.1 102 Processing\r\n\r\n', 'ascii', cb);
};

ServerResponse.prototype.writeEarlyHints = function writeEarlyHints(hints, cb) {
  let head = 'HTTP/1.1 103 Early Hints\r\n';
  if (hints === null || typeof hints !== 'object') throw new ERR_INVALID_ARG_TYPE('hints', 'Object', hints);
  if (hints.link === null || hints.link === undefined) return;
  const link = Array.isArray(hints.link) ? hints.link.join(', ') : hints.link;
  head += 'Link: ' + link + '\r\n';
  for (const key of Object.keys(hints)) {
    if (key !== 'link') head += key + ': ' + hints[key] + '\r\n';
  }
  head += '\r\n';
  this._writeRaw(head, 'ascii', cb);
};

ServerResponse.prototype._implicitHeader = function _implicitHeader() {
  this.writeHead(this.statusCode);
};

ServerResponse.prototype.writeHead = function writeHead(statusCode, reason, obj) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('write');
  const originalStatusCode = statusCode;
  statusCode |= 0;
  if (statusCode < 100 || statusCode > 999) throw new ERR_HTTP_INVALID_STATUS_CODE(originalStatusCode);
  const tableMessage = STATUS_CODES[statusCode];
  if (typeof reason === 'string') {
    this.statusMessage = reason;
  } else {
    this.statusMessage ||= tableMessage || 'unknown';
    obj ??= reason;
  }
  if (this.statusCode !== statusCode) this.statusCode = statusCode; // (200 is the prototype's)
  let headers;
  if (this[kOutHeaders]) {
    let k;
    if (Array.isArray(obj)) {
      if (obj.length % 2 !== 0) throw new ERR_INVALID_ARG_VALUE('headers', obj);
      // Node 20 sets each pair in turn, so a repeated name keeps its last value
      for (let n = 0; n < obj.length; n += 2) {
        k = obj[n];
        if (k) this.setHeader(k, obj[n + 1]);
      }
    } else if (obj) {
      const keys = Object.keys(obj);
      for (let i = 0; i < keys.length; i++) {
        k = keys[i];
        if (k) this.setHeader(k, obj[k]);
      }
    }
    headers = this[kOutHeaders];
  } else {
    headers = obj;
  }
  // (the last status line made for the code is reused for the same
  // message: that message was checked then)
  const statusMessage = this.statusMessage;
  let statusLine;
  if (statusLineMessages[statusCode] === statusMessage) {
    statusLine = statusLines[statusCode];
  } else {
    if (common._checkInvalidHeaderChar(statusMessage)) throw new ERR_INVALID_CHAR('statusMessage');
    statusLine = `HTTP/1.1 ${statusCode} ${statusMessage}\r\n`;
    if (typeof statusMessage === 'string') {
      statusLineMessages[statusCode] = statusMessage;
      statusLines[statusCode] = statusLine;
    }
  }
  if (statusCode < 200 || statusCode === 204 || statusCode === 304) { // (statusCode >= 100 here)
    this._hasBody = false;
  }
  if (this._expect_continue && !this._sent100) this.shouldKeepAlive = false;
  this._storeHeader(statusLine, headers);
  return this;
};

ServerResponse.prototype.writeHeader = ServerResponse.prototype.writeHead;

// ---- Server ---------------------------------------------------------------------

function storeHTTPOptions(options) {
  this[kIncomingMessage] = options.IncomingMessage || IncomingMessage;
  this[kServerResponse] = options.ServerResponse || ServerResponse;
  const maxHeaderSize = options.maxHeaderSize;
  if (maxHeaderSize !== undefined) validateInteger(maxHeaderSize, 'maxHeaderSize', 0);
  this.maxHeaderSize = maxHeaderSize;
  const insecureHTTPParser = options.insecureHTTPParser;
  if (insecureHTTPParser !== undefined) validateBoolean(insecureHTTPParser, 'options.insecureHTTPParser');
  this.insecureHTTPParser = insecureHTTPParser;
  const requestTimeout = options.requestTimeout;
  if (requestTimeout !== undefined) {
    validateInteger(requestTimeout, 'requestTimeout', 0);
    this.requestTimeout = requestTimeout;
  } else {
    this.requestTimeout = 300000;
  }
  const headersTimeout = options.headersTimeout;
  if (headersTimeout !== undefined) {
    validateInteger(headersTimeout, 'headersTimeout', 0);
    this.headersTimeout = headersTimeout;
  } else {
    this.headersTimeout = Math.min(60000, this.requestTimeout);
  }
  if (this.requestTimeout > 0 && this.headersTimeout > 0 && this.headersTimeout > this.requestTimeout) {
    throw new ERR_OUT_OF_RANGE('headersTimeout', '<= requestTimeout', headersTimeout);
  }
  const keepAliveTimeout = options.keepAliveTimeout;
  if (keepAliveTimeout !== undefined) {
    validateInteger(keepAliveTimeout, 'keepAliveTimeout', 0);
    this.keepAliveTimeout = keepAliveTimeout;
  } else {
    this.keepAliveTimeout = 5000;
  }
  const connectionsCheckingInterval = options.connectionsCheckingInterval;
  if (connectionsCheckingInterval !== undefined) {
    validateInteger(connectionsCheckingInterval, 'connectionsCheckingInterval', 0);
    this.connectionsCheckingInterval = connectionsCheckingInterval;
  } else {
    this.connectionsCheckingInterval = 30000;
  }
  const requireHostHeader = options.requireHostHeader;
  if (requireHostHeader !== undefined) {
    validateBoolean(requireHostHeader, 'options.requireHostHeader');
    this.requireHostHeader = requireHostHeader;
  } else {
    this.requireHostHeader = true;
  }
  const joinDuplicateHeaders = options.joinDuplicateHeaders;
  if (joinDuplicateHeaders !== undefined) validateBoolean(joinDuplicateHeaders, 'options.joinDuplicateHeaders');
  this.joinDuplicateHeaders = joinDuplicateHeaders;
  const rejectNonStandardBodyWrites = options.rejectNonStandardBodyWrites;
  if (rejectNonStandardBodyWrites !== undefined) {
    validateBoolean(rejectNonStandardBodyWrites, 'options.rejectNonStandardBodyWrites');
    this.rejectNonStandardBodyWrites = rejectNonStandardBodyWrites;
  } else {
    this.rejectNonStandardBodyWrites = false;
  }
}

// ConnectionsList tracks each connection's current request for
// headersTimeout/requestTimeout and closeIdleConnections.
class ConnectionsList {
  constructor() { this.list = new Set(); }
  add(c) { this.list.add(c); }
  remove(c) { this.list.delete(c); }
  all() { return [...this.list]; }
  idle() { return [...this.list].filter((c) => c.start === 0 && !(c.socket._httpMessage && !c.socket._httpMessage.finished)); }
  expired(headersTimeout, requestTimeout) {
    const now = Date.now();
    const out = [];
    for (const c of this.list) {
      if (c.start === 0) continue; // (not active)
      if ((!c.headersDone && headersTimeout > 0 && now - c.start > headersTimeout) ||
          (requestTimeout > 0 && now - c.start > requestTimeout)) {
        out.push(c);
        this.list.delete(c);
      }
    }
    return out;
  }
}

function setupConnectionsTracking() {
  this[kConnections] ||= new ConnectionsList();
  if (this[kConnectionsCheckingInterval]) clearInterval(this[kConnectionsCheckingInterval]);
  this[kConnectionsCheckingInterval] = setInterval(checkConnections.bind(this), this.connectionsCheckingInterval).unref();
}

function httpServerPreClose(server) {
  server.closeIdleConnections();
  clearInterval(server[kConnectionsCheckingInterval]);
}

function Server(options, requestListener) {
  if (!(this instanceof Server)) return new Server(options, requestListener);
  if (typeof options === 'function') {
    requestListener = options;
    options = {};
  } else if (options == null) {
    options = {};
  } else if (typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  storeHTTPOptions.call(this, options);
  net.Server.call(this, {
    allowHalfOpen: true, noDelay: options.noDelay ?? true,
    keepAlive: options.keepAlive, keepAliveInitialDelay: options.keepAliveInitialDelay,
    highWaterMark: options.highWaterMark,
  });
  if (requestListener) this.on('request', requestListener);
  this.httpAllowHalfOpen = false;
  this.on('connection', connectionListener);
  this.on('listening', setupConnectionsTracking);
  this.timeout = 0;
  this.maxHeadersCount = null;
  this.maxRequestsPerSocket = 0;
  this[kUniqueHeaders] = parseUniqueHeadersOption(options.uniqueHeaders);
}
Object.setPrototypeOf(Server.prototype, net.Server.prototype);
Object.setPrototypeOf(Server, net.Server);

Server.prototype.close = function close() {
  httpServerPreClose(this);
  net.Server.prototype.close.apply(this, arguments);
  return this;
};

Server.prototype.closeAllConnections = function closeAllConnections() {
  if (!this[kConnections]) return;
  for (const c of this[kConnections].all()) c.socket.destroy();
};

Server.prototype.closeIdleConnections = function closeIdleConnections() {
  if (!this[kConnections]) return;
  for (const c of this[kConnections].idle()) {
    if (c.socket._httpMessage && !c.socket._httpMessage.finished) continue;
    c.socket.destroy();
  }
};

Server.prototype.setTimeout = function setTimeout(msecs, callback) {
  this.timeout = msecs;
  if (callback) this.on('timeout', callback);
  return this;
};

Server.prototype[Symbol.for('nodejs.rejection')] = function (err, event, ...args) {
  if (event === 'request') {
    const res = args[1];
    if (!res.headersSent && !res.writableEnded) {
      for (const name of res.getHeaderNames()) res.removeHeader(name);
      res.statusCode = 500;
      res.end(STATUS_CODES[500]);
    } else {
      res.destroy();
    }
  } else {
    this.emit('error', err);
  }
};

function checkConnections() {
  const headersTimeout = Number.isFinite(this.headersTimeout) && this.headersTimeout >= 0 ? this.headersTimeout : 0;
  const requestTimeout = Number.isFinite(this.requestTimeout) && this.requestTimeout >= 0 ? this.requestTimeout : 0;
  if (headersTimeout === 0 && requestTimeout === 0) return;
  for (const c of this[kConnections].expired(headersTimeout, requestTimeout)) {
    if (c.socket) socketOnError.call(c.socket, new ERR_HTTP_REQUEST_TIMEOUT());
  }
}

// A connection's state, also its entry in the connections list, is its
// server parser (socket, server, and the fields below; Node keeps a
// separate entry and binds socketOnData, socketOnEnd, socketOnClose,
// socketOnDrain and parserOnIncoming to it per connection). Here the
// socket's listeners find it as socket.parser (set until the socket
// closes) and the listeners are shared functions, which saves
// five function objects per connection; the state being the parser saves
// another object (~600 bytes in goja) while an idle connection's parser
// keeps at most 8 own properties (id, socket, incoming, server, start,
// headersDone, inHead, keepAliveTimeoutSet: a goja object's small map).
// A request is in progress (Node's "active") while start is not 0.
// Node's incoming/outgoing arrays are a slot for the one request in
// progress plus arrays made only for pipelined requests (inQueue) and
// responses waiting for the socket (outQueue), and the fields' defaults
// are on the prototype (serverParserProto below).
const connStateDefaults = {
  inHead: null, inQueue: null, outQueue: null, outgoingData: 0, requestsCount: 0, keepAliveTimeoutSet: false,
  start: 0, headersDone: false, server: null,
};

function pushIncoming(state, req) {
  if (state.inHead === null) state.inHead = req;
  else (state.inQueue ||= []).push(req);
}

function shiftIncoming(state) {
  const q = state.inQueue;
  state.inHead = q !== null && q.length ? q.shift() : null;
}

// A server parser's callbacks are its prototype's (Node sets them on each
// parser).
const serverParserProto = Object.create(HTTPParser.prototype);
serverParserProto.type = HTTPParser.REQUEST;
serverParserProto.onIncoming = parserOnIncoming;
serverParserProto.onMessageComplete = parserOnMessageComplete;
Object.assign(serverParserProto, connStateDefaults);

const EE = require('events');
const eventsOn = EE.prototype.on;
const protoEmit = EE.prototype.emit;
const protoFlush = OutgoingMessage.prototype._flush;
const readableOn = require('stream').Readable.prototype.on;
const { kState, readableBits: { kResumeScheduled } } = require('internal/streams/utils');

// addResponseCloseListener is socket.on('close', onServerResponseClose)
// for a socket with Readable's on and no 'newListener' listener: stored by
// events' storeListener as Readable.on would store it (else socket.on
// decides, with its MaxListenersExceededWarning). Readable.on's general
// checks cost about 100 ops a request in goja. (The removal is
// socket.removeListener: Readable's goes straight to events'
// removeListenerOf.)
function addResponseCloseListener(socket) {
  const events = socket._events;
  if (events != null && events.newListener === undefined && socket.on === readableOn &&
      storeListener(socket, events, 'close', onServerResponseClose)) return;
  socket.on('close', onServerResponseClose);
}

function connectionListener(socket) {
  const server = this;
  socket.server = server;
  if (server.timeout && typeof socket.setTimeout === 'function') socket.setTimeout(server.timeout);
  socket.on('timeout', socketOnTimeout);

  const parser = Object.create(serverParserProto); // new HTTPParser() with the server's callbacks
  parser.initialize(HTTPParser.REQUEST, null, server.maxHeaderSize || 0);
  parser.socket = socket;
  socket.parser = parser;
  if (typeof server.maxHeadersCount === 'number') parser.maxHeaderPairs = server.maxHeadersCount << 1;

  parser.server = server;
  const state = parser;
  server[kConnections] ||= new ConnectionsList();
  server[kConnections].add(state);
  // (the socket's listeners find the state as socket.parser, its
  // parser's callbacks as this: a symbol-keyed property on the socket
  // would cost goja's ordered map another entry, ~70 B per connection)
  socket.on('data', socketOnDataListener); // (Readable's on: it starts the flow)
  socket.on('error', socketOnError);
  socket.on('end', socketOnEndListener);
  socket.on('close', socketOnCloseListener);
  socket.on('drain', socketOnDrainListener);
  socket.setEncoding = socketSetEncoding;
  socket._paused = false;
}

// The connection's listeners: `this` is the socket, or the parser for the
// parser's callbacks.
// (socketOnData and onParserExecuteCommon's common case in one call)
function socketOnDataListener(d) {
  const state = this.parser;
  if (state.start === 0) {
    state.start = Date.now();
    state.headersDone = false;
  }
  const parser = state;
  const ret = parser.execute(d);
  if (typeof ret === 'number' && !this._paused) {
    const req = parser.incoming;
    if (!req || !req.upgrade) return;
  }
  onParserExecuteCommon(state.server, this, parser, state, ret, d);
}

function socketOnEndListener() {
  const state = this.parser;
  socketOnEnd(state.server, this, state, state);
}

function socketOnCloseListener() {
  const state = this.parser;
  socketOnClose(this, state, state.server);
}

function socketOnDrainListener() {
  const state = this.parser;
  if (state !== null) socketOnDrain(this, state);
}

// headersTimeout/requestTimeout run from a request's first byte until its
// last (not until the response), as Node's connections list does
function parserOnMessageComplete() {
  const state = this; // (the parser is its connection's state)
  state.start = 0;
}

function socketSetEncoding() {
  throw new ERR_HTTP_SOCKET_ENCODING();
}

function updateOutgoingData(socket, state, delta) {
  state.outQueueData += delta;
  socketOnDrain(socket, state);
}

function socketOnDrain(socket, state) {
  const needPause = state.outQueueData > socket.writableHighWaterMark;
  if (socket._paused && !needPause) {
    socket._paused = false;
    if (socket.parser) socket.parser.resume();
    socket.resume();
  }
  const msg = socket._httpMessage;
  if (msg && !msg.finished && msg[kNeedDrain]) {
    msg[kNeedDrain] = false;
    msg.emit('drain');
  }
}

function socketOnTimeout() {
  const req = this.parser && this.parser.incoming;
  const reqTimeout = req && !req.complete && req.emit('timeout', this);
  const res = this._httpMessage;
  const resTimeout = res && res.emit('timeout', this);
  const serverTimeout = this.server.emit('timeout', this);
  if (!reqTimeout && !resTimeout && !serverTimeout) this.destroy();
}

function socketOnClose(socket, state, server) {
  if (server[kConnections]) server[kConnections].remove(state);
  // the parser is the connection's state: it keeps its socket (closeParser)
  if (socket.parser) closeParser(socket.parser);
  socket.parser = null;
  abortIncoming(state);
}

function abortIncoming(state) {
  while (state.inHead !== null) {
    const req = state.inHead;
    shiftIncoming(state);
    req.destroy(new ConnResetException('aborted'));
  }
}

function socketOnEnd(server, socket, parser, state) {
  const ret = parser.finish();
  if (ret instanceof Error) {
    socketOnError.call(socket, ret);
    return;
  }
  if (!server.httpAllowHalfOpen) {
    socket.end();
  } else if (state.outQueue !== null && state.outQueue.length) {
    state.outQueue[state.outQueue.length - 1]._last = true;
  } else if (socket._httpMessage) {
    socket._httpMessage._last = true;
  } else {
    socket.end();
  }
}

function noop() {}

const badRequestResponse = Buffer.from(`HTTP/1.1 400 ${STATUS_CODES[400]}\r\nConnection: close\r\n\r\n`, 'ascii');
const requestTimeoutResponse = Buffer.from(`HTTP/1.1 408 ${STATUS_CODES[408]}\r\nConnection: close\r\n\r\n`, 'ascii');
const requestHeaderFieldsTooLargeResponse = Buffer.from(
  `HTTP/1.1 431 ${STATUS_CODES[431]}\r\nConnection: close\r\n\r\n`, 'ascii');

function socketOnError(e) {
  this.removeListener('error', socketOnError);
  if (this.listenerCount('error') === 0) this.on('error', noop);
  if (!this.server.emit('clientError', e, this)) {
    if (this.writable && (!this._httpMessage || !this._httpMessage._headerSent)) {
      let response;
      switch (e.code) {
        case 'HPE_HEADER_OVERFLOW': response = requestHeaderFieldsTooLargeResponse; break;
        case 'ERR_HTTP_REQUEST_TIMEOUT': response = requestTimeoutResponse; break;
        default: response = badRequestResponse; break;
      }
      this.write(response);
    }
    destroyAfterWrites(this, e);
  }
}

// destroyAfterWrites destroys the socket once the writes already issued
// have gone out. Node's writes to a loopback socket usually complete
// synchronously, so a reply written just before destroy() reaches the
// peer; our net writes complete in a Go goroutine and destroy() would drop
// them.
function destroyAfterWrites(socket, err) {
  if (!socket.writableLength || !socket.writable) {
    socket.destroy(err);
    return;
  }
  socket.write('', () => socket.destroy(err));
}

function onParserExecuteCommon(server, socket, parser, state, ret, d) {
  if (ret instanceof Error) {
    prepareError(ret, parser, d);
    socketOnError.call(socket, ret);
  } else if (parser.incoming && parser.incoming.upgrade) {
    const req = parser.incoming;
    const eventName = req.method === 'CONNECT' ? 'connect' : 'upgrade';
    if (server.listenerCount(eventName) > 0) {
      const bodyHead = parser.upgradeHead || Buffer.alloc(0);
      socket.removeListener('data', socketOnDataListener);
      socket.removeListener('end', socketOnEndListener);
      socket.removeListener('close', socketOnCloseListener);
      socket.removeListener('drain', socketOnDrainListener);
      socket.removeListener('error', socketOnError);
      socket.removeListener('timeout', socketOnTimeout);
      if (server[kConnections]) server[kConnections].remove(state);
      freeParser(parser, req, socket);
      socket.readableFlowing = null;
      delete socket.setEncoding;
      server.emit(eventName, req, socket, bodyHead);
    } else {
      socket.destroy();
    }
  }
  if (socket._paused && socket.parser) socket.parser.pause();
}

function clearIncoming(req) {
  req ||= this;
  const parser = req.socket && req.socket.parser;
  if (parser && parser.incoming === req) {
    // a complete request gets nothing more from the parser (Node waits for
    // its 'end'; the wait only keeps it referenced a little longer)
    if (req.complete || req.readableEnded) parser.incoming = null; // (complete first: a field, no getter call)
    else req.on('end', clearIncoming);
  }
}

// resOnFinish is a ServerResponse's 'finish' listener (Node binds it to the
// request, response, socket and connection state; they are res.req and
// res[kConnState] here).
function resOnFinish() {
  const res = this;
  const req = res.req;
  const state = res[kConnState];
  const socket = state.socket;
  const server = state.server;
  const q = state.inQueue; // shiftIncoming
  state.inHead = q !== null && q.length ? q.shift() : null;
  if (!req._consuming && (req._readableState[kState] & kResumeScheduled) === 0) req._dump(); // (!resumeScheduled)
  if (res.detachSocket === detachSocket) { // (its body, a call less)
    socket.removeListener('close', onServerResponseClose);
    socket._httpMessage = null;
    res.socket = null;
  } else {
    res.detachSocket(socket);
  }
  // clearIncoming(req)
  const reqSocket = req.socket;
  const parser = reqSocket && reqSocket.parser;
  if (parser && parser.incoming === req) {
    if (req.complete || req.readableEnded) parser.incoming = null;
    else req.on('end', clearIncoming);
  }
  nextTick1(emitCloseNT, res);
  if (res._last) {
    if (typeof socket.destroySoon === 'function') socket.destroySoon();
    else socket.end();
  } else if (state.outQueue === null || state.outQueue.length === 0) {
    if (server.keepAliveTimeout && typeof socket.setTimeout === 'function') {
      // Node 20.20 closes an idle keep-alive socket a second after the
      // advertised timeout, so clients that reuse it at the limit don't race
      // (net's setTimeout only unparks the timer parserOnIncoming parked,
      // while its loop timer has yet to fire)
      socket.setTimeout(server.keepAliveTimeout + 1000);
      state.keepAliveTimeoutSet = true;
    }
  } else {
    const m = state.outQueue.shift();
    if (m) m.assignSocket(socket);
  }
}

function emitCloseNT(self) {
  if (!self._closed) {
    self.destroyed = true;
    self._closed = true;
    // (emit0's work only when it has any: a listener, or a user's emit)
    const events = self._events;
    if (events === undefined || events.close !== undefined || self.emit !== protoEmit) emit0(self, 'close');
  }
}

// parserOnIncoming follows Node's. flags are the parser's: which of Host
// and Expect the head has (binding.go's HeadFlags), or -1 when
// req.headers must be asked (see parserOnHeadersComplete). The socket's
// writableHighWaterMark is read from its state (the getter is two calls
// in goja). `this` is the parser (the connection's state is its socket's
// kConnState).
function parserOnIncoming(req, keepAlive, flags) {
  const socket = this.socket;
  const state = this; // (the parser is its connection's state)
  const server = state.server;
  if (state.keepAliveTimeoutSet) { // resetSocketTimeout(server, socket, state)
    // (net parks the keep-alive timer without stopping its loop timer, and
    // resOnFinish's setTimeout with the same duration only unparks it)
    socket.setTimeout(server.timeout || 0);
    state.keepAliveTimeoutSet = false;
  }
  state.headersDone = true;
  if (req.upgrade) {
    req.upgrade = req.method === 'CONNECT' || server.listenerCount('upgrade') > 0;
    if (req.upgrade) return 2;
  }
  if (state.inHead === null) state.inHead = req; // pushIncoming
  else pushIncoming(state, req);
  const ws = socket._writableState;
  const highWaterMark = ws.highWaterMark;
  if (!socket._paused) {
    if (ws.needDrain || state.outQueueData >= highWaterMark) {
      socket._paused = true;
      socket.pause();
    }
  }
  const Response = server[kServerResponse];
  const rejectNonStandardBodyWrites = server.rejectNonStandardBodyWrites;
  // our ServerResponse takes the defaults without an options object; a
  // user's class gets the options Node passes
  const res = Response === ServerResponse && highWaterMark === kDefaultHighWaterMark && !rejectNonStandardBodyWrites ?
    new ServerResponse(req) : new Response(req, { highWaterMark, rejectNonStandardBodyWrites });
  res._keepAliveTimeout = server.keepAliveTimeout;
  // (stores skipped where the value is the prototype's default already)
  const maxRequestsPerSocket = server.maxRequestsPerSocket;
  if (maxRequestsPerSocket !== 0) res._maxRequestsPerSocket = maxRequestsPerSocket;
  res[kConnState] = state;
  if (res.shouldKeepAlive !== keepAlive) res.shouldKeepAlive = keepAlive;
  const uniqueHeaders = server[kUniqueHeaders];
  if (uniqueHeaders != null) res[kUniqueHeaders] = uniqueHeaders;
  if (socket._httpMessage) {
    (state.outQueue ||= []).push(res);
  } else if (res.assignSocket === assignSocket) { // (its body, a call less)
    socket._httpMessage = res;
    addResponseCloseListener(socket);
    res.socket = socket;
    // (emit1's work only when it has any: a 'socket' listener, which a
    // response just made has not, or a user's emit to call)
    const resEvents = res._events;
    if (resEvents === undefined || resEvents.socket !== undefined || res.emit !== protoEmit) emit1(res, 'socket', socket);
    // (flushAssigned's tests hold for a response our constructor has just
    // made: nothing queued or corked, not finished)
    if (Response !== ServerResponse || res._flush !== protoFlush) flushAssigned(res);
  } else {
    res.assignSocket(socket);
  }
  // res.on('finish', resOnFinish): with Node's on and no 'newListener'
  // listener, stored as _addListener would (three calls less in goja)
  const events = res._events;
  if (!(res.on === eventsOn && events !== undefined && events.newListener === undefined &&
        storeListener(res, events, 'finish', resOnFinish))) {
    res.on('finish', resOnFinish);
  }

  let handled = false;
  // (a head with Host and without Expect, and no request limit: nothing
  // below applies)
  if (req.httpVersionMajor === 1 && req.httpVersionMinor === 1 && (flags !== kFlagHost || maxRequestsPerSocket !== 0)) {
    if (server.requireHostHeader && (flags >= 0 ? (flags & kFlagHost) === 0 : !hasHeader(req, 'host'))) {
      res.writeHead(400, ['Connection', 'close']);
      res.end();
      return 0;
    }
    const isRequestsLimitSet = typeof maxRequestsPerSocket === 'number' && maxRequestsPerSocket > 0;
    if (isRequestsLimitSet) {
      state.requestsCount++;
      res.maxRequestsOnConnectionReached = maxRequestsPerSocket <= state.requestsCount;
    }
    if (isRequestsLimitSet && maxRequestsPerSocket < state.requestsCount) {
      handled = true;
      server.emit('dropRequest', req, socket);
      res.writeHead(503);
      res.end();
    } else if (flags >= 0 ? (flags & kFlagExpect) !== 0 : hasHeader(req, 'expect')) {
      handled = true;
      if (continueExpression.test(req.headers.expect)) {
        res._expect_continue = true;
        if (server.listenerCount('checkContinue') > 0) {
          server.emit('checkContinue', req, res);
        } else {
          res.writeContinue();
          server.emit('request', req, res);
        }
      } else if (server.listenerCount('checkExpectation') > 0) {
        server.emit('checkExpectation', req, res);
      } else {
        res.writeHead(417);
        res.end();
      }
    }
  }
  if (!handled) emit2(server, 'request', req, res);
  return 0;
}

module.exports = {
  STATUS_CODES,
  Server,
  ServerResponse,
  setupConnectionsTracking,
  storeHTTPOptions,
  _connectionListener: connectionListener,
  kServerResponse,
  httpServerPreClose,
  kConnectionsCheckingInterval,
};
