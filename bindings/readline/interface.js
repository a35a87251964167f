'use strict';
// internal/readline/interface — follows Node's lib/internal/readline/interface.js:
// the Interface both readline and readline/promises build on. Without a
// terminal it splits the input's text into lines (\n, \r\n, \r, with \r\n
// split across chunks joined within crlfDelay); with one it decodes
// keypresses and edits the line (cursor moves, deletion, history, tab
// completion) and redraws it with ANSI sequences.

const EventEmitter = require('events');
const { StringDecoder } = require('string_decoder');
const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_INVALID_ARG_TYPE, ERR_USE_AFTER_CLOSE },
} = require('internal/errors');
const { validateAbortSignal, validateUint32 } = require('internal/validators');
const { getStringWidth } = require('internal/util/inspect');
const { cursorTo, moveCursor, clearScreenDown } = require('internal/readline/callbacks');
const {
  emitKeypressEvents, charLengthAt, charLengthLeft, kSawKeyPress, ESCAPE_CODE_TIMEOUT,
} = require('internal/readline/emitKeypressEvents');

const kHistorySize = 30;
const kMincrlfDelay = 100;
// \r\n, \n, or a \r not followed by \n
const lineEnding = /\r?\n|\r(?!\n)/g;

const kLineObjectStream = Symbol('line object stream');
const kUndo = Symbol('_undo');
const kRedo = Symbol('_redo');
const kPushToKillRing = Symbol('_pushToKillRing');
const kYank = Symbol('_yank');
const kYankPop = Symbol('_yankPop');
const kQuestionCancel = Symbol('kQuestionCancel');
const kQuestion = Symbol('kQuestion');

const kAddHistory = Symbol('_addHistory');
const kBeforeEdit = Symbol('_beforeEdit');
const kDecoder = Symbol('_decoder');
const kDeleteLeft = Symbol('_deleteLeft');
const kDeleteLineLeft = Symbol('_deleteLineLeft');
const kDeleteLineRight = Symbol('_deleteLineRight');
const kDeleteRight = Symbol('_deleteRight');
const kDeleteWordLeft = Symbol('_deleteWordLeft');
const kDeleteWordRight = Symbol('_deleteWordRight');
const kGetDisplayPos = Symbol('_getDisplayPos');
const kHistoryNext = Symbol('_historyNext');
const kHistoryPrev = Symbol('_historyPrev');
const kInsertString = Symbol('_insertString');
const kLine = Symbol('_line');
const kLine_buffer = Symbol('_line_buffer');
const kMoveCursor = Symbol('_moveCursor');
const kNormalWrite = Symbol('_normalWrite');
const kOldPrompt = Symbol('_oldPrompt');
const kOnLine = Symbol('_onLine');
const kPreviousKey = Symbol('_previousKey');
const kPrompt = Symbol('_prompt');
const kQuestionCallback = Symbol('_questionCallback');
const kRefreshLine = Symbol('_refreshLine');
const kSawReturnAt = Symbol('_sawReturnAt');
const kSetRawMode = Symbol('_setRawMode');
const kSubstringSearch = Symbol('kSubstringSearch');
const kTabComplete = Symbol('_tabComplete');
const kTabCompleter = Symbol('_tabCompleter');
const kTtyWrite = Symbol('_ttyWrite');
const kWordLeft = Symbol('_wordLeft');
const kWordRight = Symbol('_wordRight');
const kWriteToOutput = Symbol('_writeToOutput');
const kUndoStack = Symbol('_undoStack');
const kRedoStack = Symbol('_redoStack');
const kKillRing = Symbol('_killRing');
const kKillRingCursor = Symbol('_killRingCursor');
const kYanking = Symbol('_yanking');
const kMaxUndoRedoStackSize = 2048;
const kMaxLengthOfKillRing = 32;

