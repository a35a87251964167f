// diff-stdin: Ada\n36\nyes\nleft over\n
// Callback questions over stdin/stdout: each prompt is written to stdout,
// answers arrive in order, and a line with no question pending is a 'line'.
const readline = require('readline');
const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
rl.on('line', (l) => console.log('\n[line event]', JSON.stringify(l)));
rl.question('Name? ', (name) => {
  console.log(`Hello, ${name}!`);
  rl.question('Age? ', (age) => {
    console.log(`In ten years: ${Number(age) + 10}`);
    rl.setPrompt('confirm> ');
    console.log('prompt now', JSON.stringify(rl.getPrompt()));
    rl.question('Sure? ', (answer) => {
      console.log('answer:', answer, '| prompt restored to', JSON.stringify(rl.getPrompt()));
    });
  });
});
rl.on('close', () => console.log('\nbye'));
