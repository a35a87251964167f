'use strict';
// readline/promises — follows Node's lib/readline/promises.js and
// lib/internal/readline/promises.js: an Interface whose question() returns a
// promise, and Readline, which queues cursor actions until commit().

const { Interface: _Interface, kQuestion, kQuestionCancel } = require('internal/readline/interface');
const { CSI, kClearToLineBeginning, kClearToLineEnd, kClearLine, kClearScreenDown } = require('internal/readline/callbacks');
const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_CURSOR_POS },
} = require('internal/errors');

function validateAbortSignal(signal, name) {
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
  }
}

class Interface extends _Interface {
  // A completer may return its result or a promise of it.
  constructor(input, output, completer, terminal) {
    if (input && input.input && typeof input.completer === 'function') {
      input = { ...input, completer: asyncCompleter(input.completer) };
    } else if (typeof completer === 'function') {
      completer = asyncCompleter(completer);
    }
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

function asyncCompleter(fn) {
  return (line, cb) => {
    let result;
    try {
      result = fn(line);
    } catch (err) {
      cb(err);
      return;
    }
    Promise.resolve(result).then((value) => cb(null, value), cb);
  };
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

  #queue(data) {
    if (this.#autoCommit) this.#stream.write(data);
    else this.#todo.push(data);
    return this;
  }

  cursorTo(x, y = undefined) {
    if (typeof x !== 'number' || Number.isNaN(x)) throw new ERR_INVALID_ARG_VALUE('x', x);
    if (y !== undefined && (typeof y !== 'number' || Number.isNaN(y))) {
      if (typeof y === 'number') throw new ERR_INVALID_ARG_VALUE('y', y);
      throw new ERR_INVALID_CURSOR_POS();
    }
    return this.#queue(y === undefined ? `${CSI}${x + 1}G` : `${CSI}${y + 1};${x + 1}H`);
  }

  moveCursor(dx, dy) {
    if (dx || dy) {
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
    if (typeof dir !== 'number') throw new ERR_INVALID_ARG_TYPE('dir', 'number', dir);
    if (dir < -1 || dir > 1 || !Number.isInteger(dir)) {
      const { codes } = require('internal/errors');
      throw new codes.ERR_OUT_OF_RANGE('dir', '>= -1 && <= 1', dir);
    }
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
