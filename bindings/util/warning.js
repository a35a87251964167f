'use strict';
// internal/process/warning — follows Node's lib/internal/process/warning.js:
// process.emitWarning builds the warning, emits 'warning' on the next tick,
// and Node's own listener prints "(node:PID) [CODE] Name: message" to stderr
// with the one-time "(Use `node --trace-warnings ...` …)" hint.

const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { validateString } = require('internal/validators');

let traceWarningHelperShown = false;

// flag reports a warning-related command-line option (Node's
// --no-warnings, --no-deprecation, --throw-deprecation, --trace-deprecation,
// --trace-warnings) given to the process.
function flag(name) {
  const argv = process.execArgv;
  return Array.isArray(argv) && argv.includes(name);
}

let flagsApplied = false;
function applyFlags() {
  if (flagsApplied) return;
  flagsApplied = true;
  if (process.noDeprecation === undefined && flag('--no-deprecation')) process.noDeprecation = true;
  if (process.throwDeprecation === undefined && flag('--throw-deprecation')) process.throwDeprecation = true;
  if (process.traceDeprecation === undefined && flag('--trace-deprecation')) process.traceDeprecation = true;
  if (process.traceProcessWarnings === undefined && flag('--trace-warnings')) process.traceProcessWarnings = true;
}

function writeOut(message) {
  if (globalThis.console && typeof globalThis.console.error === 'function') {
    globalThis.console.error(message);
  } else {
    internalBinding('internal/bootstrap').writeSync(2, `${message}\n`);
  }
}

function onWarning(warning) {
  if (!(warning instanceof Error)) return;
  const isDeprecation = warning.name === 'DeprecationWarning';
  if (isDeprecation && process.noDeprecation) return;
  const trace = process.traceProcessWarnings || (isDeprecation && process.traceDeprecation);
  let msg = `(node:${process.pid}) `;
  if (warning.code) msg += `[${warning.code}] `;
  if (trace && warning.stack) {
    msg += `${require('internal/util/stack').v8Stack(warning.stack)}`;
  } else {
    msg += typeof warning.toString === 'function' ? `${warning.toString()}` : Error.prototype.toString.call(warning);
  }
  if (typeof warning.detail === 'string') msg += `\n${warning.detail}`;
  if (!trace && !traceWarningHelperShown) {
    const flag = isDeprecation ? '--trace-deprecation' : '--trace-warnings';
    msg += `\n(Use \`node ${flag} ...\` to show where the warning was created)`;
    traceWarningHelperShown = true;
  }
  writeOut(msg);
}

let listenerInstalled = false;
function installListener() {
  if (listenerInstalled) return;
  listenerInstalled = true;
  applyFlags();
  if (flag('--no-warnings') || process.env.NODE_NO_WARNINGS === '1') return;
  if (typeof process.prependListener === 'function') process.prependListener('warning', onWarning);
  else process.on('warning', onWarning);
}

function createWarningObject(warning, type, code, ctor, detail) {
  warning = new Error(warning);
  warning.name = String(type || 'Warning');
  if (code !== undefined) warning.code = code;
  if (detail !== undefined) warning.detail = detail;
  return warning;
}

function emitWarning(warning, type, code, ctor) {
  installListener();
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ctor = type.ctor;
    code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type;
    code = undefined;
    type = 'Warning';
  }
  if (type !== undefined) validateString(type, 'type');
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  } else if (code !== undefined) {
    validateString(code, 'code');
  }
  if (typeof warning === 'string') {
    warning = createWarningObject(warning, type, code, ctor, detail);
  } else if (!(warning instanceof Error)) {
    throw new ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
  }
  if (warning.name === 'DeprecationWarning') {
    if (process.noDeprecation) return;
    if (process.throwDeprecation) {
      process.nextTick(() => { throw warning; });
      return;
    }
  }
  process.nextTick(doEmitWarning, warning);
}

function doEmitWarning(warning) {
  process.emit('warning', warning);
}

module.exports = { emitWarning, onWarning, installListener };