// InterfaceConstructor sets an interface up: (input, output, completer,
// terminal) or ({ input, output, completer, terminal, history, historySize,
// removeHistoryDuplicates, prompt, crlfDelay, escapeCodeTimeout, tabSize,
// signal }). Own properties are created in Node's order (Object.keys(rl)
// lists them).
function InterfaceConstructor(input, output, completer, terminal) {
  this[kSawReturnAt] = 0;
  this.isCompletionEnabled = true;
  this[kSawKeyPress] = false;
  this[kPreviousKey] = null;
  this.escapeCodeTimeout = ESCAPE_CODE_TIMEOUT;
  this.tabSize = 8;

  EventEmitter.call(this);

  let history;
  let historySize;
  let removeHistoryDuplicates = false;
  let crlfDelay;
  let prompt = '> ';
  let signal;

  if (input && input.input) {
    // an options object
    output = input.output;
    completer = input.completer;
    terminal = input.terminal;
    history = input.history;
    historySize = input.historySize;
    signal = input.signal;
    if (input.tabSize !== undefined) {
      validateUint32(input.tabSize, 'tabSize', true);
      this.tabSize = input.tabSize;
    }
    removeHistoryDuplicates = input.removeHistoryDuplicates;
    if (input.prompt !== undefined) prompt = input.prompt;
    if (input.escapeCodeTimeout !== undefined) {
      if (Number.isFinite(input.escapeCodeTimeout)) {
        this.escapeCodeTimeout = input.escapeCodeTimeout;
      } else {
        throw new ERR_INVALID_ARG_VALUE('input.escapeCodeTimeout', this.escapeCodeTimeout);
      }
    }
    if (signal) validateAbortSignal(signal, 'options.signal');
    crlfDelay = input.crlfDelay;
    input = input.input;
  }

  if (completer !== undefined && typeof completer !== 'function') {
    throw new ERR_INVALID_ARG_VALUE('completer', completer);
  }
  if (history === undefined) {
    history = [];
  } else if (!Array.isArray(history)) {
    throw new ERR_INVALID_ARG_TYPE('history', 'Array', history);
  }
  if (historySize === undefined) historySize = kHistorySize;
  if (typeof historySize !== 'number') throw new ERR_INVALID_ARG_TYPE('historySize', 'number', historySize);
  if (Number.isNaN(historySize) || historySize < 0) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_OUT_OF_RANGE('historySize', '>= 0', historySize);
  }
  // Without an explicit terminal option, a TTY output means a terminal.
  if (terminal === undefined && output != null) terminal = !!output.isTTY;

  const self = this;
  this.line = '';
  this[kSubstringSearch] = null;
  this.output = output;
  this.input = input;
  this[kUndoStack] = [];
  this[kRedoStack] = [];
  this.history = history;
  this.historySize = historySize;
  // the kill ring: text deleted by Ctrl+U and Ctrl+K, for Ctrl+Y
  this[kKillRing] = [];
  this[kKillRingCursor] = 0;
  this.removeHistoryDuplicates = !!removeHistoryDuplicates;
  this.crlfDelay = crlfDelay ? Math.max(kMincrlfDelay, crlfDelay) : kMincrlfDelay;
  this.completer = completer;
  this.setPrompt(prompt);
  this.terminal = !!terminal;

  function onerror(err) {
    self.emit('error', err);
  }
  function ondata(data) {
    self[kNormalWrite](data);
  }
  function onend() {
    // the last line, without a line ending
    if (typeof self[kLine_buffer] === 'string' && self[kLine_buffer].length > 0) {
      self.emit('line', self[kLine_buffer]);
    }
    self.close();
  }
  function ontermend() {
    if (typeof self.line === 'string' && self.line.length > 0) self.emit('line', self.line);
    self.close();
  }
  function onkeypress(s, key) {
    self[kTtyWrite](s, key);
    if (key && key.sequence) {
      // half of a surrogate pair: redraw so the character shows whole
      const ch = key.sequence.codePointAt(0);
      if (ch >= 0xd800 && ch <= 0xdfff) self[kRefreshLine]();
    }
  }
  function onresize() {
    self[kRefreshLine]();
  }

  this[kLineObjectStream] = undefined;
  input.on('error', onerror);

  if (!this.terminal) {
    input.on('data', ondata);
    input.on('end', onend);
    this.once('close', () => {
      input.removeListener('data', ondata);
      input.removeListener('error', onerror);
      input.removeListener('end', onend);
    });
    this[kDecoder] = new StringDecoder('utf8');
  } else {
    emitKeypressEvents(input, this);
    input.on('keypress', onkeypress);
    input.on('end', ontermend);
    this[kSetRawMode](true);
    this.terminal = true;
    this.cursor = 0;
    this.historyIndex = -1;
    if (output != null) output.on('resize', onresize);
    this.once('close', () => {
      input.removeListener('keypress', onkeypress);
      input.removeListener('error', onerror);
      input.removeListener('end', ontermend);
      if (output != null) output.removeListener('resize', onresize);
    });
  }

  if (signal) {
    const onAborted = () => self.close();
    if (signal.aborted) {
      process.nextTick(onAborted);
    } else {
      signal.addEventListener('abort', onAborted, { once: true });
      this.once('close', () => signal.removeEventListener('abort', onAborted));
    }
  }

  this.line = '';
  input.resume();
}

