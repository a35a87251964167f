// fs streams with stream.pipeline / stream/promises, Transform, readline-
// free line splitting, and error propagation from a missing file.
const fs = require('fs');
const path = require('path');
const os = require('os');
const { pipeline, Transform } = require('stream');
const sp = require('stream/promises');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));
const src = path.join(dir, 'in.txt');
fs.writeFileSync(src, Array.from({ length: 2000 }, (_, i) => `line ${i}`).join('\n'));

const upper = () => new Transform({
  transform(chunk, enc, cb) {
    cb(null, chunk.toString().toUpperCase());
  },
});

pipeline(fs.createReadStream(src, { highWaterMark: 1024 }), upper(), fs.createWriteStream(path.join(dir, 'out.txt')), (err) => {
  console.log('pipeline done', err);
  const out = fs.readFileSync(path.join(dir, 'out.txt'), 'utf8');
  console.log(out.length, out.split('\n').length, out.slice(0, 14), out.slice(-9));
  pipeline(fs.createReadStream(path.join(dir, 'missing')), upper(), fs.createWriteStream(path.join(dir, 'out2.txt')), (err2) => {
    console.log('pipeline error', err2.code, err2.syscall, path.basename(err2.path));
    (async () => {
      await sp.pipeline(fs.createReadStream(src, { start: 0, end: 19 }), upper(), fs.createWriteStream(path.join(dir, 'out3.txt')));
      console.log('promises pipeline', JSON.stringify(fs.readFileSync(path.join(dir, 'out3.txt'), 'utf8')));
      let count = 0;
      for await (const chunk of fs.createReadStream(src, { highWaterMark: 4096 })) count += chunk.length;
      console.log('bytes', count, fs.statSync(src).size);
      const ws = fs.createWriteStream(path.join(dir, 'many.txt'));
      for (let i = 0; i < 100; i++) ws.write(`${i},`);
      ws.end();
      await sp.finished(ws);
      console.log('finished', fs.readFileSync(path.join(dir, 'many.txt'), 'utf8').split(',').length, ws.bytesWritten);
      fs.rmSync(dir, { recursive: true });
    })();
  });
});
