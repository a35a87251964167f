// fs.cp/cpSync/promises.cp with Node's checks, opendir/Dir reading, and
// statfs shape.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));
process.chdir(dir);
const ls = (d) => fs.readdirSync(d, { recursive: true }).sort().join(',');
const msg = (e) => `${e.code} | ${e.message.split(dir).join('<dir>')}`;

fs.mkdirSync('src/sub/deeper', { recursive: true });
fs.writeFileSync('src/a.txt', 'A');
fs.writeFileSync('src/sub/b.txt', 'B');
fs.writeFileSync('src/sub/deeper/c.txt', 'C');
fs.symlinkSync('a.txt', 'src/link');
fs.chmodSync('src/a.txt', 0o640);

fs.cpSync('src', 'dst', { recursive: true });
console.log(ls('dst'), fs.readlinkSync('dst/link') === path.join(dir, 'src', 'a.txt'));
console.log((fs.statSync('dst/a.txt').mode & 0o777).toString(8), fs.readFileSync('dst/sub/deeper/c.txt', 'utf8'));
fs.cpSync('src/a.txt', 'single/nested/a-copy.txt');
console.log(ls('single'));
fs.cpSync('src', 'filtered', { recursive: true, filter: (s) => !s.endsWith('b.txt') });
console.log(ls('filtered'));
fs.cpSync('src', 'verbatim', { recursive: true, verbatimSymlinks: true });
console.log(fs.readlinkSync('verbatim/link'));
fs.writeFileSync('dst/a.txt', 'changed');
try {
  fs.cpSync('src', 'dst', { recursive: true, force: false });
} catch (e) {
  console.log('recopy link', msg(e), e.info.path);
}
console.log(fs.readFileSync('dst/a.txt', 'utf8'));
fs.unlinkSync('dst/link');
fs.cpSync('src', 'dst', { recursive: true });
console.log(fs.readFileSync('dst/a.txt', 'utf8'), fs.readlinkSync('dst/link') === path.join(dir, 'src', 'a.txt'));
fs.symlinkSync('sub', 'src/dirlink');
fs.cpSync('src/dirlink', 'dl');
fs.symlinkSync('elsewhere', 'dl2');
try {
  fs.cpSync('src/dirlink', 'dl2');
} catch (e) {
  console.log('onto dangling link', msg(e));
}
fs.mkdirSync('elsewhere');
fs.cpSync('src/dirlink', 'dl2');
console.log(fs.readlinkSync('dl') === path.join(dir, 'src', 'sub'), fs.readlinkSync('dl2') === path.join(dir, 'src', 'sub'));
fs.unlinkSync('src/dirlink');
for (const [label, f] of [
  ['dir without recursive', () => fs.cpSync('src', 'x')],
  ['same', () => fs.cpSync('src/a.txt', 'src/a.txt')],
  ['dir onto file', () => fs.cpSync('src', 'src/a.txt', { recursive: true })],
  ['file onto dir', () => fs.cpSync('src/a.txt', 'dst', { recursive: true })],
  ['into itself', () => fs.cpSync('src', 'src/sub/inside', { recursive: true })],
  ['exists', () => fs.cpSync('src/a.txt', 'dst/a.txt', { force: false, errorOnExist: true })],
  ['missing', () => fs.cpSync('missing', 'x')],
  ['bad option', () => fs.cpSync('src', 'x', { recursive: 'yes' })],
  ['bad mode', () => fs.cpSync('src/a.txt', 'x', { mode: 9 })],
  ['excl mode with force', () => fs.cpSync('src/a.txt', 'dst/a.txt', { mode: fs.constants.COPYFILE_EXCL })],
]) {
  try {
    f();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, '|', msg(e));
  }
}

const d = fs.opendirSync('src');
console.log(d.path, d.constructor.name);
const names = [];
let ent;
while ((ent = d.readSync()) !== null) names.push(`${ent.name}:${ent.isDirectory()}:${ent.parentPath}`);
console.log(names.sort());
d.closeSync();
try { d.closeSync(); } catch (e) { console.log(msg(e)); }
try { d.readSync(); } catch (e) { console.log(msg(e)); }
try { fs.opendirSync('missing'); } catch (e) { console.log(msg(e), e.syscall, e.path); }

const sf = fs.statfsSync('.');
console.log(sf.constructor.name, Object.keys(sf), Object.values(sf).every((v) => typeof v === 'number'));
console.log(Object.values(fs.statfsSync('.', { bigint: true })).every((v) => typeof v === 'bigint'));
try { fs.statfsSync('missing'); } catch (e) { console.log(msg(e)); }

fs.cp('src', 'cb-dst', { recursive: true }, (err) => {
  console.log('cb cp', err, ls('cb-dst'));
  fs.cp('src', 'cb-x', (err2) => {
    console.log('cb cp dir', msg(err2));
    fs.opendir('src/sub', (err3, dir2) => {
      console.log('cb opendir', err3, dir2.path);
      dir2.read((err4, e4) => {
        console.log('cb read', err4, e4.name);
        dir2.close((err5) => {
          console.log('cb close', err5);
          fs.statfs('.', (err6, st) => {
            console.log('cb statfs', err6, st.constructor.name);
            (async () => {
              await fs.promises.cp('src', 'p-dst', { recursive: true, filter: async (s) => !s.endsWith('c.txt') });
              console.log('promise cp', ls('p-dst'));
              const dir3 = await fs.promises.opendir('src');
              const seen = [];
              for await (const e of dir3) seen.push(e.name);
              console.log('for await', seen.sort());
              try {
                await dir3.close();
              } catch (e) {
                console.log('closed after iteration', e.code);
              }
              console.log('promise statfs', (await fs.promises.statfs('.')).constructor.name);
              process.chdir(os.tmpdir());
              fs.rmSync(dir, { recursive: true });
            })();
          });
        });
      });
    });
  });
});
