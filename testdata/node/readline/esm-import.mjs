// diff-stdin: one\ntwo\nthree\n
// ESM imports of node:readline and node:readline/promises, with top-level
// for await over stdin.
import readline, { createInterface, Interface, cursorTo } from 'node:readline';
import * as rlp from 'node:readline/promises';
import { once } from 'node:events';

console.log(typeof readline.createInterface, createInterface === readline.createInterface, typeof Interface, typeof cursorTo);
console.log(Object.keys(rlp).sort(), typeof rlp.Readline);
const rl = createInterface({ input: process.stdin });
let count = 0;
for await (const line of rl) console.log(++count, line);
console.log('read', count, 'lines; closed', rl.closed);
const rl2 = rlp.createInterface({ input: (await import('node:stream')).Readable.from(['x\n']) });
const [line] = await once(rl2, 'line');
console.log('once line', line);