Object.setPrototypeOf(InterfaceConstructor.prototype, EventEmitter.prototype);
Object.setPrototypeOf(InterfaceConstructor, EventEmitter);

class Interface extends InterfaceConstructor {
  // eslint-disable-next-line no-useless-constructor
  constructor(input, output, completer, terminal) {
    super(input, output, completer, terminal);
  }

  get columns() {
    if (this.output && this.output.columns) return this.output.columns;
    return Infinity;
  }

  setPrompt(prompt) {
    this[kPrompt] = prompt;
  }

  getPrompt() {
    return this[kPrompt];
  }

  [kSetRawMode](mode) {
    const wasInRawMode = this.input.isRaw;
    if (typeof this.input.setRawMode === 'function') this.input.setRawMode(mode);
    return wasInRawMode;
  }

  // prompt writes the prompt (redrawing the line on a terminal).
  prompt(preserveCursor) {
    if (this.paused) this.resume();
    if (this.terminal && process.env.TERM !== 'dumb') {
      if (!preserveCursor) this.cursor = 0;
      this[kRefreshLine]();
    } else {
      this[kWriteToOutput](this[kPrompt]);
    }
  }

  // kQuestion shows query as the prompt; the next line goes to cb instead
  // of 'line'. A question asked while one is pending only re-prompts.
  [kQuestion](query, cb) {
    if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
    if (this[kQuestionCallback]) {
      this.prompt();
    } else {
      this[kOldPrompt] = this[kPrompt];
      this.setPrompt(query);
      this[kQuestionCallback] = cb;
      this.prompt();
    }
  }

  [kOnLine](line) {
    if (this[kQuestionCallback]) {
      const cb = this[kQuestionCallback];
      this[kQuestionCallback] = null;
      this.setPrompt(this[kOldPrompt]);
      cb(line);
    } else {
      this.emit('line', line);
    }
  }

  // kBeforeEdit records the line for undo (Ctrl+_; Ctrl+^ redoes).
  [kBeforeEdit](oldText, oldCursor) {
    if (this[kUndoStack].push({ text: oldText, cursor: oldCursor }) > kMaxUndoRedoStackSize) {
      this[kUndoStack].shift();
    }
  }

  [kUndo]() {
    if (this[kUndoStack].length <= 0) return;
    this[kRedoStack].push({ text: this.line, cursor: this.cursor });
    const entry = this[kUndoStack].pop();
    this.line = entry.text;
    this.cursor = entry.cursor;
    this[kRefreshLine]();
  }

  [kRedo]() {
    if (this[kRedoStack].length <= 0) return;
    this[kUndoStack].push({ text: this.line, cursor: this.cursor });
    const entry = this[kRedoStack].pop();
    this.line = entry.text;
    this.cursor = entry.cursor;
    this[kRefreshLine]();
  }

  [kPushToKillRing](del) {
    if (!del || del === this[kKillRing][0]) return;
    this[kKillRing].unshift(del);
    this[kKillRingCursor] = 0;
    while (this[kKillRing].length > kMaxLengthOfKillRing) this[kKillRing].pop();
  }

  // kYank inserts the last killed text; kYankPop (Meta+Y right after)
  // replaces it with the one killed before.
  [kYank]() {
    if (this[kKillRing].length > 0) {
      this[kYanking] = true;
      this[kInsertString](this[kKillRing][this[kKillRingCursor]]);
    }
  }

  [kYankPop]() {
    if (!this[kYanking] || this[kKillRing].length <= 1) return;
    const lastYank = this[kKillRing][this[kKillRingCursor]];
    this[kKillRingCursor]++;
    if (this[kKillRingCursor] >= this[kKillRing].length) this[kKillRingCursor] = 0;
    const currentYank = this[kKillRing][this[kKillRingCursor]];
    const head = this.line.slice(0, this.cursor - lastYank.length);
    const tail = this.line.slice(this.cursor);
    this.line = head + currentYank + tail;
    this.cursor = head.length + currentYank.length;
    this[kRefreshLine]();
  }

