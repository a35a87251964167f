'use strict';
// readline/promises — follows Node's lib/readline/promises.js and
// lib/internal/readline/promises.js: an Interface whose question() returns a
// promise, and Readline, which queues cursor actions until commit().

const { Interface: _Interface, kQuestion, kQuestionCancel } = require('internal/readline/interface');
const { CSI, kClearToLineBeginning, kClearToLineEnd, kClearLine, kClearScreenDown } = require('internal/readline/callbacks');
const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { validateAbortSignal, validateInteger } = require('internal/validators');

class Interface extends _Interface {
  // (a completer may return its result or a promise of it)
  // eslint-disable-next-line no-useless-constructor
  constructor(input, output, completer, terminal) {
    super(input, output, completer, terminal);
  }

  // question(query[, { signal }]) resolves with the next line; an abort
  // rejects with an AbortError. After close() it rejects with
  // ERR_USE_AFTER_CLOSE.
  question(query, options = {}) {
    return new Promise((resolve, reject) => {
      let cb = resolve;
      if (options && options.signal) {
        const { signal } = options;
        validateAbortSignal(signal, 'options.signal');
        if (signal.aborted) {
          reject(new AbortError(undefined, { cause: signal.reason }));
          return;
        }
        const onAbort = () => {
          this[kQuestionCancel]();
          reject(new AbortError(undefined, { cause: signal.reason }));
        };
        signal.addEventListener('abort', onAbort, { once: true });
        cb = (answer) => {
          signal.removeEventListener('abort', onAbort);
          resolve(answer);
        };
      }
      this[kQuestion](query, cb);
    });
  }
}

// Readline collects cursor actions for a TTY stream; commit() writes them,
// rollback() drops them. With autoCommit each action is written at once.
class Readline {
  #autoCommit = false;
  #stream;
  #todo = [];

  constructor(stream, options = undefined) {
    if (!stream || typeof stream.write !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('stream', 'Writable', stream);
    }
    this.#stream = stream;
    if (options && options.autoCommit !== undefined) {
      if (typeof options.autoCommit !== 'boolean') {
        throw new ERR_INVALID_ARG_TYPE('options.autoCommit', 'boolean', options.autoCommit);
      }
      this.#autoCommit = options.autoCommit;
    }
  }

  // With autoCommit an action is written on the next tick.
  #queue(data) {
    if (this.#autoCommit) process.nextTick(() => this.#stream.write(data));
    else this.#todo.push(data);
    return this;
  }

  cursorTo(x, y = undefined) {
    validateInteger(x, 'x');
    if (y != null) validateInteger(y, 'y');
    return this.#queue(y == null ? `${CSI}${x + 1}G` : `${CSI}${y + 1};${x + 1}H`);
  }

  moveCursor(dx, dy) {
    if (dx || dy) {
      validateInteger(dx, 'dx');
      validateInteger(dy, 'dy');
      let data = '';
      if (dx < 0) data += `${CSI}${-dx}D`;
      else if (dx > 0) data += `${CSI}${dx}C`;
      if (dy < 0) data += `${CSI}${-dy}A`;
      else if (dy > 0) data += `${CSI}${dy}B`;
      this.#queue(data);
    }
    return this;
  }

  clearLine(dir) {
    validateInteger(dir, 'dir', -1, 1);
    return this.#queue(dir < 0 ? kClearToLineBeginning : dir > 0 ? kClearToLineEnd : kClearLine);
  }

  clearScreenDown() {
    return this.#queue(kClearScreenDown);
  }

  commit() {
    const data = this.#todo.join('');
    this.#todo = [];
    return new Promise((resolve) => this.#stream.write(data, resolve));
  }

  rollback() {
    this.#todo = [];
    return this;
  }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = { Interface, Readline, createInterface };
