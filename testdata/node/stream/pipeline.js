// pipeline() with a callback and stream/promises, errors and generators.
const { pipeline, Readable, Writable, Transform, PassThrough } = require('stream');
const promises = require('stream/promises');
const log = (...a) => console.log(...a);

function collector(name) {
  const out = [];
  const w = new Writable({
    objectMode: true,
    write(c, e, cb) {
      out.push(String(c));
      cb();
    },
  });
  w.on('finish', () => log(name, 'collected', out.join(',')));
  w.on('close', () => log(name, 'close'));
  return w;
}

const steps = [];
const next = () => { const s = steps.shift(); if (s) s(); };

steps.push(() => {
  const upper = new Transform({
    transform(chunk, enc, cb) { cb(null, String(chunk).toUpperCase()); },
  });
  const ret = pipeline(Readable.from(['a', 'b', 'c']), upper, collector('ok'), (err, val) => {
    log('ok done', err, val);
    next();
  });
  log('returns last', typeof ret.write);
});

steps.push(() => {
  const bad = new Transform({
    transform(chunk, enc, cb) {
      if (String(chunk) === 'b') cb(new Error('boom'));
      else cb(null, chunk);
    },
  });
  const src = Readable.from(['a', 'b', 'c']);
  const dst = collector('err');
  src.on('close', () => log('src close', src.destroyed));
  bad.on('error', (e) => log('bad error event', e.message));
  pipeline(src, bad, dst, (err) => {
    log('err done', err && err.message, src.destroyed, bad.destroyed, dst.destroyed);
    next();
  });
});

steps.push(() => {
  const src = new Readable({ read() {} });
  const dst = collector('premature');
  pipeline(src, dst, (err) => {
    log('premature done', err && err.code, err && err.message);
    next();
  });
  src.push('x');
  setTimeout(() => src.destroy(), 5);
});

steps.push(() => {
  async function* gen(source) {
    for await (const chunk of source) yield String(chunk) + '!';
  }
  pipeline(Readable.from(['p', 'q']), gen, collector('gen'), (err) => {
    log('gen done', err);
    next();
  });
});

steps.push(async () => {
  try {
    await promises.pipeline(Readable.from(['1', '2']), new PassThrough({ objectMode: true }), collector('promise'));
    log('promise pipeline resolved');
  } catch (e) {
    log('unexpected', e);
  }
  try {
    await promises.pipeline(Readable.from(['1']), new Transform({
      transform(c, e, cb) { cb(new Error('nope')); },
    }), collector('promise-err'));
  } catch (e) {
    log('promise pipeline rejected', e.message);
  }
  try {
    pipeline(Readable.from(['1']));
  } catch (e) {
    log(e.name, e.code, e.message);
  }
  try {
    pipeline(Readable.from(['1']), collector('x'));
  } catch (e) {
    log(e.name, e.code, e.message);
  }
  next();
});

steps.push(() => {
  pipeline(Readable.from(['s', 't']), async function (source) {
    let all = '';
    for await (const c of source) all += c;
    return all;
  }, (err, val) => {
    log('async fn sink', err, val);
    next();
  });
});

next();
