// tty, after Node's lib/tty.js: isatty and the terminal stream classes
// (process.stdout/stdin use them when attached to a terminal).
'use strict';
const binding = internalBinding('internal/process');
const stdio = require('internal/stdio');

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && binding.isatty(fd);
}

module.exports = {
  isatty,
  get ReadStream() { return stdio.ttyClasses().ReadStream; },
  get WriteStream() { return stdio.ttyClasses().WriteStream; },
};
