'use strict';
// internal/readline/emitKeypressEvents — follows Node's
// lib/internal/readline/emitKeypressEvents.js and the emitKeys decoder of
// lib/internal/readline/utils.js: a stream's 'data' becomes 'keypress'
// events (str, { sequence, name, ctrl, meta, shift[, code] }) once somebody
// listens for them. Escape sequences may span chunks: the decoder is a
// generator fed one character at a time; a lone ESC at the end of a chunk is
// flushed after escapeCodeTimeout.

const { StringDecoder } = require('string_decoder');

const kEscape = '\x1b';
const kKeypressDecoder = Symbol('keypress-decoder');
const kEscapeDecoder = Symbol('escape-decoder');
const kSawKeyPress = Symbol('_sawKeyPress');
const ESCAPE_CODE_TIMEOUT = 500;

// Key names by the code of an escape sequence (xterm, rxvt, putty, Cygwin).
const keyNames = {
  'OP': 'f1', 'OQ': 'f2', 'OR': 'f3', 'OS': 'f4',
  '[11~': 'f1', '[12~': 'f2', '[13~': 'f3', '[14~': 'f4',
  '[[A': 'f1', '[[B': 'f2', '[[C': 'f3', '[[D': 'f4', '[[E': 'f5',
  '[15~': 'f5', '[17~': 'f6', '[18~': 'f7', '[19~': 'f8', '[20~': 'f9',
  '[21~': 'f10', '[23~': 'f11', '[24~': 'f12',
  '[200~': 'paste-start', '[201~': 'paste-end',
  '[A': 'up', '[B': 'down', '[C': 'right', '[D': 'left', '[E': 'clear', '[F': 'end', '[H': 'home',
  'OA': 'up', 'OB': 'down', 'OC': 'right', 'OD': 'left', 'OE': 'clear', 'OF': 'end', 'OH': 'home',
  '[1~': 'home', '[2~': 'insert', '[3~': 'delete', '[4~': 'end', '[5~': 'pageup', '[6~': 'pagedown',
  '[[5~': 'pageup', '[[6~': 'pagedown', '[7~': 'home', '[8~': 'end',
};
// Codes that imply shift (rxvt) or ctrl (rxvt's O-lowercase and ^ forms).
const shiftKeys = {
  '[a': 'up', '[b': 'down', '[c': 'right', '[d': 'left', '[e': 'clear',
  '[2$': 'insert', '[3$': 'delete', '[5$': 'pageup', '[6$': 'pagedown', '[7$': 'home', '[8$': 'end',
  '[Z': 'tab',
};
const ctrlKeys = {
  'Oa': 'up', 'Ob': 'down', 'Oc': 'right', 'Od': 'left', 'Oe': 'clear',
  '[2^': 'insert', '[3^': 'delete', '[5^': 'pageup', '[6^': 'pagedown', '[7^': 'home', '[8^': 'end',
};

function isDigit(ch) {
  return ch >= '0' && ch <= '9';
}

// charLengthAt is the number of UTF-16 units of the character at i.
function charLengthAt(str, i) {
  if (str.length <= i) return 1;
  return str.codePointAt(i) >= 0x10000 ? 2 : 1;
}

// charLengthLeft is the number of UTF-16 units of the character before i.
function charLengthLeft(str, i) {
  if (i <= 0) return 0;
  if ((i > 1 && str.codePointAt(i - 2) >= 0x10000) || str.codePointAt(i - 1) >= 0x10000) return 2;
  return 1;
}

// readEscape reads the rest of an "ESC [" or "ESC O" sequence (ch is the
// '[' or 'O'); it returns { s, code, modifier } with s the characters read.
function* readEscape(ch) {
  let s = '';
  let code = ch;
  let modifier = 0;
  if (ch === 'O') {
    // ESC O letter, ESC O modifier letter
    s += (ch = yield);
    if (isDigit(ch)) {
      modifier = Number(ch) - 1;
      s += (ch = yield);
    }
    return { s, code: code + ch, modifier };
  }
  s += (ch = yield);
  if (ch === '[') {
    // some terminals send a second bracket (ESC [ [ A)
    code += ch;
    s += (ch = yield);
  }
  // Buffer just enough for "num[;mod]~" or "[[num;]mod]letter" forms.
  const start = s.length - 1;
  if (isDigit(ch)) {
    s += (ch = yield);
    if (isDigit(ch)) {
      s += (ch = yield);
      if (isDigit(ch)) s += (ch = yield);
    }
  }
  if (ch === ';') {
    s += (ch = yield);
    if (isDigit(ch)) s += yield;
  }
  const cmd = s.slice(start);
  let m;
  if ((m = /^(?:(\d\d?)(?:;(\d))?([~^$])|(\d{3}~))$/.exec(cmd))) {
    if (m[4]) {
      code += m[4];
    } else {
      code += m[1] + m[3];
      modifier = (m[2] || 1) - 1;
    }
  } else if ((m = /^((\d;)?(\d))?([A-Za-z])$/.exec(cmd))) {
    code += m[4];
    modifier = (m[3] || 1) - 1;
  } else {
    code += cmd;
  }
  return { s, code, modifier };
}

