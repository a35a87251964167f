// pipeline() with generator stages and iterable sources interleaves with
// promise jobs as Node's (for await over sync iterables takes two ticks).
const { pipeline, Readable, Writable, PassThrough } = require('stream');
const log = (...a) => console.log(...a);
function ticker(name, n) { let p = Promise.resolve(); for (let i = 0; i < n; i++) p = p.then(() => log(name, 'micro', i)); }
const sink = () => new Writable({ objectMode: true, write(c, e, cb) { log('sink', String(c)); cb(); } });
pipeline(Readable.from(['x', 'y', 'z']), async function* (src) { for await (const c of src) { log('gen', c); yield c + '!'; } }, sink(), (err) => log('done', err));
ticker('T', 30);
setTimeout(() => {
  pipeline(['a', 'b', 'c'], sink(), (err) => log('done2', err));
  ticker('U', 14);
}, 10);
setTimeout(() => {
  const pt = new PassThrough({ objectMode: true });
  pipeline(pt, async function* (src) { for await (const c of src) yield c * 2; }, async function* (src) { for await (const c of src) yield c + 1; }, sink(), (err) => log('done3', err));
  pt.write(1); pt.write(2); pt.end();
  ticker('V', 30);
}, 30);
