// 8 MiB through TLS in one write: write() returns false, 'drain' follows,
// the receiver counts every byte; then a second burst in 64 KiB writes that
// respects write()'s answer.
const tls = require('tls');
const crypto = require('crypto');
const { cert, recorder, serverOptions } = require('./_common');
const rec = recorder();

const big = Buffer.alloc(8 * 1024 * 1024, 'x');
const server = tls.createServer(serverOptions(), (s) => {
  let n = 0;
  const h = crypto.createHash('sha256');
  s.on('data', (d) => { n += d.length; h.update(d); });
  s.on('end', () => {
    rec.log('server', 'received', n, h.digest('hex').slice(0, 16));
    s.end();
  });
  s.on('close', () => server.close());
});
server.listen(0, '127.0.0.1', () => {
  const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: cert('ca.pem'), servername: 'localhost' }, () => {
    const ok = c.write(big);
    rec.log('client', 'write(8MiB) returned', ok, 'writableLength', c.writableLength, 'needDrain', c.writableNeedDrain);
    c.once('drain', () => {
      rec.log('client', 'drain writableLength', c.writableLength);
      let sent = 0;
      let falses = 0;
      const chunk = Buffer.alloc(64 * 1024, 'y');
      const pump = () => {
        while (sent < 4 * 1024 * 1024) {
          sent += chunk.length;
          if (!c.write(chunk)) {
            falses++;
            c.once('drain', pump);
            return;
          }
        }
        rec.log('client', 'second burst done', sent, 'saw backpressure', falses > 0);
        c.end();
      };
      pump();
    });
  });
  c.on('data', () => {});
  c.on('close', () => rec.log('client', 'close bytesWritten>=12MiB', c.bytesWritten >= 12 * 1024 * 1024));
});
