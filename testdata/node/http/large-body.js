// Large bodies both ways with backpressure: the server's write() returns
// false and waits for 'drain'; the client pauses and resumes the response.
const http = require('http');
const crypto = require('crypto');
const SIZE = 4 * 1024 * 1024;
const block = Buffer.alloc(64 * 1024);
for (let i = 0; i < block.length; i++) block[i] = i % 251;
const server = http.createServer((req, res) => {
  if (req.method === 'POST') {
    let n = 0;
    const h = crypto.createHash('sha256');
    req.on('data', (d) => { n += d.length; h.update(d); });
    req.on('end', () => { res.end(`${n} ${h.digest('hex').slice(0, 16)}`); });
    return;
  }
  let sent = 0;
  let sawFalse = false;
  let drains = 0;
  function more() {
    while (sent < SIZE) {
      sent += block.length;
      if (!res.write(block)) { sawFalse = true; res.once('drain', () => { drains++; more(); }); return; }
    }
    res.end(() => console.log('server wrote', sent, 'saw false', sawFalse, 'drained', drains > 0));
  }
  more();
});
server.listen(0, () => {
  http.get({ port: server.address().port }, (res) => {
    let n = 0;
    let paused = 0;
    const h = crypto.createHash('sha256');
    res.on('data', (d) => {
      n += d.length;
      h.update(d);
      if (paused < 3 && n > (paused + 1) * 1024 * 1024) {
        paused++;
        res.pause();
        setTimeout(() => res.resume(), 20);
      }
    });
    res.on('end', () => {
      console.log('client read', n, 'pauses', paused, h.digest('hex').slice(0, 16), res.headers['transfer-encoding']);
      const req = http.request({ port: server.address().port, method: 'POST' }, (res2) => {
        let s = '';
        res2.on('data', (d) => { s += d; });
        res2.on('end', () => {
          console.log('upload result', s);
          server.close();
        });
      });
      let sent = 0;
      let falses = 0;
      function up() {
        while (sent < SIZE) {
          sent += block.length;
          if (!req.write(block)) { falses++; req.once('drain', up); return; }
        }
        req.end();
        console.log('client upload done', sent, falses > 0);
      }
      up();
    });
  });
  const expect = crypto.createHash('sha256');
  for (let i = 0; i < SIZE / block.length; i++) expect.update(block);
  console.log('expected', expect.digest('hex').slice(0, 16));
});
