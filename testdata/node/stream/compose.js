// compose(): Transforms and async generator functions chained into one Duplex.
const { compose, Readable, Transform, PassThrough, Writable } = require('stream');
const log = (...a) => console.log(...a);
const up = new Transform({ transform(c, e, cb) { cb(null, String(c).toUpperCase()); } });
const ex = new Transform({ transform(c, e, cb) { cb(null, c + '!'); } });
const both = compose(up, ex);
both.on('data', (d) => log('composed', String(d)));
both.on('end', () => log('composed end'));
both.write('a');
both.end('b');
try { compose(); } catch (e) { log(e.code, e.message); }
const c2 = compose(new PassThrough(), async function* (src) { for await (const x of src) yield String(x).length; });
c2.on('data', (d) => log('len', d));
c2.end('hello');
