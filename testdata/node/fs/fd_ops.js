// open/read/write/close with fds: positions, offsets, overloads, flags.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));
const f = path.join(dir, 'data');

const fd = fs.openSync(f, 'w+');
console.log(typeof fd, fd > 2);
console.log(fs.writeSync(fd, 'hello world'));
console.log(fs.writeSync(fd, Buffer.from('!!')));
console.log(fs.writeSync(fd, 'XY', 0));
console.log(fs.writeSync(fd, Buffer.from('abcdef'), 2, 3));
console.log(fs.writeSync(fd, Buffer.from('0123456789'), 1, 2, 6));
console.log(fs.writeSync(fd, 'é', null, 'latin1'));
console.log(JSON.stringify(fs.readFileSync(f, 'latin1')));

const buf = Buffer.alloc(8, '.');
console.log(fs.readSync(fd, buf, 0, 4, 0), buf.toString());
console.log(fs.readSync(fd, buf, 4, 4, 2), buf.toString());
console.log(fs.readSync(fd, buf, { position: 6, length: 3 }), buf.toString());
console.log(fs.readSync(fd, buf, 0, 8, 1000), 'at EOF');
console.log(fs.readSync(fd, buf, 0, 0, 0), 'zero length');
console.log(fs.readSync(fd, new Uint8Array(3), 0, 3, 0));
const dv = new DataView(new ArrayBuffer(4));
console.log(fs.readSync(fd, dv, 0, 4, 0), dv.getUint8(0));
console.log(fs.readSync(fd, buf, 0, 8, 5n), buf.toString());
fs.ftruncateSync(fd, 4);
console.log(fs.fstatSync(fd).size, JSON.stringify(fs.readFileSync(f, 'utf8')));
fs.ftruncateSync(fd);
console.log(fs.fstatSync(fd).size);
fs.fsyncSync(fd);
fs.fdatasyncSync(fd);
fs.closeSync(fd);

// append flag: writes go to the end whatever the position
const afd = fs.openSync(f, 'a');
fs.writeSync(afd, 'one');
fs.writeSync(afd, 'two', 0);
fs.closeSync(afd);
console.log(fs.readFileSync(f, 'utf8'));

// sequential reads advance the file position
const rfd = fs.openSync(f, 'r');
const small = Buffer.alloc(2);
const parts = [];
let n;
while ((n = fs.readSync(rfd, small, 0, 2, null)) > 0) parts.push(small.toString('utf8', 0, n));
console.log(parts);
fs.closeSync(rfd);

// numeric flags and the x flag
const nfd = fs.openSync(path.join(dir, 'n'), fs.constants.O_CREAT | fs.constants.O_WRONLY, 0o600);
fs.writeSync(nfd, 'n');
fs.closeSync(nfd);
console.log((fs.statSync(path.join(dir, 'n')).mode & 0o777).toString(8));

// writev/readv
const vfd = fs.openSync(path.join(dir, 'v'), 'w+');
console.log(fs.writevSync(vfd, [Buffer.from('ab'), Buffer.from('cd')]));
const a = Buffer.alloc(1);
const b = Buffer.alloc(5);
console.log(fs.readvSync(vfd, [a, b], 0), a.toString(), b.toString('utf8', 0, 3));
fs.closeSync(vfd);

// callback forms
fs.open(f, 'r+', (err, cfd) => {
  console.log('cb open', err, typeof cfd);
  fs.write(cfd, 'ZZ', 0, (err2, written, str) => {
    console.log('cb write string', err2, written, str);
    fs.write(cfd, Buffer.from('Q'), 0, 1, 2, (err3, written2, b2) => {
      console.log('cb write buffer', err3, written2, b2);
      const rb = Buffer.alloc(10);
      fs.read(cfd, rb, 0, 10, 0, (err4, bytesRead, b3) => {
        console.log('cb read', err4, bytesRead, b3 === rb, rb.toString('utf8', 0, bytesRead));
        fs.read(cfd, { buffer: Buffer.alloc(3), position: 1 }, (err5, n5, b5) => {
          console.log('cb read options', err5, n5, b5.toString());
          fs.read(cfd, (err6, n6, b6) => {
            console.log('cb read default', err6, n6, b6.length);
            fs.fstat(cfd, (err7, st) => {
              console.log('cb fstat', err7, st.size);
              fs.ftruncate(cfd, 1, (err8) => {
                console.log('cb ftruncate', err8, fs.readFileSync(f, 'utf8'));
                fs.close(cfd, (err9) => {
                  console.log('cb close', err9);
                  const util = require('util');
                  util.promisify(fs.read)(fs.openSync(f, 'r'), Buffer.alloc(4), 0, 4, 0).then((r) => {
                    console.log('promisified read', r.bytesRead, r.buffer.toString('utf8', 0, r.bytesRead));
                    fs.rmSync(dir, { recursive: true });
                  });
                });
              });
            });
          });
        });
      });
    });
  });
});
