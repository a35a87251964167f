// string_decoder fuzz: pseudo-random bytes (biased towards multi-byte
// sequences, surrogates and invalid bytes) split at pseudo-random points,
// for every encoding; prints a digest per case so differences show.
const { StringDecoder } = require('string_decoder');

let seed = 12345;
function rand(n) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
}

const interesting = [0x00, 0x41, 0x7f, 0x80, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xe2, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff, 0xa0, 0x9f, 0x8f, 0x90, 0xd8, 0xdc, 0x3d];
function randomBytes(len) {
  const b = Buffer.alloc(len);
  for (let i = 0; i < len; i++) b[i] = rand(3) === 0 ? rand(256) : interesting[rand(interesting.length)];
  return b;
}

function digest(str) {
  let h = 0;
  for (let i = 0; i < str.length; i++) h = (h * 31 + str.charCodeAt(i)) >>> 0;
  return `${str.length}:${h.toString(16)}`;
}

const encodings = ['utf8', 'utf16le', 'base64', 'base64url', 'hex', 'latin1', 'ascii'];
for (const enc of encodings) {
  const lines = [];
  for (let c = 0; c < 60; c++) {
    const data = randomBytes(1 + rand(24));
    const d = new StringDecoder(enc);
    let out = '';
    let pos = 0;
    const parts = [];
    while (pos < data.length) {
      const n = 1 + rand(5);
      const piece = d.write(data.subarray(pos, pos + n));
      parts.push(piece.length);
      out += piece;
      pos += n;
    }
    out += d.end();
    const whole = new StringDecoder(enc).end(data);
    lines.push(`${digest(out)}/${digest(whole)}/${parts.join('.')}`);
  }
  console.log(enc, lines.join(' '));
}
