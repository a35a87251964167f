'use strict';
// perf_hooks — after Node's lib/perf_hooks.js and lib/internal/perf/*.js:
// the `performance` object (now, timeOrigin, mark/measure and the entry
// buffer, toJSON, eventLoopUtilization, timerify), the PerformanceEntry
// classes and PerformanceObserver. The clock is a Go monotonic clock
// started with the process.

const binding = internalBinding('perf_hooks');
const { EventTarget, initEventTarget } = require('internal/event_target');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_MISSING_ARGS,
    ERR_PERFORMANCE_INVALID_TIMESTAMP,
    ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS,
    ERR_INVALID_ARG_VALUE,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');

const customInspect = Symbol.for('nodejs.util.inspect.custom');
const kName = Symbol('kName');
const kType = Symbol('kType');
const kStart = Symbol('kStart');
const kDuration = Symbol('kDuration');
const kDetail = Symbol('kDetail');
const kSkipThrow = Symbol('kSkipThrow');

const timeOrigin = binding.timeOrigin();
function now() {
  return binding.now();
}

let inspectFn;
function inspect(v, opts) {
  if (inspectFn === undefined) inspectFn = require('util').inspect;
  return inspectFn(v, opts);
}

function lazyDOMException(message, name) {
  const DOMException = require('internal/per_context/domexception');
  return new DOMException(message, name);
}

function cloneDetail(detail) {
  if (detail == null) return null;
  if (typeof structuredClone === 'function') return structuredClone(detail);
  return detail;
}

// ---- entries -------------------------------------------------------------------
class PerformanceEntry {
  constructor(skipThrowSymbol = undefined, name = undefined, type = undefined, start = undefined, duration = undefined) {
    if (skipThrowSymbol !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kName] = name;
    this[kType] = type;
    this[kStart] = start;
    this[kDuration] = duration;
  }

  get name() { return this[kName]; }
  get entryType() { return this[kType]; }
  get startTime() { return this[kStart]; }
  get duration() { return this[kDuration]; }

  [customInspect](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `${this.constructor.name} ${inspect(this.toJSON(), opts)}`;
  }

  toJSON() {
    return {
      name: this[kName],
      entryType: this[kType],
      startTime: this[kStart],
      duration: this[kDuration],
    };
  }
}
Object.defineProperty(PerformanceEntry.prototype, Symbol.toStringTag, { value: 'PerformanceEntry', configurable: true });
for (const n of ['name', 'entryType', 'startTime', 'duration', 'toJSON']) {
  Object.defineProperty(PerformanceEntry.prototype, n, { ...Object.getOwnPropertyDescriptor(PerformanceEntry.prototype, n), enumerable: true });
}

class PerformanceMark extends PerformanceEntry {
  constructor(name, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    if (options != null && typeof options !== 'object') {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    const { detail, startTime = now() } = options || {};
    if (typeof startTime !== 'number') throw new ERR_INVALID_ARG_TYPE('startTime', 'number', startTime);
    if (startTime < 0) throw new ERR_PERFORMANCE_INVALID_TIMESTAMP(startTime);
    super(kSkipThrow, name, 'mark', startTime, 0);
    this[kDetail] = cloneDetail(detail);
  }

  get detail() { return this[kDetail]; }

  toJSON() {
    return { ...super.toJSON(), detail: this[kDetail] };
  }
}
Object.defineProperty(PerformanceMark.prototype, Symbol.toStringTag, { value: 'PerformanceMark', configurable: true });
for (const n of ['detail', 'toJSON']) {
  Object.defineProperty(PerformanceMark.prototype, n, { ...Object.getOwnPropertyDescriptor(PerformanceMark.prototype, n), enumerable: true });
}

class PerformanceMeasure extends PerformanceEntry {
  constructor(skipThrowSymbol = undefined, name, start, duration, detail) {
    if (skipThrowSymbol !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super(kSkipThrow, name, 'measure', start, duration);
    this[kDetail] = detail;
  }

  get detail() { return this[kDetail]; }

  toJSON() {
    return { ...super.toJSON(), detail: this[kDetail] };
  }
}
Object.defineProperty(PerformanceMeasure.prototype, Symbol.toStringTag, { value: 'PerformanceMeasure', configurable: true });
for (const n of ['detail', 'toJSON']) {
  Object.defineProperty(PerformanceMeasure.prototype, n, { ...Object.getOwnPropertyDescriptor(PerformanceMeasure.prototype, n), enumerable: true });
}

class PerformanceResourceTiming extends PerformanceEntry {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }
}

// ---- the buffer and observers ---------------------------------------------------
let marks = [];
let measures = [];
const observers = new Set();
const pending = new Set();
let dispatchQueued = false;

function enqueue(entry) {
  for (const o of observers) o[kMaybeBuffer](entry);
}

function queuePending() {
  if (dispatchQueued) return;
  dispatchQueued = true;
  setImmediate(() => {
    dispatchQueued = false;
    const list = Array.from(pending);
    pending.clear();
    for (const o of list) o[kDispatch]();
  });
}

function sortByStart(list) {
  return list.slice().sort((a, b) => a.startTime - b.startTime);
}

class PerformanceObserverEntryList {
  constructor(skipThrowSymbol = undefined, entries = []) {
    if (skipThrowSymbol !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kBuffer] = sortByStart(entries);
  }

