// duplexPair, finished() options and its promise form, Duplex.from.
const { duplexPair, finished, Readable, Writable, Duplex, PassThrough } = require('stream');
const { finished: finishedP } = require('stream/promises');
const log = (...a) => console.log(...a);

const [a, b] = duplexPair();
b.on('data', (d) => log('b got', String(d)));
a.on('data', (d) => log('a got', String(d)));
a.write('to b');
b.write('to a');
a.end();
b.on('end', () => log('b end'));
finished(a, { readable: false }, (err) => log('a writable finished', err));

setTimeout(async () => {
  const r = new Readable({ read() {} });
  const cleanup = finished(r, (err) => log('r finished', err));
  log('cleanup fn', typeof cleanup);
  r.push(null);
  r.resume();
  await new Promise((res) => setTimeout(res, 5));

  const w = new Writable({ write(c, e, cb) { cb(); } });
  const p = finishedP(w);
  w.end('x');
  await p;
  log('promise finished');

  const r2 = new Readable({ read() {} });
  const p2 = finishedP(r2);
  r2.destroy(new Error('r2 failed'));
  try {
    await p2;
  } catch (e) {
    log('promise rejected', e.message);
  }

  const already = Readable.from([]);
  already.resume();
  await finishedP(already);
  finished(already, (err) => log('already finished', err));

  const pt = new PassThrough();
  finished(pt, { error: false }, (err) => log('error:false', err && err.message));
  pt.on('error', () => {});
  pt.destroy(new Error('ignored'));

  const d = Duplex.from(Readable.from(['dx', 'dy']));
  d.on('data', (c) => log('from readable', c));
  d.on('end', () => log('from readable end'));
  const d2 = Duplex.from([1, 2]);
  d2.on('data', (c) => log('from iterable', c));
  const d3 = Duplex.from(Promise.resolve('promised'));
  d3.on('data', (c) => log('from promise', c));
  const sink = new Writable({ write(c, e, cb) { log('pair sink', String(c)); cb(); } });
  const d4 = Duplex.from({ writable: sink, readable: Readable.from(['pr']) });
  d4.on('data', (c) => log('pair data', c));
  d4.end('to sink');
  log('Duplex.from duplex', Duplex.from(pt) === pt);
  try {
    Duplex.from(42);
  } catch (e) {
    log(e.name, e.code);
  }
}, 20);
