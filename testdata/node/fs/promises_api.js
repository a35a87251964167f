// fs/promises: the same operations as promises, rejections carrying
// Node's errors, and fs.promises === require('fs/promises').
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');

console.log(fs.promises === fsp, require('node:fs/promises') === fsp);
console.log(Object.keys(fsp).sort().join(','));
console.log(fsp.constants === fs.constants);

(async () => {
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'x-'));
  process.chdir(dir);
  await fsp.writeFile('a.txt', 'héllo');
  console.log(await fsp.readFile('a.txt', 'utf8'));
  console.log(await fsp.readFile('a.txt'));
  console.log(await fsp.readFile('a.txt', { encoding: 'base64' }));
  await fsp.appendFile('a.txt', Buffer.from(' more'));
  console.log(await fsp.readFile('a.txt', 'utf8'));
  await fsp.writeFile('b.txt', 'ff00', 'hex');
  console.log(await fsp.readFile('b.txt'));
  await fsp.writeFile('a.txt', 'again', { flag: 'a' });
  console.log(await fsp.readFile('a.txt', 'utf8'));
  console.log(await fsp.access('a.txt'), await fsp.access('a.txt', fs.constants.R_OK | fs.constants.W_OK));
  for (const [label, f] of [
    ['readFile missing', () => fsp.readFile('missing')],
    ['writeFile dir', () => fsp.writeFile('.', 'x')],
    ['access missing', () => fsp.access('missing')],
    ['stat missing', () => fsp.stat('missing')],
    ['open wx', () => fsp.open('a.txt', 'wx')],
    ['mkdir exists', () => fsp.mkdir('.')],
    ['rename missing', () => fsp.rename('missing', 'x')],
    ['copyFile missing', () => fsp.copyFile('missing', 'x')],
    ['symlink exists', () => fsp.symlink('a.txt', 'a.txt')],
    ['readdir file', () => fsp.readdir('a.txt')],
    ['unlink missing', () => fsp.unlink('missing')],
    ['rm dir', () => fsp.rm('.')],
    ['readlink file', () => fsp.readlink('a.txt')],
    ['realpath missing', () => fsp.realpath('missing')],
    ['chmod missing', () => fsp.chmod('missing', 0o600)],
    ['truncate missing', () => fsp.truncate('missing')],
    ['utimes missing', () => fsp.utimes('missing', 1, 1)],
    ['mkdtemp missing', () => fsp.mkdtemp('nope/x-')],
  ]) {
    try {
      await f();
      console.log(label, 'resolved');
    } catch (e) {
      console.log(label, '|', e.message.replace(/x-[A-Za-z0-9]{6}/, 'x-RANDOM'), e.code, e.errno, e.syscall, Object.keys(e).join(','));
    }
  }
  const st = await fsp.stat('a.txt');
  console.log(st.constructor.name, st.size, st.isFile());
  console.log((await fsp.lstat('a.txt', { bigint: true })).size);
  console.log(await fsp.mkdir('m/n', { recursive: true }), await fsp.mkdir('o'));
  console.log(await fsp.readdir('.'));
  console.log((await fsp.readdir('.', { withFileTypes: true })).map((d) => d.name + (d.isDirectory() ? '/' : '')).join(' '));
  await fsp.rename('b.txt', 'c.txt');
  await fsp.copyFile('c.txt', 'd.txt');
  await fsp.symlink('c.txt', 'link');
  console.log(await fsp.readlink('link'), path.basename(await fsp.realpath('link')));
  await fsp.link('c.txt', 'hard');
  console.log((await fsp.stat('c.txt')).nlink);
  await fsp.chmod('d.txt', 0o600);
  console.log(((await fsp.stat('d.txt')).mode & 0o777).toString(8));
  await fsp.truncate('a.txt', 3);
  console.log(await fsp.readFile('a.txt', 'utf8'));
  await fsp.utimes('a.txt', new Date(Date.UTC(2001, 1, 3)), 1000000000);
  const ut = await fsp.stat('a.txt');
  console.log(ut.atime.toISOString(), ut.mtime.toISOString());
  await fsp.rm('m', { recursive: true });
  await fsp.rmdir('o');
  await fsp.unlink('hard');
  await fsp.rm('missing', { force: true });
  console.log((await fsp.readdir('.')).join(','));
  process.chdir(os.tmpdir());
  await fsp.rm(dir, { recursive: true });
  console.log(fs.existsSync(dir));
})();
