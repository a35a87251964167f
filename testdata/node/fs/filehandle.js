// FileHandle: fd, read/write with positions, readFile/writeFile/appendFile,
// stat, truncate, chmod, sync, close (and use after close).
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');

(async () => {
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'x-'));
  const f = path.join(dir, 'data');
  const fh = await fsp.open(f, 'w+');
  console.log(typeof fh.fd, fh.fd > 2, fh.constructor.name);
  console.log(await fh.write('hello world'));
  const w2 = await fh.write(Buffer.from('XY'), 0, 2, 0);
  console.log(w2.bytesWritten, w2.buffer.toString());
  const w3 = await fh.write(Buffer.from('abc'), { position: 8 });
  console.log(w3.bytesWritten);
  const r = await fh.read(Buffer.alloc(5), 0, 5, 0);
  console.log(r.bytesRead, r.buffer.toString());
  const r2 = await fh.read({ buffer: Buffer.alloc(4), position: 6 });
  console.log(r2.bytesRead, r2.buffer.toString());
  const r3 = await fh.read(Buffer.alloc(4), 0, 4, 100);
  console.log(r3.bytesRead);
  const st = await fh.stat();
  console.log(st.size, st.isFile());
  console.log((await fh.stat({ bigint: true })).size);
  await fh.truncate(5);
  console.log((await fh.stat()).size);
  await fh.chmod(0o640);
  console.log(((await fh.stat()).mode & 0o777).toString(8));
  await fh.sync();
  await fh.datasync();
  await fh.utimes(1000, 2000);
  console.log((await fh.stat()).mtime.toISOString());
  await fh.close();
  console.log(fh.fd);
  await fh.close();
  try {
    await fh.stat();
  } catch (e) {
    console.log('after close', e.code, e.syscall, e.message);
  }

  const h2 = await fsp.open(f, 'r+');
  console.log(await h2.readFile('utf8'));
  await h2.writeFile('replaced');
  await h2.appendFile('+');
  await h2.close();
  console.log(await fsp.readFile(f, 'utf8'));
  const h3 = await fsp.open(f);
  console.log(await fsp.readFile(h3, { encoding: 'utf8' }));
  let closed = false;
  h3.on('close', () => { closed = true; });
  await h3.close();
  console.log('close event', closed);
  try {
    await fsp.open(path.join(dir, 'missing'));
  } catch (e) {
    console.log(e.code, e.syscall, path.basename(e.path));
  }
  fs.writeFileSync(f, 'one\ntwo\r\nthree\n\nfive');
  const lines = [];
  for await (const line of (await fsp.open(f)).readLines()) lines.push(line);
  console.log(lines);
  const h4 = await fsp.open(f);
  for await (const line of h4.readLines()) {
    console.log('first line', line);
    break;
  }
  await fsp.rm(dir, { recursive: true });
})();
