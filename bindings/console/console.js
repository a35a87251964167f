'use strict';
// console — follows Node's lib/internal/console/constructor.js and
// lib/internal/cli_table.js: the global console and the Console class.
// Output goes through stream.write (process.stdout/stderr for the global
// console); before internal/stdio provides those, the global console writes
// with the bootstrap's synchronous writeSync op.

// internal/errors loads only when an error is thrown: most scripts never
// need it, and loading it costs start-up time.
function codes() {
  return require('internal/errors').codes;
}
// util's inspect machinery loads on first use: a script that logs only
// strings never needs it.
let inspectModule;
function lazyInspect() {
  if (inspectModule === undefined) inspectModule = require('internal/util/inspect');
  return inspectModule;
}
const inspect = (...args) => lazyInspect().inspect(...args);
const formatWithOptions = (...args) => lazyInspect().formatWithOptions(...args);
const getStringWidth = (...args) => lazyInspect().getStringWidth(...args);
const typeCheck = (name) => (v) => require('internal/util/types')[name](v);
const isMap = typeCheck('isMap');
const isSet = typeCheck('isSet');
const isMapIterator = typeCheck('isMapIterator');
const isSetIterator = typeCheck('isSetIterator');
const previewEntries = (v) => internalBinding('internal/util/inspect').previewEntries(v);
const v8Stack = (s) => require('internal/util/stack').v8Stack(s);

const kGroupIndent = Symbol('kGroupIndent');
const kGroupIndentationWidth = Symbol('kGroupIndentWidth');
const kCounts = Symbol('counts');
const kTimers = Symbol('timers');
const kColorMode = Symbol('kColorMode');
const kInspectOptions = Symbol('kInspectOptions');
const kStdout = Symbol('kStdout');
const kStderr = Symbol('kStderr');
const kIgnoreErrors = Symbol('kIgnoreErrors');

let writeSync;
function rawWrite(fd, string) {
  if (writeSync === undefined) writeSync = internalBinding('internal/bootstrap').writeSync;
  writeSync(fd, string);
}

// globalStream returns process.stdout/stderr when internal/stdio provides
// them, or null to use the synchronous fallback.
function globalStream(fd) {
  let s;
  try {
    s = fd === 1 ? process.stdout : process.stderr;
  } catch {
    s = undefined;
  }
  return s && typeof s.write === 'function' ? s : null;
}

function validateStream(stream, name) {
  if (!stream || typeof stream.write !== 'function') throw new (codes().ERR_CONSOLE_WRITABLE_STREAM)(name);
}

// Console builds a console writing to the given streams. It accepts
// (stdout, stderr, ignoreErrors) or ({ stdout, stderr, ignoreErrors,
// colorMode, inspectOptions, groupIndentation }).
function Console(options, ...rest) {
  if (!new.target) return Reflect.construct(Console, [options, ...rest]);
  if (!options || typeof options.write === 'function') {
    options = { stdout: options, stderr: rest[0], ignoreErrors: rest[1] };
  }
  const {
    stdout,
    stderr = stdout,
    ignoreErrors = true,
    colorMode = 'auto',
    inspectOptions,
    groupIndentation = 2,
  } = options;
  validateStream(stdout, 'stdout');
  validateStream(stderr, 'stderr');
  if (typeof colorMode !== 'boolean' && colorMode !== 'auto') {
    throw new (codes().ERR_INVALID_ARG_VALUE)('colorMode', colorMode, "must be one of: 'auto', true, false");
  }
  if (inspectOptions !== undefined) {
    if (inspectOptions === null || typeof inspectOptions !== 'object') {
      throw new (codes().ERR_INVALID_ARG_TYPE)('options.inspectOptions', 'object', inspectOptions);
    }
    if (inspectOptions.colors !== undefined && options.colorMode !== undefined) {
      throw new (codes().ERR_INCOMPATIBLE_OPTION_PAIR)('options.inspectOptions.color', 'colorMode');
    }
  }
  setupConsole(this, () => stdout, () => stderr, {
    ignoreErrors, colorMode, inspectOptions, groupIndentation,
  });
  return this;
}

function setupConsole(target, getStdout, getStderr, opts) {
  Object.defineProperty(target, '_stdout', { get: getStdout, enumerable: false, configurable: true });
  Object.defineProperty(target, '_stderr', { get: getStderr, enumerable: false, configurable: true });
  const hidden = {
    [kStdout]: getStdout,
    [kStderr]: getStderr,
    [kIgnoreErrors]: opts.ignoreErrors,
    [kColorMode]: opts.colorMode,
    [kInspectOptions]: opts.inspectOptions,
    [kGroupIndent]: '',
    [kGroupIndentationWidth]: opts.groupIndentation,
    [kCounts]: new Map(),
    [kTimers]: new Map(),
  };
  for (const key of Reflect.ownKeys(hidden)) {
    Object.defineProperty(target, key, { value: hidden[key], writable: true, enumerable: false, configurable: true });
  }
  // Methods are bound so `const { log } = console` works, as in Node.
  for (const key of Object.keys(consoleMethods)) {
    const fn = consoleMethods[key].bind(target);
    Object.defineProperty(fn, 'name', { value: key });
    Object.defineProperty(target, key, { value: fn, writable: true, enumerable: true, configurable: true });
  }
}

