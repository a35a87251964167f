'use strict';
// internal/streams/duplex: a stream that is both Readable and Writable
// (lib/internal/streams/duplex.js). It inherits from Readable and borrows
// Writable's methods; allowHalfOpen decides whether the writable side ends
// when the readable side does.

module.exports = Duplex;

const EE = require('events');
// initShaped: EventEmitter.init for a fresh shape-mode _events (events.js).
const { initShaped } = internalBinding('internal/events/fast');
const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const { addAbortSignal } = require('internal/streams/add-abort-signal');
const destroyImpl = require('internal/streams/destroy');
const { kOnConstructed, kState, kDestroyed, kLazyEventSlots } = require('internal/streams/utils');

Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
Object.setPrototypeOf(Duplex, Readable);

{
  const keys = Object.keys(Writable.prototype);
  for (let i = 0; i < keys.length; i++) {
    const method = keys[i];
    if (!Duplex.prototype[method]) Duplex.prototype[method] = Writable.prototype[method];
  }
}

// Writable's destroy also fails pending write callbacks.
Duplex.prototype.destroy = Writable.prototype.destroy;

function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);

  // The common events get slots up front (Node's "shape mode").
  let shaped = false;
  let lean = false;
  const events = this._events;
  if (events === kLazyEventSlots) {
    lean = true;
    // A core socket (net.js): shape mode, but a slot is made when its event
    // first gets a listener (removals in shape mode still leave it
    // undefined). Each key, set or not, costs a goja object's map an entry:
    // an idle https server socket's _events stays at 8 keys (the largest
    // small map) instead of 11, about 460 bytes less per connection.
    // eventNames and removeAllListeners list the slots in Node's order
    // (events.js's shapeOrder); Reflect.ownKeys(socket._events) and
    // util.inspect of a socket show the difference. Such a socket is also
    // lean: allowHalfOpen (when false) and _maxListeners stay the
    // prototype's (Socket.prototype.allowHalfOpen is false): with them an
    // https server socket had 17 own string-keyed properties, past the 14
    // a goja object's map holds before it doubles (~850 bytes more).
    shaped = true;
    this._events = {};
  } else if (events === undefined || events === null) {
    shaped = true;
    this._events = {
      close: undefined,
      error: undefined,
      prefinish: undefined,
      finish: undefined,
      drain: undefined,
      data: undefined,
      end: undefined,
      readable: undefined,
    };
  }

  this._readableState = new Readable.ReadableState(options, this, true);
  this._writableState = new Writable.WritableState(options, this, true);

  if (options) {
    if (!lean || options.allowHalfOpen !== false) this.allowHalfOpen = options.allowHalfOpen !== false;

    if (options.readable === false) {
      this._readableState.readable = false;
      this._readableState.ended = true;
      this._readableState.endEmitted = true;
    }

    if (options.writable === false) {
      this._writableState.writable = false;
      this._writableState.ending = true;
      this._writableState.ended = true;
      this._writableState.finished = true;
    }

    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) addAbortSignal(options.signal, this);
  } else {
    this.allowHalfOpen = true;
  }

  // Stream.call(this, options) in Node; Stream's and EventEmitter's
  // bodies are this one call, made directly (two calls less in goja), and
  // initShaped when the _events above are new.
  if (shaped) initShaped(this, options, lean);
  else EE.init.call(this, options);

  if (this._construct != null) {
    destroyImpl.construct(this, () => {
      this._readableState[kOnConstructed](this);
      this._writableState[kOnConstructed](this);
    });
  }
}

function writableDescriptor(name) {
  return Object.getOwnPropertyDescriptor(Writable.prototype, name);
}

Object.defineProperties(Duplex.prototype, {
  writable: writableDescriptor('writable'),
  writableHighWaterMark: writableDescriptor('writableHighWaterMark'),
  writableObjectMode: writableDescriptor('writableObjectMode'),
  writableBuffer: writableDescriptor('writableBuffer'),
  writableLength: writableDescriptor('writableLength'),
  writableFinished: writableDescriptor('writableFinished'),
  writableCorked: writableDescriptor('writableCorked'),
  writableEnded: writableDescriptor('writableEnded'),
  writableNeedDrain: writableDescriptor('writableNeedDrain'),

  destroyed: {
    get() {
      const r = this._readableState;
      const w = this._writableState;
      if (r === undefined || w === undefined) return false;
      // (r.destroyed && w.destroyed on the bits: two accessor calls less)
      return (r[kState] & kDestroyed) !== 0 && (w[kState] & kDestroyed) !== 0;
    },
    set(value) {
      // Backward compatibility: the user manages destroyed.
      if (this._readableState && this._writableState) {
        this._readableState.destroyed = value;
        this._writableState.destroyed = value;
      }
    },
  },
});

let duplexify;

Duplex.from = function (body) {
  if (!duplexify) duplexify = require('internal/streams/duplexify');
  return duplexify(body, 'body');
};