  [kQuestionCancel]() {
    if (this[kQuestionCallback]) {
      this[kQuestionCallback] = null;
      this.setPrompt(this[kOldPrompt]);
      this.clearLine();
    }
  }

  [kWriteToOutput](stringToWrite) {
    if (typeof stringToWrite !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('stringToWrite', 'string', stringToWrite);
    }
    if (this.output != null) this.output.write(stringToWrite);
  }

  [kAddHistory]() {
    if (this.line.length === 0) return '';
    if (this.historySize === 0) return this.line;
    if (this.line.trim().length === 0) return this.line;
    if (this.history.length === 0 || this.history[0] !== this.line) {
      if (this.removeHistoryDuplicates) {
        const dup = this.history.indexOf(this.line);
        if (dup !== -1) this.history.splice(dup, 1);
      }
      this.history.unshift(this.line);
      if (this.history.length > this.historySize) this.history.pop();
    }
    this.historyIndex = -1;
    // a 'history' listener may drop the entry (a password, say)
    const line = this.history[0];
    this.emit('history', this.history);
    return line;
  }

  // kRefreshLine redraws prompt and line: up to the line's first row,
  // column 0, clear below, write, then put the cursor back.
  [kRefreshLine]() {
    const line = this[kPrompt] + this.line;
    const dispPos = this[kGetDisplayPos](line);
    const cursorPos = this.getCursorPos();
    const prevRows = this.prevRows || 0;
    if (prevRows > 0) moveCursor(this.output, 0, -prevRows);
    cursorTo(this.output, 0);
    clearScreenDown(this.output);
    this[kWriteToOutput](line);
    // make the terminal allocate a new row
    if (dispPos.cols === 0) this[kWriteToOutput](' ');
    cursorTo(this.output, cursorPos.cols);
    const diff = dispPos.rows - cursorPos.rows;
    if (diff > 0) moveCursor(this.output, 0, -diff);
    this.prevRows = cursorPos.rows;
  }

  close() {
    if (this.closed) return;
    this.pause();
    if (this.terminal) this[kSetRawMode](false);
    this.closed = true;
    this.emit('close');
  }

  pause() {
    if (this.paused) return;
    this.input.pause();
    this.paused = true;
    this.emit('pause');
    return this;
  }

  resume() {
    if (!this.paused) return;
    this.input.resume();
    this.paused = false;
    this.emit('resume');
    return this;
  }

  // write feeds data as if it came from the input (a key on a terminal).
  write(d, key) {
    if (this.paused) this.resume();
    if (this.terminal) {
      this[kTtyWrite](d, key);
    } else {
      this[kNormalWrite](d);
    }
  }

  // kNormalWrite splits decoded text into lines; an unfinished line waits
  // in kLine_buffer. A chunk ending in \r remembers when, so a \n opening
  // the next chunk within crlfDelay is the same line ending.
  [kNormalWrite](b) {
    if (b === undefined) return;
    let string = this[kDecoder].write(b);
    if (this[kSawReturnAt] && Date.now() - this[kSawReturnAt] <= this.crlfDelay) {
      if (string.codePointAt(0) === 10) string = string.slice(1);
      this[kSawReturnAt] = 0;
    }
    lineEnding.lastIndex = 0;
    if (!lineEnding.test(string)) {
      if (string) this[kLine_buffer] = this[kLine_buffer] ? this[kLine_buffer] + string : string;
      return;
    }
    if (this[kLine_buffer]) {
      string = this[kLine_buffer] + string;
      this[kLine_buffer] = null;
    }
    this[kSawReturnAt] = string.endsWith('\r') ? Date.now() : 0;
    const lines = [];
    let start = 0;
    let m;
    lineEnding.lastIndex = 0;
    while ((m = lineEnding.exec(string)) !== null) {
      lines.push(string.slice(start, m.index));
      start = lineEnding.lastIndex;
    }
    this[kLine_buffer] = string.slice(start);
    for (const line of lines) this[kOnLine](line);
  }

  // kInsertString puts c at the cursor. Node 20 appends instead while a
  // multi-character chunk is being decoded (isCompletionEnabled is false
  // for all but its last character), moving the cursor as if inserted;
  // handshake reproduces that.
  [kInsertString](c) {
    this[kBeforeEdit](this.line, this.cursor);
    if (this.cursor < this.line.length && this.isCompletionEnabled) {
      this.line = this.line.slice(0, this.cursor) + c + this.line.slice(this.cursor);
      this.cursor += c.length;
      this[kRefreshLine]();
    } else {
      // at the end: just write it (Node 20 lets the terminal wrap)
      this.line += c;
      this.cursor += c.length;
      this[kWriteToOutput](c);
    }
  }

