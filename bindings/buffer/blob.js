'use strict';
// internal/blob — follows Node's lib/internal/blob.js and lib/internal/file.js:
// Blob and File holding their bytes in memory (no streaming sources).

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS },
} = require('internal/errors');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kBytes = Symbol('kBytes');
const kType = Symbol('kType');

let FastBuffer;
function toBytes(source) {
  if (FastBuffer === undefined) FastBuffer = require('buffer').FastBuffer;
  if (source instanceof Blob) return source[kBytes];
  if (source instanceof ArrayBuffer) return new Uint8Array(source.slice(0));
  if (ArrayBuffer.isView(source)) {
    return new Uint8Array(source.buffer.slice(source.byteOffset, source.byteOffset + source.byteLength));
  }
  return require('buffer').Buffer.from(`${source}`, 'utf8');
}

function normalizeType(type) {
  type = type === undefined ? '' : `${type}`;
  return /[^\u0020-\u007E]/.test(type) ? '' : type.toLowerCase();
}

function isBlob(v) {
  return v != null && typeof v === 'object' && v[kBytes] !== undefined;
}

class Blob {
  constructor(sources = [], options) {
    if (sources === null || typeof sources !== 'object' || typeof sources[Symbol.iterator] !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('sources', 'a sequence', sources);
    }
    if (options !== undefined && (options === null || typeof options !== 'object')) {
      throw new ERR_INVALID_ARG_TYPE('options', 'a dictionary', options);
    }
    const parts = [];
    let length = 0;
    for (const source of sources) {
      const b = toBytes(source);
      parts.push(b);
      length += b.length;
    }
    const bytes = new Uint8Array(length);
    let pos = 0;
    for (const p of parts) {
      bytes.set(p, pos);
      pos += p.length;
    }
    this[kBytes] = bytes;
    this[kType] = normalizeType(options && options.type);
  }

  get type() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return this[kType];
  }

  get size() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return this[kBytes].length;
  }

  slice(start = 0, end = this[kBytes].length, contentType = '') {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    const size = this[kBytes].length;
    start = start < 0 ? Math.max(size + start, 0) : Math.min(start, size);
    end = end < 0 ? Math.max(size + end, 0) : Math.min(end, size);
    const b = new Blob([], { type: contentType });
    b[kBytes] = this[kBytes].slice(start, Math.max(start, end));
    return b;
  }

  arrayBuffer() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    return Promise.resolve(this[kBytes].slice().buffer);
  }

  text() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    return Promise.resolve(require('buffer').Buffer.from(this[kBytes]).toString('utf8'));
  }

  // stream() gives the bytes as one chunk of a WHATWG ReadableStream.
  stream() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    const { ReadableStream } = require('internal/webstreams');
    const bytes = this[kBytes];
    return new ReadableStream({
      pull(c) {
        if (bytes.byteLength > 0) c.enqueue(new Uint8Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)));
        c.close();
      },
    }, { highWaterMark: 0 });
  }

  bytes() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    return Promise.resolve(this[kBytes].slice());
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `Blob ${require('internal/util/inspect').inspect({ size: this.size, type: this.type }, opts)}`;
  }
}
Object.defineProperty(Blob.prototype, Symbol.toStringTag, { value: 'Blob', configurable: true });
for (const k of ['type', 'size', 'slice', 'arrayBuffer', 'text', 'stream']) {
  Object.defineProperty(Blob.prototype, k, { enumerable: true });
}

class File extends Blob {
  #name;
  #lastModified;
  constructor(fileBits, fileName, options = {}) {
    if (arguments.length < 2) {
      const { ERR_MISSING_ARGS } = require('internal/errors').codes;
      throw new ERR_MISSING_ARGS('fileBits', 'fileName');
    }
    super(fileBits, options);
    this.#name = `${fileName}`;
    const lm = options && options.lastModified;
    this.#lastModified = lm === undefined ? Date.now() : Number(lm);
  }

  get name() { return this.#name; }

  get lastModified() { return this.#lastModified; }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `File ${require('internal/util/inspect').inspect({
      size: this.size, type: this.type, name: this.#name, lastModified: this.#lastModified,
    }, opts)}`;
  }
}
Object.defineProperty(File.prototype, Symbol.toStringTag, { value: 'File', configurable: true });

// resolveObjectURL: handshake has no URL.createObjectURL registry, so no
// blob: URL resolves.
function resolveObjectURL() {
  return undefined;
}

module.exports = { Blob, File, resolveObjectURL, isBlob, kBytes };