  getEntries() {
    return this[kBuffer].slice();
  }

  getEntriesByType(type) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    type = `${type}`;
    return this[kBuffer].filter((e) => e.entryType === type);
  }

  getEntriesByName(name, type = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    return this[kBuffer].filter((e) => e.name === name && (type === undefined || e.entryType === `${type}`));
  }

  [customInspect](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `PerformanceObserverEntryList ${inspect(this[kBuffer], opts)}`;
  }
}
Object.defineProperty(PerformanceObserverEntryList.prototype, Symbol.toStringTag, { value: 'PerformanceObserverEntryList', configurable: true });

const kBuffer = Symbol('kBuffer');
const kCallback = Symbol('kCallback');
const kTypes = Symbol('kTypes');
const kMaybeBuffer = Symbol('kMaybeBuffer');
const kDispatch = Symbol('kDispatch');
const supportedEntryTypes = Object.freeze(['dns', 'function', 'gc', 'http', 'http2', 'mark', 'measure', 'net', 'resource']);

class PerformanceObserver {
  constructor(callback) {
    if (typeof callback !== 'function') throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
    this[kBuffer] = [];
    this[kTypes] = new Set();
    this[kCallback] = callback;
  }

  observe(options = {}) {
    if (options === null || typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    const { entryTypes, type, buffered } = options;
    if (entryTypes === undefined && type === undefined) throw new ERR_MISSING_ARGS('options.entryTypes', 'options.type');
    if (entryTypes != null && type != null) {
      throw new ERR_INVALID_ARG_VALUE('options.entryTypes', entryTypes, 'options.entryTypes can not set with options.type together');
    }
    this[kTypes].clear();
    if (entryTypes !== undefined) {
      if (!Array.isArray(entryTypes)) throw new ERR_INVALID_ARG_TYPE('options.entryTypes', 'string[]', entryTypes);
      for (const t of entryTypes) if (supportedEntryTypes.includes(t)) this[kTypes].add(t);
    } else {
      if (!supportedEntryTypes.includes(type)) return;
      this[kTypes].add(type);
      if (buffered) {
        const existing = type === 'mark' ? marks : type === 'measure' ? measures : [];
        for (const e of existing) this[kMaybeBuffer](e);
      }
    }
    if (this[kTypes].size > 0) observers.add(this);
    else this.disconnect();
  }

  disconnect() {
    observers.delete(this);
    pending.delete(this);
    this[kBuffer] = [];
  }

  takeRecords() {
    const list = this[kBuffer];
    this[kBuffer] = [];
    return list;
  }

  static get supportedEntryTypes() {
    return supportedEntryTypes;
  }

  [kMaybeBuffer](entry) {
    if (!this[kTypes].has(entry.entryType)) return;
    this[kBuffer].push(entry);
    pending.add(this);
    queuePending();
  }

  [kDispatch]() {
    const list = new PerformanceObserverEntryList(kSkipThrow, this.takeRecords());
    this[kCallback].call(this, list, this);
  }

  [customInspect](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `PerformanceObserver ${inspect({
      connected: observers.has(this),
      pending: pending.has(this),
      entryTypes: Array.from(this[kTypes]),
      buffer: this[kBuffer],
    }, opts)}`;
  }
}
Object.defineProperty(PerformanceObserver.prototype, Symbol.toStringTag, { value: 'PerformanceObserver', configurable: true });

// ---- performance ---------------------------------------------------------------------
function getMark(name) {
  if (name === undefined) return undefined;
  if (typeof name === 'number') {
    if (name < 0) throw new ERR_PERFORMANCE_INVALID_TIMESTAMP(name);
    return name;
  }
  name = `${name}`;
  for (let i = marks.length - 1; i >= 0; i--) {
    if (marks[i].name === name) return marks[i].startTime;
  }
  throw lazyDOMException(`The "${name}" performance mark has not been set`, 'SyntaxError');
}

function mark(name, options) {
  const m = new PerformanceMark(name, options);
  marks.push(m);
  enqueue(m);
  return m;
}

function measure(name, startOrOptions, endMark) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
  name = `${name}`;
  let start;
  let end;
  let duration;
  let detail = null;
  if (startOrOptions !== null && typeof startOrOptions === 'object' && Object.keys(startOrOptions).length === 0) {
    startOrOptions = undefined;
  }
  if (startOrOptions !== null && typeof startOrOptions === 'object') {
    if (endMark !== undefined) {
      throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS('endMark must not be specified');
    }
    ({ start, end, duration } = startOrOptions);
    if (start === undefined && end === undefined) {
      throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS('One of options.start or options.end is required');
    }
    if (start !== undefined && end !== undefined && duration !== undefined) {
      throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS('Must not have options.start, options.end, and options.duration specified');
    }
    detail = cloneDetail(startOrOptions.detail);
  } else {
    start = startOrOptions;
  }
  let endTime;
  if (endMark !== undefined) endTime = getMark(endMark);
  else if (end !== undefined) endTime = getMark(end);
  else if (start !== undefined && duration !== undefined) endTime = getMark(start) + getMark(duration);
  else endTime = now();
  let startTime;
  if (start !== undefined) startTime = getMark(start);
  else if (duration !== undefined && end !== undefined) startTime = endTime - getMark(duration);
  else startTime = 0;
  const m = new PerformanceMeasure(kSkipThrow, name, startTime, endTime - startTime, detail);
  measures.push(m);
  enqueue(m);
  return m;
}

