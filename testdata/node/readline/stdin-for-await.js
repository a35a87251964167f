// diff-stdin: alpha\nbeta\ngamma\n\ndelta\nepsilon
// for await over a readline interface on stdin: every line, in order, the
// loop ends at EOF, and code after the loop runs.
const readline = require('readline');

async function main() {
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  const seen = [];
  rl.on('close', () => console.log('close event; lines so far', seen.length));
  for await (const line of rl) {
    seen.push(line);
    console.log(seen.length, JSON.stringify(line), line.toUpperCase());
  }
  console.log('loop done:', seen.join('|'));
  console.log('closed', rl.closed);
  return seen.length;
}
main().then((n) => console.log('main resolved', n));
process.on('exit', (c) => console.log('exit', c));
