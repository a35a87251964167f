// pipeline() into process.stdout ends it; what later writes do depends on
// whether stdout is a file or a pipe, as in Node.
const { pipeline, Readable } = require('stream');
const o = process.stdout;
for (const ev of ['finish', 'close', 'error', 'prefinish']) o.on(ev, (e) => process.stderr.write(`stdout ${ev} ${e && e.code}\n`));
pipeline(Readable.from(['a\n', 'b\n']), process.stdout, (err) => {
  process.stderr.write(`pipeline done ${err} ${o.writableEnded} ${o.destroyed} ${o.writable}\n`);
  o.write('after\n', (e) => process.stderr.write(`after cb ${e && e.code}\n`));
});
