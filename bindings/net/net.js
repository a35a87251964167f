// net, after Node's lib/net.js: Server and Socket over Go TCP handles.
// The Go side (tcp.go, stream.go) only listens, accepts, dials, reads,
// writes and closes; this file decides every event and its order.
'use strict';

const EventEmitter = require('events');
const stream = require('stream');
const { codes, ConnResetException } = require('internal/errors');
const { kLazyEventSlots, kSocketOnwrite, coreWrite } = require('internal/streams/utils');
const {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_SOCKET_BAD_PORT, ERR_SERVER_NOT_RUNNING,
  ERR_SERVER_ALREADY_LISTEN, ERR_SOCKET_CLOSED, ERR_MISSING_ARGS, ERR_INVALID_IP_ADDRESS,
  ERR_SOCKET_CLOSED_BEFORE_CONNECTION,
} = codes;
const binding = internalBinding('net');
// events' emit0/emit1: emit(type[, a]) without its rest array and apply
// (they call an emitter's own emit when it has replaced EventEmitter's)
const { emit0, emit1, storeListener } = internalBinding('internal/events/fast');
require('timers');
const { setUnrefTimeout, parkUnrefTimeout, kOwner, now: timersNow } = internalBinding('timers');

const kLastWriteQueueSize = Symbol('lastWriteQueueSize');
const kTimeout = Symbol('timeout');
const kSetNoDelay = Symbol('kSetNoDelay');
const kBytesRead = Symbol('kBytesRead');
const kBytesWritten = Symbol('kBytesWritten');
const kWriteCbs = Symbol('writeCallbacks');
// A server whose connections another layer takes over (tls.Server) must not
// read from them first: the bytes belong to the TLS handshake.
const kManualStart = Symbol('manualStart');
// A server that can build its own socket straight on an accepted handle
// (tls.Server, when nothing else listens to 'connection') sets this to a
// function(handle) that returns true when it did; net then makes no
// net.Socket for the connection (a Duplex less per TLS connection).
const kDirectConnection = Symbol('directConnection');
let nextReqId = 1;

let BufferCtor; // loaded on first use, then kept (require costs a lookup per chunk)
function lazyBuffer() {
  if (BufferCtor === undefined) BufferCtor = require('buffer').Buffer;
  return BufferCtor;
}

// ---- IP helpers -------------------------------------------------------------
const v4Seg = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])';
const v4Str = `(?:${v4Seg}\\.){3}${v4Seg}`;
const IPv4Reg = new RegExp(`^${v4Str}$`);
const v6Seg = '(?:[0-9a-fA-F]{1,4})';
const IPv6Reg = new RegExp('^(?:' +
  `(?:${v6Seg}:){7}(?:${v6Seg}|:)|` +
  `(?:${v6Seg}:){6}(?:${v4Str}|:${v6Seg}|:)|` +
  `(?:${v6Seg}:){5}(?::${v4Str}|(?::${v6Seg}){1,2}|:)|` +
  `(?:${v6Seg}:){4}(?:(?::${v6Seg}){0,1}:${v4Str}|(?::${v6Seg}){1,3}|:)|` +
  `(?:${v6Seg}:){3}(?:(?::${v6Seg}){0,2}:${v4Str}|(?::${v6Seg}){1,4}|:)|` +
  `(?:${v6Seg}:){2}(?:(?::${v6Seg}){0,3}:${v4Str}|(?::${v6Seg}){1,5}|:)|` +
  `(?:${v6Seg}:){1}(?:(?::${v6Seg}){0,4}:${v4Str}|(?::${v6Seg}){1,6}|:)|` +
  `(?::(?:(?::${v6Seg}){0,5}:${v4Str}|(?::${v6Seg}){1,7}|:))` +
')(?:%[0-9a-zA-Z-.:]{1,})?$');

function isIPv4(s) { return IPv4Reg.test(`${s}`); }
function isIPv6(s) { return IPv6Reg.test(`${s}`); }
function isIP(s) {
  if (isIPv4(s)) return 4;
  if (isIPv6(s)) return 6;
  return 0;
}

function isPipeName(s) {
  return typeof s === 'string' && Number(s) !== Number(s);
}

function validatePort(port, name = 'Port', allowZero = true) {
  if ((typeof port !== 'number' && typeof port !== 'string') ||
      (typeof port === 'string' && port.trim().length === 0) ||
      +port !== (+port >>> 0) ||
      port > 0xFFFF ||
      (port === 0 && !allowZero)) {
    throw new ERR_SOCKET_BAD_PORT(name, port, allowZero);
  }
  return port | 0;
}

// ---- argument normalisation (Node's normalizeArgs) ------------------------
const normalizedArgsSymbol = Symbol('normalizedArgs');

function normalizeArgs(args) {
  let arr;
  if (args.length === 0) {
    arr = [{}, null];
    arr[normalizedArgsSymbol] = true;
    return arr;
  }
  const arg0 = args[0];
  let options = {};
  if (typeof arg0 === 'object' && arg0 !== null) {
    options = arg0;
  } else if (isPipeName(arg0)) {
    options.path = arg0;
  } else {
    options.port = arg0;
    if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
  }
  const cb = args[args.length - 1];
  if (typeof cb !== 'function') arr = [options, null];
  else arr = [options, cb];
  arr[normalizedArgsSymbol] = true;
  return arr;
}

// ---- Socket -------------------------------------------------------------------

// ownedOptions: the options object of the Socket call initOwnedSocket
// makes, a fresh literal of its caller (tls.js's TLSSocket) that Socket
// may change as it is; Node copies every options object, which here costs
// an object spread (~35 allocations) per TLS socket.
let ownedOptions = null;

