// Stdin with nothing on it (EOF at once): 'close' comes without any line,
// for await finishes at once, and question callbacks never run.
const readline = require('readline');
const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
rl.question('anything? ', (a) => console.log('never', a));
rl.on('line', (l) => console.log('line', l));
rl.on('close', () => console.log('\nclosed with no input'));
process.on('exit', (c) => console.log('exit', c));
