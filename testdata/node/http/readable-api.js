// IncomingMessage as a Readable: setEncoding across split multibyte
// characters, pipe into a Writable, async iteration through the iterator
// protocol, read() in 'readable', req.pipe(res) echo.
const http = require('http');
const { Writable } = require('stream');
const text = 'żółw ✓ 🐢 '.repeat(2000);
const server = http.createServer((req, res) => {
  if (req.url === '/echo') { req.pipe(res); return; }
  const buf = Buffer.from(text);
  // split inside multibyte characters on purpose
  let i = 0;
  (function next() {
    if (i >= buf.length) { res.end(); return; }
    res.write(buf.subarray(i, i + 1001));
    i += 1001;
    setImmediate(next);
  })();
});
function get(path, fn) {
  return new Promise((resolve) => http.get({ port: server.address().port, path }, (res) => fn(res, resolve)));
}
server.listen(0, async () => {
  await get('/enc', (res, done) => {
    res.setEncoding('utf8');
    let s = '';
    res.on('data', (d) => { s += d; });
    res.on('end', () => { console.log('utf8', s === text, s.length); done(); });
  });
  await get('/pipe', (res, done) => {
    let n = 0;
    res.pipe(new Writable({ write(c, e, cb) { n += c.length; cb(); }, final(cb) { console.log('piped', n); cb(); done(); } }));
  });
  await get('/iter', async (res, done) => {
    const it = res[Symbol.asyncIterator]();
    let n = 0;
    let chunks = 0;
    for (;;) {
      const { value, done: end } = await it.next();
      if (end) break;
      n += value.length;
      chunks++;
    }
    console.log('iterated', n, chunks > 0, res.complete);
    done();
  });
  await get('/readable', (res, done) => {
    let n = 0;
    res.on('readable', () => { let c; while ((c = res.read()) !== null) n += c.length; });
    res.on('end', () => { console.log('read()', n); done(); });
  });
  await new Promise((resolve) => {
    const req = http.request({ port: server.address().port, path: '/echo', method: 'POST' }, (res) => {
      res.setEncoding('latin1');
      let s = '';
      res.on('data', (d) => { s += d; });
      res.on('end', () => { console.log('echo', JSON.stringify(s)); resolve(); });
    });
    req.write('ping ');
    setTimeout(() => req.end('pong'), 10);
  });
  server.close();
  http.globalAgent.destroy();
});