function filterEntries(list, name) {
  return name === undefined ? [] : list.filter((e) => e.name !== `${name}`);
}

let eluStart;
function eventLoopUtilization(util1, util2) {
  const n = now();
  if (eluStart === undefined) eluStart = 0;
  const total = n - eluStart;
  const cur = { idle: 0, active: total, utilization: total > 0 ? 1 : 0 };
  if (!util1) return cur;
  const idle = cur.idle - util1.idle;
  const active = cur.active - util1.active;
  if (util2) {
    const idle2 = util1.idle - util2.idle;
    const active2 = util1.active - util2.active;
    return { idle: idle2, active: active2, utilization: active2 / (idle2 + active2) };
  }
  return { idle, active, utilization: active / (idle + active) };
}

function timerify(fn, options = {}) {
  if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE('fn', 'function', fn);
  const name = `timerified ${fn.name}`;
  function timerified(...args) {
    const start = now();
    const result = new.target ? Reflect.construct(fn, args, fn) : Reflect.apply(fn, this, args);
    const entry = new PerformanceEntry(kSkipThrow, fn.name, 'function', start, now() - start);
    enqueue(entry);
    return result;
  }
  Object.defineProperties(timerified, {
    length: { configurable: false, enumerable: true, value: fn.length },
    name: { configurable: false, enumerable: true, value: name },
  });
  void options;
  return timerified;
}

class PerformanceNodeTiming {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }
}

// nodeTiming is a snapshot of Node's milestones; handshake's are the
// process start and the first use of perf_hooks.
function nodeTiming() {
  const t = Object.create(PerformanceNodeTiming.prototype);
  const bootstrap = binding.bootstrapTime();
  const values = {
    name: 'node',
    entryType: 'node',
    startTime: 0,
    duration: now(),
    nodeStart: 0,
    v8Start: 0,
    environment: bootstrap,
    loopStart: -1,
    loopExit: -1,
    bootstrapComplete: bootstrap,
    idleTime: 0,
  };
  for (const [k, v] of Object.entries(values)) {
    Object.defineProperty(t, k, { value: v, enumerable: true, configurable: true, writable: false });
  }
  return t;
}
Object.defineProperty(PerformanceNodeTiming.prototype, Symbol.toStringTag, { value: 'PerformanceNodeTiming', configurable: true });

