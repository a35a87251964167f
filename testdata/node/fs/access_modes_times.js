// access() with F_OK/R_OK/W_OK/X_OK, chmod/fchmod, utimes/futimes with
// Dates, numbers and strings, truncate, constants.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));
process.chdir(dir);
const { F_OK, R_OK, W_OK, X_OK } = fs.constants;
console.log(F_OK, R_OK, W_OK, X_OK, fs.F_OK, fs.R_OK, fs.W_OK, fs.X_OK);
console.log(Object.keys(fs.constants).length, fs.constants.O_CREAT, fs.constants.S_IFDIR, fs.constants.COPYFILE_EXCL);
console.log(Object.getPrototypeOf(fs.constants));

fs.writeFileSync('f', 'data');
fs.chmodSync('f', 0o644);
const mode = () => (fs.statSync('f').mode & 0o7777).toString(8);
console.log(mode());
const can = (m) => {
  try {
    fs.accessSync('f', m);
    return 'yes';
  } catch (e) {
    return e.code;
  }
};
console.log('F', can(F_OK), 'R', can(R_OK), 'W', can(W_OK), 'RW', can(R_OK | W_OK));
fs.chmodSync('f', '755');
console.log(mode(), 'X', can(X_OK));
fs.chmodSync('f', 0o4755);
console.log(mode());
const fd = fs.openSync('f', 'r');
fs.fchmodSync(fd, 0o600);
console.log(mode());

fs.utimesSync('f', 1000, 2000.5);
let st = fs.statSync('f');
console.log(st.atime.toISOString(), st.mtime.toISOString(), st.atimeMs, st.mtimeMs);
fs.utimesSync('f', new Date('2020-02-03T04:05:06.789Z'), '1234567890');
st = fs.statSync('f');
console.log(st.atime.toISOString(), st.mtime.toISOString(), st.atimeMs, st.mtimeMs);
fs.futimesSync(fd, 86400, new Date(0));
st = fs.statSync('f');
console.log(st.atime.toISOString(), st.mtime.toISOString());
const big = fs.statSync('f', { bigint: true });
console.log(big.atimeMs, big.atimeNs, big.mtimeNs);
fs.closeSync(fd);
fs.symlinkSync('f', 'ln');
fs.lutimesSync('ln', 5, 6);
console.log(fs.lstatSync('ln').mtime.toISOString(), fs.statSync('f').mtime.toISOString());

fs.writeFileSync('t', '0123456789');
fs.truncateSync('t', 4);
console.log(fs.readFileSync('t', 'utf8'));
fs.truncateSync('t');
console.log(fs.statSync('t').size);
fs.truncateSync('t', 3);
console.log(fs.readFileSync('t'));

fs.access('f', W_OK, (err) => {
  console.log('cb access', err);
  fs.access('missing', (err2) => {
    console.log('cb access missing', err2.code);
    fs.chmod('f', 0o640, (err3) => {
      console.log('cb chmod', err3, mode());
      fs.utimes('f', 10, 20, (err4) => {
        console.log('cb utimes', err4, fs.statSync('f').mtime.toISOString());
        fs.truncate('t', 1, (err5) => {
          console.log('cb truncate', err5, fs.statSync('t').size);
          process.chdir(os.tmpdir());
          fs.rmSync(dir, { recursive: true });
        });
      });
    });
  });
});
