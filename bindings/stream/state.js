'use strict';
// internal/streams/state: highWaterMark defaults and validation, as in
// Node's lib/internal/streams/state.js (Node 20: 16 KiB bytes, 16 objects).

const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/streams/errors');

let defaultHighWaterMarkBytes = 16 * 1024;
let defaultHighWaterMarkObjectMode = 16;

function highWaterMarkFrom(options, isDuplex, duplexKey) {
  return options.highWaterMark != null ? options.highWaterMark :
    isDuplex ? options[duplexKey] : null;
}

function getDefaultHighWaterMark(objectMode) {
  return objectMode ? defaultHighWaterMarkObjectMode : defaultHighWaterMarkBytes;
}

function setDefaultHighWaterMark(objectMode, value) {
  const { codes } = require('internal/streams/errors');
  if (typeof value !== 'number') throw codes.ERR_INVALID_ARG_TYPE('value', 'number', value);
  if (!Number.isInteger(value)) throw codes.ERR_OUT_OF_RANGE('value', 'an integer', value);
  if (value < 0 || value > Number.MAX_SAFE_INTEGER) {
    throw codes.ERR_OUT_OF_RANGE('value', `>= 0 && <= ${Number.MAX_SAFE_INTEGER}`, value);
  }
  if (objectMode) defaultHighWaterMarkObjectMode = value;
  else defaultHighWaterMarkBytes = value;
}

function getHighWaterMark(state, options, duplexKey, isDuplex) {
  return highWaterMarkOf(state.objectMode, options, duplexKey, isDuplex);
}

// highWaterMarkOf is getHighWaterMark for a state under construction that
// knows its objectMode (the state's objectMode accessor is a call in goja).
function highWaterMarkOf(objectMode, options, duplexKey, isDuplex) {
  const hwm = highWaterMarkFrom(options, isDuplex, duplexKey);
  if (hwm != null) {
    if (!Number.isInteger(hwm) || hwm < 0) {
      const name = isDuplex ? `options.${duplexKey}` : 'options.highWaterMark';
      throw ERR_INVALID_ARG_VALUE(name, hwm);
    }
    return Math.floor(hwm);
  }
  return objectMode ? defaultHighWaterMarkObjectMode : defaultHighWaterMarkBytes;
}

module.exports = { getHighWaterMark, highWaterMarkOf, getDefaultHighWaterMark, setDefaultHighWaterMark };
