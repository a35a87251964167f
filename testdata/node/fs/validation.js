// Argument validation: thrown synchronously with Node's codes and messages,
// for the sync, callback and promise forms.
const fs = require('fs');
const fsp = require('fs/promises');

function t(label, f) {
  try {
    const r = f();
    console.log(label, 'ok', typeof r);
  } catch (e) {
    console.log(label, '|', e.name, e.code, '|', e.message);
  }
}

t('readFile no cb', () => fs.readFile('x'));
t('stat no cb', () => fs.stat('x'));
t('writeFile no cb', () => fs.writeFile('x', 'y'));
t('unlink no cb', () => fs.unlink('x'));
t('exists no cb', () => fs.exists('x'));
t('mkdir cb not fn', () => fs.mkdir('x', {}, 5));
t('path number', () => fs.readFileSync(123.5));
t('path object', () => fs.readFileSync({}));
t('path null byte', () => fs.readFileSync('a\0b'));
t('path null', () => fs.readFileSync(null));
t('path undefined', () => fs.statSync());
t('path bool', () => fs.existsSync(true));
t('encoding bogus', () => fs.readFileSync('x', 'bogus'));
t('encoding bogus object', () => fs.readFileSync('x', { encoding: 'nope' }));
t('flag bogus', () => fs.readFileSync('x', { flag: 'zz' }));
t('options number', () => fs.readFileSync('x', 5));
t('mode string', () => fs.openSync('x', 'r', 'abc'));
t('mode negative', () => fs.openSync('x', 'r', -1));
t('mode float', () => fs.openSync('x', 'r', 1.5));
t('mode octal 8', () => fs.chmodSync('x', '8'));
t('fd string', () => fs.closeSync('a'));
t('fd negative', () => fs.closeSync(-1));
t('fd float', () => fs.fstatSync(1.5));
t('fd huge', () => fs.fstatSync(2 ** 31));
t('data number', () => fs.writeFileSync('x', 123));
t('data object', () => fs.writeFileSync('x', { a: 1 }));
t('recursive string', () => fs.mkdirSync('x', { recursive: 'yes' }));
t('rm recursive number', () => fs.rmSync('x', { recursive: 1 }));
t('rm force string', () => fs.rmSync('x', { force: 'y' }));
t('access mode 8', () => fs.accessSync('x', 8));
t('access mode string', () => fs.accessSync('x', 'r'));
t('copyFile mode 9', () => fs.copyFileSync('a', 'b', 9));
t('read buffer string', () => fs.readSync(1, 'x'));
t('read length too big', () => fs.readSync(0, Buffer.alloc(2), 0, 5, null));
t('read offset negative', () => fs.readSync(0, Buffer.alloc(2), -1, 1, null));
t('write data number', () => fs.writeSync(1, 42));
t('mkdtemp prefix number', () => fs.mkdtempSync(1));
t('symlink target number', () => fs.symlinkSync(1, 'x'));
t('rename newPath number', () => fs.renameSync('a', 2));
t('copyFile dest null', () => fs.copyFileSync('a', null));
t('link existingPath', () => fs.linkSync(undefined, 'b'));
t('utimes bad time', () => fs.utimesSync('x', 'abc', 1));
t('truncate len string', () => fs.ftruncateSync(0, 'a'));
t('url scheme', () => fs.readdirSync(new URL('http://x/')));
t('url host', () => fs.readdirSync(new URL('file://host/x')));
t('url encoded slash', () => fs.readFileSync(new URL('file:///a%2Fb')));
t('existsSync number', () => fs.existsSync(123));
t('existsSync no arg', () => fs.existsSync());
t('close cb not fn', () => fs.close(0, 'nope'));
t('Stats ok', () => fs.statSync('.'));

(async () => {
  for (const [label, f] of [
    ['p readFile null', () => fsp.readFile(null)],
    ['p stat number', () => fsp.stat(5)],
    ['p writeFile data', () => fsp.writeFile('x', 5)],
    ['p mkdir recursive', () => fsp.mkdir('x', { recursive: 'a' })],
    ['p access mode', () => fsp.access('x', 99)],
    ['p open flags', () => fsp.open('x', 'zz')],
  ]) {
    let p;
    try {
      p = f();
      console.log(label, 'returned', p instanceof Promise);
      await p;
      console.log(label, 'resolved');
    } catch (e) {
      console.log(label, '|', e.name, e.code, '|', e.message);
    }
  }
})();
