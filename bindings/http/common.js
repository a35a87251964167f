// _http_common, after Node's lib/_http_common.js: the HTTP parser shared by
// server and client. The parsing itself is Go (internalBinding('http'): a
// parser per id that takes the bytes a socket delivered and returns heads,
// body chunks and message ends); this file turns those events into
// IncomingMessage objects as Node's parserOnHeadersComplete/parserOnBody/
// parserOnMessageComplete do.
'use strict';

const binding = internalBinding('http');
require('stream'); // (fills readableBits)
// ReadableState's flowing bits, tested directly (the accessor is a call)
const { kState, readableBits: { kHasFlowing, kFlowing } } = require('internal/streams/utils');
const kHasFlowingFlowing = kHasFlowing | kFlowing;

const CRLF = '\r\n';
const kIncomingMessage = Symbol('IncomingMessage');
const kSkipPendingData = Symbol('SkipPendingData');

const methods = [
  'ACL', 'BIND', 'CHECKOUT', 'CONNECT', 'COPY', 'DELETE', 'GET', 'HEAD', 'LINK', 'LOCK', 'M-SEARCH',
  'MERGE', 'MKACTIVITY', 'MKCALENDAR', 'MKCOL', 'MOVE', 'NOTIFY', 'OPTIONS', 'PATCH', 'POST',
  'PROPFIND', 'PROPPATCH', 'PURGE', 'PUT', 'QUERY', 'REBIND', 'REPORT', 'SEARCH', 'SOURCE', 'SUBSCRIBE', 'TRACE',
  'UNBIND', 'UNLINK', 'UNLOCK', 'UNSUBSCRIBE',
];

const EV_HEADERS = 1;
const EV_BODY = 2;
const EV_COMPLETE = 3;
const EV_ERROR = 4;
const EV_UPGRADE = 5;

let IncomingMessage;
let addHeaderLines; // IncomingMessage.prototype._addHeaderLines, ours
let kHeadersCount;
function lazyIncoming() {
  if (!IncomingMessage) {
    const incoming = require('_http_incoming');
    addHeaderLines = incoming.addHeaderLines;
    kHeadersCount = incoming.kHeadersCount;
    IncomingMessage = incoming.IncomingMessage;
  }
  return IncomingMessage;
}

let BufferCtor;
function lazyBuffer() {
  if (!BufferCtor) BufferCtor = require('buffer').Buffer;
  return BufferCtor;
}

// HTTPParser is the JS face of one Go parser.
class HTTPParser {
  static REQUEST = 1;
  static RESPONSE = 2;

  // The fields' defaults are on the prototype (below): a parser lives as
  // long as its connection, and goja keeps a map entry per own property.

  initialize(type, resource, maxHeaderSize) {
    if (this.id) binding.close(this.id);
    // (stores skipped where the value is already so: a new parser's
    // fields are its prototype's)
    if (this.type !== type) this.type = type;
    this.id = binding.create(type === HTTPParser.RESPONSE, maxHeaderSize || 0);
    if (this.incoming !== null) this.incoming = null;
    if (this.upgradeHead !== null) this.upgradeHead = null;
  }

  // expect tells a response parser which request went out (HEAD has no body).
  expect(method) {
    if (this.id) binding.expect(this.id, method);
  }

  // execute feeds bytes; it returns an Error (with code, reason) on a parse
  // failure, else the number of bytes taken.
  execute(data) {
    const id = this.id;
    if (!id) return 0;
    const ev = binding.execute(id, data, false);
    const n = data ? data.length : 0;
    if (ev === undefined) return n;
    // a head and its message's end, nothing else (a request without a
    // body: every keep-alive GET): _dispatch's steps without its loop
    if (ev.length === 14 && ev[0] === EV_HEADERS && ev[12] === EV_COMPLETE) {
      parserOnHeadersComplete(this, ev, 1);
      if (this.id) {
        parserOnMessageComplete(this, ev[13]);
        if (this.onMessageComplete) this.onMessageComplete();
      }
      return n;
    }
    return this._dispatch(ev, n, 0);
  }

