// assert.CallTracker, after Node's lib/internal/assert/calltracker.js:
// wraps functions to count their calls and verifies the expected counts.
'use strict';

const { ERR_INVALID_ARG_VALUE, ERR_UNAVAILABLE_DURING_EXIT, ERR_OUT_OF_RANGE, ERR_INVALID_ARG_TYPE } =
  require('internal/errors').codes;
const AssertionError = require('internal/assert/assertion_error');

const noop = () => {};

class CallTracker {
  #calls = new Map(); // tracked function -> context

  #context(fn) {
    const ctx = this.#calls.get(fn);
    if (ctx === undefined) throw new ERR_INVALID_ARG_VALUE('tracked', fn, 'is not a tracked function');
    return ctx;
  }

  calls(fn, exact = 1) {
    if (process._exiting) throw new ERR_UNAVAILABLE_DURING_EXIT();
    if (typeof fn === 'number') {
      exact = fn;
      fn = noop;
    } else if (fn === undefined) {
      fn = noop;
    }
    if (typeof exact !== 'number') throw new ERR_INVALID_ARG_TYPE('expected', 'number', exact);
    if (!Number.isInteger(exact)) throw new ERR_OUT_OF_RANGE('expected', 'an integer', exact);
    if (exact < 1 || exact > 4294967295) throw new ERR_OUT_OF_RANGE('expected', '>= 1 && <= 4294967295', exact);
    const context = { exact, actual: 0, calls: [], name: fn.name || 'calls', stackTrace: new Error() };
    const tracked = new Proxy(fn, {
      apply(target, thisArg, argList) {
        context.actual++;
        // goja reuses the argument list it hands the trap: keep a copy.
        context.calls.push({ thisArg, arguments: Array.prototype.slice.call(argList) });
        return Reflect.apply(target, thisArg, argList);
      },
    });
    this.#calls.set(tracked, context);
    return tracked;
  }

  getCalls(fn) {
    return this.#context(fn).calls.slice();
  }

  reset(fn) {
    if (fn === undefined) {
      for (const ctx of this.#calls.values()) {
        ctx.actual = 0;
        ctx.calls = [];
      }
      return;
    }
    const ctx = this.#context(fn);
    ctx.actual = 0;
    ctx.calls = [];
  }

  report() {
    const errors = [];
    for (const ctx of this.#calls.values()) {
      if (ctx.actual !== ctx.exact) {
        errors.push({
          message: `Expected the ${ctx.name} function to be executed ${ctx.exact} time(s) but was executed ${ctx.actual} time(s).`,
          actual: ctx.actual,
          expected: ctx.exact,
          operator: ctx.name,
          stack: ctx.stackTrace,
        });
      }
    }
    return errors;
  }

  verify() {
    const errors = this.report();
    if (errors.length === 0) return;
    const message = errors.length === 1 ? errors[0].message : 'Functions were not called the expected number of times';
    const err = new AssertionError({ message, details: errors });
    // Node's uncaught report points into its calltracker source.
    Object.defineProperty(err, Symbol.for('handshake.fatalHeader'), {
      value: 'node:internal/assert/calltracker:146\n    throw new AssertionError({\n    ^\n',
      writable: true, configurable: true, enumerable: false,
    });
    throw err;
  }
}

module.exports = CallTracker;
