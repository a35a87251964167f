// timers, after Node's lib/timers.js and lib/internal/timers.js: Timeout
// and Immediate objects over the loop's Go timer heap (FIFO for equal
// expiry), ref/unref/hasRef/refresh, and the toPrimitive id Node lets
// clearTimeout take.
'use strict';

const binding = internalBinding('timers');
const TIMEOUT_MAX = 2 ** 31 - 1;
const kRefed = Symbol('refed');
const kImmId = Symbol('immediateId');
const knownTimersById = new Map();
let asyncIdCounter = 1;
// The async id is a string-keyed own property: a goja object's first
// symbol-keyed property costs an ordered map (~300 bytes), and net makes a
// Timeout per connection. util.inspect shows it as Node's Symbol(asyncId)
// (kAsyncIdShown, see the custom inspect below).
const kAsyncId = '_asyncId';
const kAsyncIdShown = Symbol('asyncId');
const kHasPrimitive = Symbol('kHasPrimitive');
const kTriggerId = Symbol('triggerId');

function codedError(Ctor, code, message) {
  const err = new Ctor(message);
  err.name = `${err.name} [${code}]`;
  err.stack;
  delete err.name;
  err.code = code;
  return err;
}

function validateCallback(callback) {
  if (typeof callback !== 'function') {
    let received;
    if (callback == null) received = ` Received ${callback}`;
    else if (typeof callback === 'object') received = ` Received an instance of ${callback.constructor && callback.constructor.name || 'Object'}`;
    else {
      let s = require('util').inspect(callback);
      if (s.length > 28) s = s.slice(0, 25) + '...';
      received = ` Received type ${typeof callback} (${s})`;
    }
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "callback" argument must be of type function.${received}`);
  }
}

function normalizeDelay(after) {
  after *= 1;
  if (!(after >= 1 && after <= TIMEOUT_MAX)) {
    if (after > TIMEOUT_MAX) {
      process.emitWarning(`${after} does not fit into a 32-bit signed integer.` +
        '\nTimeout duration was set to 1.', 'TimeoutOverflowWarning');
    }
    after = 1;
  }
  return after;
}

// A Timeout keeps as own properties only what every timer sets
// (_idleTimeout, _idleStart, _onTimeout, its async id); Node's other fields
// (_idlePrev/_idleNext, _timerArgs, _repeat, _destroyed, the refed and
// has-primitive flags) default on the prototype and become own only when
// they differ: each own property costs a goja allocation, and sockets make
// one timer per connection. The Go timer is keyed by the async id, so there
// is no separate timer id. util.inspect shows Node's twelve fields (see
// the custom inspect below).
function Timeout(callback, after, args, isRepeat, isRefed) {
  after = normalizeDelay(after);
  this._idleTimeout = after;
  this._idleStart = null;
  this._onTimeout = callback;
  if (args !== undefined) this._timerArgs = args;
  if (isRepeat) this._repeat = after;
  if (!isRefed) this[kRefed] = false;
  this[kAsyncId] = ++asyncIdCounter;
}
Timeout.prototype._idlePrev = null;
Timeout.prototype._idleNext = null;
Timeout.prototype._timerArgs = undefined;
Timeout.prototype._repeat = null;
Timeout.prototype._destroyed = false;
Timeout.prototype[kRefed] = true;
Timeout.prototype[kHasPrimitive] = false;

// refresh() re-arms the timer from now, as Node's does even after it
// fired; a cleared timer (_idleTimeout -1) stays cleared.
Timeout.prototype.refresh = function refresh() {
  if (this._idleTimeout >= 0) arm(this);
  return this;
};

Timeout.prototype.unref = function unref() {
  if (this[kRefed]) {
    this[kRefed] = false;
    binding.ref(this[kAsyncId], false);
  }
  return this;
};

Timeout.prototype.ref = function ref() {
  if (!this[kRefed]) {
    this[kRefed] = true;
    binding.ref(this[kAsyncId], true);
  }
  return this;
};

Timeout.prototype.hasRef = function hasRef() {
  return this[kRefed];
};

Timeout.prototype.close = function close() {
  clearTimeout(this);
  return this;
};

Timeout.prototype[Symbol.toPrimitive] = function () {
  const id = this[kAsyncId];
  if (!this[kHasPrimitive]) {
    this[kHasPrimitive] = true;
    knownTimersById.set(id, this);
  }
  return id;
};

// Node's Timeout inspects itself at depth 0 (its list neighbours show as
// [TimersList]); the fields kept on the prototype here are shown as own,
// in Node's order.
class TimersList {
  constructor() { this.expiry = 0; }
}
const timersListMark = new TimersList();
// the view's prototype: named Timeout, without Timeout's toPrimitive
const TimeoutView = function Timeout() {};
Object.defineProperty(Timeout.prototype, Symbol.for('nodejs.util.inspect.custom'), {
  writable: true,
  configurable: true,
  value: function inspectTimeout(depth, options, inspect) {
    if (typeof inspect !== 'function') inspect = require('util').inspect;
    const view = Object.create(TimeoutView.prototype);
    const listed = binding.active(this[kAsyncId]) ? timersListMark : null;
    view._idleTimeout = this._idleTimeout;
    view._idlePrev = listed;
    view._idleNext = listed;
    view._idleStart = this._idleStart;
    view._onTimeout = this._onTimeout;
    view._timerArgs = this._timerArgs;
    view._repeat = this._repeat;
    view._destroyed = this._destroyed;
    view[kRefed] = this[kRefed];
    view[kHasPrimitive] = this[kHasPrimitive];
    view[kAsyncIdShown] = this[kAsyncId];
    view[kTriggerId] = 1;
    return inspect(view, { ...options, depth: 0, customInspect: false });
  },
});

// processTimer's timer, and whether its callback armed it again (refresh).
let running = null;
let rearmed = false;

function arm(timer) {
  if (timer === running) rearmed = true;
  if (timer._destroyed) timer._destroyed = false;
  timer._idleStart = binding.start(timer, timer._idleTimeout, timer[kAsyncId], timer[kRefed]);
}

// processTimer runs an expired timer (Go has already let go of it), as
// Node's listOnTimeout: a repeating timer is armed again after its
// callback, a one-shot one is destroyed unless the callback refreshed it.
function processTimer(timer) {
  // cleared, or parked (parkUnrefTimeout)
  if (timer._onTimeout === null || timer._idleTimeout === -1) return;
  running = timer;
  rearmed = false;
  try {
    const args = timer._timerArgs;
    if (args === undefined) timer._onTimeout();
    else timer._onTimeout(...args);
  } finally {
    running = null;
    if (timer._repeat !== null && timer._idleTimeout !== -1) {
      timer._idleTimeout = timer._repeat;
      if (!rearmed) arm(timer);
    } else if (!rearmed && !timer._destroyed) {
      timer._destroyed = true;
      if (timer[kHasPrimitive]) knownTimersById.delete(timer[kAsyncId]);
    }
  }
}

class Immediate {
  constructor(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kRefed] = true;
    this[kImmId] = binding.immediate(this);
  }

  ref() {
    if (!this[kRefed] && !this._destroyed) {
      this[kRefed] = true;
      binding.refImmediate(this[kImmId], true);
    }
    return this;
  }

  unref() {
    if (this[kRefed] && !this._destroyed) {
      this[kRefed] = false;
      binding.refImmediate(this[kImmId], false);
    }
    return this;
  }

  hasRef() {
    return !!this[kRefed];
  }
}

function processImmediate(imm) {
  if (imm._destroyed) return;
  imm._destroyed = true;
  const argv = imm._argv;
  if (argv === undefined) imm._onImmediate();
  else imm._onImmediate(...argv);
}

binding.setup(processTimer, processImmediate);

function setTimeout(callback, after, ...args) {
  validateCallback(callback);
  const timeout = new Timeout(callback, after, args.length ? args : undefined, false, true);
  arm(timeout);
  return timeout;
}

function setInterval(callback, repeat, ...args) {
  validateCallback(callback);
  const timeout = new Timeout(callback, repeat, args.length ? args : undefined, true, true);
  arm(timeout);
  return timeout;
}

// clearTimeout follows Node's unenroll: _idleTimeout -1 keeps a later
// refresh() from arming it again.
// setUnrefTimeout(callback, after, owner) is for net's socket timeouts
// (Node's internal setUnrefTimeout with a bound _onTimeout): an unref'd
// Timeout made in one step, whose callback (shared by every socket, run
// with the timer as this) finds its socket as timer[kOwner], so a socket
// makes no closure and no unref() call. It is on the binding object, which
// user code cannot reach.
// The timer is an UnrefTimeout (a Timeout whose prototype holds refed
// false) and its owner is a string-keyed property (so a script sees an
// `_owner` key, as the README says), so it has no symbol-keyed own
// property (see kAsyncId): ~450 bytes less per socket.
const kOwner = '_owner';
function UnrefTimeout(callback, after, owner) {
  this._idleTimeout = normalizeDelay(after);
  this._idleStart = null;
  this._onTimeout = callback;
  this[kAsyncId] = ++asyncIdCounter;
  this[kOwner] = owner;
}
UnrefTimeout.prototype = Object.create(Timeout.prototype, {
  constructor: { value: Timeout, writable: true, configurable: true },
});
UnrefTimeout.prototype[kRefed] = false;
function setUnrefTimeout(callback, after, owner) {
  const timeout = new UnrefTimeout(callback, after, owner);
  arm(timeout);
  return timeout;
}
binding.setUnrefTimeout = setUnrefTimeout;
binding.kOwner = kOwner;

// parkUnrefTimeout stops a setUnrefTimeout timer as clearTimeout would,
// but keeps its callback so its socket can arm it again with a new
// duration (net's setTimeout(0) then setTimeout(ms), which http's
// keep-alive does per request) instead of making another Timeout. Parked,
// it reads as cleared: _idleTimeout -1 (refresh() does nothing),
// _destroyed true. Its Go timer is left running (unref'd, it keeps nothing
// alive): arming it again restarts it, and if it fires first processTimer
// ignores a timer with _idleTimeout -1. A Go call less per park.
function parkUnrefTimeout(timer) {
  timer._idleTimeout = -1;
  timer._destroyed = true;
}
binding.parkUnrefTimeout = parkUnrefTimeout;

function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    timer._onTimeout = null;
    timer._idleTimeout = -1;
    timer._destroyed = true;
    binding.stop(timer[kAsyncId]);
    if (timer[kHasPrimitive]) knownTimersById.delete(timer[kAsyncId]);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const t = knownTimersById.get(Number(timer));
    if (t !== undefined) clearTimeout(t);
  }
}

function setImmediate(callback, ...args) {
  validateCallback(callback);
  return new Immediate(callback, args.length ? args : undefined);
}

function clearImmediate(immediate) {
  if (!immediate || immediate._destroyed) return;
  immediate._destroyed = true;
  immediate._onImmediate = null;
  binding.clearImmediate(immediate[kImmId]);
}

const promisifyCustom = Symbol.for('nodejs.util.promisify.custom');
Object.defineProperty(setTimeout, promisifyCustom, {
  enumerable: true,
  get() { return require('timers/promises').setTimeout; },
});
Object.defineProperty(setImmediate, promisifyCustom, {
  enumerable: true,
  get() { return require('timers/promises').setImmediate; },
});

module.exports = {
  setTimeout,
  clearTimeout,
  setImmediate,
  clearImmediate,
  setInterval,
  clearInterval: clearTimeout,
  Timeout,
  Immediate,
  get promises() { return require('timers/promises'); },
  // legacy API kept for scripts that still call it
  active(timer) {
    if (!timer || timer._idleTimeout < 0) return;
    if (timer[kAsyncId] === undefined) timer[kAsyncId] = ++asyncIdCounter;
    if (timer[kRefed] === undefined) timer[kRefed] = true;
    arm(timer);
  },
  unenroll(timer) { clearTimeout(timer); },
  enroll(timer, msecs) { timer._idleTimeout = normalizeDelay(msecs); },
};