  // finish tells the parser the peer ended its side.
  finish() {
    if (!this.id) return undefined;
    // one call for what were inMessage and execute(null, true)
    const res = binding.finish(this.id);
    let inMessage = res;
    if (typeof res === 'object') {
      inMessage = res[0];
      const r = this._dispatch(res, 0, 1);
      if (r instanceof Error) return finishError(r.code, r.reason);
    }
    if (inMessage && this.incoming && !this.incoming.complete && this.type === HTTPParser.REQUEST) {
      return finishError('HPE_INVALID_EOF_STATE', 'Invalid EOF state');
    }
    return undefined;
  }

  // _dispatch walks the flat event array of binding.execute or finish
  // from index start (see appendEvent in binding.go for the layout).
  _dispatch(ev, n, start) {
    for (let i = start; i < ev.length;) {
      switch (ev[i]) {
        case EV_HEADERS:
          parserOnHeadersComplete(this, ev, i + 1);
          i += 12;
          break;
        case EV_BODY:
          parserOnBody(this, ev[i + 1]);
          i += 2;
          break;
        case EV_COMPLETE:
          parserOnMessageComplete(this, ev[i + 1]);
          if (this.onMessageComplete) this.onMessageComplete();
          i += 2;
          break;
        case EV_UPGRADE:
          this.upgradeHead = ev[i + 1];
          if (this.incoming) parserOnMessageComplete(this, undefined);
          i += 2;
          break;
        default: // EV_ERROR
          return parseError(ev[i + 1], ev[i + 2]);
      }
      if (!this.id) break; // freed by a callback
    }
    return n;
  }

  close() {
    if (this.id) binding.close(this.id);
    this.id = 0;
  }

  free() {
    this.close();
  }

  pause() { this._paused = true; }
  resume() { this._paused = false; }
  remove() {}
  consume() {}
  unconsume() {}
  getCurrentBuffer() { return lazyBuffer().alloc(0); }
}

Object.assign(HTTPParser.prototype, {
  id: 0,
  type: 0,
  socket: null,
  incoming: null,
  outgoing: null,
  maxHeaderPairs: 2000 * 2,
  onIncoming: null,
  onMessageComplete: null, // the server's request-timeout bookkeeping
  joinDuplicateHeaders: false,
  upgradeHead: null,
  _paused: false,
  _queue: null,
});

// finishError is the error of Node's parser.finish(): it does not go
// through prepareError, so its message is llhttp's bare 'Parse Error', and
// it parsed no bytes.
function finishError(code, reason) {
  const err = new Error('Parse Error');
  err.bytesParsed = 0;
  err.code = code;
  err.reason = reason;
  return err;
}

function parseError(code, reason) {
  const err = new Error(`Parse Error: ${reason}`);
  err.code = code;
  err.reason = reason;
  return err;
}

// parserOnHeadersComplete takes the head's fields from the event array ev
// at index i: method, url, httpVersion, major, minor, statusCode,
// statusMessage, rawHeaders, keepAlive, upgrade, flags. onIncoming gets a
// third argument Node's does not have: the head's flags (which of Host
// and Expect it has; binding.go's HeadFlags) when they are what
// incoming.headers would say, else -1: they are when the message is an
// IncomingMessage of ours that no code has seen yet, with all its
// headers (maxHeaderPairs cut none).
function parserOnHeadersComplete(parser, ev, i) {
  const socket = parser.socket;
  const server = socket && socket.server;
  const Default = IncomingMessage || lazyIncoming();
  const Incoming = (server && server[kIncomingMessage]) || Default;
  const incoming = parser.incoming = new Incoming(socket);
  incoming.httpVersionMajor = ev[i + 3];
  incoming.httpVersionMinor = ev[i + 4];
  incoming.httpVersion = ev[i + 2];
  const join = (server && server.joinDuplicateHeaders) || parser.joinDuplicateHeaders;
  if (join !== false) incoming.joinDuplicateHeaders = join; // false is the prototype's
  incoming.url = ev[i + 1];
  incoming.upgrade = ev[i + 9];
  let headers = ev[i + 7];
  let n = headers.length;
  let flags = Incoming === Default ? ev[i + 10] : -1;
  const maxHeaderPairs = parser.maxHeaderPairs;
  if (maxHeaderPairs > 0 && n > maxHeaderPairs) {
    n = maxHeaderPairs;
    headers = headers.slice(0, n);
    flags = -1;
  }
  if (Incoming === Default && n !== 0 && incoming._addHeaderLines === addHeaderLines) {
    // _addHeaderLines(headers, n) on a message our constructor has just
    // made (its header caches are the prototype's nulls): a call less
    incoming.rawHeaders = headers;
    incoming[kHeadersCount] = n;
  } else {
    incoming._addHeaderLines(headers, n);
  }
  if (parser.type === 1) { // HTTPParser.REQUEST (a static field: a lookup)
    incoming.method = ev[i];
  } else {
    incoming.statusCode = ev[i + 5];
    incoming.statusMessage = ev[i + 6];
  }
  return parser.onIncoming(incoming, ev[i + 8], flags);
}

