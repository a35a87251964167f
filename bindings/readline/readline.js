'use strict';
// readline — follows Node's lib/readline.js: the callback-style Interface
// (a function constructor callable without new, over
// internal/readline/interface), createInterface, the cursor helpers and
// emitKeypressEvents, and readline.promises.

const {
  Interface: _Interface,
  InterfaceConstructor,
  kQuestion,
  kQuestionCancel,
  kAddHistory,
  kDecoder,
  kDeleteLeft,
  kDeleteLineLeft,
  kDeleteLineRight,
  kDeleteRight,
  kDeleteWordLeft,
  kDeleteWordRight,
  kGetDisplayPos,
  kHistoryNext,
  kHistoryPrev,
  kInsertString,
  kLine,
  kLine_buffer,
  kMoveCursor,
  kNormalWrite,
  kOldPrompt,
  kOnLine,
  kPreviousKey,
  kPrompt,
  kQuestionCallback,
  kRefreshLine,
  kSawKeyPress,
  kSawReturnAt,
  kSetRawMode,
  kTabComplete,
  kTabCompleter,
  kTtyWrite,
  kWordLeft,
  kWordRight,
  kWriteToOutput,
} = require('internal/readline/interface');
const { clearLine, clearScreenDown, cursorTo, moveCursor } = require('internal/readline/callbacks');
const { emitKeypressEvents } = require('internal/readline/emitKeypressEvents');
const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { validateAbortSignal } = require('internal/validators');

let promises;

// Interface(input, output, completer, terminal): a completer taking one
// argument returns its result; it is adapted to the (line, callback) form.
function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
  if (input && input.input && typeof input.completer === 'function' && input.completer.length !== 2) {
    const { completer: sync } = input;
    input.completer = (v, cb) => cb(null, sync(v));
  } else if (typeof completer === 'function' && completer.length !== 2) {
    const sync = completer;
    completer = (v, cb) => cb(null, sync(v));
  }
  InterfaceConstructor.call(this, input, output, completer, terminal);
  if (process.env.TERM === 'dumb') this._ttyWrite = ttyWriteDumb.bind(this);
}

Object.setPrototypeOf(Interface.prototype, _Interface.prototype);
Object.setPrototypeOf(Interface, _Interface);

// question(query[, options], cb) shows query and passes the next line to
// cb; options.signal cancels it.
Interface.prototype.question = function question(query, options, cb) {
  cb = typeof options === 'function' ? options : cb;
  if (options !== null && typeof options === 'object') {
    const { signal } = options;
    if (signal) {
      validateAbortSignal(signal, 'options.signal');
      if (signal.aborted) return;
      const onAbort = () => this[kQuestionCancel]();
      signal.addEventListener('abort', onAbort, { once: true });
      const cleanup = () => signal.removeEventListener('abort', onAbort);
      const original = cb;
      cb = typeof cb === 'function' ? (answer) => {
        cleanup();
        return original(answer);
      } : cleanup;
    }
  }
  if (typeof cb === 'function') this[kQuestion](query, cb);
};

// util.promisify(rl.question) resolves with the answer; an abort rejects.
Interface.prototype.question[Symbol.for('nodejs.util.promisify.custom')] = function question(query, options) {
  if (options === null || typeof options !== 'object') options = {};
  if (options.signal && options.signal.aborted) {
    return Promise.reject(new AbortError(undefined, { cause: options.signal.reason }));
  }
  return new Promise((resolve, reject) => {
    let cb = resolve;
    if (options.signal) {
      const onAbort = () => reject(new AbortError(undefined, { cause: options.signal.reason }));
      options.signal.addEventListener('abort', onAbort, { once: true });
      cb = (answer) => {
        options.signal.removeEventListener('abort', onAbort);
        resolve(answer);
      };
    }
    this.question(query, options, cb);
  });
};

// The underscore names older code (and Node's own tests) reach for.
function alias(name, key, isValue) {
  if (isValue) {
    Object.defineProperty(Interface.prototype, name, {
      get() { return this[key]; },
      set(v) { this[key] = v; },
      configurable: true,
      enumerable: false,
    });
    return;
  }
  Interface.prototype[name] = function (...args) {
    return this[key](...args);
  };
}
Object.defineProperties(Interface.prototype, {
  _setRawMode: { value(mode) { return this[kSetRawMode](mode); }, writable: true, configurable: true },
  _onLine: { value(line) { return this[kOnLine](line); }, writable: true, configurable: true },
  _writeToOutput: { value(s) { return this[kWriteToOutput](s); }, writable: true, configurable: true },
});
alias('_addHistory', kAddHistory);
alias('_refreshLine', kRefreshLine);
alias('_normalWrite', kNormalWrite);
alias('_insertString', kInsertString);
// The callback API's completer reports through a callback.
Interface.prototype[kTabComplete] = function (lastKeypressWasTab) {
  this.pause();
  const string = this.line.slice(0, this.cursor);
  this.completer(string, (err, value) => {
    this.resume();
    if (err) {
      this[kWriteToOutput](`Tab completion error: ${require('internal/util/inspect').inspect(err)}`);
      return;
    }
    this[kTabCompleter](lastKeypressWasTab, value);
  });
};
alias('_tabComplete', kTabComplete);
alias('_wordLeft', kWordLeft);
alias('_wordRight', kWordRight);
alias('_deleteLeft', kDeleteLeft);
alias('_deleteRight', kDeleteRight);
alias('_deleteWordLeft', kDeleteWordLeft);
alias('_deleteWordRight', kDeleteWordRight);
alias('_deleteLineLeft', kDeleteLineLeft);
alias('_deleteLineRight', kDeleteLineRight);
alias('_line', kLine);
alias('_historyNext', kHistoryNext);
alias('_historyPrev', kHistoryPrev);
alias('_getDisplayPos', kGetDisplayPos);
alias('_getCursorPos', 'getCursorPos');
alias('_moveCursor', kMoveCursor);
alias('_ttyWrite', kTtyWrite);
alias('_decoder', kDecoder, true);
alias('_line_buffer', kLine_buffer, true);
alias('_oldPrompt', kOldPrompt, true);
alias('_previousKey', kPreviousKey, true);
alias('_prompt', kPrompt, true);
alias('_questionCallback', kQuestionCallback, true);
alias('_sawKeyPress', kSawKeyPress, true);
alias('_sawReturnAt', kSawReturnAt, true);

// With TERM=dumb: no editing, keys become text, Enter ends the line.
function ttyWriteDumb(s, key) {
  key = key || {};
  if (key.name === 'escape') return;
  if (this[kSawReturnAt] && key.name !== 'enter') this[kSawReturnAt] = 0;
  if (key.ctrl) {
    if (key.name === 'c') {
      if (this.listenerCount('SIGINT') > 0) this.emit('SIGINT');
      else this.close();
      return;
    } else if (key.name === 'd') {
      this.close();
      return;
    }
  }
  switch (key.name) {
    case 'return':
      this[kSawReturnAt] = Date.now();
      this._line();
      break;
    case 'enter':
      if (this[kSawReturnAt] === 0 || Date.now() - this[kSawReturnAt] > this.crlfDelay) this._line();
      this[kSawReturnAt] = 0;
      break;
    default:
      if (typeof s === 'string' && s) {
        this.line += s;
        this.cursor += s.length;
        this._writeToOutput(s);
      }
  }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
};

Object.defineProperty(module.exports, 'promises', {
  configurable: true,
  enumerable: true,
  get() {
    if (promises === undefined) promises = require('readline/promises');
    return promises;
  },
});
