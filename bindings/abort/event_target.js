'use strict';
// internal/event_target — after Node's lib/internal/event_target.js: the
// WHATWG Event, CustomEvent and EventTarget as Node implements them
// (no capture/bubble tree: every dispatch is at the target), listener
// options once/capture/passive/signal, handleEvent objects, event handler
// attributes (onabort), and Node's MaxListeners warning.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_EVENT_RECURSION,
    ERR_MISSING_ARGS,
    ERR_INVALID_THIS,
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');

const kEvents = Symbol('kEvents');
const kStop = Symbol('kStop');
const kTarget = Symbol('kTarget');
const kIsBeingDispatched = Symbol('kIsBeingDispatched');
const kTrustEvent = Symbol('kTrustEvent');
const kType = Symbol('type');
const kDetail = Symbol('detail');
const kDefaultPrevented = Symbol('defaultPrevented');
const kCancelable = Symbol('cancelable');
const kTimestamp = Symbol('timestamp');
const kBubbles = Symbol('bubbles');
const kComposed = Symbol('composed');
const kPropagationStopped = Symbol('propagationStopped');
const kCurrentTarget = Symbol('currentTarget');
const kIsTrusted = Symbol('isTrusted');
const kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');
const kHandlers = Symbol('kHandlers');
const kHybridDispatch = Symbol.for('nodejs.internal.kHybridDispatch');
const kIsNodeStyleListener = Symbol('kIsNodeStyleListener');

const customInspect = Symbol.for('nodejs.util.inspect.custom');

let inspectFn;
function inspect(v, opts) {
  if (inspectFn === undefined) inspectFn = require('util').inspect;
  return inspectFn(v, opts);
}

function now() {
  if (typeof performance !== 'undefined' && performance && typeof performance.now === 'function') {
    return performance.now();
  }
  const [s, ns] = process.hrtime();
  return s * 1e3 + ns / 1e6;
}

function isEvent(v) {
  return v != null && typeof v === 'object' && v[kType] !== undefined;
}

function isEventTarget(v) {
  return v != null && typeof v === 'object' && v[kEvents] !== undefined;
}

// customInspectHelper prints "Name { ...obj }" the way Node's
// event_target/abort_controller inspectors do.
function inspectWith(self, obj, depth, options) {
  if (depth < 0) return self;
  const opts = Object.assign({}, options, {
    depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth,
  });
  return `${self.constructor.name} ${inspect(obj, opts)}`;
}

class Event {
  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (options != null && typeof options !== 'object' && typeof options !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    const { bubbles, cancelable, composed } = options || {};
    this[kCancelable] = !!cancelable;
    this[kBubbles] = !!bubbles;
    this[kComposed] = !!composed;
    this[kType] = `${type}`;
    this[kDefaultPrevented] = false;
    this[kTimestamp] = now();
    this[kPropagationStopped] = false;
    this[kIsTrusted] = !!(options && options[kTrustEvent]);
    this[kTarget] = null;
    this[kCurrentTarget] = null;
    this[kIsBeingDispatched] = false;
  }

  initEvent(type, bubbles = false, cancelable = false) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (this[kIsBeingDispatched]) return;
    this[kType] = `${type}`;
    this[kBubbles] = !!bubbles;
    this[kCancelable] = !!cancelable;
  }

  [customInspect](depth, options) {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    const name = this.constructor.name;
    if (depth < 0) return name;
    const opts = Object.assign({}, options, {
      depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth,
    });
    return `${name} ${inspect({
      type: this[kType],
      defaultPrevented: this[kDefaultPrevented],
      cancelable: this[kCancelable],
      timeStamp: this[kTimestamp],
    }, opts)}`;
  }

  stopImmediatePropagation() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    this[kStop] = true;
  }

  preventDefault() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    if (this[kCancelable]) this[kDefaultPrevented] = true;
  }

  get target() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kTarget];
  }

  get currentTarget() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kCurrentTarget];
  }

  get srcElement() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kTarget];
  }

  get type() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kType];
  }

  get cancelable() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kCancelable];
  }

  get defaultPrevented() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kCancelable] && this[kDefaultPrevented];
  }

  get timeStamp() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kTimestamp];
  }

  composedPath() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kIsBeingDispatched] ? [this[kCurrentTarget]] : [];
  }

  get returnValue() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return !(this[kCancelable] && this[kDefaultPrevented]);
  }

  get bubbles() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kBubbles];
  }

  get composed() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kComposed];
  }

  get eventPhase() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kIsBeingDispatched] ? Event.AT_TARGET : Event.NONE;
  }

  get cancelBubble() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kPropagationStopped];
  }

  set cancelBubble(value) {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    if (value) this[kPropagationStopped] = true;
  }

  stopPropagation() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    this[kPropagationStopped] = true;
  }

  get isTrusted() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kIsTrusted];
  }
}

