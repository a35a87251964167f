// Line splitting on chunks from a Readable: \n, \r\n, a lone \r, \r\n split
// across chunks (joined within crlfDelay), empty lines, multi-byte UTF-8
// characters split between Buffer chunks, and a last line without newline.
const readline = require('readline');
const { Readable, PassThrough } = require('stream');

function run(name, chunks, options = {}) {
  return new Promise((resolve) => {
    const input = Readable.from(chunks, { objectMode: false });
    const rl = readline.createInterface({ input, ...options });
    const lines = [];
    rl.on('line', (l) => lines.push(l));
    rl.on('close', () => {
      console.log(name.padEnd(16), lines.length, JSON.stringify(lines));
      resolve();
    });
  });
}

(async () => {
  await run('lf', ['a\nb\nc\n']);
  await run('crlf', ['a\r\nb\r\nc']);
  await run('cr', ['a\rb\rc\r']);
  await run('mixed', ['one\r\ntwo\nthree\rfour\n\n\nfive']);
  await run('split crlf', ['one\r', '\ntwo\r', '\n', 'three']);
  await run('split line', ['hel', 'lo wo', 'rld\nsec', 'ond']);
  await run('empty', []);
  await run('only newlines', ['\n\n\r\n\r']);
  await run('no newline', ['just text']);
  const euro = Buffer.from('price: €5\nnaïve café\n');
  await run('utf8 split', [euro.subarray(0, 9), euro.subarray(9, 16), euro.subarray(16)]);
  await run('emoji', [Buffer.from('😀 ok\n'), Buffer.from('🎉')]);
  await run('crlfDelay', ['x\r', '\ny'], { crlfDelay: Infinity });
  await run('tabs', ['\ta\tb\t\n  spaced  \n']);

  // rl.write() on a non-terminal interface feeds the same splitter
  const rl = readline.createInterface({ input: new PassThrough() });
  const got = [];
  rl.on('line', (l) => got.push(l));
  rl.write('w1\nw2');
  rl.write('-cont\r\nw3\r');
  rl.write('\nw4\n');
  console.log('write()', JSON.stringify(got));
  rl.close();
})();