class Performance extends EventTarget {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  clearMarks(name = undefined) {
    marks = filterEntries(marks, name);
  }

  clearMeasures(name = undefined) {
    measures = filterEntries(measures, name);
  }

  clearResourceTimings() {}

  getEntries() {
    return sortByStart([...marks, ...measures]);
  }

  getEntriesByName(name, type = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    return this.getEntries().filter((e) => e.name === name && (type === undefined || e.entryType === `${type}`));
  }

  getEntriesByType(type) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    type = `${type}`;
    if (type === 'mark') return sortByStart(marks);
    if (type === 'measure') return sortByStart(measures);
    return [];
  }

  mark(name, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    return mark(name, options);
  }

  measure(name, startOrOptions = undefined, endMark = undefined) {
    return measure(...arguments);
  }

  now() {
    return now();
  }

  setResourceTimingBufferSize() {}

  get timeOrigin() {
    return timeOrigin;
  }

  toJSON() {
    return {
      nodeTiming: this.nodeTiming,
      timeOrigin,
      eventLoopUtilization: eventLoopUtilization(),
    };
  }

  [customInspect](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `Performance ${inspect({ nodeTiming: this.nodeTiming, timeOrigin }, opts)}`;
  }
}
Object.defineProperty(Performance.prototype, Symbol.toStringTag, { value: 'Performance', configurable: true, writable: false, enumerable: false });
for (const n of ['clearMarks', 'clearMeasures', 'clearResourceTimings', 'getEntries', 'getEntriesByName',
  'getEntriesByType', 'mark', 'measure', 'now', 'setResourceTimingBufferSize', 'timeOrigin', 'toJSON']) {
  Object.defineProperty(Performance.prototype, n, { ...Object.getOwnPropertyDescriptor(Performance.prototype, n), enumerable: true });
}
Object.defineProperties(Performance.prototype, {
  eventLoopUtilization: { value: eventLoopUtilization, writable: true, configurable: true, enumerable: true },
  nodeTiming: { get: nodeTiming, configurable: true, enumerable: true },
  markResourceTiming: { value() {}, writable: true, configurable: true, enumerable: true },
  timerify: { value: timerify, writable: true, configurable: true, enumerable: true },
  onresourcetimingbufferfull: { value: null, writable: true, configurable: true, enumerable: true },
});

const performance = Object.create(Performance.prototype);
initEventTarget(performance);

// ---- histograms ------------------------------------------------------------------------
// SafeMap is named as Node's internal Map subclass so percentiles print
// as Node's do ("SafeMap(n) [Map] { … }").
class SafeMap extends Map {}

const kMaxSafe = Number.MAX_SAFE_INTEGER;

// Histogram records integer values and reports them as Node's
// HdrHistogram-backed histograms do (exact values: no bucketing).
class Histogram {
  #values = [];
  #last;

