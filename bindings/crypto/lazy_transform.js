'use strict';
// internal/crypto/lazy_transform — follows Node's
// lib/internal/streams/lazy_transform.js: a Transform whose stream state is
// built on first use.

// ---- LazyTransform (lib/internal/streams/lazy_transform.js) --------------
// Hash and Hmac are Transform streams, but the stream state is only built
// the first time a stream property is touched.
let Transform;
function lazyTransform() {
  if (Transform === undefined) Transform = require('stream').Transform;
  return Transform;
}

function LazyTransform(options) {
  this._options = options;
}

function makeGetter(name) {
  return function () {
    lazyTransform().call(this, this._options);
    this._writableState.decodeStrings = false;
    return this[name];
  };
}

function makeSetter(name) {
  return function (val) {
    Object.defineProperty(this, name, { value: val, enumerable: true, configurable: true, writable: true });
  };
}

let lazyProtoReady = false;
// setupLazyProto links LazyTransform to Transform on first use, so
// requiring crypto does not load the stream modules.
function setupLazyProto() {
  if (lazyProtoReady) return;
  lazyProtoReady = true;
  Object.setPrototypeOf(LazyTransform.prototype, lazyTransform().prototype);
}
Object.defineProperties(LazyTransform.prototype, {
  _readableState: { get: makeGetter('_readableState'), set: makeSetter('_readableState'), configurable: true, enumerable: true },
  _writableState: { get: makeGetter('_writableState'), set: makeSetter('_writableState'), configurable: true, enumerable: true },
  _transformState: { get: makeGetter('_transformState'), set: makeSetter('_transformState'), configurable: true, enumerable: true },
});

module.exports = { LazyTransform, setupLazyProto };