const phases = { NONE: 0, CAPTURING_PHASE: 1, AT_TARGET: 2, BUBBLING_PHASE: 3 };
for (const [name, value] of Object.entries(phases)) {
  const desc = { value, writable: false, configurable: false, enumerable: true };
  Object.defineProperty(Event, name, desc);
}
Object.defineProperty(Event.prototype, Symbol.toStringTag, {
  value: 'Event', writable: false, enumerable: false, configurable: true,
});
for (const name of ['type', 'target', 'currentTarget', 'srcElement', 'cancelable', 'defaultPrevented',
  'timeStamp', 'composedPath', 'returnValue', 'bubbles', 'composed', 'eventPhase', 'cancelBubble',
  'stopPropagation', 'stopImmediatePropagation', 'preventDefault', 'initEvent', 'isTrusted']) {
  const d = Object.getOwnPropertyDescriptor(Event.prototype, name);
  d.enumerable = true;
  Object.defineProperty(Event.prototype, name, d);
}

class CustomEvent extends Event {
  constructor(type, options = { __proto__: null }) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, options);
    this[kDetail] = (options && options.detail) != null ? options.detail : null;
  }

  get detail() {
    if (!isEvent(this) || this[kDetail] === undefined) throw new ERR_INVALID_THIS('CustomEvent');
    return this[kDetail];
  }
}
Object.defineProperty(CustomEvent.prototype, Symbol.toStringTag, {
  value: 'CustomEvent', writable: false, enumerable: false, configurable: true,
});
Object.defineProperty(CustomEvent.prototype, 'detail', {
  ...Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail'), enumerable: true,
});

// ---- listeners ---------------------------------------------------------------
// One registered listener: the callback (function or handleEvent object)
// and its options. Listeners of a type form a linked list, as in Node, so
// a dispatch sees listeners added during it and skips removed ones.
class Listener {
  constructor(previous, listener, once, capture, passive, isNodeStyle, signal) {
    this.next = undefined;
    if (previous !== undefined) previous.next = this;
    this.previous = previous;
    this.listener = listener;
    this.once = once;
    this.capture = capture;
    this.passive = passive;
    this.isNodeStyle = isNodeStyle;
    this.signal = signal;
    this.removed = false;
    this.callback = typeof listener === 'function' ? listener : undefined;
  }

  same(listener, capture) {
    return this.listener === listener && this.capture === capture;
  }

  remove() {
    if (this.previous !== undefined) this.previous.next = this.next;
    if (this.next !== undefined) this.next.previous = this.previous;
    this.removed = true;
  }
}

// toDOMString converts an event type as WebIDL's DOMString does.
function toDOMString(type) {
  if (typeof type === 'symbol') throw new ERR_INVALID_ARG_VALUE('value', type);
  return `${type}`;
}

function validateEventListener(listener) {
  if (typeof listener === 'function' || (listener != null && typeof listener === 'object' &&
      typeof listener.handleEvent === 'function')) {
    return true;
  }
  if (listener == null) return false;
  if (typeof listener === 'object') return true; // handleEvent looked up at dispatch
  throw new ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
}

