// Stats objects: shape, type predicates, inspect output, bigint,
// throwIfNoEntry, lstat of a symlink, fstat.
const fs = require('fs');
const path = require('path');
const os = require('os');
const util = require('util');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));
const p = (n) => path.join(dir, n);
fs.writeFileSync(p('f'), 'hello');
fs.mkdirSync(p('d'));
fs.symlinkSync('f', p('l'));

function describe(label, st) {
  console.log(label, st.constructor.name, Object.keys(st).join(','));
  console.log('  types', Object.keys(st).map((k) => typeof st[k]).join(','));
  console.log('  isFile', st.isFile(), 'isDirectory', st.isDirectory(), 'isSymbolicLink', st.isSymbolicLink(),
    'isFIFO', st.isFIFO(), 'isSocket', st.isSocket(), 'isBlockDevice', st.isBlockDevice(),
    'isCharacterDevice', st.isCharacterDevice());
  console.log('  dates', st.mtime instanceof Date, st.atime instanceof Date, st.ctime instanceof Date, st.birthtime instanceof Date);
  console.log('  mtime matches mtimeMs', Math.abs(st.mtime.getTime() - Number(st.mtimeMs)) <= 1);
}

const s = fs.statSync(p('f'));
describe('file', s);
console.log('  size', s.size, 'nlink', s.nlink, 'mode', (s.mode & 0o777).toString(8), 'S_IFREG', (s.mode & fs.constants.S_IFMT) === fs.constants.S_IFREG);
console.log('  uid matches', s.uid === process.getuid(), 'gid matches', s.gid === process.getgid());
describe('dir', fs.statSync(p('d')));
describe('lstat link', fs.lstatSync(p('l')));
describe('stat link', fs.statSync(p('l')));
console.log('  link size', fs.lstatSync(p('l')).size);

const b = fs.statSync(p('f'), { bigint: true });
describe('bigint', b);
console.log('  size', b.size, 'ns/ms agree', b.mtimeNs / 1000000n === b.mtimeMs);

const fd = fs.openSync(p('f'), 'r');
describe('fstat', fs.fstatSync(fd));
console.log('  same ino', fs.fstatSync(fd).ino === s.ino);
fs.closeSync(fd);

console.log('noent', fs.statSync(p('missing'), { throwIfNoEntry: false }));
console.log('noent lstat', fs.lstatSync(p('missing'), { throwIfNoEntry: false }));

// inspect with fixed values
const fixed = fs.statSync(p('f'));
let i = 1;
for (const k of Object.keys(fixed)) {
  if (fixed[k] instanceof Date) fixed[k] = new Date(Date.UTC(2020, 0, i++));
  else fixed[k] = i++;
}
console.log(util.inspect(fixed));
const fixedB = fs.statSync(p('f'), { bigint: true });
for (const k of Object.keys(fixedB)) {
  if (fixedB[k] instanceof Date) fixedB[k] = new Date(Date.UTC(2021, 1, i++));
  else fixedB[k] = BigInt(i++);
}
console.log(fixedB);
console.log(Object.getOwnPropertyNames(fs.Stats.prototype));
console.log(fs.statSync(p('f')) instanceof fs.Stats);

// callback and promise forms
fs.stat(p('d'), (err, st) => {
  console.log('cb stat', err, st.isDirectory(), st.constructor.name);
  fs.lstat(p('l'), { bigint: true }, (err2, st2) => {
    console.log('cb lstat bigint', err2, st2.isSymbolicLink(), typeof st2.size);
    fs.promises.stat(p('f')).then((st3) => {
      console.log('promise stat', st3.size, st3.isFile());
      fs.rmSync(dir, { recursive: true });
    });
  });
});
