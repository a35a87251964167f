// util.inspect of an error with the volatile parts of OpenSSL messages
// (thread id, source position) replaced, for scripts that print errors the
// way users do (console.log(err)), minus the stack frames.
'use strict';
const util = require('util');
const { stableMessage } = require('./_probe');

function inspectError(e) {
  if (!(e instanceof Error)) return util.inspect(e);
  const copy = Object.create(Object.getPrototypeOf(e));
  for (const k of Reflect.ownKeys(e)) {
    if (k === 'stack') continue;
    Object.defineProperty(copy, k, Object.getOwnPropertyDescriptor(e, k));
  }
  Object.defineProperty(copy, 'message', { value: stableMessage(e.message), enumerable: false, configurable: true, writable: true });
  Object.defineProperty(copy, 'stack', { value: `${e.name}: ${stableMessage(e.message)}`, enumerable: false, configurable: true, writable: true });
  return util.inspect(copy, { depth: 1 }).replace(/port: \d+/g, 'port: <port>');
}

module.exports = { inspectError };