  // kTabComplete asks the completer for [completions, completedPart] (it
  // may return a promise); a failure is reported on the output.
  async [kTabComplete](lastKeypressWasTab) {
    this.pause();
    const string = this.line.slice(0, this.cursor);
    let value;
    try {
      value = await this.completer(string);
    } catch (err) {
      this[kWriteToOutput](`Tab completion error: ${require('internal/util/inspect').inspect(err)}`);
      return;
    } finally {
      this.resume();
    }
    this[kTabCompleter](lastKeypressWasTab, value);
  }

  // kTabCompleter applies completions: a longer common prefix is inserted;
  // otherwise a second tab lists the completions in columns.
  [kTabCompleter](lastKeypressWasTab, value) {
    const completions = value && value[0];
    const completeOn = value ? value[1] : '';
    if (!completions || completions.length === 0) return;
    const prefix = commonPrefix(completions.filter((e) => e !== ''));
    if (prefix.startsWith(completeOn) && prefix.length > completeOn.length) {
      this[kInsertString](prefix.slice(completeOn.length));
      return;
    } else if (!completeOn.startsWith(prefix)) {
      this.line = this.line.slice(0, this.cursor - completeOn.length) + prefix + this.line.slice(this.cursor);
      this.cursor = this.cursor - completeOn.length + prefix.length;
      this[kRefreshLine]();
      return;
    }
    if (!lastKeypressWasTab) return;
    const widths = completions.map((e) => getStringWidth(e));
    const width = Math.max(...widths) + 2;
    let maxColumns = Math.floor(this.columns / width) || 1;
    if (maxColumns === Infinity) maxColumns = 1;
    let output = '\r\n';
    let lineIndex = 0;
    let whitespace = 0;
    for (let i = 0; i < completions.length; i++) {
      const completion = completions[i];
      if (completion === '' || lineIndex === maxColumns) {
        output += '\r\n';
        lineIndex = 0;
        whitespace = 0;
      } else {
        output += ' '.repeat(whitespace);
      }
      if (completion !== '') {
        output += completion;
        whitespace = width - widths[i];
        lineIndex++;
      } else {
        output += '\r\n';
      }
    }
    if (lineIndex !== 0) output += '\r\n\r\n';
    this[kWriteToOutput](output);
    this[kRefreshLine]();
  }

  [kWordLeft]() {
    if (this.cursor > 0) {
      // match on the reversed text before the cursor
      const reversed = Array.from(this.line.slice(0, this.cursor)).reverse().join('');
      const match = /^\s*(?:[^\w\s]+|\w+)?/.exec(reversed);
      this[kMoveCursor](-match[0].length);
    }
  }

  [kWordRight]() {
    if (this.cursor < this.line.length) {
      const match = /^(?:\s+|[^\w\s]+|\w+)\s*/.exec(this.line.slice(this.cursor));
      this[kMoveCursor](match[0].length);
    }
  }

  [kDeleteLeft]() {
    if (this.cursor > 0 && this.line.length > 0) {
      this[kBeforeEdit](this.line, this.cursor);
      const n = charLengthLeft(this.line, this.cursor);
      this.line = this.line.slice(0, this.cursor - n) + this.line.slice(this.cursor);
      this.cursor -= n;
      this[kRefreshLine]();
    }
  }

  [kDeleteRight]() {
    if (this.cursor < this.line.length) {
      this[kBeforeEdit](this.line, this.cursor);
      const n = charLengthAt(this.line, this.cursor);
      this.line = this.line.slice(0, this.cursor) + this.line.slice(this.cursor + n);
      this[kRefreshLine]();
    }
  }

  [kDeleteWordLeft]() {
    if (this.cursor > 0) {
      this[kBeforeEdit](this.line, this.cursor);
      const reversed = Array.from(this.line.slice(0, this.cursor)).reverse().join('');
      const match = /^\s*(?:[^\w\s]+|\w+)?/.exec(reversed);
      const leading = this.line.slice(0, this.cursor - match[0].length);
      this.line = leading + this.line.slice(this.cursor);
      this.cursor = leading.length;
      this[kRefreshLine]();
    }
  }