function validateEventListenerOptions(options) {
  if (typeof options === 'boolean') return { capture: options };
  if (options === null) return {};
  if (options !== undefined && typeof options !== 'object' && typeof options !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  options = options || {};
  return {
    once: Boolean(options.once),
    capture: Boolean(options.capture),
    passive: Boolean(options.passive),
    signal: options.signal,
    isNodeStyle: Boolean(options[kIsNodeStyleListener]),
  };
}

// emitUncaught reports a listener's exception as Node does: thrown from a
// later tick, so it reaches 'uncaughtException' without stopping dispatch.
function emitUncaught(err) {
  process.nextTick(() => { throw err; });
}

function initEventTarget(self) {
  self[kEvents] = new Map();
  self[kMaxEventTargetListenersWarned] = false;
  self[kHandlers] = new Map();
}

let kMaxEventTargetListeners;
function maxListenersOf(target) {
  const events = require('events');
  if (kMaxEventTargetListeners === undefined) kMaxEventTargetListeners = events.kMaxEventTargetListeners;
  const n = kMaxEventTargetListeners !== undefined ? target[kMaxEventTargetListeners] : undefined;
  return n === undefined ? events.defaultMaxListeners : n;
}

class EventTarget {
  constructor() {
    initEventTarget(this);
  }

  addEventListener(type, listener, options = undefined) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    const { once, capture, passive, signal, isNodeStyle } = validateEventListenerOptions(options);
    if (!validateEventListener(listener)) {
      const w = new Error(`addEventListener called with ${listener} which has no effect.`);
      w.name = 'AddEventListenerArgumentTypeWarning';
      w.target = this;
      w.type = type;
      process.emitWarning(w);
      return;
    }
    type = toDOMString(type);
    if (signal) {
      if (signal.aborted) return;
      signal.addEventListener('abort', () => {
        this.removeEventListener(type, listener, options);
      }, { once: true, [kIsNodeStyleListener]: false });
    }
    let root = this[kEvents].get(type);
    if (root === undefined) {
      root = { size: 0, next: undefined };
      this[kEvents].set(type, root);
    }
    let last = root;
    for (let h = root.next; h !== undefined; h = h.next) {
      if (h.same(listener, !!capture)) return;
      last = h;
    }
    const l = new Listener(last === root ? undefined : last, listener, !!once, !!capture, !!passive, !!isNodeStyle, signal);
    if (last === root) {
      root.next = l;
    }
    root.size++;
    const max = maxListenersOf(this);
    if (max > 0 && root.size > max && !this[kMaxEventTargetListenersWarned]) {
      this[kMaxEventTargetListenersWarned] = true;
      const w = new Error('Possible EventTarget memory leak detected. ' +
        `${root.size} ${String(type)} listeners added to ${inspect(this, { depth: -1 })}. ` +
        `MaxListeners is ${max}. Use events.setMaxListeners() to increase limit`);
      w.name = 'MaxListenersExceededWarning';
      w.target = this;
      w.type = type;
      w.count = root.size;
      process.emitWarning(w);
    }
  }

  removeEventListener(type, listener, options = undefined) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    if (!validateEventListener(listener)) return;
    type = toDOMString(type);
    // Node reads options.capture, so a boolean third argument means false
    const capture = options != null && options.capture === true;
    const root = this[kEvents].get(type);
    if (root === undefined) return;
    for (let h = root.next; h !== undefined; h = h.next) {
      if (h.same(listener, capture)) {
        if (h === root.next) root.next = h.next;
        h.remove();
        root.size--;
        if (root.size === 0) this[kEvents].delete(type);
        return;
      }
    }
  }

  dispatchEvent(event) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('event');
    if (!(event instanceof Event)) throw new ERR_INVALID_ARG_TYPE('event', 'Event', event);
    if (event[kIsBeingDispatched]) throw new ERR_EVENT_RECURSION(event.type);
    this[kHybridDispatch](event, event.type, event);
    return event.defaultPrevented !== true;
  }

  [kHybridDispatch](nodeValue, type, event) {
    if (event !== undefined) {
      event[kTarget] = this;
      event[kCurrentTarget] = this;
      event[kIsBeingDispatched] = true;
    }
    const root = this[kEvents].get(type);
    let h = root === undefined ? undefined : root.next;
    while (h !== undefined) {
      const next = h.next;
      if (h.removed) {
        h = next;
        continue;
      }
      if (h.once) this.removeEventListener(type, h.listener, { capture: h.capture });
      try {
        let arg = event;
        if (h.isNodeStyle) arg = nodeValue;
        else if (arg === undefined) arg = createEvent(nodeValue, type);
        const cb = h.callback;
        let result;
        if (cb !== undefined) {
          result = Reflect.apply(cb, this, [arg]);
        } else {
          const handle = h.listener.handleEvent;
          if (typeof handle !== 'function') {
            throw new ERR_INVALID_ARG_TYPE('listener', 'EventListener', h.listener);
          }
          result = Reflect.apply(handle, h.listener, [arg]);
        }
        if (result !== undefined && result !== null && typeof result.then === 'function') {
          result.then(undefined, emitUncaught);
        }
      } catch (err) {
        emitUncaught(err);
      }
      if (event !== undefined && event[kStop]) break;
      h = next;
    }
    if (event !== undefined) {
      event[kCurrentTarget] = null;
      event[kIsBeingDispatched] = false;
    }
  }

  [customInspect](depth, options) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    const name = this.constructor.name;
    if (depth < 0) return name;
    const opts = Object.assign({}, options, {
      depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth,
    });
    return `${name} ${inspect({}, opts)}`;
  }
}
Object.defineProperty(EventTarget.prototype, Symbol.toStringTag, {
  value: 'EventTarget', writable: false, enumerable: false, configurable: true,
});
for (const name of ['addEventListener', 'removeEventListener', 'dispatchEvent']) {
  const d = Object.getOwnPropertyDescriptor(EventTarget.prototype, name);
  d.enumerable = true;
  Object.defineProperty(EventTarget.prototype, name, d);
}

