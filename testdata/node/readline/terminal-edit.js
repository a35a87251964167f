// Terminal editing beyond the basics: undo (Ctrl+_) and redo (Ctrl+^),
// the kill ring (Ctrl+U/K; word deletions do not feed it) with Ctrl+Y yank and
// Meta+Y yank-pop, word moves (Ctrl+Left/Right, Meta+B/F), substring
// history search with Up, and a completer that answers through a callback.
const readline = require('readline');
const { PassThrough, Writable } = require('stream');

let out = '';
const output = new Writable({
  write(chunk, enc, cb) {
    out += chunk;
    cb();
  },
});
const input = new PassThrough();
const rl = readline.createInterface({
  input,
  output,
  terminal: true,
  prompt: '> ',
  history: ['git status', 'ls -la', 'git commit'],
  completer(line, cb) {
    setImmediate(() => cb(null, [['apple', 'apricot'].filter((w) => w.startsWith(line)), line]));
  },
});
rl.on('line', (line) => console.log('[line]', JSON.stringify(line)));

const steps = [
  ['type', 'hello brave new world'],
  ['ctrl+w', '\x17'],
  ['meta+backspace', '\x1b\x7f'],
  ['ctrl+y', '\x19'],
  ['meta+y', '\x1by'],
  ['meta+y again', '\x1by'],
  ['undo', '\x1f'],
  ['undo', '\x1f'],
  ['redo', '\x1e'],
  ['ctrl+left x2', '\x1b[1;5D\x1b[1;5D'],
  ['meta+f', '\x1bf'],
  ['meta+b', '\x1bb'],
  ['meta+d', '\x1bd'],
  ['ctrl+right', '\x1b[1;5C'],
  ['ctrl+k', '\x0b'],
  ['ctrl+u', '\x15'],
  ['ctrl+y', '\x19'],
  ['ctrl+a ctrl+d', '\x01\x04'],
  ['ctrl+k', '\x0b'],
  ['type x', 'x'],
  ['ctrl+y', '\x19'],
  ['meta+y', '\x1by'],
  ['meta+y', '\x1by'],
  ['type, meta+y', 'z\x1by'],
  ['ctrl+y', '\x19'],
  ['enter', '\r'],
  ['git + up', 'git\x1b[A'],
  ['up', '\x1b[A'],
  ['up (no more)', '\x1b[A'],
  ['down', '\x1b[B'],
  ['ctrl+u', '\x15'],
  ['ap + tab', 'ap\t'],
  ['tab again', '\t'],
  ['r + tab', 'r\t'],
  ['enter', '\r'],
];
let i = 0;
function step() {
  if (i === steps.length) {
    console.log('history', JSON.stringify(rl.history));
    rl.close();
    return;
  }
  const [name, keys] = steps[i++];
  out = '';
  input.write(keys);
  setTimeout(() => {
    console.log(name.padEnd(16), JSON.stringify(out), JSON.stringify(rl.line), rl.cursor);
    step();
  }, 5);
}
step();
