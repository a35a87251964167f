// path.win32 on generated paths (drive letters, UNC and device roots, mixed separators).
const path = require('path').win32;
let seed = 99;
function rand(n) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; }
const alphabet = ['\\', '/', '.', '..', 'a', 'b.c', 'C:', 'c:', '\\\\', 'srv', 'x.'];
const samples = [];
for (let i = 0; i < 400; i++) { let s = ''; const len = rand(7); for (let j = 0; j < len; j++) s += alphabet[rand(alphabet.length)]; samples.push(s); }
let bad = 0;
for (const p of samples) {
  const parts = [JSON.stringify(p), path.normalize(p), path.isAbsolute(p), path.dirname(p), path.basename(p), path.basename(p, '.c'), path.extname(p), JSON.stringify(path.parse(p)), path.format(path.parse(p))];
  console.log(parts.join(' | '));
}
for (let i = 0; i < 200; i++) {
  const a = samples[rand(samples.length)], b = samples[rand(samples.length)];
  console.log(JSON.stringify([a, b]), path.join(a, b), path.resolve('C:\\r', a, b), path.relative('C:\\base\\' + a, 'C:\\base\\' + b));
}