function Socket(options) {
  if (!(this instanceof Socket)) return new Socket(options);
  if (typeof options === 'number') options = { fd: options };
  else if (options === null || options !== ownedOptions) options = { ...options };
  ownedOptions = null;
  // Defaults that rarely change live on the prototype (connecting,
  // _hadError, _parent, _host, server, _server, _pendingData, kTimeout,
  // kBytesRead, ...): every own property costs memory per connection in
  // goja (each object's are a Go map).
  if (options.noDelay) this[kSetNoDelay] = true;
  this._handle = null;

  options.allowHalfOpen = Boolean(options.allowHalfOpen);
  if (options.emitClose === undefined) options.emitClose = false;
  options.autoDestroy = true;
  options.decodeStrings = false;
  // (Duplex makes the common events' _events slots as they are first used)
  this._events = kLazyEventSlots;
  stream.Duplex.call(this, options);
  // one write callback for all sockets (see _write)
  this._writableState.onwrite = kSocketOnwrite;

  if (options.handle) {
    this._handle = options.handle;
    initSocketHandle(this, true);
  }
  addOwnListener(this, 'end', onReadableStreamEnd);

  if (this._handle && options.readable !== false) {
    if (options.pauseOnCreate) {
      binding.readStop(this._handle.id);
      this._handle.reading = false;
      this.readableFlowing = false;
    } else if (!options.manualStart) {
      this.read(0);
    }
  }
  if (options.signal) addClientAbortSignalOption(this, options);
}
Object.setPrototypeOf(Socket.prototype, stream.Duplex.prototype);
Object.setPrototypeOf(Socket, stream.Duplex);
// A socket is a lean emitter (its _events are kLazyEventSlots): its shape
// mode and capture flag default here (see events.js's initShaped).
internalBinding('internal/events/fast').leanEmitterPrototype(Socket.prototype);
Socket.prototype.connecting = false;
Socket.prototype._hadError = false;
Socket.prototype.allowHalfOpen = false;
Socket.prototype._server = null;
// server reads _server until it is given another value: Node sets both to
// the same server, and an own 'server' would make an https server socket's
// 15th own string-keyed property (see the Duplex constructor). Another
// value becomes an own data property, as Node's is.
Object.defineProperty(Socket.prototype, 'server', {
  configurable: true,
  enumerable: true,
  get() { return this._server; },
  set(value) {
    if (value !== this._server) {
      Object.defineProperty(this, 'server', { value, writable: true, enumerable: true, configurable: true });
    }
  },
});
Socket.prototype._pendingData = null;
Socket.prototype._pendingEncoding = '';
Socket.prototype._parent = null;
Socket.prototype._host = null;
Socket.prototype._sockname = null;
Socket.prototype[kLastWriteQueueSize] = 0;
Socket.prototype[kTimeout] = null;
Socket.prototype[kSetNoDelay] = false;
Socket.prototype[kBytesRead] = 0;
Socket.prototype[kBytesWritten] = 0;
// kWriteCbs: the writes (and the shutdown) still waiting for the kernel,
// { id, cb, bytes, shutdown } in order, one entry or an array of them, made
// on the first such write (most writes complete at once); on the handle
// while the socket has one (see addPendingWrite). An array: rarely more
// than a couple wait, and a goja Map costs more to make than a socket's
// whole write.
Socket.prototype[kWriteCbs] = null;
const kClosedHandle = Symbol('closedHandle');
Socket.prototype[kClosedHandle] = null;

// kHasParent: _parent was assigned (tls.js's _parent setter sets it).
const kHasParent = Symbol('hasParent');
Socket.prototype[kHasParent] = false;
// parentOf is the socket a TLS socket took over, or null, without
// reading _parent (which a TLS socket made straight on a server's handle
// materialises only when a script asks for it).
function parentOf(s) {
  return s[kHasParent] === true ? s._parent : null;
}

// addOwnListener(emitter, type, fn) is emitter.on(type, fn) for the
// listeners a socket gets while it is being built, before anything else
// can hold it: stored by events' storeListener when there is no
// 'newListener' listener to tell (and no max-listeners warning due), else
// through on(). A Readable.on call and its checks less per listener (a TLS
// server connection adds five).
function addOwnListener(emitter, type, fn) {
  const ev = emitter._events;
  if (ev != null && ev.newListener === undefined && storeListener(emitter, ev, type, fn)) return;
  emitter.on(type, fn);
}

// The pending writes, like the byte counts, live on the handle while the
// socket has one (handleProto's writeCbs, bytesRead, bytesWritten; Node's
// handle has bytesRead and bytesWritten too): no symbol-keyed own property
// on the socket, whose first costs goja an ordered map per connection.
// releaseHandleState moves them to the socket when the handle goes.
//
// writeCbs is null, one entry (most sockets never have two writes
// waiting: no array), or an array of them (an entry has an id, an array
// has none).
function addPendingWrite(handle, id, cb, bytes, shutdown) {
  const entry = { id, cb, bytes, shutdown };
  const list = handle.writeCbs;
  if (list === null) handle.writeCbs = entry;
  else if (list.id !== undefined) handle.writeCbs = [list, entry];
  else list.push(entry);
}

function takePendingWrite(handle, id) {
  const list = handle.writeCbs;
  if (list === null) return undefined;
  if (list.id !== undefined) {
    if (list.id !== id) return undefined;
    handle.writeCbs = null;
    return list;
  }
  for (let i = 0; i < list.length; i++) {
    if (list[i].id === id) {
      const entry = list[i];
      // completions come in order: the first entry, taken with shift()
      // (goja's splice builds the removed-elements array through
      // Array[Symbol.species], a dozen allocations)
      if (i === 0) list.shift();
      else list.splice(i, 1);
      return entry;
    }
  }
  return undefined;
}

function addClientAbortSignalOption(self, options) {
  const { signal } = options;
  const onAbort = () => {
    const { AbortError } = require('internal/errors');
    self.destroy(new AbortError(undefined, { cause: signal.reason }));
  };
  if (signal.aborted) process.nextTick(onAbort);
  else signal.addEventListener('abort', onAbort, { once: true });
}

// handleProto holds what every stream handle shares: the callbacks the Go
// side calls and reading's default. Handles (made here for connects, by the
// Go side for accepted connections) inherit from it and own only id, owner
// and what changes.
const handleProto = {
  id: 0,
  owner: null,
  reading: false,
  onread: onStreamRead,
  onwrite: onStreamWrite,
  onerror: onStreamError,
  bytesRead: 0,
  bytesWritten: 0,
  writeCbs: null,
};

