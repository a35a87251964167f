// ticketKeys: two servers sharing keys resume each other's tickets;
// getTicketKeys/setTicketKeys; Node's checks on the key length.
const tls = require('tls');
const { cert, recorder, serverOptions } = require('./_common');
const rec = recorder();
let version = '';

const keys = Buffer.alloc(48, 7);
try {
  tls.createServer({ ...serverOptions(), ticketKeys: Buffer.from('some 32-byte random key') });
} catch (err) {
  console.log('short ticketKeys:', err.name, err.code, err.message);
}
const a = tls.createServer({ ...serverOptions(), ticketKeys: keys }, (s) => s.end());
const b = tls.createServer({ ...serverOptions(), ticketKeys: keys }, (s) => {
  rec.log(`${version} server b`, 'reused:', s.isSessionReused());
  s.end();
});
console.log('getTicketKeys equal:', a.getTicketKeys().equals(keys), a.getTicketKeys().length);
try { a.setTicketKeys(Buffer.alloc(10)); } catch (err) { console.log('setTicketKeys(10):', err.code, err.message); }
const fresh = tls.createServer(serverOptions());
console.log('default ticket keys length:', fresh.getTicketKeys().length);

for (const v of ['TLSv1.2', 'TLSv1.3']) {
  // runs sequentially below
}
function round(v, next) {
  version = v;
  a.listen(0, '127.0.0.1', () => b.listen(0, '127.0.0.1', () => {
    const opts = { host: '127.0.0.1', ca: cert('ca.pem'), servername: 'localhost', maxVersion: v };
    let session;
    const c1 = tls.connect({ ...opts, port: a.address().port });
    c1.on('session', (s) => { session = session || s; });
    c1.on('data', () => {});
    c1.on('close', () => {
      const c2 = tls.connect({ ...opts, port: b.address().port, session }, () => rec.log(`${v} client`, 'reused on the other server:', c2.isSessionReused()));
      c2.on('data', () => {});
      c2.on('close', () => a.close(() => b.close(next)));
    });
  }));
}
round('TLSv1.2', () => round('TLSv1.3', () => {}));
