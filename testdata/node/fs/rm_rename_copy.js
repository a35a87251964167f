// rm/rmdir/unlink, rename and copyFile in all three forms.
const fs = require('fs');
const path = require('path');
const os = require('os');
const util = require('util');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));
process.chdir(dir);
const ls = (d = '.') => fs.readdirSync(d, { recursive: true }).sort().join(',');

fs.mkdirSync('t/a/b', { recursive: true });
fs.writeFileSync('t/a/b/f', '1');
fs.writeFileSync('t/g', '2');
fs.symlinkSync('../g', 't/a/link');
console.log(ls());
fs.rmSync('t/a/link');
console.log('after rm link', ls(), fs.existsSync('t/g'));
try { fs.rmSync('t'); } catch (e) { console.log(util.inspect(e).split('\n')[0], e.code, e.info && e.info.code, e.errno, e.syscall, e.path); }
fs.rmSync('t', { recursive: true });
console.log('after rm -r', ls());
fs.rmSync('t', { recursive: true, force: true });

fs.mkdirSync('r/s', { recursive: true });
fs.rmdirSync('r/s');
console.log('rmdir', ls());
fs.writeFileSync('r/x', 'x');
fs.rmdirSync('r', { recursive: true });
console.log('rmdir recursive', ls());

fs.writeFileSync('src', 'content');
fs.renameSync('src', 'dst');
console.log('rename', ls(), fs.readFileSync('dst', 'utf8'));
fs.writeFileSync('other', 'other');
fs.renameSync('dst', 'other');
console.log('rename over', ls(), fs.readFileSync('other', 'utf8'));

fs.copyFileSync('other', 'copy');
console.log('copy', fs.readFileSync('copy', 'utf8'));
fs.writeFileSync('copy', 'changed');
fs.copyFileSync('other', 'copy');
console.log('copy over', fs.readFileSync('copy', 'utf8'));
try { fs.copyFileSync('other', 'copy', fs.constants.COPYFILE_EXCL); } catch (e) { console.log('excl', e.message); }
fs.chmodSync('other', 0o640);
fs.copyFileSync('other', 'copy2');
console.log('copied mode', (fs.statSync('copy2').mode & 0o777).toString(8));
fs.unlinkSync('copy2');
console.log('unlink', ls());

fs.rename('copy', 'moved', (err) => {
  console.log('cb rename', err, ls());
  fs.copyFile('moved', 'c2', fs.constants.COPYFILE_EXCL, (err2) => {
    console.log('cb copyFile', err2, ls());
    fs.copyFile('moved', 'c2', fs.constants.COPYFILE_EXCL, (err3) => {
      console.log('cb copyFile excl', err3.message);
      fs.unlink('c2', (err4) => {
        console.log('cb unlink', err4, ls());
        fs.mkdirSync('deep/er/est', { recursive: true });
        fs.rm('deep', { recursive: true }, (err5) => {
          console.log('cb rm', err5, ls());
          fs.rm('deep', { force: true }, (err6) => {
            console.log('cb rm force missing', err6);
            fs.rmdir('nope', (err7) => {
              console.log('cb rmdir missing', err7.code);
              (async () => {
                const fsp = fs.promises;
                await fsp.rename('moved', 'pm');
                await fsp.copyFile('pm', 'pc');
                await fsp.unlink('pm');
                await fsp.mkdir('pd/x', { recursive: true });
                await fsp.rm('pd', { recursive: true });
                try { await fsp.rm('pc/x'); } catch (e) { console.log('p rm', e.code); }
                try { await fsp.rmdir('nope'); } catch (e) { console.log('p rmdir', e.message); }
                console.log('promises', ls());
                process.chdir(os.tmpdir());
                fs.rmSync(dir, { recursive: true });
              })();
            });
          });
        });
      });
    });
  });
});
