// diff-stdin: first line\nsecond\r\n\nfourth after an empty line\r\nlast line without newline
// Lines from process.stdin: \n and \r\n endings, an empty line, the last line
// without a newline; 'close' at EOF and the process exits by itself.
const readline = require('readline');
const rl = readline.createInterface({ input: process.stdin });
let n = 0;
rl.on('line', (line) => {
  n++;
  console.log(`line ${n}: ${JSON.stringify(line)} (${line.length})`);
});
rl.on('pause', () => console.log('pause event'));
rl.on('resume', () => console.log('resume event'));
rl.on('close', () => {
  console.log('close after', n, 'lines; closed =', rl.closed, 'paused =', rl.paused);
  console.log('terminal', rl.terminal, 'line', JSON.stringify(rl.line), 'prompt', JSON.stringify(rl.getPrompt()));
});
process.stdin.on('end', () => console.log('stdin end'));
process.on('exit', (code) => console.log('exit', code));
console.log('listening; terminal =', rl.terminal);
