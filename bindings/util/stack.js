'use strict';
// internal/util/stack — goja writes stack frames as "\tat f (file:1:2(3))";
// Node users (and tools) read V8's "    at f (file:1:2)". v8Stack converts a
// goja stack string; errorStack(err) returns err.stack converted.

const { v8Stack: convert } = internalBinding('internal/util/inspect');

function v8Stack(stack) {
  if (typeof stack !== 'string') return stack;
  if (!stack.includes('\n\tat ')) return stack;
  return convert(stack);
}

// limitFrames keeps Error.stackTraceLimit frames of a V8-shaped stack, as
// V8 records no more (goja keeps them all).
function limitFrames(stack) {
  const limit = typeof Error.stackTraceLimit === 'number' ? Error.stackTraceLimit : 10;
  const lines = String(stack).split('\n');
  let frames = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].startsWith('    at ') && ++frames > limit) return lines.slice(0, i).join('\n');
  }
  return stack;
}

function errorStack(err) {
  let stack;
  try {
    stack = err.stack;
  } catch {
    return undefined;
  }
  return v8Stack(stack);
}

module.exports = { v8Stack, errorStack, limitFrames };

// captureStackTrace is V8's Error.captureStackTrace(obj, constructorOpt)
// for goja, which lacks it: obj gets a non-enumerable "stack" reading
// "Name: message" and the current frames in V8's shape, without the frames
// above constructorOpt (matched by name; goja leaves constructor frames
// unnamed, so an unmatched constructorOpt drops the immediate caller, the
// usual `Error.captureStackTrace(this, this.constructor)` case).
function captureStackTrace(obj, constructorOpt) {
  if (obj === null || (typeof obj !== 'object' && typeof obj !== 'function')) {
    throw new TypeError('Invalid argument');
  }
  let frames = v8Stack(String(new Error().stack || '')).split('\n').filter((l) => l.startsWith('    at '));
  // Drop captureStackTrace's own frames (here and the Error.captureStackTrace
  // wrapper the bootstrap installs).
  while (frames.length > 0 && /\(node:internal\/(util\/stack|bootstrap):/.test(frames[0])) frames.shift();
  if (typeof constructorOpt === 'function') {
    const name = constructorOpt.name;
    let cut = -1;
    if (name) {
      for (let i = 0; i < frames.length; i++) {
        if (frames[i].startsWith(`    at ${name} (`) || frames[i].startsWith(`    at new ${name} (`) ||
            frames[i].includes(`.${name} (`)) {
          cut = i;
        }
      }
    }
    frames = cut >= 0 ? frames.slice(cut + 1) : frames.slice(1);
  }
  const limit = typeof Error.stackTraceLimit === 'number' ? Error.stackTraceLimit : 10;
  frames = frames.slice(0, Math.max(0, limit));
  let name;
  let message;
  try {
    name = obj.name;
    message = obj.message;
  } catch {
    // Accessors that throw leave the defaults.
  }
  name = name === undefined ? 'Error' : String(name);
  message = message === undefined ? '' : String(message);
  let header = name;
  if (message !== '') header = name === '' ? message : `${name}: ${message}`;
  const stack = frames.length > 0 ? `${header}\n${frames.join('\n')}` : header;
  Object.defineProperty(obj, 'stack', { value: stack, writable: true, configurable: true, enumerable: false });
}

module.exports.captureStackTrace = captureStackTrace;