// releaseHandleState: self lets its handle h go. Destroyed, it keeps the
// handle as kClosedHandle, whose counts (and pending writes, which its
// late completions still take and count) it goes on reading; when another
// socket takes the handle over (detach), the counts and pending writes so
// far become self's own and the handle starts from none.
function releaseHandleState(self, h, detach) {
  if (!detach) {
    self[kClosedHandle] = h;
    return;
  }
  if (h.bytesRead !== 0) {
    self[kBytesRead] += h.bytesRead;
    h.bytesRead = 0;
  }
  if (h.bytesWritten !== 0) {
    self[kBytesWritten] += h.bytesWritten;
    h.bytesWritten = 0;
  }
  if (h.writeCbs !== null) {
    self[kWriteCbs] = h.writeCbs;
    h.writeCbs = null;
  }
}
binding.setHandlePrototype(handleProto);

// initSocketHandle wires the Go handle's callbacks to this socket. Node
// resets the stream state first (_undestroy); on a socket just constructed
// (fresh) that changes nothing, and costs ~14 µs in goja, so it is skipped.
function initSocketHandle(self, fresh) {
  if (!fresh || !self._readableState.constructed || !self._writableState.constructed) self._undestroy();
  if (self._sockname !== null) self._sockname = null;
  const handle = self._handle;
  if (handle) {
    if (handle.owner === null) {
      // a handle no socket has owned: the rest are handleProto's defaults
      // (only an owner reads or changes them)
      handle.owner = self;
    } else {
      if (handle.owner !== self) handle.owner = self;
      if (handle.reading !== false) handle.reading = false;
      if (handle.onread !== onStreamRead) handle.onread = onStreamRead;
      if (handle.onwrite !== onStreamWrite) handle.onwrite = onStreamWrite;
      if (handle.onerror !== onStreamError) handle.onerror = onStreamError;
    }
    if (self[kSetNoDelay] && handle.id) binding.setNoDelay(handle.id, true);
  }
}

// onStreamRead gets each chunk as a Buffer (made by the Go side), then
// null at EOF.
function onStreamRead(chunk) {
  const self = this.owner;
  // a destroyed socket has let its handle go (_destroy sets _handle to
  // null): one field read instead of the destroyed getter's call
  if (self === null || self._handle !== this) return;
  // _unrefTimer's work only when it has any (an armed timer: a parked one
  // is not refreshed; or a parent's)
  const tm = self[kTimeout];
  if (tm !== null ? tm._idleTimeout >= 0 || self[kHasParent] === true : self[kHasParent] === true) self._unrefTimer();
  if (chunk === null) {
    // EOF
    if (self.readableEnded || self._readableState.ended) return;
    self.push(null);
    self.read(0);
    return;
  }
  this.bytesRead += chunk.length;
  const ret = self.push(chunk);
  if (!ret && this.reading) {
    this.reading = false;
    binding.readStop(this.id);
  }
}

function onStreamError(message, err) {
  const self = this.owner;
  if (!self || self.destroyed) return;
  self.destroy(err);
}

function onStreamWrite(reqId, err) {
  const self = this.owner;
  if (!self) return;
  const entry = takePendingWrite(this, reqId);
  if (!entry) return;
  if (err) {
    // like Node's afterShutdown, the outcome of the half-close is not an
    // error for the stream: a peer that already left is not the writer's
    // problem
    if (entry.shutdown) entry.cb();
    else entry.cb(err);
    return;
  }
  // (a write that completes after destroy counts too: the socket keeps
  // its closed handle)
  if (entry.bytes) this.bytesWritten += entry.bytes;
  const tm = self[kTimeout]; // (_unrefTimer's work only when it has any, as above)
  if (tm !== null ? tm._idleTimeout >= 0 || self[kHasParent] === true : self[kHasParent] === true) self._unrefTimer();
  entry.cb();
}

function onReadableStreamEnd() {
  if (!this.allowHalfOpen) {
    this.write = writeAfterFIN;
  }
}

function writeAfterFIN(chunk, encoding, cb) {
  if (!this.writableEnded) return stream.Duplex.prototype.write.call(this, chunk, encoding, cb);
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  const er = new Error('This socket has been ended by the other party');
  er.code = 'EPIPE';
  if (typeof cb === 'function') process.nextTick(cb, er);
  this.destroy(er);
  return false;
}

// _unrefTimer runs per chunk read and written: the common case (no parent)
// is two property reads. A parked timer (setTimeout(0)) is not refreshed,
// as Node's cleared Timeout is not (its refresh() does nothing).
Socket.prototype._unrefTimer = function _unrefTimer() {
  const t = this[kTimeout];
  if (t !== null && t._idleTimeout >= 0) t.refresh();
  if (this[kHasParent] !== true) return;
  for (let s = this._parent; s !== null && s !== undefined; s = parentOf(s)) {
    if (s[kTimeout]) s[kTimeout].refresh();
  }
};

const TIMEOUT_MAX = 2 ** 31 - 1;

// The lazy park. Node's setTimeout(0) clears the socket's timer and a later
// setTimeout(ms) makes a new one, armed ms from then. Here setTimeout(0)
// parks the socket's timer: it reads as Node's cleared one (_idleTimeout
// -1, _destroyed, refresh() does nothing) while its loop timer keeps
// running, and fires into nothing if it expires while parked (timers'
// processTimer ignores a timer with _idleTimeout -1). A setTimeout(ms)
// that finds its timer still parked with the same duration, and its loop
// timer yet to fire, only unparks it: _idleTimeout and
// _idleStart read as Node's new Timeout's, and when the loop timer fires
// before _idleStart + _idleTimeout, onSocketTimeout arms it for the rest,
// as Node's listOnTimeout does with a timer whose list expired early. No
// loop timer is re-armed then. http's keep-alive does exactly this per
// request: parserOnIncoming parks the timer the request's read has just
// refreshed, and resOnFinish sets the keep-alive timeout again.
// parkedTimer is the last timer parked (one slot, 0 when empty: another
// timer parked since, or anything else that arms it, makes the next
// setTimeout re-arm as before) and parkedMsecs the duration it ran with:
// after a refresh its loop timer fires at _idleStart + parkedMsecs, in the
// milliseconds of timers' clock (by which _idleStart counts). lazyTimer is
// the last timer unparked without re-arming, lazyStart the _idleStart it
// got and lazyMin its loop timer's expiry: while its _idleStart is still
// lazyStart (no refresh since, or one in that same millisecond), its loop
// timer fires no earlier than lazyMin.
// Only the same duration is unparked so: the loop timer then never fires
// later than the new timer would.
let parkedTimer = 0;
let parkedMsecs = 0;
let lazyTimer = null;
let lazyStart = 0;
let lazyMin = 0;

