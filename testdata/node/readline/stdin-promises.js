// diff-stdin: 3\n4\nthird\nfourth\n
// readline/promises over stdin: all of stdin arrives in one chunk, so the
// first question takes "3" and the other lines are 'line' events before the
// awaiting code resumes; the second question is asked after EOF closed the
// interface and never settles (the process still exits). A question after
// close() rejects with ERR_USE_AFTER_CLOSE.
const readlinePromises = require('readline/promises');
const { stdin: input, stdout: output } = process;

(async () => {
  const rl = readlinePromises.createInterface({ input, output });
  rl.on('line', (l) => console.log('\n[line]', l));
  rl.on('close', () => console.log('[close]'));
  console.log(rl instanceof readlinePromises.Interface, typeof rl.question, rl.question.length);
  const a = await rl.question('a = ');
  console.log(`got a = ${a}; closed ${rl.closed}`);
  try {
    await rl.question('b = ');
  } catch (err) {
    console.log('after close:', err.code, err.message);
  }
  console.log('not reached');
})();

(async () => {
  const { PassThrough } = require('stream');
  const rl = readlinePromises.createInterface({ input: new PassThrough() });
  rl.close();
  try {
    await rl.question('late? ');
  } catch (err) {
    console.log('second interface:', err.name, err.code, err.message);
  }
})();
process.on('exit', (c) => console.log('exit', c));
