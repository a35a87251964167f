'use strict';
const { nextTick0 } = internalBinding('internal/task_queues');
// internal/streams/duplexpair: duplexPair() returns two Duplex streams
// wired back to back: what one side writes, the other reads
// (lib/internal/streams/duplexpair.js).

const Duplex = require('internal/streams/duplex');

const kCallback = Symbol('Callback');
const kOtherSide = Symbol('OtherSide');

class DuplexSide extends Duplex {
  constructor(options) {
    super(options);
    this[kCallback] = null;
    this[kOtherSide] = null;
  }

  _read() {
    const callback = this[kCallback];
    if (callback) {
      this[kCallback] = null;
      callback();
    }
  }

  _write(chunk, encoding, callback) {
    if (chunk.length === 0) {
      nextTick0(callback);
    } else {
      // The write completes when the other side reads it.
      this[kOtherSide].push(chunk);
      this[kOtherSide][kCallback] = callback;
    }
  }

  _final(callback) {
    this[kOtherSide].on('end', callback);
    this[kOtherSide].push(null);
  }
}

function duplexPair(options) {
  const side0 = new DuplexSide(options);
  const side1 = new DuplexSide(options);
  side0[kOtherSide] = side1;
  side1[kOtherSide] = side0;
  return [side0, side1];
}

module.exports = duplexPair;