// setTimeout follows Node's setStreamTimeout: timeout is assigned before
// getTimerDuration checks msecs (so a bad value stays there), and a
// duration above TIMEOUT_MAX is truncated to it with a warning.
Socket.prototype.setTimeout = function setTimeout(msecs, callback) {
  const t = this[kTimeout];
  // The lazy park above, for the socket's timer without a callback. (A
  // socket with a timer is not destroyed: _destroy lets it go.)
  if (callback === undefined) {
    if (msecs === 0) {
      if (t !== null) {
        this.timeout = 0;
        const d = t._idleTimeout;
        if (d !== -1) {
          t._idleTimeout = -1;
          t._destroyed = true;
          parkedTimer = t;
          parkedMsecs = d;
        }
        return this;
      }
    } else if (t === parkedTimer && msecs === parkedMsecs) {
      parkedTimer = 0;
      const now = timersNow();
      // (a parked timer's _idleStart is its last arm's: nothing changes it)
      const start = t._idleStart;
      const expiry = start === lazyStart && t === lazyTimer ? lazyMin : start + msecs;
      if (now + 1 <= expiry) { // its loop timer has not fired yet
        this.timeout = msecs;
        t._idleTimeout = msecs;
        t._idleStart = now;
        t._destroyed = false;
        lazyMin = expiry;
        lazyTimer = t;
        lazyStart = now;
        return this;
      }
    }
  }
  // a socket with a handle is not destroyed (_destroy lets it go at once):
  // the destroyed getter's call only without one
  if (this._handle === null && this.destroyed) return this;
  this.timeout = msecs;
  if (typeof msecs !== 'number') throw new ERR_INVALID_ARG_TYPE('msecs', 'number', msecs);
  // !(msecs >= 0) is true for NaN
  if (!(msecs >= 0) || msecs === Infinity) {
    throw new codes.ERR_OUT_OF_RANGE('msecs', 'a non-negative finite number', msecs);
  }
  if (msecs > TIMEOUT_MAX) {
    process.emitWarning(`${msecs} does not fit into a 32-bit signed integer.` +
      `\nTimer duration was truncated to ${TIMEOUT_MAX}.`, 'TimeoutOverflowWarning');
    msecs = TIMEOUT_MAX;
  }
  if (t !== null && t === parkedTimer) parkedTimer = 0;
  if (t !== null && t._onTimeout === onSocketTimeout) {
    if (msecs >= 1) {
      // Re-arm the socket's timer (running or parked) with the new duration
      // instead of clearing it and making another (Node makes a new
      // Timeout; only its async id differs).
      t._idleTimeout = msecs;
      t.refresh();
      if (callback !== undefined) {
        if (typeof callback !== 'function') throw new ERR_INVALID_ARG_TYPE('callback', 'function', callback);
        this.once('timeout', callback);
      }
      return this;
    }
    if (msecs === 0) {
      // Node clears the timer (and keeps it as kTimeout); here it is
      // parked, for a later setTimeout(ms) to re-arm
      if (t._idleTimeout !== -1) parkUnrefTimeout(t);
      if (callback !== undefined) {
        if (typeof callback !== 'function') throw new ERR_INVALID_ARG_TYPE('callback', 'function', callback);
        this.removeListener('timeout', callback);
      }
      return this;
    }
  }
  if (t) {
    clearTimeout(t);
    this[kTimeout] = null;
  }
  if (msecs === 0) {
    if (callback !== undefined) {
      if (typeof callback !== 'function') throw new ERR_INVALID_ARG_TYPE('callback', 'function', callback);
      this.removeListener('timeout', callback);
    }
  } else {
    this[kTimeout] = setUnrefTimeout(onSocketTimeout, msecs, this);
    if (callback !== undefined) {
      if (typeof callback !== 'function') throw new ERR_INVALID_ARG_TYPE('callback', 'function', callback);
      this.once('timeout', callback);
    }
  }
  return this;
};

Socket.prototype._onTimeout = function () {
  emit0(this, 'timeout');
};

// onSocketTimeout is every socket's timer callback, run with the Timeout
// as this; named as Node's bound callback shows in util.inspect.
function onSocketTimeout() {
  // A timer unparked lazily (see parkedTimer) fires early when its loop
  // timer was armed before it was unparked: arm it for the rest, keeping
  // the fields Node's timer would have.
  const left = this._idleStart + this._idleTimeout - timersNow();
  if (left >= 1) {
    const msecs = this._idleTimeout;
    const start = this._idleStart;
    this._idleTimeout = left;
    this.refresh();
    this._idleTimeout = msecs;
    this._idleStart = start;
    return;
  }
  this[kOwner]._onTimeout();
}
Object.defineProperty(onSocketTimeout, 'name', { value: 'bound ' });

Socket.prototype.setNoDelay = function (enable) {
  enable = Boolean(enable === undefined ? true : enable);
  if (!this._handle) {
    this[kSetNoDelay] = enable;
    return this;
  }
  if (this._handle.id && enable !== this[kSetNoDelay]) {
    this[kSetNoDelay] = enable;
    binding.setNoDelay(this._handle.id, enable);
  }
  return this;
};

Socket.prototype.setKeepAlive = function (enable, initialDelayMsecs) {
  enable = Boolean(enable);
  const initialDelay = ~~(initialDelayMsecs / 1000) * 1000;
  if (this._handle && this._handle.id) binding.setKeepAlive(this._handle.id, enable, initialDelay);
  return this;
};

Socket.prototype.address = function () {
  return this._getsockname();
};

Object.defineProperty(Socket.prototype, '_connecting', {
  get() { return this.connecting; },
});

Object.defineProperty(Socket.prototype, 'pending', {
  get() { return !this._handle || this.connecting; },
  configurable: true,
});

Object.defineProperty(Socket.prototype, 'readyState', {
  get() {
    if (this.connecting) return 'opening';
    if (this.readable && this.writable) return 'open';
    if (this.readable && !this.writable) return 'readOnly';
    if (!this.readable && this.writable) return 'writeOnly';
    return 'closed';
  },
});

