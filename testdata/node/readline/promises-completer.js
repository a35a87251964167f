// readline/promises in terminal mode with an async completer (kept as given,
// awaited on Tab), a sync one, and the callback API's completer adaptation
// (a one-argument completer is wrapped into the (line, cb) form).
const readline = require('readline');
const rlp = require('readline/promises');
const { PassThrough } = require('stream');

const input = new PassThrough();
let out = '';
const output = new PassThrough();
output.on('data', (d) => { out += d; });
const words = ['alpha', 'alps', 'beta'];
const rl = rlp.createInterface({
  input,
  output,
  terminal: true,
  prompt: '? ',
  completer: async (line) => [words.filter((w) => w.startsWith(line)), line],
});
const rl2 = rlp.createInterface({ input: new PassThrough(), output: new PassThrough(), terminal: true, completer: (line) => [['zeta'], line] });
const rl3 = readline.createInterface({ input: new PassThrough(), output: new PassThrough(), terminal: true, completer: (line) => [['zeta'], line] });
const rl4 = readline.createInterface({ input: new PassThrough(), output: new PassThrough(), terminal: true, completer: (line, cb) => cb(null, [[], line]) });
console.log(rl.completer.length, rl2.completer.length, rl3.completer.length, rl4.completer.length);

const steps = ['al', '\t', '\t', 's', '\t', '\x15b\t', '\r'];
let i = 0;
rl.on('line', (l) => console.log('[line]', JSON.stringify(l)));
function step() {
  if (i === steps.length) {
    rl.close();
    rl2.close();
    rl3.close();
    rl4.close();
    return;
  }
  out = '';
  input.write(steps[i++]);
  setTimeout(() => {
    console.log(JSON.stringify(out), JSON.stringify(rl.line), rl.cursor, rl.paused);
    step();
  }, 10);
}
step();
