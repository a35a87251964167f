// Compares every posix path function on many generated paths.
const path = require('path');
let seed = 12345;
function rand(n) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
}
const alphabet = ['/', '/', '.', '.', 'a', 'b', 'c.d', '..', 'x.'];
const samples = ['', '/', '//', '///', '.', '..', '...', '/..', '/.', './', '../', 'a/', '/a/', 'a//b', '/a//b',
  '//a', '.a', 'a.', '.a.b', 'a.b.c', '/a/b.c/', 'a/b/../../..', '/../a', './a/./b/.', 'foo/bar/baz/asdf/quux/..'];
for (let i = 0; i < 300; i++) {
  let s = '';
  const len = rand(8);
  for (let j = 0; j < len; j++) s += alphabet[rand(alphabet.length)];
  samples.push(s);
}
const exts = ['', '.d', 'd', 'b', '.', 'a/', 'c.d', '.js', 'js'];
for (const p of samples) {
  const parts = [
    JSON.stringify(p),
    path.normalize(p), path.isAbsolute(p), path.dirname(p), path.basename(p), path.extname(p),
    JSON.stringify(path.parse(p)), path.format(path.parse(p)),
  ];
  for (const e of exts) parts.push(path.basename(p, e));
  console.log(parts.join(' | '));
}
for (let i = 0; i < 200; i++) {
  const a = samples[rand(samples.length)], b = samples[rand(samples.length)];
  const rel = path.relative('/base/' + a, '/base/' + b);
  console.log(JSON.stringify([a, b]), path.join(a, b), path.join(b, a, b), path.resolve('/r', a, b), rel);
}
console.log(path.join(), path.join(''), path.join('', ''), path.resolve('/'), path.resolve('/a', '/b', 'c'));
console.log(path.relative('/', '/a/b'), path.relative('/a/b', '/'), path.relative('/a/b', '/a/b'), path.relative('/a/bc', '/a/b'));