  [kDeleteWordRight]() {
    if (this.cursor < this.line.length) {
      this[kBeforeEdit](this.line, this.cursor);
      const trailing = this.line.slice(this.cursor);
      const match = /^(?:\s+|\W+|\w+)\s*/.exec(trailing);
      this.line = this.line.slice(0, this.cursor) + trailing.slice(match[0].length);
      this[kRefreshLine]();
    }
  }

  [kDeleteLineLeft]() {
    this[kBeforeEdit](this.line, this.cursor);
    this[kPushToKillRing](this.line.slice(0, this.cursor));
    this.line = this.line.slice(this.cursor);
    this.cursor = 0;
    this[kRefreshLine]();
  }

  [kDeleteLineRight]() {
    this[kBeforeEdit](this.line, this.cursor);
    this[kPushToKillRing](this.line.slice(this.cursor));
    this.line = this.line.slice(0, this.cursor);
    this[kRefreshLine]();
  }

  // clearLine ends the displayed line (the cursor to its end, then a new
  // row) and empties the edit buffer.
  clearLine() {
    this[kMoveCursor](+Infinity);
    this[kWriteToOutput]('\r\n');
    this.line = '';
    this.cursor = 0;
    this.prevRows = 0;
  }

  [kLine]() {
    const line = this[kAddHistory]();
    this[kUndoStack] = [];
    this[kRedoStack] = [];
    this.clearLine();
    this[kOnLine](line);
  }

  // History moves skip entries equal to the current line and, when the
  // move started with text before the cursor, entries not starting with it.
  [kHistoryNext]() {
    if (this.historyIndex >= 0) {
      this[kBeforeEdit](this.line, this.cursor);
      const search = this[kSubstringSearch] || '';
      let index = this.historyIndex - 1;
      while (index >= 0 &&
             ((search && !this.history[index].startsWith(search)) || this.line === this.history[index])) {
        index--;
      }
      this.line = index === -1 ? search : this.history[index];
      this.historyIndex = index;
      this.cursor = this.line.length;
      this[kRefreshLine]();
    }
  }

  [kHistoryPrev]() {
    if (this.historyIndex < this.history.length && this.history.length) {
      this[kBeforeEdit](this.line, this.cursor);
      const search = this[kSubstringSearch] || '';
      let index = this.historyIndex + 1;
      while (index < this.history.length &&
             ((search && !this.history[index].startsWith(search)) || this.line === this.history[index])) {
        index++;
      }
      this.line = index === this.history.length ? search : this.history[index];
      this.historyIndex = index;
      this.cursor = this.line.length;
      this[kRefreshLine]();
    }
  }

  // kGetDisplayPos is where text ends on screen: { cols, rows } with
  // wide characters, tabs and newlines taken into account.
  [kGetDisplayPos](str) {
    let offset = 0;
    const col = this.columns;
    let rows = 0;
    str = stripVTControlCharacters(str);
    for (const char of str) {
      if (char === '\n') {
        rows += Math.ceil(offset / col) || 1;
        offset = 0;
        continue;
      }
      if (char === '\t') {
        offset += this.tabSize - (offset % this.tabSize);
        continue;
      }
      const width = getStringWidth(char, false);
      if (width === 0 || width === 1) {
        offset += width;
      } else {
        if ((offset + 1) % col === 0) offset++;
        offset += 2;
      }
    }
    const cols = offset % col;
    rows += (offset - cols) / col;
    return { cols, rows };
  }

  getCursorPos() {
    return this[kGetDisplayPos](this[kPrompt] + this.line.slice(0, this.cursor));
  }

  [kMoveCursor](dx) {
    if (dx === 0) return;
    const oldPos = this.getCursorPos();
    this.cursor += dx;
    if (this.cursor < 0) this.cursor = 0;
    else if (this.cursor > this.line.length) this.cursor = this.line.length;
    const newPos = this.getCursorPos();
    if (oldPos.rows === newPos.rows) {
      moveCursor(this.output, newPos.cols - oldPos.cols, 0);
    } else {
      this[kRefreshLine]();
    }
  }

