// Callback errors have no JavaScript frames in Node: util.inspect shows
// them in brackets with their properties.
const fs = require('fs');
const path = require('path');
const os = require('os');
const util = require('util');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));
process.chdir(dir);
fs.writeFileSync('file', 'x');
fs.mkdirSync('sub/inner', { recursive: true });

const steps = [
  (cb) => fs.readFile('missing', cb),
  (cb) => fs.readFile('sub', 'utf8', cb),
  (cb) => fs.writeFile('sub', 'x', cb),
  (cb) => fs.appendFile('nope/x', 'x', cb),
  (cb) => fs.open('missing', 'r', cb),
  (cb) => fs.open('file', 'wx', cb),
  (cb) => fs.stat('missing', cb),
  (cb) => fs.lstat('missing', cb),
  (cb) => fs.fstat(987, cb),
  (cb) => fs.rename('missing', 'other', cb),
  (cb) => fs.copyFile('missing', 'other', cb),
  (cb) => fs.symlink('file', 'file', cb),
  (cb) => fs.link('missing', 'x', cb),
  (cb) => fs.mkdir('sub', cb),
  (cb) => fs.mkdir('a/b', cb),
  (cb) => fs.rmdir('sub', cb),
  (cb) => fs.rm('sub', cb),
  (cb) => fs.rm('missing', cb),
  (cb) => fs.rm('missing', { force: true }, cb),
  (cb) => fs.unlink('missing', cb),
  (cb) => fs.readdir('file', cb),
  (cb) => fs.readlink('file', cb),
  (cb) => fs.realpath.native('missing', cb),
  (cb) => fs.chmod('missing', 0o644, cb),
  (cb) => fs.mkdtemp('nope/x-', cb),
  (cb) => fs.access('missing', cb),
  (cb) => fs.truncate('missing', cb),
  (cb) => fs.utimes('missing', 1, 1, cb),
  (cb) => fs.close(987, cb),
  (cb) => fs.read(987, Buffer.alloc(3), 0, 3, null, cb),
  (cb) => fs.write(987, 'x', cb),
  (cb) => fs.write(987, Buffer.from('x'), cb),
  (cb) => fs.fsync(987, cb),
];

let i = 0;
function next() {
  if (i === steps.length) {
    process.chdir(os.tmpdir());
    fs.rmSync(dir, { recursive: true });
    console.log('done');
    return;
  }
  const n = i++;
  steps[n](function(err, value) {
    const shown = util.inspect(err).replace(/x-[A-Za-z0-9]{6}/g, 'x-RANDOM');
    console.log(n, arguments.length, shown, value === undefined ? '' : typeof value);
    if (err) console.log('   stack:', JSON.stringify(err.stack).replace(/x-[A-Za-z0-9]{6}/g, 'x-RANDOM'));
    next();
  });
}
next();