  get count() { return this.#values.length; }
  get countBigInt() { return BigInt(this.count); }
  get min() { return this.#values.length ? Math.min(...this.#values) : 9223372036854776000; }
  get minBigInt() { return this.#values.length ? BigInt(this.min) : 9223372036854775807n; }
  get max() { return this.#values.length ? Math.max(...this.#values) : 0; }
  get maxBigInt() { return BigInt(this.max); }
  get mean() { return this.#values.length ? this.#values.reduce((a, b) => a + b, 0) / this.#values.length : NaN; }
  get exceeds() { return 0; }
  get exceedsBigInt() { return 0n; }
  get stddev() {
    const n = this.#values.length;
    if (!n) return NaN;
    const m = this.mean;
    return Math.sqrt(this.#values.reduce((a, v) => a + (v - m) ** 2, 0) / n);
  }

  // percentiles walks the values as HdrHistogram's percentile iterator
  // with one tick per half distance: 0, 50, 75, 87.5, … then 100.
  get percentiles() {
    const out = new SafeMap();
    const sorted = this.#values.slice().sort((a, b) => a - b);
    const total = sorted.length;
    if (total === 0) {
      out.set(100, 0);
      return out;
    }
    let pct = 0;
    let cum = 0;
    for (let i = 0; i < total; i++) {
      cum++;
      if (i + 1 < total && sorted[i + 1] === sorted[i]) continue;
      const here = (100 * cum) / total;
      while (pct <= here) {
        out.set(pct, sorted[i]);
        const ticks = 2 ** (Math.floor(Math.log2(100 / (100 - pct))) + 1);
        pct += 100 / ticks;
        if (cum === total) break;
      }
      if (cum === total) break;
    }
    out.set(100, sorted[total - 1]);
    return out;
  }

  get percentilesBigInt() {
    const out = new SafeMap();
    for (const [k, v] of this.percentiles) out.set(k, BigInt(v));
    return out;
  }

  percentile(p) {
    if (typeof p !== 'number') throw new ERR_INVALID_ARG_TYPE('percentile', 'number', p);
    if (!(p > 0 && p <= 100)) throw new ERR_OUT_OF_RANGE('percentile', '> 0 && <= 100', p);
    const s = this.#values.slice().sort((a, b) => a - b);
    if (!s.length) return 0;
    const count = Math.max(1, Math.floor((p / 100) * s.length + 0.5));
    return s[Math.min(s.length, count) - 1];
  }

  percentileBigInt(p) {
    return BigInt(this.percentile(p));
  }

  reset() {
    this.#values = [];
    this.#last = undefined;
  }

  record(val) {
    if (typeof val === 'bigint') {
      if (val < 1n || val > BigInt(kMaxSafe)) throw new ERR_OUT_OF_RANGE('val', `>= 1 && <= ${kMaxSafe}`, val);
      val = Number(val);
    } else {
      if (typeof val !== 'number') throw new ERR_INVALID_ARG_TYPE('val', 'number', val);
      if (!Number.isInteger(val)) throw new ERR_OUT_OF_RANGE('val', 'an integer', val);
      if (val < 1 || val > kMaxSafe) throw new ERR_OUT_OF_RANGE('val', `>= 1 && <= ${kMaxSafe}`, val);
    }
    this.#values.push(val);
  }

  recordDelta() {
    const n = now();
    if (this.#last !== undefined) this.record(Math.max(1, Math.round((n - this.#last) * 1e6)));
    this.#last = n;
  }

  add(other) {
    if (!(other instanceof Histogram)) throw new ERR_INVALID_ARG_TYPE('other', 'RecordableHistogram', other);
    for (const [, v] of other.#values.entries()) this.#values.push(v);
  }

  toJSON() {
    return {
      count: this.count,
      min: this.min,
      max: this.max,
      mean: this.mean,
      exceeds: this.exceeds,
      stddev: this.stddev,
      percentiles: Object.fromEntries(this.percentiles),
    };
  }

  [customInspect](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `Histogram ${inspect({
      min: this.min,
      max: this.max,
      mean: this.mean,
      exceeds: this.exceeds,
      stddev: this.stddev,
      count: this.count,
      percentiles: this.percentiles,
    }, opts)}`;
  }
}

function createHistogram() {
  return new Histogram();
}

function monitorEventLoopDelay(options = {}) {
  const h = new Histogram();
  const resolution = (options && options.resolution) || 10;
  let timer = null;
  h.enable = function enable() {
    if (timer) return false;
    let last = now();
    timer = setInterval(() => {
      const n = now();
      h.record(Math.max(1, Math.round((n - last - resolution) * 1e6)));
      last = n;
    }, resolution);
    timer.unref();
    return true;
  };
  h.disable = function disable() {
    if (!timer) return false;
    clearInterval(timer);
    timer = null;
    return true;
  };
  return h;
}

const constants = {
  NODE_PERFORMANCE_GC_MAJOR: 4,
  NODE_PERFORMANCE_GC_MINOR: 1,
  NODE_PERFORMANCE_GC_INCREMENTAL: 8,
  NODE_PERFORMANCE_GC_WEAKCB: 16,
  NODE_PERFORMANCE_GC_FLAGS_NO: 0,
  NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
  NODE_PERFORMANCE_GC_FLAGS_FORCED: 4,
  NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
  NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16,
  NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
  NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
};


module.exports = {
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceObserver,
  PerformanceObserverEntryList,
  PerformanceResourceTiming,
  monitorEventLoopDelay,
  createHistogram,
  performance,
  constants,
};
