// readFileSync/writeFileSync/appendFileSync: encodings, flags, Buffers, fds.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));
const p = (n) => path.join(dir, n);

fs.writeFileSync(p('a.txt'), 'héllo wörld ✓');
console.log(fs.readFileSync(p('a.txt'), 'utf8'));
console.log(fs.readFileSync(p('a.txt')));
console.log(fs.readFileSync(p('a.txt'), { encoding: 'hex' }));
console.log(fs.readFileSync(p('a.txt'), 'base64'));
console.log(fs.readFileSync(p('a.txt'), 'latin1'));
console.log(fs.readFileSync(p('a.txt')).length, Buffer.isBuffer(fs.readFileSync(p('a.txt'))));

fs.writeFileSync(p('b.bin'), Buffer.from([0, 1, 2, 253, 254, 255]));
console.log(fs.readFileSync(p('b.bin')));
fs.writeFileSync(p('c.txt'), new Uint8Array([104, 105]));
console.log(fs.readFileSync(p('c.txt'), 'utf8'));
fs.writeFileSync(p('d.txt'), '68656c6c6f', 'hex');
console.log(fs.readFileSync(p('d.txt'), 'utf8'));
fs.writeFileSync(p('e.txt'), 'aGk=', { encoding: 'base64' });
console.log(fs.readFileSync(p('e.txt'), 'utf8'));

fs.appendFileSync(p('f.txt'), 'one\n');
fs.appendFileSync(p('f.txt'), 'two\n');
fs.appendFileSync(p('f.txt'), Buffer.from('three\n'));
console.log(JSON.stringify(fs.readFileSync(p('f.txt'), 'utf8')));
fs.writeFileSync(p('f.txt'), 'X', { flag: 'a' });
console.log(JSON.stringify(fs.readFileSync(p('f.txt'), 'utf8')));
fs.writeFileSync(p('f.txt'), 'fresh');
console.log(fs.readFileSync(p('f.txt'), 'utf8'));

try {
  fs.writeFileSync(p('f.txt'), 'again', { flag: 'wx' });
} catch (e) {
  console.log(e.code, e.syscall, path.basename(e.path));
}
try {
  fs.readFileSync(p('f.txt'), { flag: 'w+' });
} catch (e) {
  console.log('unexpected', e.code);
}
console.log(JSON.stringify(fs.readFileSync(p('f.txt'), 'utf8')), 'after w+');

fs.writeFileSync(p('g.txt'), '');
console.log(fs.readFileSync(p('g.txt')), JSON.stringify(fs.readFileSync(p('g.txt'), 'utf8')));

const big = 'x'.repeat(200000) + 'END';
fs.writeFileSync(p('big.txt'), big);
const back = fs.readFileSync(p('big.txt'), 'utf8');
console.log(back.length, back.slice(-5));

// by fd
const fd = fs.openSync(p('h.txt'), 'w+');
fs.writeFileSync(fd, 'via fd');
fs.writeFileSync(fd, ' and more');
console.log(fs.readFileSync(p('h.txt'), 'utf8'));
fs.closeSync(fd);
const rfd = fs.openSync(p('h.txt'), 'r');
console.log(fs.readFileSync(rfd, 'utf8'));
console.log(JSON.stringify(fs.readFileSync(rfd, 'utf8')), 'second read at EOF');
fs.closeSync(rfd);

// mode option
fs.writeFileSync(p('m.txt'), 'm', { mode: 0o600 });
console.log((fs.statSync(p('m.txt')).mode & 0o777).toString(8));
fs.writeFileSync(p('n.txt'), 'n', { mode: '640' });
console.log((fs.statSync(p('n.txt')).mode & 0o777).toString(8));

// astral characters and lone surrogates written as UTF-8
fs.writeFileSync(p('u.txt'), '😀é\ud800x');
console.log(fs.readFileSync(p('u.txt')));
const ufd = fs.openSync(p('u2.txt'), 'w');
console.log(fs.writeSync(ufd, '😀é\ud800x'));
fs.closeSync(ufd);
console.log(fs.readFileSync(p('u2.txt')), fs.readFileSync(p('u2.txt'), 'utf8').length);
fs.writeFileSync(p('u3.txt'), 'ab\u00ff', 'latin1');
console.log(fs.readFileSync(p('u3.txt')), fs.readFileSync(p('u3.txt'), 'ucs2').length);

// flush: fsync before closing
fs.writeFileSync(p('fl.txt'), 'flushed', { flush: true });
fs.writeFileSync(p('fl.txt'), Buffer.from('+more'), { flush: true, flag: 'a' });
console.log(fs.readFileSync(p('fl.txt'), 'utf8'));

fs.rmSync(dir, { recursive: true });
console.log(fs.existsSync(dir));