Object.defineProperty(Socket.prototype, 'bufferSize', {
  get() {
    if (this._handle) return this.writableLength;
    return undefined;
  },
});

Object.defineProperty(Socket.prototype, 'bytesRead', {
  get() {
    const h = this._handle !== null ? this._handle : this[kClosedHandle];
    return h !== null ? this[kBytesRead] + h.bytesRead : this[kBytesRead];
  },
});

Object.defineProperty(Socket.prototype, 'bytesWritten', {
  get() {
    let bytes = this[kBytesWritten];
    const state = this._writableState;
    const h = this._handle !== null ? this._handle : this[kClosedHandle];
    let pending = this[kWriteCbs];
    if (h !== null) {
      bytes += h.bytesWritten;
      if (h.writeCbs !== null) pending = h.writeCbs;
    }
    if (!state) return bytes;
    if (pending !== null) {
      if (pending.id !== undefined) bytes += pending.bytes || 0;
      else for (let i = 0; i < pending.length; i++) bytes += pending[i].bytes || 0;
    }
    if (state.buffered) {
      for (const el of state.buffered) {
        bytes += typeof el.chunk === 'string' ? lazyBuffer().byteLength(el.chunk, el.encoding) : el.chunk.length;
      }
    }
    return bytes;
  },
});

Socket.prototype._getpeername = function () {
  if (!this._handle || !this._handle.id || this.connecting) return this._peername || {};
  if (!this._peername) {
    const a = binding.remoteAddress(this._handle.id);
    if (!a) return {};
    this._peername = a;
  }
  return this._peername;
};

Socket.prototype._getsockname = function () {
  if (!this._handle || !this._handle.id) return this._sockname || {};
  if (!this._sockname) {
    const a = binding.localAddress(this._handle.id);
    if (!a) return {};
    this._sockname = a;
  }
  return this._sockname;
};

function protoGetter(name, fn) {
  Object.defineProperty(Socket.prototype, name, { configurable: false, enumerable: true, get: fn });
}
protoGetter('remoteAddress', function () { return this._getpeername().address; });
protoGetter('remoteFamily', function () { return this._getpeername().family; });
protoGetter('remotePort', function () { return this._getpeername().port; });
protoGetter('localAddress', function () { return this._getsockname().address; });
protoGetter('localPort', function () { return this._getsockname().port; });
protoGetter('localFamily', function () { return this._getsockname().family; });

Socket.prototype._read = function (n) {
  if (this.connecting || !this._handle) {
    this.once('connect', () => this._read(n));
  } else if (!this._handle.reading) {
    tryReadStart(this);
  }
};

function tryReadStart(socket) {
  socket._handle.reading = true;
  binding.readStart(socket._handle.id);
}

// Node's Socket pause/resume/read/end wrap Duplex's: the first three only
// to start or stop reading into an onread buffer (Node's kBuffer), which this
// net does not implement (the option is ignored), and end to return this,
// as Writable's end does. So they are Duplex's own functions: one JS call
// and a Function.prototype.call less per read() (a TLS connection makes
// five) and per pause/resume/end.
Socket.prototype.pause = stream.Duplex.prototype.pause;
Socket.prototype.resume = stream.Duplex.prototype.resume;
Socket.prototype.read = stream.Duplex.prototype.read;
Socket.prototype.end = stream.Duplex.prototype.end;

Socket.prototype.destroySoon = function () {
  if (this.writable) this.end();
  if (this.writableFinished) this.destroy();
  else this.once('finish', this.destroy);
};

Socket.prototype.resetAndDestroy = function () {
  if (this._handle) {
    if (this.connecting) {
      this.once('connect', () => this.destroy());
    } else {
      this.destroy();
    }
  } else {
    this.destroy(new ERR_SOCKET_CLOSED());
  }
  return this;
};

Socket.prototype._final = function (cb) {
  if (this.pending) {
    return this.once('connect', () => this._final(cb));
  }
  if (!this._handle) return cb();
  const reqId = nextReqId++;
  // completes without an error whatever the outcome (onStreamWrite)
  addPendingWrite(this._handle, reqId, cb, 0, true);
  binding.shutdown(this._handle.id, reqId);
};

Socket.prototype._writeGeneric = function (writev, data, encoding, cb) {
  if (this.connecting) {
    if (cb === kSocketOnwrite) cb = socketOnwrite(this);
    this._pendingData = data;
    this._pendingEncoding = encoding;
    this.once('connect', function connect() {
      this.off('close', onClose);
      this._writeGeneric(writev, data, encoding, cb);
    });
    function onClose() {
      cb(new ERR_SOCKET_CLOSED_BEFORE_CONNECTION());
    }
    this.once('close', onClose);
    return;
  }
  if (this._pendingData !== null) {
    this._pendingData = null;
    this._pendingEncoding = '';
  }
  if (!this._handle) {
    if (cb === kSocketOnwrite) coreWrite.onwrite(this, new ERR_SOCKET_CLOSED());
    else cb(new ERR_SOCKET_CLOSED());
    return false;
  }
  const tm = this[kTimeout]; // (_unrefTimer's work only when it has any, as above)
  if (tm !== null ? tm._idleTimeout >= 0 || this[kHasParent] === true : this[kHasParent] === true) this._unrefTimer();
  if (!writev) {
    // one chunk: no completion closure or chunk array (the common case)
    const bytes = toBytes(data, encoding);
    const reqId = nextReqId++;
    if (binding.write(this._handle.id, bytes, reqId)) {
      this._handle.bytesWritten += bytes.length;
      if (cb === kSocketOnwrite) coreWrite.onwrite(this);
      else cb();
    } else {
      addPendingWrite(this._handle, reqId, cb === kSocketOnwrite ? socketOnwrite(this) : cb, bytes.length, false);
    }
    return;
  }
  // corked chunks go out as one write, as libuv's uv_write of several
  // buffers does (one writev: one segment for a head and its body)
  const Buffer = lazyBuffer();
  const parts = data.map((d) => toBytes(d.chunk, d.encoding));
  const bytes = parts.length === 1 ? parts[0] : Buffer.concat(parts);
  const reqId = nextReqId++;
  if (binding.write(this._handle.id, bytes, reqId)) {
    this._handle.bytesWritten += bytes.length;
    if (cb === kSocketOnwrite) coreWrite.onwrite(this);
    else cb();
  } else {
    addPendingWrite(this._handle, reqId, cb === kSocketOnwrite ? socketOnwrite(this) : cb, bytes.length, false);
  }
};

