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

function errorStack(err) {
  let stack;
  try {
    stack = err.stack;
  } catch {
    return undefined;
  }
  return v8Stack(stack);
}

module.exports = { v8Stack, errorStack };
