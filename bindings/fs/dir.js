'use strict';
// internal/fs/dir — after Node's lib/internal/fs/dir.js: Dir, the handle
// opendir returns, read entry by entry (sync, callback, promise or async
// iteration) and closed once. The directory is listed when it is opened.

const binding = internalBinding('fs');
const {
  codes: { ERR_DIR_CLOSED },
} = require('internal/errors');
const {
  getOptions,
  getValidatedPath,
  validateFunction,
  Dirent,
  encodeName,
} = require('internal/fs/utils');

class Dir {
  #path;
  #entries;
  #closed = false;

  constructor(path, listing, options) {
    this.#path = path;
    const [names, types] = listing;
    this.#entries = names.map((n, i) => new Dirent(encodeName(n, options.encoding), types[i], path));
  }

  get path() {
    return this.#path;
  }

  readSync() {
    if (this.#closed) throw new ERR_DIR_CLOSED();
    return this.#entries.length ? this.#entries.shift() : null;
  }

  read(callback) {
    if (callback === undefined) {
      return new Promise((resolve, reject) => {
        this.read((err, ent) => (err ? reject(err) : resolve(ent)));
      });
    }
    validateFunction(callback, 'callback');
    if (this.#closed) {
      process.nextTick(callback, new ERR_DIR_CLOSED());
      return;
    }
    const ent = this.#entries.length ? this.#entries.shift() : null;
    process.nextTick(callback, null, ent);
  }

  closeSync() {
    if (this.#closed) throw new ERR_DIR_CLOSED();
    this.#closed = true;
    this.#entries = [];
  }

  close(callback) {
    if (callback === undefined) {
      if (this.#closed) return Promise.reject(new ERR_DIR_CLOSED());
      this.#closed = true;
      return Promise.resolve();
    }
    validateFunction(callback, 'callback');
    if (this.#closed) {
      process.nextTick(callback, new ERR_DIR_CLOSED());
      return;
    }
    this.#closed = true;
    this.#entries = [];
    process.nextTick(callback, null);
  }

  entries() {
    return this[Symbol.asyncIterator]();
  }

  [Symbol.asyncIterator]() {
    const dir = this;
    let done = false;
    return {
      next() {
        if (done) return Promise.resolve({ value: undefined, done: true });
        return dir.read().then((ent) => {
          if (ent === null) {
            done = true;
            return dir.close().then(() => ({ value: undefined, done: true }));
          }
          return { value: ent, done: false };
        });
      },
      return() {
        if (!done) {
          done = true;
          if (!dir.#closed) dir.closeSync();
        }
        return Promise.resolve({ value: undefined, done: true });
      },
      [Symbol.asyncIterator]() { return this; },
    };
  }
}

function opendirSync(path, options) {
  path = getValidatedPath(path);
  options = getOptions(options, { encoding: 'utf8' });
  return new Dir(path, binding.opendir(path), options);
}

function opendir(path, options, callback) {
  callback = typeof options === 'function' ? options : callback;
  validateFunction(callback, 'callback');
  path = getValidatedPath(path);
  options = getOptions(options, { encoding: 'utf8' });
  binding.opendir(path, (err, listing) => {
    if (err) return callback(err);
    callback(null, new Dir(path, listing, options));
  });
}

function opendirPromise(path, options) {
  return new Promise((resolve, reject) => {
    try {
      opendir(path, options, (err, dir) => (err ? reject(err) : resolve(dir)));
    } catch (e) {
      reject(e);
    }
  });
}


module.exports = { Dir, opendir, opendirSync, opendirPromise };