  // kTtyWrite handles one keypress on a terminal.
  [kTtyWrite](s, key) {
    const previousKey = this[kPreviousKey];
    key = key || {};
    this[kPreviousKey] = key;
    if (!key.meta || key.name !== 'y') this[kYanking] = false;

    // up/down without modifiers search history by the text before the cursor
    if ((key.name === 'up' || key.name === 'down') && !key.ctrl && !key.meta && !key.shift) {
      if (this[kSubstringSearch] === null) this[kSubstringSearch] = this.line.slice(0, this.cursor);
    } else if (this[kSubstringSearch] !== null) {
      this[kSubstringSearch] = null;
      if (this.history.length === this.historyIndex) this.historyIndex = -1;
    }

    // Ctrl+_ undoes, Ctrl+^ redoes
    if (typeof key.sequence === 'string') {
      const code = key.sequence.codePointAt(0);
      if (code === 0x1f) {
        this[kUndo]();
        return;
      }
      if (code === 0x1e) {
        this[kRedo]();
        return;
      }
    }

    if (key.name === 'escape') return;

    if (key.ctrl && key.shift) {
      if (key.name === 'backspace') this[kDeleteLineLeft]();
      else if (key.name === 'delete') this[kDeleteLineRight]();
    } else if (key.ctrl) {
      switch (key.name) {
        case 'c':
          if (this.listenerCount('SIGINT') > 0) this.emit('SIGINT');
          else this.close();
          break;
        case 'h':
          this[kDeleteLeft]();
          break;
        case 'd':
          if (this.cursor === 0 && this.line.length === 0) this.close();
          else if (this.cursor < this.line.length) this[kDeleteRight]();
          break;
        case 'u':
          this[kDeleteLineLeft]();
          break;
        case 'k':
          this[kDeleteLineRight]();
          break;
        case 'a':
          this[kMoveCursor](-Infinity);
          break;
        case 'e':
          this[kMoveCursor](+Infinity);
          break;
        case 'b':
          this[kMoveCursor](-charLengthLeft(this.line, this.cursor));
          break;
        case 'f':
          this[kMoveCursor](+charLengthAt(this.line, this.cursor));
          break;
        case 'l':
          cursorTo(this.output, 0, 0);
          clearScreenDown(this.output);
          this[kRefreshLine]();
          break;
        case 'n':
          this[kHistoryNext]();
          break;
        case 'p':
          this[kHistoryPrev]();
          break;
        case 'y':
          this[kYank]();
          break;
        case 'z':
          // job control is not supported: SIGTSTP listeners only
          if (this.listenerCount('SIGTSTP') > 0) this.emit('SIGTSTP');
          break;
        case 'w':
        case 'backspace':
          this[kDeleteWordLeft]();
          break;
        case 'delete':
          this[kDeleteWordRight]();
          break;
        case 'left':
          this[kWordLeft]();
          break;
        case 'right':
          this[kWordRight]();
          break;
      }
    } else if (key.meta) {
      switch (key.name) {
        case 'b':
          this[kWordLeft]();
          break;
        case 'f':
          this[kWordRight]();
          break;
        case 'd':
        case 'delete':
          this[kDeleteWordRight]();
          break;
        case 'backspace':
          this[kDeleteWordLeft]();
          break;
        case 'y':
          this[kYankPop]();
          break;
      }
    } else {
      // \r bookkeeping matters only when a \n follows right away
      if (this[kSawReturnAt] && key.name !== 'enter') this[kSawReturnAt] = 0;
      switch (key.name) {
        case 'return':
          this[kSawReturnAt] = Date.now();
          this[kLine]();
          break;
        case 'enter':
          if (this[kSawReturnAt] === 0 || Date.now() - this[kSawReturnAt] > this.crlfDelay) this[kLine]();
          this[kSawReturnAt] = 0;
          break;
        case 'backspace':
          this[kDeleteLeft]();
          break;
        case 'delete':
          this[kDeleteRight]();
          break;
        case 'left':
          this[kMoveCursor](-charLengthLeft(this.line, this.cursor));
          break;
        case 'right':
          this[kMoveCursor](+charLengthAt(this.line, this.cursor));
          break;
        case 'home':
          this[kMoveCursor](-Infinity);
          break;
        case 'end':
          this[kMoveCursor](+Infinity);
          break;
        case 'up':
          this[kHistoryPrev]();
          break;
        case 'down':
          this[kHistoryNext]();
          break;
        case 'tab':
          if (typeof this.completer === 'function' && this.isCompletionEnabled) {
            this[kTabComplete](!!previousKey && previousKey.name === 'tab');
            break;
          }
        // falls through
        default:
          if (typeof s === 'string' && s) {
            // text with line endings (a paste, rl.write): a line per ending
            lineEnding.lastIndex = 0;
            let m;
            let last = 0;
            while ((m = lineEnding.exec(s)) !== null) {
              this[kInsertString](s.slice(last, m.index));
              last = lineEnding.lastIndex;
              this[kLine]();
              lineEnding.lastIndex = last;
            }
            this[kInsertString](s.slice(last));
          }
      }
    }
  }