function shouldColor(console, stream) {
  const mode = console[kColorMode];
  if (mode !== 'auto') return mode;
  if (!stream || !stream.isTTY) return false;
  if (typeof stream.getColorDepth === 'function') return stream.getColorDepth() > 2;
  if (typeof stream.hasColors === 'function') return !!stream.hasColors();
  return process.env.TERM !== 'dumb' && process.env.NO_COLOR === undefined;
}

function getInspectOptions(console, stream) {
  const color = shouldColor(console, stream);
  const options = console[kInspectOptions];
  if (options) {
    if (options.colors === undefined) return { ...options, colors: color };
    return options;
  }
  return color ? { colors: true } : {};
}

function writeTo(console, useStdout, string) {
  const groupIndent = console[kGroupIndent];
  if (groupIndent.length !== 0) {
    if (string.includes('\n')) string = string.replace(/\n/g, `\n${groupIndent}`);
    string = groupIndent + string;
  }
  string += '\n';
  const stream = useStdout ? console[kStdout]() : console[kStderr]();
  if (stream === null) {
    rawWrite(useStdout ? 1 : 2, string);
    return;
  }
  if (console[kIgnoreErrors] === false) {
    stream.write(string);
    return;
  }
  // As in Node: a no-op 'error' listener guards synchronous write errors,
  // and any error writing is swallowed (console is a debugging aid).
  try {
    if (stream.listenerCount('error') === 0) stream.once('error', noop);
    stream.write(string, (err) => onWriteError(stream, err));
  } catch (e) {
    if (isStackOverflow(e)) throw e;
  } finally {
    stream.removeListener('error', noop);
  }
}

// onWriteError is the write callback (Node's createWriteErrorHandler): a
// failed write whose 'error' event is still to come (it is emitted on a
// later tick, after the noop guard above was removed) gets a one-time noop
// listener, so console.log after process.stdout.end() does not crash.
function onWriteError(stream, err) {
  if (err == null) return;
  const state = stream._writableState;
  if (state && state.errorEmitted) return;
  if (stream.listenerCount('error') === 0) stream.once('error', noop);
}

function noop() {}

function isStackOverflow(e) {
  return e instanceof RangeError && /call stack/i.test(String(e.message));
}

function formatFor(console, useStdout, args) {
  const stream = useStdout ? console[kStdout]() : console[kStderr]();
  if (args.length === 0) return '';
  // Strings alone (and no % directives) need no formatting: join them.
  if (typeof args[0] === 'string' && (args.length === 1 || !args[0].includes('%'))) {
    let plain = true;
    for (let i = 1; i < args.length; i++) {
      if (typeof args[i] !== 'string') {
        plain = false;
        break;
      }
    }
    if (plain) return args.length === 1 ? args[0] : args.join(' ');
  }
  return formatWithOptions(getInspectOptions(console, stream), ...args);
}

const kSecond = 1000;
const kMinute = 60 * kSecond;
const kHour = 60 * kMinute;

function pad(value) {
  return `${value}`.padStart(2, '0');
}

