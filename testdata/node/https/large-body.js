// Megabytes through TLS in both directions with backpressure, checked by
// hash; chunked response, Content-Length upload.
const https = require('https');
const crypto = require('crypto');
const read = require('./_certs');
const SIZE = 3 * 1024 * 1024;
const block = Buffer.alloc(32 * 1024);
for (let i = 0; i < block.length; i++) block[i] = (i * 7) % 256;
const server = https.createServer({ key: read('server-ec-key.pem'), cert: read('server-ec-chain.pem') }, (req, res) => {
  if (req.method === 'PUT') {
    const h = crypto.createHash('sha256');
    let n = 0;
    req.on('data', (d) => { n += d.length; h.update(d); });
    req.on('end', () => res.end(`${n} ${h.digest('hex').slice(0, 12)}`));
    return;
  }
  let sent = 0;
  let waits = 0;
  (function more() {
    while (sent < SIZE) {
      sent += block.length;
      if (!res.write(block)) { waits++; res.once('drain', more); return; }
    }
    res.end();
    console.log('server sent', sent, 'waited', waits > 0);
  })();
});
server.listen(0, () => {
  const opts = { port: server.address().port, host: 'localhost', ca: read('ca.pem'), agent: false };
  https.get(opts, (res) => {
    const h = crypto.createHash('sha256');
    let n = 0;
    res.on('data', (d) => { n += d.length; h.update(d); });
    res.on('end', () => {
      console.log('client got', n, h.digest('hex').slice(0, 12), res.headers['transfer-encoding']);
      const req = https.request({ ...opts, method: 'PUT', headers: { 'Content-Length': SIZE } }, (res2) => {
        let b = '';
        res2.on('data', (d) => { b += d; });
        res2.on('end', () => { console.log('upload', b); server.close(); });
      });
      let up = 0;
      (function more() {
        while (up < SIZE) {
          up += block.length;
          if (!req.write(block)) { req.once('drain', more); return; }
        }
        req.end();
      })();
    });
  });
});