// emitKeys is the decoder generator: each next(ch) feeds one character;
// complete keys are emitted on stream.
function* emitKeys(stream) {
  while (true) {
    let ch = yield;
    let s = ch;
    let escaped = false;
    const key = { sequence: null, name: undefined, ctrl: false, meta: false, shift: false };
    if (ch === kEscape) {
      escaped = true;
      s += (ch = yield);
      if (ch === kEscape) s += (ch = yield);
    }
    if (escaped && (ch === 'O' || ch === '[')) {
      const seq = yield* readEscape(ch);
      s += seq.s;
      key.ctrl = !!(seq.modifier & 4);
      key.meta = !!(seq.modifier & 10);
      key.shift = !!(seq.modifier & 1);
      key.code = seq.code;
      if (keyNames[seq.code] !== undefined) {
        key.name = keyNames[seq.code];
      } else if (shiftKeys[seq.code] !== undefined) {
        key.name = shiftKeys[seq.code];
        key.shift = true;
      } else if (ctrlKeys[seq.code] !== undefined) {
        key.name = ctrlKeys[seq.code];
        key.ctrl = true;
      } else {
        key.name = 'undefined';
      }
    } else if (ch === '\r') {
      key.name = 'return';
      key.meta = escaped;
    } else if (ch === '\n') {
      key.name = 'enter';
      key.meta = escaped;
    } else if (ch === '\t') {
      key.name = 'tab';
      key.meta = escaped;
    } else if (ch === '\b' || ch === '\x7f') {
      key.name = 'backspace';
      key.meta = escaped;
    } else if (ch === kEscape) {
      key.name = 'escape';
      key.meta = escaped;
    } else if (ch === ' ') {
      key.name = 'space';
      key.meta = escaped;
    } else if (!escaped && ch <= '\x1a') {
      // ctrl+letter
      key.name = String.fromCharCode(ch.charCodeAt(0) + 'a'.charCodeAt(0) - 1);
      key.ctrl = true;
    } else if (/^[0-9A-Za-z]$/.test(ch)) {
      key.name = ch.toLowerCase();
      key.shift = /^[A-Z]$/.test(ch);
      key.meta = escaped;
    } else if (escaped) {
      // ESC followed by something else, or ESC alone (flushed with '')
      key.name = ch.length ? undefined : 'escape';
      key.meta = true;
    }
    key.sequence = s;
    if (s.length !== 0 && (key.name !== undefined || escaped)) {
      stream.emit('keypress', escaped ? undefined : s, key);
    } else if (charLengthAt(s, 0) === s.length) {
      // a single (possibly astral) character
      stream.emit('keypress', s, key);
    }
    // anything else (a lone surrogate half) is dropped
  }
}

// emitKeypressEvents makes stream emit 'keypress' events; iface (a
// readline Interface) supplies escapeCodeTimeout and learns whether a
// whole chunk was one key (which gates tab completion).
function emitKeypressEvents(stream, iface = {}) {
  if (stream[kKeypressDecoder]) return;
  stream[kKeypressDecoder] = new StringDecoder('utf8');
  stream[kEscapeDecoder] = emitKeys(stream);
  stream[kEscapeDecoder].next();
  const triggerEscape = () => stream[kEscapeDecoder].next('');
  const { escapeCodeTimeout = ESCAPE_CODE_TIMEOUT } = iface;
  let timeoutId;

  function onData(input) {
    if (stream.listenerCount('keypress') === 0) {
      // nobody listens any more: wait for a new listener
      stream.removeListener('data', onData);
      stream.on('newListener', onNewListener);
      return;
    }
    const string = stream[kKeypressDecoder].write(input);
    if (!string) return;
    clearTimeout(timeoutId);
    iface[kSawKeyPress] = charLengthAt(string, 0) === string.length;
    iface.isCompletionEnabled = false;
    let length = 0;
    for (const character of string) {
      length += character.length;
      if (length === string.length) iface.isCompletionEnabled = true;
      try {
        stream[kEscapeDecoder].next(character);
        if (length === string.length && character === kEscape) {
          timeoutId = setTimeout(triggerEscape, escapeCodeTimeout);
        }
      } catch (err) {
        // a 'keypress' listener threw: restart the decoder, rethrow
        stream[kEscapeDecoder] = emitKeys(stream);
        stream[kEscapeDecoder].next();
        throw err;
      }
    }
  }

  function onNewListener(event) {
    if (event === 'keypress') {
      stream.on('data', onData);
      stream.removeListener('newListener', onNewListener);
    }
  }

  if (stream.listenerCount('keypress') > 0) {
    stream.on('data', onData);
  } else {
    stream.on('newListener', onNewListener);
  }
}

module.exports = {
  emitKeypressEvents,
  charLengthAt,
  charLengthLeft,
  kSawKeyPress,
  ESCAPE_CODE_TIMEOUT,
};
