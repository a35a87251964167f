// prompt(), setPrompt(), write() and question() with a captured output
// stream (not a terminal): what goes to the output, in order, and the
// pause/resume/close events.
const readline = require('readline');
const { PassThrough, Writable } = require('stream');

const written = [];
const output = new Writable({
  write(chunk, enc, cb) {
    written.push(String(chunk));
    cb();
  },
});
const input = new PassThrough();
const rl = readline.createInterface({ input, output, prompt: 'app> ' });
for (const ev of ['pause', 'resume', 'close', 'history', 'SIGINT']) {
  rl.on(ev, (...args) => console.log(`[${ev}]`, args.length));
}
rl.on('line', (line) => {
  console.log('[line]', JSON.stringify(line));
  if (line === 'quit') rl.close();
  else rl.prompt();
});
console.log('prompt', JSON.stringify(rl.getPrompt()), 'terminal', rl.terminal, 'history', rl.history);
rl.prompt();
rl.setPrompt('>>> ');
rl.prompt(true);
rl.pause();
rl.pause();
console.log('paused', rl.paused, input.isPaused());
rl.resume();
rl.resume();
console.log('paused', rl.paused, input.isPaused());
rl.question('who? ', (a) => console.log('[answer]', a, JSON.stringify(rl.getPrompt())));
rl.question('ignored? ', () => console.log('never'));
input.write('me\n');
input.write('hello\n');
rl.pause();
rl.write('write resumes\n');
console.log('paused after write', rl.paused);
input.write('quit\nafter quit\n');
setImmediate(() => {
  console.log('output:', JSON.stringify(written));
  console.log('closed', rl.closed, 'history', rl.history, 'listeners on input', input.listenerCount('data'), input.listenerCount('end'));
  rl.close();
  try {
    rl.question('q', () => {});
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
});