function createEvent(value, type) {
  const e = new Event(type);
  e.value = value;
  return e;
}

// getEventListeners returns a target's listeners for type (the functions
// or handleEvent objects), for events.getEventListeners.
function getEventListeners(target, type) {
  const root = target[kEvents] && target[kEvents].get(`${type}`);
  const out = [];
  for (let h = root && root.next; h !== undefined; h = h.next) out.push(h.listener);
  return out;
}

// defineEventHandler adds an `on<type>` attribute: assigning a function
// registers it as a listener (keeping its place), null removes it.
function defineEventHandler(emitter, name, type = name) {
  Object.defineProperty(emitter, `on${name}`, {
    get() {
      const h = this[kHandlers] && this[kHandlers].get(type);
      return h ? h.handler : null;
    },
    set(value) {
      if (!this[kHandlers]) this[kHandlers] = new Map();
      let wrapped = this[kHandlers].get(type);
      if (wrapped) {
        if (typeof wrapped.handler === 'function') {
          wrapped.handler = typeof value === 'function' ? value : null;
          if (wrapped.handler === null) {
            this.removeEventListener(type, wrapped);
            this[kHandlers].delete(type);
          }
          return;
        }
      }
      if (typeof value !== 'function') return;
      wrapped = function(event) {
        if (typeof wrapped.handler === 'function') return Reflect.apply(wrapped.handler, this, [event]);
      };
      wrapped.handler = value;
      this[kHandlers].set(type, wrapped);
      this.addEventListener(type, wrapped);
    },
    configurable: true,
    enumerable: true,
  });
}

module.exports = {
  Event,
  CustomEvent,
  EventTarget,
  initEventTarget,
  defineEventHandler,
  getEventListeners,
  isEventTarget,
  kEvents,
  kTrustEvent,
  kIsNodeStyleListener,
  kHybridDispatch,
  kMaxEventTargetListenersWarned,
  inspectWith,
};
