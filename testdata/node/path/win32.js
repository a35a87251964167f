// path.win32 on common Windows path shapes.
const w = require('path').win32;
const samples = ['C:\\', 'C:', 'C:foo', 'C:\\foo\\bar.txt', 'C:/foo/bar/', '\\\\server\\share', '\\\\server\\share\\',
  '\\\\server\\share\\dir\\file.ext', 'foo\\bar', '\\foo', '/foo/bar', 'foo/../bar', 'C:\\..\\a', 'a\\\\b\\', '', '.', '..'];
for (const p of samples) {
  console.log(JSON.stringify(p), w.normalize(p), w.isAbsolute(p), w.dirname(p), w.basename(p), w.basename(p, '.txt'), w.extname(p), JSON.stringify(w.parse(p)));
}
console.log(w.join('C:\\a', 'b', '..', 'c'), w.join('a', 'b'), w.join('\\\\server', 'share'), w.join('', ''));
console.log(w.resolve('C:\\a', 'b'), w.resolve('C:\\a', 'D:\\b', 'c'), w.resolve('C:\\a', '\\b'));
console.log(w.relative('C:\\a\\b', 'C:\\a\\c\\d'), w.relative('C:\\a', 'D:\\b'), w.relative('C:\\A\\b', 'c:\\a\\B'));
console.log(w.format({ dir: 'C:\\x', base: 'y.z' }), w.format({ root: 'C:\\', name: 'n', ext: '.e' }));
console.log(w.toNamespacedPath('C:\\a'), w.toNamespacedPath('\\\\server\\share\\x'));
