// sessionTimeout (seconds): a ticket older than the timeout is not resumed
// (TLS 1.2 and 1.3); within it, it is.
const tls = require('tls');
const { cert, recorder, serverOptions } = require('./_common');
const rec = recorder();

function round(version, wait, next) {
  // the server ends a little later: ending inside 'secureConnection' loses
  // Node's TLS 1.3 tickets behind the close_notify
  const server = tls.createServer({ ...serverOptions(), sessionTimeout: 1, maxVersion: version }, (s) => setTimeout(() => s.end(), 50));
  server.listen(0, '127.0.0.1', () => {
    const opts = { port: server.address().port, host: '127.0.0.1', ca: cert('ca.pem'), servername: 'localhost' };
    let session;
    const a = tls.connect(opts);
    a.on('session', (s) => { session = session || s; });
    a.on('data', () => {});
    a.on('close', () => setTimeout(() => {
      const b = tls.connect({ ...opts, session }, () => rec.log(version, `after ${wait}ms reused=${b.isSessionReused()}`));
      b.on('data', () => {});
      b.on('close', () => server.close(next));
    }, wait));
  });
}
round('TLSv1.2', 0, () => round('TLSv1.2', 2100, () => round('TLSv1.3', 0, () => round('TLSv1.3', 2100, () => {}))));
