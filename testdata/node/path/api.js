// path's exports, errors and cwd-relative functions.
const path = require('path');
const posix = require('path/posix');
console.log(Object.keys(path).join(','));
console.log(Object.keys(path.win32).join(','));
console.log(path.posix === path, posix === path, path.win32.posix === path, path.win32.win32 === path.win32);
console.log(path.sep, path.delimiter, path.win32.sep, path.win32.delimiter);
console.log(path.resolve('x') === process.cwd() + '/x', path.resolve('') === process.cwd(), path.resolve() === process.cwd());
console.log(path.relative('', 'sub') === 'sub', path.relative('sub', '') === '..');
console.log(path.toNamespacedPath('a/b'), path._makeLong('/x'), path.toNamespacedPath(5));
console.log(path.format({ root: '/', dir: '/home/u', base: 'f.txt' }));
console.log(path.format({ root: '/', base: 'f.txt', ext: 'ignored' }));
console.log(path.format({ root: '/', name: 'f', ext: '.txt' }));
console.log(path.format({ name: 'f', ext: 'txt' }));
console.log(path.format({ dir: 'd', name: 'f' }), path.format({}), path.format({ root: '/x/' }));
const bad = [1, null, undefined, {}, [], () => {}, function named() {}, true, Symbol('s'), 10n, 'a'.repeat(40)];
const calls = {
  join: (v) => path.join('a', v),
  normalize: (v) => path.normalize(v),
  resolve: (v) => path.resolve('a', v),
  relative1: (v) => path.relative(v, 'a'),
  relative2: (v) => path.relative('a', v),
  dirname: (v) => path.dirname(v),
  basename: (v) => path.basename(v),
  basenameExt: (v) => path.basename('a', v),
  extname: (v) => path.extname(v),
  isAbsolute: (v) => path.isAbsolute(v),
  parse: (v) => path.parse(v),
  format: (v) => path.format(v),
};
for (const [name, fn] of Object.entries(calls)) {
  for (const v of bad) {
    try {
      console.log(name, 'ok', JSON.stringify(fn(v)));
    } catch (e) {
      console.log(name, e.name, e.code, e.message);
    }
  }
}
console.log(path.matchesGlob('a/b/c.js', '**/*.js'), path.matchesGlob('a/b/c.js', 'a/*.js'), path.matchesGlob('x.ts', '*.{js,ts}'));
