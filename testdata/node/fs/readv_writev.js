// writev/readv (sync and callback) as single vectored system calls,
// positions, argument errors.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));
const fd = fs.openSync(path.join(dir, 'vv.txt'), 'w+');
console.log(fs.writevSync(fd, [Buffer.from('ab'), Buffer.from('cde')]));
console.log(fs.writevSync(fd, [Buffer.from('XY')], 1));
const a = Buffer.alloc(2), b = Buffer.alloc(10);
console.log(fs.readvSync(fd, [a, b], 0), a.toString(), b.toString('utf8', 0, 3));
fs.writev(fd, [Buffer.from('1'), new Uint8Array([50, 51])], 0, (err, n, bufs) => {
  console.log('writev', err, n, bufs.length);
  const c = Buffer.alloc(3);
  fs.readv(fd, [c], 0, (err2, n2, bufs2) => {
    console.log('readv', err2, n2, c.toString(), bufs2[0] === c);
    try { fs.writevSync(fd, 'x') } catch (e) { console.log(e.code, e.message) }
    try { fs.readvSync(fd, [1]) } catch (e) { console.log(e.code, e.message) }
    fs.readv(987, [c], (err3, n3) => { console.log('bad fd', err3.code, err3.syscall, n3); fs.closeSync(fd); fs.rmSync(dir, { recursive: true }); });
  });
});
