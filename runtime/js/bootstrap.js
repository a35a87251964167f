// Bootstrap: the first JavaScript every runtime runs. It plays the part of
// Node's lib/internal/bootstrap/realm.js (the builtin module loader),
// lib/internal/bootstrap/node.js (process and globals) and
// lib/internal/process/task_queues.js (nextTick and its drain). It returns
// the entry points Go calls: runCallback for every macrotask, fatalException
// for uncaught errors, emitBeforeExit/emitExit at the end.
(function bootstrap(binding) {
  'use strict';

  // process exists before any module loads (modules receive it as a
  // parameter); it becomes an EventEmitter once events has loaded.
  const process = {};

  // ---- builtin modules -------------------------------------------------
  const builtinCache = Object.create(null);
  const bindingCache = Object.create(null);

  function internalBinding(name) {
    let b = bindingCache[name];
    if (b === undefined) {
      b = binding.moduleBinding(name);
      bindingCache[name] = b;
    }
    return b;
  }

  function requireBuiltin(id) {
    if (id.startsWith('node:')) id = id.slice(5);
    const cached = builtinCache[id];
    if (cached !== undefined) return cached.exports;
    const fn = binding.loadBuiltin(id);
    if (fn === undefined) {
      const err = new Error(`No such built-in module: ${id}`);
      err.code = 'ERR_UNKNOWN_BUILTIN_MODULE';
      throw err;
    }
    const module = { id, exports: {}, loaded: false };
    builtinCache[id] = module;
    fn.call(module.exports, module.exports, requireBuiltin, module, process, internalBinding);
    module.loaded = true;
    return module.exports;
  }

  // ---- nextTick queue (lib/internal/process/task_queues.js) -----------
  // tickInfo is shared with Go: [0] = ticks queued, [1] = rejections to process.
  // The queue is one array of slots where Node has an object per tick:
  // goja pays for every object. A tick is its callback, then a mode: 0
  // (no arguments), 1 or 2 (that many arguments, in the next slots:
  // internal callers use nextTick1/nextTick2 and skip the rest-parameter
  // array, about 1 us in goja), or the arguments array. The array is
  // reused while the queue stays small (goja boxes indexes above 255).
  const tickInfo = new Uint8Array(binding.tickInfo);
  let tickQueue = [];
  let tickHead = 0;
  let tickTail = 0;

  function nextTick(callback, ...args) {
    if (typeof callback !== 'function') {
      throw makeInvalidArgType('callback', 'function', callback);
    }
    if (process._exiting) return;
    if (tickHead === tickTail) tickInfo[0] = 1;
    const t = tickTail;
    tickQueue[t] = callback;
    tickQueue[t + 1] = args.length === 0 ? 0 : args;
    tickTail = t + 2;
  }

  // nextTick0(callback) is process.nextTick(callback) for the core modules.
  function nextTick0(callback) {
    if (process._exiting) return;
    if (tickHead === tickTail) tickInfo[0] = 1;
    const t = tickTail;
    tickQueue[t] = callback;
    tickQueue[t + 1] = 0;
    tickTail = t + 2;
  }

  // nextTick1(callback, a) is process.nextTick(callback, a) for the core
  // modules (streams, net): the same queue, without the arguments array.
  function nextTick1(callback, a) {
    if (process._exiting) return;
    if (tickHead === tickTail) tickInfo[0] = 1;
    const t = tickTail;
    tickQueue[t] = callback;
    tickQueue[t + 1] = 1;
    tickQueue[t + 2] = a;
    tickTail = t + 3;
  }

  // nextTick2(callback, a, b) is process.nextTick(callback, a, b).
  function nextTick2(callback, a, b) {
    if (process._exiting) return;
    if (tickHead === tickTail) tickInfo[0] = 1;
    const t = tickTail;
    tickQueue[t] = callback;
    tickQueue[t + 1] = 2;
    tickQueue[t + 2] = a;
    tickQueue[t + 3] = b;
    tickTail = t + 4;
  }

  // nextTick1Tail(callback, a) is nextTick1(callback, a) for a caller
  // that queues it as the very last thing a running tick's callback does
  // (the caller's promise): with no other tick queued, callback(a) would be
  // the next tick run, straight after the running one returns, with nothing
  // in between (promise jobs wait for an empty queue), so it runs now,
  // without the queue's round trip. (A throw from it is the running tick's
  // then, reported the same way.)
  function nextTick1Tail(callback, a) {
    if (tickHead === tickTail && !process._exiting) callback(a);
    else nextTick1(callback, a);
  }

  // nextTick2Once(callback, a, b) is nextTick2, except that it queues
  // nothing when the queue's last tick is this same callback(a, b), not yet
  // run: for a callback that does nothing when run again straight after
  // itself (the streams' endReadableNT, which the last reads of a stream
  // schedule up to three times in a row), the run it saves is not
  // observable. (It looks only at slots not yet taken, from tickHead on,
  // and internal callbacks are only ever stored in callback slots.)
  function nextTick2Once(callback, a, b) {
    const t = tickTail;
    const q = tickQueue;
    if (t - tickHead >= 4 && q[t - 4] === callback && q[t - 3] === 2 &&
        q[t - 2] === a && q[t - 1] === b) return;
    // nextTick2's body (a call less)
    if (process._exiting) return;
    if (tickHead === t) tickInfo[0] = 1;
    q[t] = callback;
    q[t + 1] = 2;
    q[t + 2] = a;
    q[t + 3] = b;
    tickTail = t + 4;
  }

  // drainTicks runs queued callbacks until the queue is empty. A callback
  // that throws leaves it (runTicks reports the error through invoke, as
  // each tick's own invoke did, and drains on): tickHead moves past a tick
  // before its call. The head lives in a local between calls (a closure
  // variable costs a stash access per read and write in goja) and is read
  // back after each call, which may have drained the queue itself. Taken
  // slots are not cleared (see runTicks). Modes in the order of their
  // frequency (core modules queue two arguments most).
  function drainTicks() {
    const q = tickQueue;
    let h = tickHead;
    while (h < tickTail) {
      // a plain call: q[h](...) would pass the array as this
      const callback = q[h];
      const mode = q[h + 1];
      if (mode === 2) {
        tickHead = h + 4;
        callback(q[h + 2], q[h + 3]);
      } else if (mode === 1) {
        tickHead = h + 3;
        callback(q[h + 2]);
      } else if (mode === 0) {
        tickHead = h + 2;
        callback();
      } else {
        tickHead = h + 2;
        Reflect.apply(callback, undefined, mode);
      }
      h = tickHead;
    }
    // Drained: the queue starts over. (After a throw the next drain, which
    // runTicks or Go's next processTicksAndRejections makes, gets here.)
    tickHead = 0;
    tickTail = 0;
    tickInfo[0] = 0;
    // A burst leaves a long array behind: let it go. (Shorter ones keep
    // their last values until the next batches overwrite them: clearing
    // each taken slot cost a quarter of a tick's time, and truncating the
    // array makes every later slot write a slow append in goja.)
    if (q.length > 1024 && q === tickQueue) tickQueue = [];
  }

  const invoke = binding.invoke;

  function runTicks() {
    // One invoke per batch, not per tick: each costs a Go call.
    do invoke(drainTicks, undefined, undefined);
    while (tickHead < tickTail);
  }

  // Core modules reach the fast forms through internalBinding. (They skip
  // a user's replacement of process.nextTick, which Node's would call.)
  bindingCache['internal/task_queues'] = { nextTick0, nextTick1, nextTick2, nextTick2Once, nextTick1Tail };
  // events fills this with its emit0/emit1 for the streams (see events.js).
  bindingCache['internal/events/fast'] = {};

  // runCallback is how Go enters JavaScript for every macrotask: the call
  // goes through binding.invoke (so Go sees the thrown exception with its
  // throw site), then the tick queue drains. Promise jobs run when this
  // outermost call returns, after the ticks, as in Node; Go then calls
  // processTicksAndRejections again while ticks or rejections remain.
  function runCallback(fn, thisArg, args) {
    const r = invoke(fn, thisArg, args);
    // runTicks inline (a call less per macrotask)
    if (tickInfo[0] !== 0) {
      do invoke(drainTicks, undefined, undefined);
      while (tickHead < tickTail);
    }
    return r;
  }

  function processTicksAndRejections() {
    if (tickInfo[0]) runTicks();
    if (tickInfo[1]) processPromiseRejections();
  }

  // ---- promise rejections (lib/internal/process/promises.js) ----------
  const maybeUnhandled = new Map(); // promise -> reason (insertion ordered)
  const asyncHandledRejections = [];

  function processPromiseRejections() {
    tickInfo[1] = 0;
    const list = binding.takeRejections();
    for (let i = 0; i < list.length; i += 3) {
      const promise = list[i], reason = list[i + 1], op = list[i + 2];
      if (op === 0) {
        maybeUnhandled.set(promise, reason);
      } else if (maybeUnhandled.has(promise)) {
        maybeUnhandled.delete(promise);
      } else {
        asyncHandledRejections.push(promise);
      }
    }
    while (asyncHandledRejections.length > 0) {
      const promise = asyncHandledRejections.shift();
      binding.invoke(process.emit, process, ['rejectionHandled', promise]);
    }
    for (const [promise, reason] of maybeUnhandled) {
      maybeUnhandled.delete(promise);
      const handled = process.emit('unhandledRejection', reason, promise);
      if (!handled) {
        unhandledRejectionFatal(reason, promise);
        return;
      }
    }
  }

  function unhandledRejectionFatal(reason, promise) {
    let err = reason;
    if (!(reason instanceof Error) && !(reason !== null && typeof reason === 'object' && typeof reason.stack === 'string')) {
      let shown;
      // Node shows V8's side-effect-free string ("str", "#<Object>", "[object Array]").
      try { shown = requireBuiltin('internal/util/inspect').noSideEffectsToString(reason); } catch { shown = String(reason); }
      err = new Error('This error originated either by throwing inside of an async function ' +
        'without a catch block, or by rejecting a promise which was not handled with .catch(). ' +
        `The promise rejected with the reason "${shown}".`);
      err.name = 'UnhandledPromiseRejection';
      err.stack; // materialise the stack header with this name
      delete err.name;
      Object.defineProperty(err, 'name', { value: 'UnhandledPromiseRejection', enumerable: false, writable: true, configurable: true });
      err.code = 'ERR_UNHANDLED_REJECTION';
      fatalException(err, 'node:internal/process/promises:389\n      new UnhandledPromiseRejection(reason);\n      ^\n', 'unhandledRejection');
      return;
    }
    fatalException(err, binding.errorSource(err), "unhandledRejection");
  }

  // ---- fatal exceptions -------------------------------------------------
  // fatalException is called by Go (through invoke) with the thrown value
  // and the "file:line / source / caret" header Go computed from the throw
  // site. It emits 'uncaughtException' when there are listeners, otherwise
  // prints what Node prints and exits with code 1.
  let inFatal = false;
  function fatalException(err, header, origin) {
    origin = origin || 'uncaughtException';
    if (!inFatal && process.listenerCount('uncaughtException') > 0) {
      inFatal = true;
      try {
        process.emit('uncaughtException', err, origin);
      } catch (e) {
        inFatal = false;
        printFatal(e, binding.errorSource(e));
        exitNow(7);
        return;
      }
      inFatal = false;
      return;
    }
    printFatal(err, header);
    exitNow(1);
  }

  function printFatal(err, header) {
    let out = '';
    const isErrorLike = err !== null && typeof err === 'object' && typeof err.stack === 'string';
    if (header) {
      out += header;
      if (isErrorLike) out += '\n';
    } else if (isErrorLike) {
      out += '\n';
    }
    if (isErrorLike) {
      // An unhandled 'error' event's error gets "Emitted 'error' event …
      // at:" appended to its stack first (events.js; Node's
      // kEnhanceStackBeforeInspector).
      const enhance = err[Symbol.for('handshake.enhanceStack')];
      if (typeof enhance === 'function') {
        try { err.stack = enhance(); } catch { /* print it as it is */ }
      }
      out += formatError(err);
    } else {
      // a thrown non-error: a blank line first; primitives print raw with
      // the --trace-uncaught hint, objects inspected without it
      const primitive = err === null || (typeof err !== 'object' && typeof err !== 'function');
      if (header) out = '\n' + out;
      out += primitive ? String(err) : safeInspect(err);
      if (header && primitive) out += '\n(Use `node --trace-uncaught ...` to show where the exception was thrown)';
    }
    out += `\n\nNode.js ${process.version}\n`;
    binding.writeSync(2, out);
  }

  function formatError(err) {
    try {
      // As Node's uncaught-exception printer: no custom inspect (so an
      // AssertionError shows its full actual/expected), depth at least 5.
      const util = requireBuiltin('util');
      return util.inspect(err, { customInspect: false, depth: Math.max(util.inspect.defaultOptions.depth, 5) });
    } catch {
      return binding.v8Stack(String(err.stack));
    }
  }

  function safeInspect(v) {
    try {
      return requireBuiltin('util').inspect(v);
    } catch {
      return String(v);
    }
  }

  // exitNow ends the process after a fatal error: 'exit' listeners still
  // run (with the code), after the error was printed, as in Node.
  function exitNow(code) {
    process.exitCode = code;
    if (!process._exiting) {
      process._exiting = true;
      binding.invoke(process.emit, process, ['exit', code]);
    }
    process.reallyExit(process.exitCode === undefined ? code : (process.exitCode | 0));
  }

  function makeInvalidArgType(name, type, actual) {
    let received;
    if (actual == null) received = ` Received ${actual}`;
    else if (typeof actual === 'function') received = ` Received function ${actual.name}`;
    else if (typeof actual === 'object') received = ' Received an instance of ' + (actual.constructor && actual.constructor.name || 'Object');
    else {
      let s = String(actual);
      if (typeof actual === 'string') s = `'${s.length > 25 ? s.slice(0, 25) + '...' : s}'`;
      received = ` Received type ${typeof actual} (${s})`;
    }
    const err = new TypeError(`The "${name}" argument must be of type ${type}.${received}`);
    return decorateCode(err, 'ERR_INVALID_ARG_TYPE');
  }

  function decorateCode(err, code) {
    const name = err.name;
    err.name = `${name} [${code}]`;
    err.stack; // goja formats the stack header on first access
    delete err.name;
    err.code = code;
    return err;
  }

  // ---- process ------------------------------------------------------------
  const EventEmitter = requireBuiltin('events');
  Object.setPrototypeOf(process, Object.create(EventEmitter.prototype, {
    constructor: { value: function process() {}, writable: true, configurable: true },
  }));
  EventEmitter.init.call(process);
  Object.defineProperty(process, Symbol.toStringTag, { value: 'process', enumerable: false, writable: true, configurable: true });
  binding.initProcess(process);
  process.nextTick = nextTick;
  process._exiting = false;
  let exitCode;
  Object.defineProperty(process, 'exitCode', {
    enumerable: true,
    configurable: false,
    get() { return exitCode; },
    set(v) {
      if (v !== undefined && v !== null) {
        const n = typeof v === 'string' && /^\s*-?\d+\s*$/.test(v) ? Number(v) : v;
        if (typeof n !== 'number' || !Number.isInteger(n)) {
          throw decorateCode(new TypeError(`The "code" argument must be of type number. Received ${typeof v === 'string' ? `type string ('${v}')` : `type ${typeof v} (${String(v)})`}`), 'ERR_INVALID_ARG_TYPE');
        }
      }
      exitCode = v;
    },
  });
  process.exit = function exit(code) {
    if (code !== undefined) process.exitCode = code;
    if (!process._exiting) {
      process._exiting = true;
      binding.invoke(process.emit, process, ['exit', process.exitCode === undefined ? 0 : (process.exitCode | 0)]);
    }
    process.reallyExit(process.exitCode === undefined ? 0 : (process.exitCode | 0));
  };
  process.reallyExit = function reallyExit(code) {
    binding.reallyExit(code | 0);
  };
  process.abort = function abort() { binding.reallyExit(134); };
  process.emitWarning = function emitWarning(warning, type, code, ctor) {
    return requireBuiltin('internal/process/warning').emitWarning(warning, type, code, ctor);
  };
  process.binding = function (name) { throw new Error(`No such module: ${name}`); };

  function emitBeforeExit() {
    if (process._exiting) return;
    const code = process.exitCode === undefined ? 0 : (process.exitCode | 0);
    process.emit('beforeExit', code);
  }

  function emitExit() {
    if (process._exiting) return process.exitCode | 0;
    process._exiting = true;
    const code = process.exitCode === undefined ? 0 : (process.exitCode | 0);
    process.emit('exit', code);
    return process.exitCode === undefined ? code : (process.exitCode | 0);
  }

  // ---- globals ------------------------------------------------------------
  const g = globalThis;
  function defineLazy(name, load, enumerable) {
    Object.defineProperty(g, name, {
      configurable: true,
      enumerable: !!enumerable,
      get() {
        const v = load();
        Object.defineProperty(g, name, { value: v, writable: true, configurable: true, enumerable: !!enumerable });
        return v;
      },
      set(v) {
        Object.defineProperty(g, name, { value: v, writable: true, configurable: true, enumerable: !!enumerable });
      },
    });
  }
  function defineValue(name, v) {
    Object.defineProperty(g, name, { value: v, writable: true, configurable: true, enumerable: false });
  }
  if (!Symbol.asyncIterator) {
    Object.defineProperty(Symbol, 'asyncIterator', { value: Symbol.for('Symbol.asyncIterator') });
  }
  Object.defineProperty(g, 'global', { value: g, writable: true, configurable: true, enumerable: false });
  defineValue('process', process);
  // process.stdin/stdout/stderr: lazy getters (bindings/stdio).
  requireBuiltin('internal/stdio').install(process);
  const globals = binding.globals(); // [name, module, property, enumerable] from the registry
  for (let i = 0; i < globals.length; i += 4) {
    const mod = globals[i + 1], prop = globals[i + 2];
    defineLazy(globals[i], () => {
      const m = requireBuiltin(mod);
      return prop ? m[prop] : m;
    }, globals[i + 3]);
  }
  // V8's Error.captureStackTrace and Error.stackTraceLimit, which goja lacks
  // and libraries call (internal/util/stack builds the stack text).
  if (typeof Error.captureStackTrace !== 'function') {
    Object.defineProperty(Error, 'captureStackTrace', {
      value: function captureStackTrace(obj, constructorOpt) {
        requireBuiltin('internal/util/stack').captureStackTrace(obj, constructorOpt);
      },
      writable: true, configurable: true, enumerable: false,
    });
  }
  if (!('stackTraceLimit' in Error)) Error.stackTraceLimit = 10;
  defineValue('queueMicrotask', function queueMicrotask(callback) {
    if (typeof callback !== 'function') throw makeInvalidArgType('callback', 'function', callback);
    Promise.resolve().then(() => binding.invoke(callback, undefined, []));
  });

  return {
    requireBuiltin,
    runCallback,
    processTicksAndRejections,
    fatalException,
    emitBeforeExit,
    emitExit,
    process,
  };
})
