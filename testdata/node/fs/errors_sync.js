// Synchronous errors: message, code, errno, syscall, path, dest and key
// order, for every kind of operation.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));
process.chdir(dir);
fs.writeFileSync('file', 'x');
fs.mkdirSync('sub/inner', { recursive: true });
fs.writeFileSync('sub/inner/deep', 'y');

function t(label, f) {
  try {
    const r = f();
    console.log(label, 'ok', r);
  } catch (e) {
    console.log(label, '|', e.name, '|', e.message);
    console.log('  ', JSON.stringify(e), Object.keys(e).join(','), e instanceof Error);
  }
}

t('readFile missing', () => fs.readFileSync('missing'));
t('readFile dir', () => fs.readFileSync('sub'));
t('readFile dir utf8', () => fs.readFileSync('sub', 'utf8'));
t('readFile through file', () => fs.readFileSync('file/x'));
t('writeFile dir', () => fs.writeFileSync('sub', 'x'));
t('writeFile missing parent', () => fs.writeFileSync('nope/x', 'x'));
t('appendFile missing parent', () => fs.appendFileSync('nope/x', 'x'));
t('open wx existing', () => fs.openSync('file', 'wx'));
t('open missing', () => fs.openSync('missing', 'r'));
t('rename', () => fs.renameSync('missing', 'other'));
t('rename dir into file', () => fs.renameSync('sub', 'file'));
t('copyFile', () => fs.copyFileSync('missing', 'other'));
t('copyFile excl', () => fs.copyFileSync('file', 'file', fs.constants.COPYFILE_EXCL));
t('copyFile dir', () => fs.copyFileSync('sub', 'copy'));
t('symlink exists', () => fs.symlinkSync('file', 'file'));
t('link missing', () => fs.linkSync('missing', 'l'));
t('link exists', () => fs.linkSync('file', 'file'));
t('mkdir exists', () => fs.mkdirSync('sub'));
t('mkdir missing parent', () => fs.mkdirSync('a/b/c'));
t('mkdir recursive through file', () => fs.mkdirSync('file/x', { recursive: true }));
t('mkdir recursive on file', () => fs.mkdirSync('file', { recursive: true }));
t('rmdir not empty', () => fs.rmdirSync('sub'));
t('rmdir file', () => fs.rmdirSync('file'));
t('rmdir missing', () => fs.rmdirSync('missing'));
t('rm dir', () => fs.rmSync('sub'));
t('rm missing', () => fs.rmSync('missing'));
t('rm missing force', () => fs.rmSync('missing', { force: true }));
t('unlink dir', () => fs.unlinkSync('sub'));
t('unlink missing', () => fs.unlinkSync('missing'));
t('readdir file', () => fs.readdirSync('file'));
t('readdir missing', () => fs.readdirSync('missing'));
t('readlink file', () => fs.readlinkSync('file'));
t('readlink missing', () => fs.readlinkSync('missing'));
t('realpath native missing', () => fs.realpathSync.native('missing'));
t('chmod missing', () => fs.chmodSync('missing', 0o644));
t('mkdtemp missing', () => fs.mkdtempSync('nope/x-'));
t('access missing', () => fs.accessSync('missing'));
t('truncate missing', () => fs.truncateSync('missing'));
t('utimes missing', () => fs.utimesSync('missing', 1, 1));
t('stat missing', () => fs.statSync('missing'));
t('lstat missing', () => fs.lstatSync('missing'));
t('stat through file', () => fs.statSync('file/x'));
t('stat no throw', () => fs.statSync('missing', { throwIfNoEntry: false }));
t('stat no throw ENOTDIR', () => fs.statSync('file/x', { throwIfNoEntry: false }));
t('lstat no throw', () => fs.lstatSync('missing', { throwIfNoEntry: false }));
t('close bad fd', () => fs.closeSync(987));
t('fstat bad fd', () => fs.fstatSync(987));
t('read bad fd', () => fs.readSync(987, Buffer.alloc(4)));
t('write bad fd', () => fs.writeSync(987, 'x'));
t('ftruncate bad fd', () => fs.ftruncateSync(987));
t('fsync bad fd', () => fs.fsyncSync(987));
t('fchmod bad fd', () => fs.fchmodSync(987, 0o644));
const rfd = fs.openSync('file', 'r');
t('write to read-only fd', () => fs.writeSync(rfd, 'x'));
fs.closeSync(rfd);
const dfd = fs.openSync('sub', 'r');
t('read dir fd', () => fs.readSync(dfd, Buffer.alloc(4)));
t('readFile dir fd', () => fs.readFileSync(dfd));
fs.closeSync(dfd);

process.chdir(os.tmpdir());
fs.rmSync(dir, { recursive: true });