  // Async iteration yields lines until 'close' (Node's events.on with a
  // high-water mark: the interface pauses while 1024 lines are unread).
  [Symbol.asyncIterator]() {
    if (this[kLineObjectStream] === undefined) this[kLineObjectStream] = lineIterator(this);
    return this[kLineObjectStream];
  }
}

function commonPrefix(strings) {
  if (strings.length === 0) return '';
  if (strings.length === 1) return strings[0];
  const sorted = strings.slice().sort();
  const min = sorted[0];
  const max = sorted[sorted.length - 1];
  for (let i = 0; i < min.length; i++) {
    if (min[i] !== max[i]) return min.slice(0, i);
  }
  return min;
}

// stripVTControlCharacters drops ANSI escape sequences (colours in a
// prompt take no columns).
const ansi = /[\u001B\u009B][[\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\d/#&.:=?%@~_]+)*|[a-zA-Z\d]+(?:;[-a-zA-Z\d/#&.:=?%@~_]*)*)?\u0007)|(?:(?:\d{1,4}(?:;\d{0,4})*)?[\dA-PR-TZcf-ntqry=><~]))/g;
function stripVTControlCharacters(str) {
  return str.replace(ansi, '');
}

const kHighWaterMark = 1024;
const kLowWaterMark = 1;

// lineIterator is the object for-await uses: next() resolves with the next
// line, { done: true } after 'close' once the queue is empty, and rejects
// on an 'error'. return() stops listening (the interface stays open).
function lineIterator(rl) {
  const queue = [];
  const waiting = [];
  let error = null;
  let finished = false;
  let paused = false;

  function online(line) {
    const w = waiting.shift();
    if (w) {
      w.resolve({ value: line, done: false });
      return;
    }
    queue.push(line);
    if (!paused && queue.length > kHighWaterMark) {
      paused = true;
      rl.pause();
    }
  }
  function onclose() {
    finish();
  }
  function onerror(err) {
    const w = waiting.shift();
    if (w) w.reject(err);
    else error = err;
    finish();
  }
  function finish() {
    if (finished) return;
    finished = true;
    rl.removeListener('line', online);
    rl.removeListener('close', onclose);
    rl.removeListener('error', onerror);
    for (const w of waiting.splice(0)) w.resolve({ value: undefined, done: true });
  }
  rl.on('line', online);
  rl.on('close', onclose);
  rl.on('error', onerror);

  const iterator = {
    next() {
      if (queue.length > 0) {
        const value = queue.shift();
        if (paused && queue.length < kLowWaterMark && !rl.closed) {
          paused = false;
          rl.resume();
        }
        return Promise.resolve({ value, done: false });
      }
      if (error) {
        const p = Promise.reject(error);
        error = null;
        return p;
      }
      if (finished) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    return() {
      finish();
      queue.length = 0;
      return Promise.resolve({ value: undefined, done: true });
    },
    throw(err) {
      finish();
      return Promise.reject(err);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
  return iterator;
}

module.exports = {
  Interface,
  InterfaceConstructor,
  kHistorySize,
  kQuestion,
  kQuestionCancel,
  kAddHistory,
  kBeforeEdit,
  kDecoder,
  kDeleteLeft,
  kDeleteLineLeft,
  kDeleteLineRight,
  kDeleteRight,
  kDeleteWordLeft,
  kDeleteWordRight,
  kGetDisplayPos,
  kHistoryNext,
  kHistoryPrev,
  kInsertString,
  kLine,
  kLine_buffer,
  kMoveCursor,
  kNormalWrite,
  kOldPrompt,
  kOnLine,
  kPreviousKey,
  kPrompt,
  kQuestionCallback,
  kRefreshLine,
  kSawKeyPress,
  kSawReturnAt,
  kSetRawMode,
  kTabComplete,
  kTabCompleter,
  kTtyWrite,
  kWordLeft,
  kWordRight,
  kWriteToOutput,
};