function toBytes(data, encoding) {
  if (typeof data === 'string') {
    const Buffer = lazyBuffer();
    return Buffer.from(data, encoding || 'utf8');
  }
  return data;
}

Socket.prototype._writev = function (chunks, cb) {
  this._writeGeneric(true, chunks, '', cb);
};

// socketOnwrite is a socket's Writable onwrite callback as a function, for
// a write that does not complete at once or from _writeGeneric: while
// Socket.prototype._write/_writev are in place a socket's state.onwrite is
// the shared kSocketOnwrite (stream/utils.js), which stands for
// coreWrite.onwrite(socket) and is only compared, never called.
function socketOnwrite(self) {
  const onwrite = coreWrite.onwrite;
  return (er) => onwrite(self, er);
}

// _write is Node's _writeGeneric(false, ...) with its common case (a
// connected socket, nothing pending from a connect) inline: a call less
// per write.
Socket.prototype._write = function (data, encoding, cb) {
  const handle = this._handle;
  if (handle === null || this.connecting || this._pendingData !== null) {
    this._writeGeneric(false, data, encoding, cb);
    return;
  }
  const tm = this[kTimeout]; // (_unrefTimer's work only when it has any, as above)
  if (tm !== null ? tm._idleTimeout >= 0 || this[kHasParent] === true : this[kHasParent] === true) this._unrefTimer();
  const bytes = typeof data === 'string' ? toBytes(data, encoding) : data;
  const reqId = nextReqId++;
  if (binding.write(handle.id, bytes, reqId)) {
    handle.bytesWritten += bytes.length;
    if (cb === kSocketOnwrite) coreWrite.onwrite(this);
    else cb();
  } else {
    addPendingWrite(handle, reqId, cb === kSocketOnwrite ? socketOnwrite(this) : cb, bytes.length, false);
  }
};
coreWrite.write = Socket.prototype._write;
coreWrite.writev = Socket.prototype._writev;

// emitHandleClose is the close callback of a socket's handle (this: the
// socket), one function for all sockets instead of a closure per destroy.
function emitHandleClose(hadError) {
  emit1(this, 'close', hadError);
}

Socket.prototype._destroy = function (exception, cb) {
  const t = this[kTimeout];
  if (t !== null) {
    clearTimeout(t);
    this[kTimeout] = null;
    // the lazy park's slots let go of the socket
    if (t === parkedTimer) parkedTimer = 0;
    if (t === lazyTimer) lazyTimer = null;
  }
  if (this.connecting) this.connecting = false;
  if (this[kHasParent] === true) {
    for (let s = this._parent; s !== null && s !== undefined; s = parentOf(s)) {
      if (s[kTimeout]) {
        clearTimeout(s[kTimeout]);
        s[kTimeout] = null;
      }
    }
  }
  if (this._handle) {
    const isException = exception ? true : false;
    const handle = this._handle;
    if (handle.id) {
      // as in Node, addresses not read before the handle goes read as
      // undefined afterwards (no lookups at close)
      binding.close(handle.id, emitHandleClose, this, isException);
    } else {
      // no connection yet (connect pending or failed): 'close' still comes
      // from the close phase, after 'error', as libuv's close callback does
      handle.abandoned = true;
      binding.close(0, emitHandleClose, this, isException);
    }
    // (Node sets the handle's onread to a no-op; onStreamRead ignores a
    // handle its socket has let go of)
    releaseHandleState(this, handle, false);
    this._handle = null;
    if (this._sockname !== null) this._sockname = null;
    cb(exception);
  } else {
    cb(exception);
    process.nextTick(emitCloseNT, this);
  }
  if (this._server) {
    this._server._connections--;
    if (this._server._emitCloseIfDrained) this._server._emitCloseIfDrained();
  }
};

// A socket closed without a handle: Node emits 'close' with no argument
// (its emitCloseNT), unless the socket shares a handle that closed, as a
// raw socket a TLS socket took over does (kHandleTaken, set by tls.js; a
// TLSSocket always has its TLSWrap handle in Node): that one reports
// hadError false.
// (string-keyed: a raw socket's only symbol-keyed own property would cost
// goja an ordered map, ~300 bytes per TLS connection; it is the raw
// socket's 8th own string-keyed property, still a goja small map's size)
const kHandleTaken = '_handleTaken';
Socket.prototype[kHandleTaken] = false;

// markHandleTaken records on a raw socket that a TLS socket took its handle:
// non-enumerable, since Node's socket has no such key (Object.keys and
// util.inspect of the raw socket stay Node's).
function markHandleTaken(socket) {
  Object.defineProperty(socket, kHandleTaken, { value: true, writable: true, configurable: true });
}

function emitCloseNT(self) {
  if (self[kHandleTaken] === true) emit1(self, 'close', false);
  else emit0(self, 'close');
}

function emitServerCloseNT(self) {
  emit0(self, 'close');
}

Socket.prototype.ref = function () {
  if (!this._handle) {
    this.once('connect', this.ref);
    return this;
  }
  this._handle.refed = true;
  if (this._handle.id) binding.ref(this._handle.id, true);
  return this;
};

Socket.prototype.unref = function () {
  if (!this._handle) {
    this.once('connect', this.unref);
    return this;
  }
  this._handle.refed = false;
  if (this._handle.id) binding.ref(this._handle.id, false);
  return this;
};

