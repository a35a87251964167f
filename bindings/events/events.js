// events: EventEmitter, after Node's lib/events.js. Listener storage,
// 'newListener'/'removeListener', errorMonitor, the unhandled 'error' throw,
// the max-listeners leak warning, captureRejections, events.once/on.
'use strict';

const kCapture = Symbol('kCapture');
const kShapeMode = Symbol('shapeMode');
const kRejection = Symbol.for('nodejs.rejection');
const kErrorMonitor = Symbol('events.errorMonitor');
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
let defaultMaxListeners = 10;
let captureRejectionsDefault = false;

function codedError(Ctor, code, message) {
  const err = new Ctor(message);
  err.name = `${err.name} [${code}]`;
  err.stack; // goja formats the stack header on first access
  delete err.name;
  err.code = code;
  return err;
}

function received(v) {
  if (v == null) return ` Received ${v}`;
  if (typeof v === 'function') return ` Received function ${v.name}`;
  if (typeof v === 'object') {
    if (v.constructor && v.constructor.name) return ` Received an instance of ${v.constructor.name}`;
    return ` Received ${require('util').inspect(v, { depth: -1 })}`;
  }
  let s = require('util').inspect(v);
  if (s.length > 28) s = s.slice(0, 25) + '...';
  return ` Received type ${typeof v} (${s})`;
}