function formatTime(ms) {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= kSecond) {
    if (ms >= kMinute) {
      if (ms >= kHour) {
        hours = Math.floor(ms / kHour);
        ms %= kHour;
      }
      minutes = Math.floor(ms / kMinute);
      ms %= kMinute;
    }
    seconds = ms / kSecond;
  }
  if (hours !== 0 || minutes !== 0) {
    [seconds, ms] = seconds.toFixed(3).split('.');
    const res = hours !== 0 ? `${hours}:${pad(minutes)}` : minutes;
    return `${res}:${pad(seconds)}.${ms} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }
  if (seconds !== 0) return `${seconds.toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}

function now() {
  if (typeof performance !== 'undefined' && performance && typeof performance.now === 'function') {
    return performance.now();
  }
  if (typeof process.hrtime === 'function') {
    const [s, ns] = process.hrtime();
    return s * 1e3 + ns / 1e6;
  }
  return Date.now();
}

function timeLogImpl(console, name, label, data) {
  const time = console[kTimers].get(label);
  if (time === undefined) {
    process.emitWarning(`No such label '${label}' for console.${name}()`);
    return false;
  }
  const formatted = formatTime(now() - time);
  if (data === undefined) {
    console.log('%s: %s', label, formatted);
  } else {
    console.log('%s: %s', label, formatted, ...data);
  }
  return true;
}

// ---- console.table (lib/internal/cli_table.js) ------------------------------
const tableChars = {
  middleMiddle: '─',
  rowMiddle: '┼',
  topRight: '┐',
  topLeft: '┌',
  leftMiddle: '├',
  topMiddle: '┬',
  bottomRight: '┘',
  bottomLeft: '└',
  bottomMiddle: '┴',
  rightMiddle: '┤',
  left: '│ ',
  right: ' │',
  middle: ' │ ',
};

function renderRow(row, columnWidths) {
  let out = tableChars.left;
  for (let i = 0; i < row.length; i++) {
    const cell = row[i];
    const len = getStringWidth(cell);
    out += cell + ' '.repeat(columnWidths[i] - len);
    if (i !== row.length - 1) out += tableChars.middle;
  }
  out += tableChars.right;
  return out;
}

function renderTable(head, columns) {
  const rows = [];
  const columnWidths = head.map((h) => getStringWidth(h));
  const longestColumn = Math.max(...columns.map((a) => a.length));
  for (let i = 0; i < head.length; i++) {
    const column = columns[i];
    for (let j = 0; j < longestColumn; j++) {
      if (rows[j] === undefined) rows[j] = [];
      const value = rows[j][i] = Object.prototype.hasOwnProperty.call(column, j) ? column[j] : '';
      const width = columnWidths[i] || 0;
      columnWidths[i] = Math.max(width, getStringWidth(value));
    }
  }
  const divider = columnWidths.map((w) => tableChars.middleMiddle.repeat(w + 2));
  let result = `${tableChars.topLeft}${divider.join(tableChars.topMiddle)}${tableChars.topRight}\n` +
    `${renderRow(head, columnWidths)}\n` +
    `${tableChars.leftMiddle}${divider.join(tableChars.rowMiddle)}${tableChars.rightMiddle}\n`;
  for (const row of rows) result += `${renderRow(row, columnWidths)}\n`;
  result += `${tableChars.bottomLeft}${divider.join(tableChars.bottomMiddle)}${tableChars.bottomRight}`;
  return result;
}

const keyKey = 'Key';
const valuesKey = 'Values';
const indexKey = '(index)';
const iterKey = '(iteration index)';

// Methods, in the order Node defines them (Object.keys(console) shows it).
const consoleMethods = {
  log(...args) {
    writeTo(this, true, formatFor(this, true, args));
  },
  warn(...args) {
    writeTo(this, false, formatFor(this, false, args));
  },
  dir(object, options) {
    writeTo(this, true, inspect(object, {
      customInspect: false,
      ...getInspectOptions(this, this[kStdout]()),
      ...options,
    }));
  },
  time(label = 'default') {
    label = `${label}`;
    if (this[kTimers].has(label)) {
      process.emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    this[kTimers].set(label, now());
  },
  timeEnd(label = 'default') {
    label = `${label}`;
    const found = timeLogImpl(this, 'timeEnd', label);
    if (found) this[kTimers].delete(label);
  },
  timeLog(label = 'default', ...data) {
    label = `${label}`;
    timeLogImpl(this, 'timeLog', label, data);
  },
  trace(...args) {
    const message = formatFor(this, false, args);
    let frames = '';
    const stack = v8Stack(String(new Error().stack || ''));
    const lines = stack.split('\n').filter((l) => l.startsWith('    at '));
    lines.shift(); // the trace method itself
    if (lines.length > 0) frames = `\n${lines.join('\n')}`;
    this.error(`Trace${message ? `: ${message}` : ''}${frames}`);
  },
  assert(expression, ...args) {
    if (!expression) {
      args[0] = `Assertion failed${args.length === 0 ? '' : `: ${args[0]}`}`;
      Reflect.apply(this.warn, this, args);
    }
  },
  clear() {
    const stream = this[kStdout]();
    if (stream && stream.isTTY) stream.write('\u001b[1;1H\u001b[0J');
  },
  count(label = 'default') {
    label = `${label}`;
    const counts = this[kCounts];
    let count = counts.get(label);
    if (count === undefined) count = 1;
    else count++;
    counts.set(label, count);
    this.log(`${label}: ${count}`);
  },
  countReset(label = 'default') {
    const counts = this[kCounts];
    if (!counts.has(label)) {
      process.emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    counts.delete(`${label}`);
  },
  group(...data) {
    if (data.length > 0) Reflect.apply(this.log, this, data);
    this[kGroupIndent] += ' '.repeat(this[kGroupIndentationWidth]);
  },
  groupEnd() {
    this[kGroupIndent] = this[kGroupIndent].slice(0, this[kGroupIndent].length - this[kGroupIndentationWidth]);
  },
  table(tabularData, properties) {
    if (properties !== undefined && !Array.isArray(properties)) {
      throw new (codes().ERR_INVALID_ARG_TYPE)('properties', 'Array', properties);
    }
    if (tabularData === null || typeof tabularData !== 'object') return this.log(tabularData);
    const final = (k, v) => this.log(renderTable(k, v));
    const inspectOpts = getInspectOptions(this, this[kStdout]());
    const _inspect = (v) => {
      const depth = v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 2 ? -1 : 0;
      return inspect(v, { depth, maxArrayLength: 3, breakLength: Infinity, ...inspectOpts });
    };
    const getIndexArray = (length) => Array.from({ length }, (_, i) => _inspect(i));

    const mapIter = isMapIterator(tabularData);
    let isKeyValue = false;
    let i = 0;
    if (mapIter) {
      const res = previewEntries(tabularData);
      tabularData = res[0];
      isKeyValue = res[1];
    }
    if (isKeyValue || isMap(tabularData)) {
      const keys = [];
      const values = [];
      let length = 0;
      if (mapIter) {
        for (; i < tabularData.length / 2; ++i) {
          keys.push(_inspect(tabularData[i * 2]));
          values.push(_inspect(tabularData[i * 2 + 1]));
          length++;
        }
      } else {
        for (const [k, v] of tabularData) {
          keys.push(_inspect(k));
          values.push(_inspect(v));
          length++;
        }
      }
      return final([iterKey, keyKey, valuesKey], [getIndexArray(length), keys, values]);
    }
    const setIter = isSetIterator(tabularData);
    if (setIter) tabularData = previewEntries(tabularData)[0];
    const setlike = setIter || mapIter || isSet(tabularData);
    if (setlike) {
      const values = [];
      let length = 0;
      for (const v of tabularData) {
        values.push(_inspect(v));
        length++;
      }
      return final([iterKey, valuesKey], [getIndexArray(length), values]);
    }

    const map = Object.create(null);
    let hasPrimitives = false;
    const valuesKeyArray = [];
    const indexKeyArray = Object.keys(tabularData);
    for (; i < indexKeyArray.length; i++) {
      const item = tabularData[indexKeyArray[i]];
      const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
      if (properties === undefined && primitive) {
        hasPrimitives = true;
        valuesKeyArray[i] = _inspect(item);
      } else {
        const keys = properties || Object.keys(item);
        for (const key of keys) {
          if (map[key] === undefined) map[key] = [];
          if ((primitive && properties) || !Object.prototype.hasOwnProperty.call(item, key)) {
            map[key][i] = '';
          } else {
            map[key][i] = _inspect(item[key]);
          }
        }
      }
    }
    const keys = Object.keys(map);
    const values = Object.values(map);
    if (hasPrimitives) {
      keys.push(valuesKey);
      values.push(valuesKeyArray);
    }
    keys.unshift(indexKey);
    values.unshift(indexKeyArray);
    return final(keys, values);
  },
};
consoleMethods.debug = consoleMethods.log;
consoleMethods.info = consoleMethods.log;
consoleMethods.dirxml = consoleMethods.log;
consoleMethods.error = consoleMethods.warn;
consoleMethods.groupCollapsed = consoleMethods.group;

const inspectorOnly = ['profile', 'profileEnd', 'timeStamp', 'context'];

Object.defineProperty(Console, Symbol.hasInstance, {
  value(instance) {
    return instance !== null && typeof instance === 'object' && instance[kCounts] !== undefined;
  },
});
for (const key of Object.keys(consoleMethods)) {
  Console.prototype[key] = consoleMethods[key];
}

// The global console: a plain object (as in Node) writing to process
// stdout/stderr.
const globalConsole = Object.create({});
setupConsole(globalConsole, () => globalStream(1), () => globalStream(2), {
  ignoreErrors: true, colorMode: 'auto', inspectOptions: undefined, groupIndentation: 2,
});
Object.defineProperty(globalConsole, 'Console', { value: Console, writable: true, enumerable: true, configurable: true });
for (const key of inspectorOnly) {
  Object.defineProperty(globalConsole, key, { value: function() {}, writable: true, enumerable: true, configurable: true });
}
Object.defineProperty(globalConsole, 'createTask', {
  value: function createTask(name) {
    return { run(fn) { return fn(); } };
  },
  writable: true, enumerable: true, configurable: true,
});
Object.defineProperty(globalConsole, Symbol.toStringTag, { value: 'console', writable: false, enumerable: false, configurable: true });

module.exports = globalConsole;
