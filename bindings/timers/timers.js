// timers, after Node's lib/timers.js and lib/internal/timers.js: Timeout
// and Immediate objects over the loop's Go timer heap (FIFO for equal
// expiry), ref/unref/hasRef/refresh, and the toPrimitive id Node lets
// clearTimeout take.
'use strict';

const binding = internalBinding('timers');
const TIMEOUT_MAX = 2 ** 31 - 1;
const kId = Symbol('timerId');
const kRefed = Symbol('refed');
const kImmId = Symbol('immediateId');
const knownTimersById = new Map();
let asyncIdCounter = 1;
const kAsyncId = Symbol('asyncId');

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

class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    after = normalizeDelay(after);
    this._idleTimeout = after;
    this._idlePrev = this;
    this._idleNext = this;
    this._idleStart = null;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    this[kRefed] = isRefed;
    this[kAsyncId] = ++asyncIdCounter;
    this[kId] = 0;
  }

  refresh() {
    if (!this._destroyed) arm(this);
    return this;
  }

  unref() {
    this[kRefed] = false;
    if (this[kId]) binding.ref(this[kId], false);
    return this;
  }

  ref() {
    this[kRefed] = true;
    if (this[kId]) binding.ref(this[kId], true);
    return this;
  }

  hasRef() {
    return this[kRefed];
  }

  close() {
    clearTimeout(this);
    return this;
  }

  [Symbol.toPrimitive]() {
    const id = this[kAsyncId];
    knownTimersById.set(id, this);
    return id;
  }
}

function arm(timer) {
  timer._idleStart = binding.now();
  timer[kId] = binding.start(timer, timer._idleTimeout, timer[kId]);
  if (!timer[kRefed]) binding.ref(timer[kId], false);
}

function processTimer(timer) {
  if (timer._destroyed) return;
  if (timer._repeat === null) {
    timer._destroyed = true;
    binding.stop(timer[kId]);
    timer[kId] = 0;
    knownTimersById.delete(timer[kAsyncId]);
  }
  try {
    const args = timer._timerArgs;
    if (args === undefined) timer._onTimeout();
    else timer._onTimeout(...args);
  } finally {
    if (timer._repeat !== null && !timer._destroyed) {
      timer._idleTimeout = timer._repeat;
      arm(timer);
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

function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    timer._onTimeout = null;
    timer._destroyed = true;
    if (timer[kId]) binding.stop(timer[kId]);
    timer[kId] = 0;
    knownTimersById.delete(timer[kAsyncId]);
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
  active(timer) { if (timer && !timer._destroyed) arm(timer); },
  unenroll(timer) { clearTimeout(timer); },
  enroll(timer, msecs) { timer._idleTimeout = normalizeDelay(msecs); },
};