function invalidArgType(name, type, v) {
  return codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "${name}" argument must be of type ${type}.${received(v)}`);
}

function checkListener(listener) {
  if (typeof listener !== 'function') throw invalidArgType('listener', 'function', listener);
}

function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;

EventEmitter.init = function init(opts) {
  const events = this._events;
  if (events === undefined || events === Object.getPrototypeOf(this)._events) {
    this._events = Object.create(null);
    this._eventsCount = 0;
    this[kShapeMode] = false;
  } else {
    this[kShapeMode] = true;
  }
  this._maxListeners = this._maxListeners || undefined;
  if (opts && opts.captureRejections !== undefined) {
    if (typeof opts.captureRejections !== 'boolean') {
      throw invalidArgType('options.captureRejections', 'boolean', opts.captureRejections);
    }
    this[kCapture] = Boolean(opts.captureRejections);
  } else {
    // EventEmitter.prototype[kCapture], which the captureRejections setter
    // keeps equal to this variable (one lookup instead of two)
    this[kCapture] = captureRejectionsDefault;
  }
};

// initShaped(emitter, opts) is EventEmitter.init.call(emitter, opts) for a
// stream constructor that has just given emitter a fresh _events object
// (Node's shape mode): init's test of _events against the prototype's
// (a call and a lookup through the prototype chain) is known false then.
// A lean emitter (a core socket, see the Duplex constructor) keeps the
// prototype's _maxListeners instead of an own copy.
// A lean emitter's prototype (leanEmitterPrototype) also holds its shape
// mode (true) and capture flag (false), which become own only when they
// differ (Node sets both as own symbol-keyed properties): a goja object's
// first symbol-keyed property costs an ordered map (~300 bytes), each
// further one ~72, per connection.
function initShaped(emitter, opts, lean) {
  if (lean !== true) {
    emitter[kShapeMode] = true;
    emitter._maxListeners = emitter._maxListeners || undefined;
  }
  if (opts && opts.captureRejections !== undefined) {
    if (typeof opts.captureRejections !== 'boolean') {
      throw invalidArgType('options.captureRejections', 'boolean', opts.captureRejections);
    }
    emitter[kCapture] = Boolean(opts.captureRejections);
  } else if (lean !== true || captureRejectionsDefault) {
    emitter[kCapture] = captureRejectionsDefault;
  }
}

// leanEmitterPrototype(proto) gives the prototype of lean emitters (net's
// Socket) the defaults initShaped leaves to it.
function leanEmitterPrototype(proto) {
  proto[kShapeMode] = true;
  proto[kCapture] = false;
}

EventEmitter.prototype[kCapture] = false;

Object.defineProperty(EventEmitter, 'captureRejections', {
  enumerable: true,
  get() { return captureRejectionsDefault; },
  set(v) {
    if (typeof v !== 'boolean') throw invalidArgType('EventEmitter.captureRejections', 'boolean', v);
    captureRejectionsDefault = v;
    EventEmitter.prototype[kCapture] = v;
  },
});

Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
  enumerable: true,
  get() { return defaultMaxListeners; },
  set(n) {
    validateNumber(n, 'defaultMaxListeners');
    defaultMaxListeners = n;
  },
});

EventEmitter.errorMonitor = kErrorMonitor;
EventEmitter.captureRejectionSymbol = kRejection;
EventEmitter.usingDomains = false;
EventEmitter.EventEmitter = EventEmitter;

// validateNumber is Node's validateNumber(n, name, 0): a number, >= 0.
function validateNumber(n, name) {
  if (typeof n !== 'number') throw invalidArgType(name, 'number', n);
  if (n < 0 || Number.isNaN(n)) {
    throw codedError(RangeError, 'ERR_OUT_OF_RANGE',
      `The value of "${name}" is out of range. It must be >= 0. Received ${require('util').inspect(n)}`);
  }
}

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  validateNumber(n, 'setMaxListeners');
  this._maxListeners = n;
  return this;
};

function getMaxListeners(that) {
  return that._maxListeners === undefined ? defaultMaxListeners : that._maxListeners;
}

EventEmitter.prototype.getMaxListeners = function () {
  return getMaxListeners(this);
};

function addCatch(that, promise, type, args) {
  if (!that[kCapture]) return;
  try {
    const then = promise.then;
    if (typeof then === 'function') {
      then.call(promise, undefined, (err) => {
        process.nextTick(emitUnhandledRejectionOrErr, that, err, type, args);
      });
    }
  } catch (err) {
    that.emit('error', err);
  }
}

function emitUnhandledRejectionOrErr(ee, err, type, args) {
  if (typeof ee[kRejection] === 'function') {
    ee[kRejection](err, type, ...args);
  } else {
    const prev = ee[kCapture];
    try {
      ee[kCapture] = false;
      ee.emit('error', err);
    } finally {
      ee[kCapture] = prev;
    }
  }
}

// arrayClone is Node's (lib/events.js): a literal for the short listener
// arrays, which in goja also skips slice's species lookups.
function arrayClone(arr) {
  switch (arr.length) {
    case 2: return [arr[0], arr[1]];
    case 3: return [arr[0], arr[1], arr[2]];
    case 4: return [arr[0], arr[1], arr[2], arr[3]];
    case 5: return [arr[0], arr[1], arr[2], arr[3], arr[4]];
    case 6: return [arr[0], arr[1], arr[2], arr[3], arr[4], arr[5]];
  }
  return Array.prototype.slice.call(arr);
}

EventEmitter.prototype.emit = function emit(type, ...args) {
  let doError = type === 'error';
  const events = this._events;
  if (events !== undefined) {
    if (doError && events[kErrorMonitor] !== undefined) this.emit(kErrorMonitor, ...args);
    doError = doError && events.error === undefined;
  } else if (!doError) {
    return false;
  }
  if (doError) {
    let er;
    if (args.length > 0) er = args[0];
    if (er instanceof Error) {
      markUnhandled(this, er, kDirectHeader);
      throw er; // Unhandled 'error' event
    }
    let stringified;
    try {
      stringified = require('util').inspect(er);
    } catch {
      stringified = er;
    }
    const err = codedError(Error, 'ERR_UNHANDLED_ERROR', `Unhandled error. (${stringified})`);
    err.context = er;
    markUnhandled(this, err, kUnhandledHeader);
    throw err;
  }
  const handler = events[type];
  if (handler === undefined) return false;
  if (typeof handler === 'function') {
    const result = handler.apply(this, args);
    if (result !== undefined && result !== null) addCatch(this, result, type, args);
  } else {
    const listeners = arrayClone(handler);
    for (let i = 0; i < listeners.length; ++i) {
      const result = listeners[i].apply(this, args);
      if (result !== undefined && result !== null) addCatch(this, result, type, args);
    }
  }
  return true;
};

// ---- emit for the core modules ----------------------------------------
// emit0/emit1/emit2(emitter, type, ...) are emitter.emit(type, ...) for
// the streams' hot events ('data', 'end', 'finish', ...): with Node's
// emit in place they call the listener (or each of a copy of the
// listener array, as emit does) directly, without the rest-parameter
// array and apply (together about 1.5 us in goja). Everything else (an
// emit of the user's, 'error') goes through emitter.emit as before, so
// behaviour and order are Node's.
const protoEmit = EventEmitter.prototype.emit;

function emit0(emitter, type) {
  const events = emitter._events;
  if (emitter.emit !== protoEmit || events === undefined || type === 'error') {
    return emitter.emit(type);
  }
  const handler = events[type];
  if (handler === undefined) return false;
  if (typeof handler === 'function') {
    const result = handler.call(emitter);
    if (result !== undefined && result !== null) addCatch(emitter, result, type, []);
  } else {
    // emit's loop over a copy of the listeners (a socket's 'end' and
    // 'close' have several), without its rest array and apply.
    const listeners = arrayClone(handler);
    for (let i = 0; i < listeners.length; ++i) {
      const result = listeners[i].call(emitter);
      if (result !== undefined && result !== null) addCatch(emitter, result, type, []);
    }
  }
  return true;
}

function emit1(emitter, type, a) {
  const events = emitter._events;
  if (emitter.emit !== protoEmit || events === undefined || type === 'error') {
    return emitter.emit(type, a);
  }
  const handler = events[type];
  if (handler === undefined) return false;
  if (typeof handler === 'function') {
    const result = handler.call(emitter, a);
    if (result !== undefined && result !== null) addCatch(emitter, result, type, [a]);
  } else {
    const listeners = arrayClone(handler);
    for (let i = 0; i < listeners.length; ++i) {
      const result = listeners[i].call(emitter, a);
      if (result !== undefined && result !== null) addCatch(emitter, result, type, [a]);
    }
  }
  return true;
}

function emit2(emitter, type, a, b) {
  const events = emitter._events;
  if (emitter.emit !== protoEmit || events === undefined || type === 'error') {
    return emitter.emit(type, a, b);
  }
  const handler = events[type];
  if (handler === undefined) return false;
  if (typeof handler === 'function') {
    const result = handler.call(emitter, a, b);
    if (result !== undefined && result !== null) addCatch(emitter, result, type, [a, b]);
  } else {
    const listeners = arrayClone(handler);
    for (let i = 0; i < listeners.length; ++i) {
      const result = listeners[i].call(emitter, a, b);
      if (result !== undefined && result !== null) addCatch(emitter, result, type, [a, b]);
    }
  }
  return true;
}

// (The binding object is the bootstrap's; absent, the streams fall back.)
{
  const fast = internalBinding('internal/events/fast');
  if (fast) {
    fast.emit0 = emit0;
    fast.emit1 = emit1;
    fast.emit2 = emit2;
    fast.initShaped = initShaped;
    fast.leanEmitterPrototype = leanEmitterPrototype;
    fast.removeListenerOf = removeListenerOf;
    fast.storeListener = storeListener;
  }
}

// ---- unhandled 'error' events in the fatal printer ------------------------
// Node's uncaught-exception output for an unhandled 'error' event shows the
// throw line of its lib/events.js (these headers, with Node 20's line
// numbers) and, after the error, where the event was emitted
// ("Emitted 'error' event on Foo instance at:" and the emitter's frames).
const kFatalHeader = Symbol.for('handshake.throwHeader'); // read by runtime/errors.go (throwHeader)
const kEnhanceStack = Symbol.for('handshake.enhanceStack'); // read by printFatal (bootstrap.js)
const kDirectHeader = "node:events:502\n      throw er; // Unhandled 'error' event\n      ^\n";
const kUnhandledHeader = "node:events:515\n    throw err; // Unhandled 'error' event\n    ^\n";

// frameLines lists a stack's frames without goja's native ones ("at call
// (native)", the Go ops), which V8's stacks do not have: shared runs of
// frames are then as long as Node's.
function frameLines(stack) {
  const { v8Stack } = require('internal/util/stack');
  return v8Stack(String(stack)).split('\n').filter((l) => l.startsWith('    at ') && !l.endsWith('(native)'));
}

// markUnhandled prepares er, about to be thrown by emit, for the fatal
// printer. The header is for this throw only (an unhandled rejection or a
// module's evaluation error shows the error's creation, as in Node), and it
// is dropped on the next tick, so a later rethrow of the same error shows
// its own site. The stack enhancement stays, as Node's does.
function markUnhandled(emitter, er, header) {
  try {
    if (er[kFatalHeader] === undefined) {
      Object.defineProperty(er, kFatalHeader, { value: header, writable: true, configurable: true, enumerable: false });
      process.nextTick(() => { delete er[kFatalHeader]; });
    }
    if (header !== kDirectHeader) return;
    // The frames of emit's caller: this function's and emit's own dropped.
    const own = frameLines(new Error().stack).slice(2);
    Object.defineProperty(er, kEnhanceStack, {
      value: () => enhanceStackTrace(emitter, er, own),
      writable: true, configurable: true, enumerable: false,
    });
  } catch {
    // Decoration only: the error is thrown regardless.
  }
}

// enhanceStackTrace returns er's stack followed by where the event was
// emitted; frames shared with the error's own stack (more than three in a
// row) are folded into one "[... lines matching ...]" line, as Node does.
function enhanceStackTrace(emitter, er, own) {
  let ctorInfo = '';
  try {
    const name = emitter.constructor.name;
    if (name !== 'EventEmitter') ctorInfo = ` on ${name} instance`;
  } catch {
    // No constructor name: the plain form.
  }
  const { v8Stack } = require('internal/util/stack');
  // (an error made by Go has no frames and may end in a newline)
  const stack = v8Stack(String(er.stack)).replace(/\n+$/, '');
  const { len, offset } = sharedRun(own, frameLines(stack));
  own = own.slice();
  if (len > 0) own.splice(offset + 1, len - 2, '    [... lines matching original stack trace ...]');
  return `${stack}\nEmitted 'error' event${ctorInfo} at:\n${own.join('\n')}`;
}

// sharedRun finds the first run of more than three consecutive frames of a
// (past its last three) that also appear consecutively in b (with more than
// three frames from the match to b's end): { len, offset in a }.
function sharedRun(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const at = b.indexOf(a[i]);
    if (at === -1 || b.length - at <= 3) continue;
    const max = Math.min(a.length - i, b.length - at);
    let len = 1;
    while (len < max && a[i + len] === b[at + len]) len++;
    if (len > 3) return { len, offset: i };
  }
  return { len: 0, offset: 0 };
}

function _addListener(target, type, listener, prepend) {
  checkListener(listener);
  let events = target._events;
  let existing;
  if (events === undefined) {
    events = target._events = Object.create(null);
    target._eventsCount = 0;
  } else {
    if (events.newListener !== undefined) {
      target.emit('newListener', type, listener.listener ? listener.listener : listener);
      events = target._events;
    }
    existing = events[type];
  }
  if (existing === undefined) {
    events[type] = listener;
    ++target._eventsCount;
  } else {
    if (typeof existing === 'function') {
      existing = events[type] = prepend ? [listener, existing] : [existing, listener];
    } else if (prepend) {
      existing.unshift(listener);
    } else {
      existing.push(listener);
    }
    const m = getMaxListeners(target);
    if (m > 0 && existing.length > m && !existing.warned) {
      existing.warned = true;
      const name = target.constructor && target.constructor.name || 'EventEmitter';
      const w = new Error('Possible EventEmitter memory leak detected. ' +
        `${existing.length} ${String(type)} listeners ` +
        `added to [${name}]. MaxListeners is ${m}. Use emitter.setMaxListeners() to increase limit`);
      w.name = 'MaxListenersExceededWarning';
      w.emitter = target;
      w.type = type;
      w.count = existing.length;
      process.emitWarning(w);
    }
  }
  return target;
}

// storeListener(target, events, type, fn) adds fn to type's listeners in
// events (target._events) as _addListener does when storing is all it
// would do, and returns true; false (nothing stored) when the
// max-listeners warning may be due, which _addListener then decides. The
// caller has checked that there is no 'newListener' listener to tell. The
// core modules add their own listeners through it (the streams' on, a
// socket's listeners while it is built, the http server's per response):
// a Readable.on/EventEmitter.on call and their checks less per listener.
function storeListener(target, events, type, fn) {
  const existing = events[type];
  if (existing === undefined) {
    events[type] = fn;
    ++target._eventsCount;
    return true;
  }
  const m = target._maxListeners;
  const max = m === undefined ? defaultMaxListeners : m;
  if (typeof existing === 'function') {
    if (max > 0 && 2 > max) return false;
    events[type] = [existing, fn];
    return true;
  }
  if (max > 0 && existing.length + 1 > max) return false;
  existing.push(fn);
  return true;
}

EventEmitter.prototype.addListener = function addListener(type, listener) {
  return _addListener(this, type, listener, false);
};
EventEmitter.prototype.on = EventEmitter.prototype.addListener;
EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return _addListener(this, type, listener, true);
};

// _onceWrap returns Node's once wrapper (named "bound onceWrapper", with
// .listener) as a closure over its state: Node binds onceWrapper to a state
// object, and in goja a bound function plus that object cost more than a
// closure; the rest parameter is also cheaper than onceWrapper's
// `arguments`.
function _onceWrap(target, type, listener) {
  let fired = false;
  const wrapped = {
    'bound onceWrapper': function (...args) {
      if (!fired) {
        target.removeListener(type, wrapped);
        fired = true;
        return args.length === 0 ? listener.call(target) : listener.apply(target, args);
      }
    },
  }['bound onceWrapper'];
  wrapped.listener = listener;
  return wrapped;
}

// (once and prependOnceListener inline checkListener: one call less.)
EventEmitter.prototype.once = function once(type, listener) {
  if (typeof listener !== 'function') throw invalidArgType('listener', 'function', listener);
  this.on(type, _onceWrap(this, type, listener));
  return this;
};
EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  if (typeof listener !== 'function') throw invalidArgType('listener', 'function', listener);
  this.prependListener(type, _onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  return removeListenerOf(this, type, listener);
};

// removeListenerOf(target, type, listener) is Node's removeListener body as
// a plain function: the streams' removeListener calls it directly when
// EventEmitter.prototype.removeListener is Node's (no
// Function.prototype.call), and checkListener is inlined (one call less
// per removal; pipe's cleanup makes eight).
function removeListenerOf(target, type, listener) {
  if (typeof listener !== 'function') throw invalidArgType('listener', 'function', listener);
  const events = target._events;
  if (events === undefined) return target;
  const list = events[type];
  if (list === undefined) return target;
  if (list === listener || list.listener === listener) {
    target._eventsCount -= 1;
    // As Node 20's: 'removeListener' is emitted only when the key is
    // deleted, not for an emitter in shape mode (a stream) or one left with
    // no listeners.
    if (target[kShapeMode]) {
      events[type] = undefined;
    } else if (target._eventsCount === 0) {
      target._events = Object.create(null);
    } else {
      delete events[type];
      if (events.removeListener) target.emit('removeListener', type, list.listener || listener);
    }
  } else if (typeof list !== 'function') {
    let position = -1;
    for (let i = list.length - 1; i >= 0; i--) {
      const f = list[i];
      if (f === listener || f.listener === listener) {
        position = i;
        break;
      }
    }
    if (position < 0) return target;
    if (position === 0) {
      list.shift();
    } else {
      // Node's spliceOne (internal/util): goja's splice would also build
      // the array of removed elements through Symbol.species.
      const last = list.length - 1;
      for (let i = position; i < last; i++) list[i] = list[i + 1];
      list.pop();
    }
    if (list.length === 1) events[type] = list[0];
    if (events.removeListener !== undefined) target.emit('removeListener', type, listener);
  }
  return target;
}
EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  const events = this._events;
  if (events === undefined) return this;
  if (events.removeListener === undefined) {
    if (arguments.length === 0) {
      this._events = Object.create(null);
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = Object.create(null);
      else delete events[type];
    }
    this[kShapeMode] = false;
    return this;
  }
  if (arguments.length === 0) {
    for (const key of shapeOrder(this, Reflect.ownKeys(events))) {
      if (key === 'removeListener') continue;
      this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    this._events = Object.create(null);
    this._eventsCount = 0;
    this[kShapeMode] = false;
    return this;
  }
  const listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
  }
  return this;
};

function _listeners(target, type, unwrap) {
  const events = target._events;
  if (events === undefined) return [];
  const l = events[type];
  if (l === undefined) return [];
  if (typeof l === 'function') return unwrap ? [l.listener || l] : [l];
  return unwrap ? l.map((f) => f.listener || f) : arrayClone(l);
}

EventEmitter.prototype.listeners = function listeners(type) {
  return _listeners(this, type, true);
};
EventEmitter.prototype.rawListeners = function rawListeners(type) {
  return _listeners(this, type, false);
};

function listenerCount(type, listener) {
  const events = this._events;
  if (events !== undefined) {
    const l = events[type];
    if (typeof l === 'function') {
      if (listener != null) return listener === l || listener === l.listener ? 1 : 0;
      return 1;
    }
    if (l !== undefined) {
      if (listener != null) {
        let n = 0;
        for (const f of l) if (f === listener || f.listener === listener) n++;
        return n;
      }
      return l.length;
    }
  }
  return 0;
}
EventEmitter.prototype.listenerCount = listenerCount;
EventEmitter.listenerCount = function (emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return listenerCount.call(emitter, type);
};

EventEmitter.prototype.eventNames = function eventNames() {
  if (!(this._eventsCount > 0)) return [];
  const events = this._events;
  // Removals in shape mode leave slots empty: Node 20 lists only the
  // events that have listeners, in the keys' order (a stream's slots first).
  return shapeOrder(this, Reflect.ownKeys(events)).filter((k) => events[k] !== undefined);
};

// Node's streams give their common events slots up front (shape mode), so
// these come first, in this order, in Reflect.ownKeys(stream._events). The
// streams here make a slot when it is first used (see the Readable
// constructor); shapeOrder puts the keys of an emitter in shape mode that
// is a stream back in Node's order. (A stream whose _events was set before
// its constructor ran has no slots in Node either; it is ordered as the
// others here.)
const kReadableShape = ['close', 'error', 'data', 'end', 'readable'];
const kWritableShape = ['close', 'error', 'prefinish', 'finish', 'drain'];
const kDuplexShape = ['close', 'error', 'prefinish', 'finish', 'drain', 'data', 'end', 'readable'];
const hasOwn = Object.prototype.hasOwnProperty;

function shapeOrder(emitter, keys) {
  if (emitter[kShapeMode] !== true) return keys;
  const r = hasOwn.call(emitter, '_readableState');
  const w = hasOwn.call(emitter, '_writableState');
  if (!r && !w) return keys;
  const shape = r && w ? kDuplexShape : r ? kReadableShape : kWritableShape;
  const first = [];
  for (const k of shape) if (keys.includes(k)) first.push(k);
  if (first.length === 0) return keys;
  return first.concat(keys.filter((k) => !shape.includes(k)));
}

// ---- static helpers -------------------------------------------------------

function abortError(signal) {
  const err = new Error('The operation was aborted');
  err.name = 'AbortError';
  err.code = 'ABORT_ERR';
  if (signal && signal.reason !== undefined) err.cause = signal.reason;
  return err;
}

function isEventTarget(t) {
  return t && typeof t.addEventListener === 'function' && typeof t.on !== 'function';
}

EventEmitter.once = function once(emitter, name, options = {}) {
  const signal = options ? options.signal : undefined;
  if (signal && signal.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    if (isEventTarget(emitter)) {
      const listener = (...args) => {
        if (signal) signal.removeEventListener('abort', onAbort);
        resolve(args);
      };
      emitter.addEventListener(name, listener, { once: true });
      const onAbort = () => {
        emitter.removeEventListener(name, listener);
        reject(abortError(signal));
      };
      if (signal) signal.addEventListener('abort', onAbort, { once: true });
      return;
    }
    const errorListener = (err) => {
      emitter.removeListener(name, resolver);
      if (signal) signal.removeEventListener('abort', onAbort);
      reject(err);
    };
    const resolver = (...args) => {
      if (name !== 'error') emitter.removeListener('error', errorListener);
      if (signal) signal.removeEventListener('abort', onAbort);
      resolve(args);
    };
    const onAbort = () => {
      emitter.removeListener(name, resolver);
      emitter.removeListener('error', errorListener);
      reject(abortError(signal));
    };
    emitter.once(name, resolver);
    if (name !== 'error') emitter.once('error', errorListener);
    if (signal) signal.addEventListener('abort', onAbort, { once: true });
  });
};

// events.on: an async iterator over the event's argument arrays; 'error'
// rejects the pending next().
EventEmitter.on = function on(emitter, event, options = {}) {
  const signal = options ? options.signal : undefined;
  if (signal && signal.aborted) throw abortError(signal);
  const unconsumedEvents = [];
  const unconsumedPromises = [];
  let error = null;
  let finished = false;

  const eventHandler = (...args) => {
    const p = unconsumedPromises.shift();
    if (p) p.resolve({ value: args, done: false });
    else unconsumedEvents.push(args);
  };
  const errorHandler = (err) => {
    finished = true;
    const p = unconsumedPromises.shift();
    if (p) p.reject(err);
    else error = err;
    iterator.return();
  };
  const abortListener = () => errorHandler(abortError(signal));

  const iterator = {
    next() {
      const value = unconsumedEvents.shift();
      if (value) return Promise.resolve({ value, done: false });
      if (error) {
        const p = Promise.reject(error);
        error = null;
        return p;
      }
      if (finished) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => unconsumedPromises.push({ resolve, reject }));
    },
    return() {
      emitter.removeListener(event, eventHandler);
      emitter.removeListener('error', errorHandler);
      if (signal) signal.removeEventListener('abort', abortListener);
      finished = true;
      for (const p of unconsumedPromises) p.resolve({ value: undefined, done: true });
      unconsumedPromises.length = 0;
      return Promise.resolve({ value: undefined, done: true });
    },
    throw(err) {
      error = err;
      emitter.removeListener(event, eventHandler);
      emitter.removeListener('error', errorHandler);
      return Promise.reject(err);
    },
    [Symbol.asyncIterator]() { return this; },
  };
  emitter.on(event, eventHandler);
  if (event !== 'error') emitter.on('error', errorHandler);
  if (signal) signal.addEventListener('abort', abortListener, { once: true });
  return iterator;
};

EventEmitter.getEventListeners = function getEventListeners(emitterOrTarget, type) {
  if (typeof emitterOrTarget.listeners === 'function') return emitterOrTarget.listeners(type);
  if (typeof emitterOrTarget.getEventListeners === 'function') return emitterOrTarget.getEventListeners(type);
  return [];
};

EventEmitter.getMaxListeners = function (emitterOrTarget) {
  if (typeof emitterOrTarget.getMaxListeners === 'function') return emitterOrTarget.getMaxListeners();
  return emitterOrTarget[kMaxEventTargetListeners] === undefined ? defaultMaxListeners : emitterOrTarget[kMaxEventTargetListeners];
};

EventEmitter.setMaxListeners = function (n = defaultMaxListeners, ...targets) {
  if (typeof n !== 'number' || n < 0 || Number.isNaN(n)) {
    throw codedError(RangeError, 'ERR_OUT_OF_RANGE',
      `The value of "n" is out of range. It must be a non-negative number. Received ${require('util').inspect(n)}`);
  }
  if (targets.length === 0) {
    defaultMaxListeners = n;
  } else {
    for (const t of targets) {
      if (typeof t.setMaxListeners === 'function') t.setMaxListeners(n);
      else t[kMaxEventTargetListeners] = n;
    }
  }
};

EventEmitter.addAbortListener = function addAbortListener(signal, listener) {
  if (signal.aborted) {
    queueMicrotask(() => listener());
  } else {
    signal.addEventListener('abort', listener, { once: true });
  }
  return { [Symbol.dispose || Symbol.for('nodejs.dispose')]() { signal.removeEventListener('abort', listener); } };
};

EventEmitter.kMaxEventTargetListeners = kMaxEventTargetListeners;

module.exports = EventEmitter;
