'use strict';
// internal/readline/callbacks — follows Node's lib/internal/readline/callbacks.js:
// the ANSI cursor helpers readline exports (cursorTo, moveCursor, clearLine,
// clearScreenDown). Each writes an escape sequence to the stream and returns
// what stream.write returns; with nothing to do the callback still runs on
// the next tick.

const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_INVALID_CURSOR_POS, ERR_INVALID_ARG_TYPE },
} = require('internal/errors');

const CSI = '\x1b[';
const kClearToLineBeginning = `${CSI}1K`;
const kClearToLineEnd = `${CSI}0K`;
const kClearLine = `${CSI}2K`;
const kClearScreenDown = `${CSI}0J`;

function validateCallback(callback) {
  if (callback !== undefined && typeof callback !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('callback', 'function', callback);
  }
}

function nothingToDo(callback) {
  if (typeof callback === 'function') process.nextTick(callback, null);
  return true;
}

// cursorTo moves to column x (and row y when given), 0-based.
function cursorTo(stream, x, y, callback) {
  validateCallback(callback);
  if (typeof y === 'function') {
    callback = y;
    y = undefined;
  }
  if (Number.isNaN(x)) throw new ERR_INVALID_ARG_VALUE('x', x);
  if (Number.isNaN(y)) throw new ERR_INVALID_ARG_VALUE('y', y);
  if (stream == null || (typeof x !== 'number' && typeof y !== 'number')) return nothingToDo(callback);
  if (typeof x !== 'number') throw new ERR_INVALID_CURSOR_POS();
  const data = typeof y !== 'number' ? `${CSI}${x + 1}G` : `${CSI}${y + 1};${x + 1}H`;
  return stream.write(data, callback);
}

// moveCursor moves relative to the current position.
function moveCursor(stream, dx, dy, callback) {
  validateCallback(callback);
  if (stream == null || !(dx || dy)) return nothingToDo(callback);
  let data = '';
  if (dx < 0) data += `${CSI}${-dx}D`;
  else if (dx > 0) data += `${CSI}${dx}C`;
  if (dy < 0) data += `${CSI}${-dy}A`;
  else if (dy > 0) data += `${CSI}${dy}B`;
  return stream.write(data, callback);
}

// clearLine clears left of the cursor (dir < 0), right of it (dir > 0) or
// the whole line.
function clearLine(stream, dir, callback) {
  validateCallback(callback);
  if (stream == null) return nothingToDo(callback);
  const type = dir < 0 ? kClearToLineBeginning : dir > 0 ? kClearToLineEnd : kClearLine;
  return stream.write(type, callback);
}

// clearScreenDown clears from the cursor to the end of the screen.
function clearScreenDown(stream, callback) {
  validateCallback(callback);
  if (stream == null) return nothingToDo(callback);
  return stream.write(kClearScreenDown, callback);
}

module.exports = {
  clearLine,
  clearScreenDown,
  cursorTo,
  moveCursor,
  CSI,
  kClearToLineBeginning,
  kClearToLineEnd,
  kClearLine,
  kClearScreenDown,
};