Socket.prototype.connect = function (...args) {
  let normalized;
  if (Array.isArray(args[0]) && args[0][normalizedArgsSymbol]) normalized = args[0];
  else normalized = normalizeArgs(args);
  const options = normalized[0];
  const cb = normalized[1];

  if (cb !== null) this.once('connect', cb);
  if (this.write !== Socket.prototype.write) this.write = Socket.prototype.write;
  if (this.destroyed) {
    this._handle = null;
    this._peername = null;
    this._sockname = null;
    this._undestroy();
  }
  if (options.path) {
    throw new codes.ERR_FEATURE_UNAVAILABLE_ON_PLATFORM('IPC sockets (path option)');
  }
  const { host = 'localhost', localAddress } = options;
  let { port } = options;
  if (localAddress && !isIP(localAddress)) throw new ERR_INVALID_IP_ADDRESS(localAddress);
  if (port === undefined) throw new ERR_MISSING_ARGS(['options', 'port', 'path']);
  if (typeof port !== 'number' && typeof port !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('options.port', ['number', 'string'], port);
  }
  port = validatePort(port);
  if (options.timeout) this.setTimeout(options.timeout);
  if (options.noDelay) this[kSetNoDelay] = true;
  this._handle = Object.create(handleProto);
  this._handle.onconnect = null;
  this._handle.owner = this;
  initSocketHandle(this);
  this.connecting = true;
  this._host = host;
  if (this.readable === false) this.readable = true;
  lookupAndConnect(this, options, host, port, localAddress);
  return this;
};

function lookupAndConnect(self, options, host, port, localAddress) {
  const addressType = isIP(host);
  if (addressType) {
    process.nextTick(() => {
      if (self.connecting) internalConnect(self, host, port, addressType, localAddress);
    });
    return;
  }
  const family = options.family ? Number(options.family) : 0;
  const lookup = options.lookup;
  const done = (err, ip, addressType) => {
    self.emit('lookup', err, ip, addressType, host);
    if (!self.connecting) return;
    if (err) {
      process.nextTick(connectErrorNT, self, err);
      return;
    }
    self._unrefTimer();
    internalConnect(self, ip, port, addressType, localAddress);
  };
  if (typeof lookup === 'function') {
    lookup(host, { family, hints: 0 }, done);
    return;
  }
  binding.lookup(host, family, done);
}

function connectErrorNT(self, err) {
  self.destroy(err);
}

function internalConnect(self, address, port, addressType, localAddress) {
  const handle = self._handle;
  if (!handle) return;
  handle.onconnect = (err) => afterConnect(self, handle, err);
  self._peername = null;
  binding.connect(handle, address, port, localAddress);
}

function afterConnect(self, handle, err) {
  if (handle.abandoned || self.destroyed) {
    if (!err && handle.id) binding.close(handle.id);
    return;
  }
  self.connecting = false;
  self._sockname = null;
  if (!err) {
    if (self[kSetNoDelay]) binding.setNoDelay(handle.id, true);
    if (handle.refed === false) binding.ref(handle.id, false);
    self._unrefTimer();
    emit0(self, 'connect');
    emit0(self, 'ready');
    // a 'connect' listener may have handed the handle on (tls.connect({ socket }))
    if (self.readable && !self.isPaused() && self._handle) tryReadStart(self);
  } else {
    self.destroy(err);
  }
}

Socket.prototype[Symbol.for('nodejs.util.inspect.custom')] = undefined;

// ---- Server -------------------------------------------------------------------

