// symlink, readlink, link, realpath, lstat on links.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'x-')));
process.chdir(dir);
const rel = (p) => path.relative(dir, p) || '.';

fs.writeFileSync('target', 'T');
fs.mkdirSync('d');
fs.symlinkSync('target', 'sl');
fs.symlinkSync('d', 'dl');
fs.symlinkSync('missing', 'dangling');
fs.symlinkSync('sl', 'chain');
console.log(fs.readlinkSync('sl'), fs.readlinkSync('dl'), fs.readlinkSync('dangling'), fs.readlinkSync('chain'));
console.log(fs.readlinkSync('sl', 'buffer'));
console.log(fs.readFileSync('chain', 'utf8'));
console.log(fs.lstatSync('sl').isSymbolicLink(), fs.statSync('sl').isFile(), fs.statSync('dl').isDirectory());
console.log(fs.existsSync('dangling'), fs.lstatSync('dangling').isSymbolicLink());
console.log(rel(fs.realpathSync('chain')), rel(fs.realpathSync('dl')), rel(fs.realpathSync('.')), rel(fs.realpathSync('d/../target')));
console.log(rel(fs.realpathSync.native('chain')));
try { fs.realpathSync('dangling'); } catch (e) { console.log('realpath dangling', e.code, e.syscall, rel(e.path)); }
try { fs.realpathSync.native('dangling'); } catch (e) { console.log('realpath.native dangling', e.message); }
try { fs.realpathSync('nope/deeper'); } catch (e) { console.log('realpath missing', e.code, e.syscall, rel(e.path)); }

fs.linkSync('target', 'hard');
console.log('nlink', fs.statSync('target').nlink, fs.statSync('hard').ino === fs.statSync('target').ino);
fs.unlinkSync('hard');
console.log('nlink after', fs.statSync('target').nlink);

fs.symlinkSync(path.join(dir, 'target'), 'abs');
console.log(rel(fs.readlinkSync('abs')));
fs.unlinkSync('sl');
console.log(fs.existsSync('target'), fs.existsSync('chain'));
console.log(fs.readdirSync('.', { withFileTypes: true }).map((e) => `${e.name}:${e.isSymbolicLink()}`).join(' '));

fs.symlink('target', 'cbl', (err) => {
  console.log('cb symlink', err);
  fs.readlink('cbl', (err2, t) => {
    console.log('cb readlink', err2, t);
    fs.realpath('cbl', (err3, rp) => {
      console.log('cb realpath', err3, rel(rp));
      fs.realpath.native('cbl', (err4, rp2) => {
        console.log('cb realpath.native', err4, rel(rp2));
        fs.link('target', 'cbh', (err5) => {
          console.log('cb link', err5, fs.statSync('cbh').nlink);
          fs.promises.readlink('cbl').then((t2) => {
            console.log('promise readlink', t2);
            return fs.promises.realpath('dl');
          }).then((rp3) => {
            console.log('promise realpath', rel(rp3));
            return fs.promises.symlink('target', 'psl');
          }).then(() => fs.promises.lstat('psl')).then((st) => {
            console.log('promise lstat', st.isSymbolicLink());
            process.chdir(os.tmpdir());
            fs.rmSync(dir, { recursive: true });
          });
        });
      });
    });
  });
});
