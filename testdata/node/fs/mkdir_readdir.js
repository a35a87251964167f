// mkdir (recursive return values, modes) and readdir (sorted names,
// withFileTypes Dirents, encodings, recursive).
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));
process.chdir(dir);

console.log(fs.mkdirSync('a'));
console.log(fs.mkdirSync('b/c/d', { recursive: true }));
console.log(fs.mkdirSync('b/c/d', { recursive: true }));
console.log(fs.mkdirSync('b/c/e/f', { recursive: true }));
console.log(fs.mkdirSync(path.join(dir, 'abs/x'), { recursive: true }) === path.join(dir, 'abs'));
console.log(fs.mkdirSync('m', 0o700), (fs.statSync('m').mode & 0o777).toString(8));
console.log(fs.mkdirSync('m2', { mode: '755' }), (fs.statSync('m2').mode & 0o777).toString(8));

for (const n of ['zeta', 'Alpha', 'beta', '10', '9', '_x', 'émoji✓']) fs.writeFileSync(path.join('a', n), n);
fs.mkdirSync('a/sub');
fs.symlinkSync('zeta', 'a/link');
console.log(fs.readdirSync('a'));
console.log(fs.readdirSync('a', 'buffer').map((b) => Buffer.isBuffer(b) && b.toString()));
console.log(fs.readdirSync('a', { encoding: 'hex' }).slice(0, 2));
const ents = fs.readdirSync('a', { withFileTypes: true });
console.log(ents);
console.log(ents.map((e) => [e.name, e.isFile(), e.isDirectory(), e.isSymbolicLink()].join(':')).join(' '));
console.log(ents[0] instanceof fs.Dirent, Object.keys(ents[0]));
console.log(fs.readdirSync('b', { recursive: true }));
console.log(fs.readdirSync('b', { recursive: true, withFileTypes: true }).map((e) => `${e.parentPath}|${e.name}`));
console.log(fs.readdirSync('.').sort());
// recursive order: breadth-first for sync and callback, a stack for promises
fs.mkdirSync('rd/a/x/z', { recursive: true });
fs.mkdirSync('rd/b/y', { recursive: true });
for (const f of ['rd/a/f1', 'rd/b/f2', 'rd/c', 'rd/a/x/z/deep']) fs.writeFileSync(f, '');
fs.symlinkSync('a', 'rd/linkdir');
console.log(fs.readdirSync('rd', { recursive: true }));
console.log(fs.readdirSync('rd', { recursive: true, withFileTypes: true }).map((d) => `${d.parentPath}|${d.name}`));

fs.mkdir('cb/one/two', { recursive: true }, (err, first) => {
  console.log('cb mkdir', err, first);
  fs.mkdir('cb', (err2, v) => {
    console.log('cb mkdir exists', err2.code, v);
    fs.readdir('a', { withFileTypes: true }, (err3, list) => {
      console.log('cb readdir', err3, list.length, list[0].constructor.name);
      fs.readdir('a', (err4, names) => {
        console.log('cb readdir names', err4, names.join(','));
        fs.promises.mkdir('p/q', { recursive: true }).then((first2) => {
          console.log('promise mkdir', first2);
          return fs.promises.readdir('.', { withFileTypes: true });
        }).then((list2) => {
          console.log('promise readdir', list2.map((d) => d.name).sort().join(','));
          return fs.promises.readdir('rd', { recursive: true });
        }).then((list3) => {
          console.log('promise recursive', list3);
          return fs.promises.readdir('rd', { recursive: true, withFileTypes: true });
        }).then((list4) => {
          console.log('promise recursive dirents', list4.map((d) => `${d.parentPath}|${d.name}`));
          return new Promise((resolve) => fs.readdir('rd', { recursive: true }, (err, list5) => {
            console.log('cb recursive', err, list5);
            resolve();
          }));
        }).then(() => {
          process.chdir(os.tmpdir());
          fs.rmSync(dir, { recursive: true });
        });
      });
    });
  });
});