function Server(options, connectionListener) {
  if (!(this instanceof Server)) return new Server(options, connectionListener);
  EventEmitter.call(this);
  if (typeof options === 'function') {
    connectionListener = options;
    options = {};
    this.on('connection', connectionListener);
  } else if (options == null || typeof options === 'object') {
    options = { ...options };
    if (typeof connectionListener === 'function') this.on('connection', connectionListener);
  } else {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  this._connections = 0;
  this._handle = null;
  this._usingWorkers = false;
  this._workers = [];
  this._unref = false;
  this._listeningId = 1;
  this.allowHalfOpen = options.allowHalfOpen || false;
  this.pauseOnConnect = !!options.pauseOnConnect;
  this.noDelay = Boolean(options.noDelay);
  this.keepAlive = Boolean(options.keepAlive);
  this.keepAliveInitialDelay = ~~(options.keepAliveInitialDelay / 1000);
  this.highWaterMark = options.highWaterMark;
}
Object.setPrototypeOf(Server.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Server, EventEmitter);

Server.prototype.listen = function (...args) {
  const normalized = normalizeArgs(args);
  let options = normalized[0];
  const cb = normalized[1];
  if (this._handle) throw new ERR_SERVER_ALREADY_LISTEN();
  if (cb !== null) this.once('listening', cb);
  // listen(cb): normalizeArgs took the callback for a port
  if (typeof options.port === 'function') options = { ...options, port: undefined };
  // listen(port, host, backlog, cb) / listen(port, backlog, cb)
  if (args.length > 1 && typeof args[0] !== 'object') {
    options = { port: args[0] };
    if (typeof args[1] === 'string') options.host = args[1];
    else if (typeof args[1] === 'number') options.backlog = args[1];
  }
  if (options.port === undefined && options.path === undefined && typeof options.handle !== 'object') {
    if (args.length === 0 || typeof args[0] === 'function' || (typeof args[0] === 'object' && args[0] !== null)) {
      options = { ...options, port: 0 };
    }
  }
  if (options.path !== undefined) {
    throw new codes.ERR_FEATURE_UNAVAILABLE_ON_PLATFORM('IPC servers (path option)');
  }
  if (options.port === undefined || options.port === null) {
    throw new ERR_INVALID_ARG_VALUE('options', options, 'must have the property "port" or "path"');
  }
  const port = validatePort(options.port, 'options.port');
  const host = options.host;
  if (host && !isIP(host)) {
    binding.lookup(host, 0, (err, ip) => {
      if (err) {
        process.nextTick(emitErrorNT, this, err);
        return;
      }
      listenInCluster(this, ip, port);
    });
    return this;
  }
  listenInCluster(this, host || '', port);
  return this;
};

function listenInCluster(server, address, port) {
  const handle = { id: 0, owner: server, onconnection, onerror: onServerError };
  const err = binding.listen(handle, address, port);
  if (err) {
    process.nextTick(emitErrorNT, server, err);
    return;
  }
  server._handle = handle;
  if (server._unref) binding.serverRef(handle.id, false);
  process.nextTick(emitListeningNT, server);
}

function emitErrorNT(self, err) {
  self.emit('error', err);
}

function emitListeningNT(self) {
  if (self._handle) self.emit('listening');
}

function onServerError(err) {
  this.owner.emit('error', err);
}

function onconnection(clientHandle) {
  const self = this.owner;
  if (!self._handle) {
    binding.close(clientHandle.id);
    return;
  }
  if (self.maxConnections != null && self._connections >= self.maxConnections) {
    const data = {
      localAddress: undefined, localPort: undefined, localFamily: undefined,
      remoteAddress: undefined, remotePort: undefined, remoteFamily: undefined,
    };
    const l = binding.localAddress(clientHandle.id);
    const r = binding.remoteAddress(clientHandle.id);
    if (l) Object.assign(data, { localAddress: l.address, localPort: l.port, localFamily: l.family });
    if (r) Object.assign(data, { remoteAddress: r.address, remotePort: r.port, remoteFamily: r.family });
    binding.close(clientHandle.id);
    self.emit('drop', data);
    return;
  }
  if (self[kDirectConnection] !== undefined && self[kDirectConnection](clientHandle)) return;
  const socket = new Socket({
    handle: clientHandle,
    allowHalfOpen: self.allowHalfOpen,
    pauseOnCreate: self.pauseOnConnect,
    readable: true,
    writable: true,
    manualStart: self[kManualStart],
    readableHighWaterMark: self.highWaterMark,
    writableHighWaterMark: self.highWaterMark,
  });
  if (self.noDelay) socket.setNoDelay(true);
  if (self.keepAlive) socket.setKeepAlive(true, self.keepAliveInitialDelay * 1000);
  self._connections++;
  socket._server = self;
  socket.server = self; // (after _server: the same value, no own property)
  emit1(self, 'connection', socket);
}

Server.prototype.address = function () {
  if (this._handle && this._handle.id) return binding.serverAddress(this._handle.id);
  return null;
};

Object.defineProperty(Server.prototype, 'listening', {
  get() { return !!this._handle; },
  configurable: true,
  enumerable: true,
});

Server.prototype.getConnections = function (cb) {
  process.nextTick(cb, null, this._connections);
  return this;
};

Server.prototype.close = function (cb) {
  if (typeof cb === 'function') {
    if (!this._handle) {
      this.once('close', function close() {
        cb(new ERR_SERVER_NOT_RUNNING());
      });
    } else {
      this.once('close', cb);
    }
  }
  if (this._handle) {
    binding.serverClose(this._handle.id);
    this._handle = null;
  }
  this._emitCloseIfDrained();
  return this;
};

Server.prototype._emitCloseIfDrained = function () {
  if (this._handle || this._connections) return;
  process.nextTick(emitServerCloseNT, this);
};

Server.prototype[Symbol.asyncDispose || Symbol.for('nodejs.asyncDispose')] = function () {
  return new Promise((resolve, reject) => {
    if (!this._handle) return resolve();
    this.close((err) => (err ? reject(err) : resolve()));
  });
};

Server.prototype.ref = function () {
  this._unref = false;
  if (this._handle) binding.serverRef(this._handle.id, true);
  return this;
};

Server.prototype.unref = function () {
  this._unref = true;
  if (this._handle) binding.serverRef(this._handle.id, false);
  return this;
};

// ---- module functions ---------------------------------------------------------

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

function connect(...args) {
  const normalized = normalizeArgs(args);
  const options = normalized[0];
  const socket = new Socket(options);
  if (options.timeout) socket.setTimeout(options.timeout);
  return socket.connect(normalized);
}

let autoSelectFamily = true;
let autoSelectFamilyAttemptTimeout = 250;

class BlockList {
  constructor() { this._rules = []; }
  addAddress(address, family = 'ipv4') { this._rules.push({ type: 'address', address, family }); }
  addRange(start, end, family = 'ipv4') { this._rules.push({ type: 'range', start, end, family }); }
  addSubnet(net, prefix, family = 'ipv4') { this._rules.push({ type: 'subnet', net, prefix, family }); }
  check(address, family = 'ipv4') {
    const toNum = (a) => a.split('.').reduce((n, o) => n * 256 + Number(o), 0);
    for (const r of this._rules) {
      if (r.family !== family) continue;
      if (r.type === 'address' && r.address === address) return true;
      if (family === 'ipv4') {
        const n = toNum(address);
        if (r.type === 'range' && n >= toNum(r.start) && n <= toNum(r.end)) return true;
        if (r.type === 'subnet') {
          const mask = r.prefix === 0 ? 0 : (~0 << (32 - r.prefix)) >>> 0;
          if (((n & mask) >>> 0) === ((toNum(r.net) & mask) >>> 0)) return true;
        }
      }
    }
    return false;
  }
  get rules() {
    return this._rules.map((r) => r.type === 'address' ? `Address: ${r.family.toUpperCase()} ${r.address}` :
      r.type === 'range' ? `Range: ${r.family.toUpperCase()} ${r.start}-${r.end}` :
        `Subnet: ${r.family.toUpperCase()} ${r.net}/${r.prefix}`).reverse();
  }
}

// initOwnedSocket runs the Socket constructor on self with an options
// object nothing else holds (see ownedOptions).
function initOwnedSocket(self, options) {
  ownedOptions = options;
  Socket.call(self, options);
}

module.exports = {
  _normalizeArgs: normalizeArgs,
  connect,
  createConnection: connect,
  createServer,
  isIP,
  isIPv4,
  isIPv6,
  Server,
  Socket,
  Stream: Socket,
  BlockList,
  getDefaultAutoSelectFamily() { return autoSelectFamily; },
  setDefaultAutoSelectFamily(v) { autoSelectFamily = Boolean(v); },
  getDefaultAutoSelectFamilyAttemptTimeout() { return autoSelectFamilyAttemptTimeout; },
  setDefaultAutoSelectFamilyAttemptTimeout(v) { autoSelectFamilyAttemptTimeout = Math.max(10, v | 0); },
  _binding: binding,
  _kManualStart: kManualStart,
  _kDirectConnection: kDirectConnection,
  _parentOf: parentOf,
  _kHasParent: kHasParent,
  _kHandleTaken: kHandleTaken,
  _markHandleTaken: markHandleTaken,
  _releaseHandleState: releaseHandleState,
  _addOwnListener: addOwnListener,
  _initSocketHandle: initSocketHandle,
  _initOwnedSocket: initOwnedSocket,
  _handleProto: handleProto,
};
