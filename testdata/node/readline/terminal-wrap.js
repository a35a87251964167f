// A terminal output 20 columns wide (isTTY set, so terminal mode is the
// default): a question, a prompt longer than a row, text wrapping past the
// edge, cursor moves across rows, wide characters at the boundary, a tab,
// a coloured prompt (escape codes take no columns), and getCursorPos.
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
let out = '';
const output = new PassThrough();
output.on('data', (d) => { out += d; });
output.isTTY = true;
output.columns = 20;
const rl = readline.createInterface({ input, output });
console.log('terminal', rl.terminal, 'columns', rl.columns);

const steps = [
  ['type', '0123456789abcdef'],
  ['home', '\x1b[H'],
  ['right', '\x1b[C'],
  ['end', '\x1b[F'],
  ['backspace x5', '\x7f\x7f\x7f\x7f\x7f'],
  ['wide', '日本語テキスト'],
  ['left x3', '\x1b[D\x1b[D\x1b[D'],
  ['insert', 'X'],
  ['ctrl+u', '\x15'],
  ['tab text', 'a\tb\tc'],
  ['enter', '\r'],
  ['colour prompt', () => { rl.setPrompt('\x1b[32mgreen>\x1b[39m '); rl.prompt(); }],
  ['type', 'hello'],
  ['resize', () => { output.columns = 10; output.emit('resize'); }],
];
let i = 0;
function step() {
  if (i === steps.length) {
    rl.close();
    console.log('closed', JSON.stringify(out));
    return;
  }
  const [name, what] = steps[i++];
  out = '';
  if (typeof what === 'function') what();
  else input.write(what);
  setImmediate(() => {
    console.log(name.padEnd(14), JSON.stringify(out), JSON.stringify(rl.line), rl.cursor, rl.getCursorPos());
    step();
  });
}
rl.on('line', (l) => console.log('[line]', JSON.stringify(l)));
rl.question('What is your name? ', (a) => {
  console.log('answer', JSON.stringify(a), JSON.stringify(out));
  rl.setPrompt('a long prompt that wraps> ');
  out = '';
  rl.prompt();
  console.log('prompt', JSON.stringify(out));
  step();
});
input.write('Bob\r\n');
