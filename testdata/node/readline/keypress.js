// emitKeypressEvents: 'data' on a stream becomes 'keypress' events with
// Node's key objects: letters, shifted letters, ctrl keys, return/enter,
// tab, backspace, arrows and function keys (with modifiers), escape
// sequences split across chunks, meta keys, UTF-8 and emoji.
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
readline.emitKeypressEvents(input);
readline.emitKeypressEvents(input); // a second call is a no-op
const seen = [];
input.on('keypress', (s, key) => {
  const mods = ['ctrl', 'meta', 'shift'].filter((m) => key[m]).join('+');
  seen.push(`${JSON.stringify(s)} name=${key.name} seq=${JSON.stringify(key.sequence)}${mods ? ' ' + mods : ''}${key.code ? ' code=' + key.code : ''}`);
});
const chunks = [
  'aZ9 ',
  '\r\n\t\x7f\b',
  '\x01\x03\x04\x1a',
  '\x1b[A\x1b[B\x1b[C\x1b[D\x1b[H\x1b[F',
  '\x1bOA\x1bOP\x1b[15~\x1b[24~',
  '\x1b[1;5C\x1b[1;2D\x1b[1;3A\x1b[3~\x1b[3;5~\x1b[5~\x1b[6~\x1b[2~',
  '\x1b[Z\x1b[200~',
  '\x1bb\x1bf\x1b\x7f\x1bx\x1b\x1b[A',
  '\x1b[',
  '1;5',
  'D',
  'é😀',
  Buffer.from('ß').subarray(0, 1),
  Buffer.from('ß').subarray(1),
  '!@#',
];
let i = 0;
function next() {
  if (i === chunks.length) {
    console.log(seen.join('\n'));
    return;
  }
  input.write(chunks[i++]);
  setImmediate(next);
}
next();
