// Session resumption with the `session` option, on TLS 1.2 and 1.3:
// isSessionReused() on both sides, and no 'session' on a resumed 1.3 client.
const tls = require('tls');
const { cert, recorder, serverOptions } = require('./_common');
const rec = recorder();
// per-side logs: the order between client and server lines varies
const console = { log: (line) => rec.log(line.split(' ')[0] + (line.includes(' server:') ? ' server' : ' client'), line) };

function round(maxVersion, done) {
  const server = tls.createServer({ ...serverOptions(), maxVersion }, (s) => {
    console.log(`${maxVersion} server: reused=${s.isSessionReused()} protocol=${s.getProtocol()}`);
    s.end('x');
  });
  server.listen(0, '127.0.0.1', () => {
    const port = server.address().port;
    const opts = { port, host: '127.0.0.1', ca: cert('ca.pem'), servername: 'localhost' };
    let saved;
    const first = tls.connect(opts, () => {
      console.log(`${maxVersion} first: reused=${first.isSessionReused()}`);
    });
    first.on('session', (s) => { saved = s; });
    first.on('data', () => {});
    first.on('close', () => {
      console.log(`${maxVersion} got session: ${Buffer.isBuffer(saved)} getSession: ${Buffer.isBuffer(first.getSession())}`);
      let sessions = 0;
      const second = tls.connect({ ...opts, session: saved }, () => {
        console.log(`${maxVersion} second: reused=${second.isSessionReused()} authorized=${second.authorized}`);
      });
      second.on('session', () => sessions++);
      second.on('data', () => {});
      second.on('close', () => {
        if (maxVersion === 'TLSv1.3') console.log(`${maxVersion} sessions on resumed connection: ${sessions}`);
        server.close(done);
      });
    });
  });
}
round('TLSv1.3', () => round('TLSv1.2', () => {}));
