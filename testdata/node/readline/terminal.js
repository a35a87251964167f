// terminal: true over plain streams: keypresses edit the line and the
// output shows Node's redraw sequences; Enter submits (with a 'history'
// event), arrows move and recall history, Ctrl+U/K/W/A/E edit, Tab asks the
// completer, Ctrl+C emits SIGINT when listened for, Ctrl+D on an empty line
// closes.
const readline = require('readline');
const { PassThrough, Writable } = require('stream');

let out = '';
const output = new Writable({
  write(chunk, enc, cb) {
    out += chunk;
    cb();
  },
});
output.columns = 40;
const input = new PassThrough();
const commands = ['help', 'hello', 'history', 'quit'];
const rl = readline.createInterface({
  input,
  output,
  terminal: true,
  prompt: '$ ',
  historySize: 3,
  completer: (line) => {
    const hits = commands.filter((c) => c.startsWith(line));
    return [hits.length ? hits : commands, line];
  },
});
rl.on('line', (line) => console.log('[line]', JSON.stringify(line), 'cursor', rl.cursor));
rl.on('history', (h) => console.log('[history]', JSON.stringify(h)));
rl.on('SIGINT', () => console.log('[SIGINT] line was', JSON.stringify(rl.line)));
rl.on('close', () => console.log('[close]'));
console.log('terminal', rl.terminal, 'cursor', rl.cursor, 'historyIndex', rl.historyIndex, 'columns', rl.columns);

const steps = [
  ['prompt', () => rl.prompt()],
  ['type abc', 'abc'],
  ['left left X', '\x1b[D\x1b[DX'],
  ['home, Y', '\x1b[HY'],
  ['end, Z', '\x1b[FZ'],
  ['backspace', '\x7f'],
  ['delete at start', '\x01\x1b[3~'],
  ['enter', '\r'],
  ['two words', 'one two three'],
  ['ctrl+w', '\x17'],
  ['ctrl+a ctrl+k', '\x01\x0b'],
  ['retype, enter', 'second\n'],
  ['blank', '   \r'],
  ['history up', '\x1b[A'],
  ['up again', '\x1b[A'],
  ['down', '\x1b[B'],
  ['ctrl+u', '\x15'],
  ['tab h', 'h\t'],
  ['tab again', '\t'],
  ['tab hel', 'el\t'],
  ['ctrl+c with listener', '\x03'],
  ['ctrl+e enter', '\x05\r'],
  ['third', 'third\r'],
  ['fourth (history size 3)', 'fourth\r'],
  ['wide chars', '日本語\r'],
  ['rl.write', () => rl.write('via write\n')],
  ['write key', () => rl.write(null, { ctrl: true, name: 'u' })],
  ['ctrl+d on empty', '\x04'],
];
let i = 0;
function step() {
  if (i === steps.length) {
    console.log('history', JSON.stringify(rl.history), 'closed', rl.closed);
    return;
  }
  const [name, what] = steps[i++];
  out = '';
  if (typeof what === 'function') what();
  else input.write(what);
  setImmediate(() => {
    console.log(name.padEnd(24), JSON.stringify(out), JSON.stringify(rl.line), rl.cursor);
    step();
  });
}
step();
