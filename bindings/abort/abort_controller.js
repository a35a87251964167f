'use strict';
// internal/abort_controller — after Node's lib/internal/abort_controller.js:
// AbortController and AbortSignal (abort, timeout, any, throwIfAborted,
// onabort) on internal/event_target.

const {
  EventTarget,
  Event,
  kTrustEvent,
  defineEventHandler,
  inspectWith,
} = require('internal/event_target');
const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_OUT_OF_RANGE },
} = require('internal/errors');

const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');
const kDontThrowSymbol = Symbol('kDontThrowSymbol');
const kSourceSignals = Symbol('kSourceSignals');
const kDependantSignals = Symbol('kDependantSignals');
const kComposite = Symbol('kComposite');

const customInspect = Symbol.for('nodejs.util.inspect.custom');

let DOMExceptionCtor;
function lazyDOMException(message, name) {
  if (DOMExceptionCtor === undefined) DOMExceptionCtor = require('internal/per_context/domexception');
  return new DOMExceptionCtor(message, name);
}

function validateAbortSignal(signal, name) {
  if (!isAbortSignal(signal)) throw new ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
}

function isAbortSignal(v) {
  return v != null && typeof v === 'object' && v[kAborted] !== undefined;
}

class AbortSignal extends EventTarget {
  constructor(dontThrowKey = undefined, options = undefined) {
    if (dontThrowKey !== kDontThrowSymbol) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
    const { aborted = false, reason = undefined, composite = false } = options || {};
    this[kAborted] = aborted;
    this[kReason] = reason;
    this[kComposite] = composite;
  }

  get aborted() {
    if (!isAbortSignal(this)) throw new ERR_INVALID_THIS('AbortSignal');
    return !!this[kAborted];
  }

  get reason() {
    if (!isAbortSignal(this)) throw new ERR_INVALID_THIS('AbortSignal');
    return this[kReason];
  }

  throwIfAborted() {
    if (!isAbortSignal(this)) throw new ERR_INVALID_THIS('AbortSignal');
    if (this[kAborted]) throw this[kReason];
  }

  [customInspect](depth, options) {
    return inspectWith(this, { aborted: this.aborted }, depth, options);
  }

  static abort(reason = lazyDOMException('This operation was aborted', 'AbortError')) {
    return new AbortSignal(kDontThrowSymbol, { aborted: true, reason });
  }

  static timeout(delay) {
    if (typeof delay !== 'number') throw new ERR_INVALID_ARG_TYPE('delay', 'number', delay);
    if (!Number.isInteger(delay)) throw new ERR_OUT_OF_RANGE('delay', 'an integer', delay);
    if (delay < 0 || delay > 4294967295) throw new ERR_OUT_OF_RANGE('delay', '>= 0 && <= 4294967295', delay);
    const signal = new AbortSignal(kDontThrowSymbol);
    const timer = setTimeout(() => {
      abortSignal(signal, lazyDOMException('The operation was aborted due to timeout', 'TimeoutError'));
    }, delay);
    timer.unref();
    return signal;
  }

  static any(signals) {
    if (!Array.isArray(signals)) throw new ERR_INVALID_ARG_TYPE('signals', 'Array', signals);
    for (let i = 0; i < signals.length; i++) {
      validateAbortSignal(signals[i], `signals[${i}]`);
    }
    const result = new AbortSignal(kDontThrowSymbol, { composite: true });
    if (signals.length === 0) return result;
    for (const s of signals) {
      if (s.aborted) {
        result[kAborted] = true;
        result[kReason] = s.reason;
        return result;
      }
    }
    result[kSourceSignals] = new Set();
    for (const s of signals) {
      const sources = s[kComposite] && s[kSourceSignals] ? s[kSourceSignals] : [s];
      for (const src of sources) {
        result[kSourceSignals].add(src);
        if (!src[kDependantSignals]) src[kDependantSignals] = new Set();
        src[kDependantSignals].add(result);
      }
    }
    return result;
  }
}

for (const name of ['aborted', 'reason', 'throwIfAborted']) {
  const d = Object.getOwnPropertyDescriptor(AbortSignal.prototype, name);
  d.enumerable = true;
  Object.defineProperty(AbortSignal.prototype, name, d);
}
Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, {
  value: 'AbortSignal', writable: false, enumerable: false, configurable: true,
});
defineEventHandler(AbortSignal.prototype, 'abort');

// abortSignal aborts signal with reason: it fires 'abort' (trusted), then
// aborts the signals AbortSignal.any made from it.
function abortSignal(signal, reason) {
  if (signal[kAborted]) return;
  signal[kAborted] = true;
  signal[kReason] = reason;
  const event = new Event('abort', { [kTrustEvent]: true });
  signal.dispatchEvent(event);
  const deps = signal[kDependantSignals];
  if (deps) {
    for (const d of deps) abortSignal(d, reason);
  }
}

// privateError is V8's message for a private field read on a foreign object.
function privateError() {
  return new TypeError('Cannot read private member #signal from an object whose class did not declare it');
}

class AbortController {
  #signal;

  constructor() {
    this.#signal = new AbortSignal(kDontThrowSymbol);
  }

  static #check(self) {
    try {
      return self.#signal;
    } catch {
      throw privateError();
    }
  }

  get signal() {
    return AbortController.#check(this);
  }

  abort(reason = lazyDOMException('This operation was aborted', 'AbortError')) {
    abortSignal(AbortController.#check(this), reason);
  }

  [customInspect](depth, options) {
    return inspectWith(this, { signal: this.signal }, depth, options);
  }
}

for (const name of ['signal', 'abort']) {
  const d = Object.getOwnPropertyDescriptor(AbortController.prototype, name);
  d.enumerable = true;
  Object.defineProperty(AbortController.prototype, name, d);
}
Object.defineProperty(AbortController.prototype, Symbol.toStringTag, {
  value: 'AbortController', writable: false, enumerable: false, configurable: true,
});

// newAbortSignal makes a signal for core modules (already aborted when
// reason is given).
function newAbortSignal(aborted = false, reason = undefined) {
  return new AbortSignal(kDontThrowSymbol, { aborted, reason });
}

module.exports = {
  AbortController,
  AbortSignal,
  abortSignal,
  newAbortSignal,
  isAbortSignal,
  validateAbortSignal,
  kAborted,
};