function parserOnBody(parser, b) {
  const stream = parser.incoming;
  if (stream === null || stream[kSkipPendingData]) return;
  if (!stream._dumped) {
    const ret = stream.push(b);
    if (!ret) readStop(parser.socket);
  }
}

function parserOnMessageComplete(parser, trailers) {
  const stream = parser.incoming;
  if (stream !== null && !stream[kSkipPendingData]) {
    stream.complete = true;
    if (trailers && trailers.length) stream._addHeaderLines(trailers, trailers.length, true);
    stream.push(null);
  }
  readStart(parser.socket);
}

// closeParser is freeParser's work on the parser itself, except that the
// parser keeps its socket: the http server's connection state is its parser,
// and a response that finishes after the close still finds the socket there.
function closeParser(parser) {
  if (parser._consumed) parser.unconsume();
  parser.close();
  // (a store that changes nothing is skipped)
  if (parser.onIncoming !== null) parser.onIncoming = null;
  if (parser.onMessageComplete !== null) parser.onMessageComplete = null;
  if (parser.incoming !== null) parser.incoming = null;
  if (parser.outgoing !== null) parser.outgoing = null;
}

function freeParser(parser, req, socket) {
  if (parser) {
    closeParser(parser);
    if (parser.socket !== null) parser.socket = null;
  }
  if (req) req.parser = null;
  if (socket) socket.parser = null;
}

const parsers = {
  alloc() { return new HTTPParser(); },
  free() {},
};

// Node's tokenRegExp / headerCharRegex.
const tokenRegExp = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
// Header names repeat from request to request; a valid one is remembered
// (a Set lookup is a quarter of the regular expression's cost in goja).
const validTokens = new Set();
function checkIsHttpToken(val) {
  if (validTokens.has(val)) return true;
  const ok = tokenRegExp.test(val);
  if (ok && typeof val === 'string' && validTokens.size < 1024) validTokens.add(val);
  return ok;
}

const headerCharRegex = /[^\t\x20-\x7e\x80-\xff]/;
function checkInvalidHeaderChar(val) {
  return headerCharRegex.test(val);
}

// readStart is Node's; resume() of a socket that flows already (a
// server's, whose 'data' listener made it flow) changes nothing, so it is
// skipped (parserOnMessageComplete calls this per message; the flowing
// accessor of the socket's state is one call where resume() is three).
function readStart(socket) {
  if (socket && !socket._paused) {
    const rs = socket._readableState;
    if (rs !== undefined && (rs[kState] & kHasFlowingFlowing) === kHasFlowingFlowing) return; // (flowing === true)
    if (socket.readable) socket.resume();
  }
}

function readStop(socket) {
  if (socket) socket.pause();
}

function prepareError(err, parser, rawPacket) {
  err.rawPacket = rawPacket || parser.getCurrentBuffer();
  if (typeof err.reason === 'string') err.message = `Parse Error: ${err.reason}`;
}

module.exports = {
  _checkInvalidHeaderChar: checkInvalidHeaderChar,
  _checkIsHttpToken: checkIsHttpToken,
  chunkExpression: /(?:^|\W)chunked(?:$|\W)/i,
  continueExpression: /(?:^|\W)100-continue(?:$|\W)/i,
  CRLF,
  freeParser,
  closeParser,
  methods: methods.sort(),
  parsers,
  kIncomingMessage,
  kSkipPendingData,
  HTTPParser,
  isLenient() { return false; },
  prepareError,
  readStart,
  readStop,
  chunk(data) { return binding.chunk(data); },
};
