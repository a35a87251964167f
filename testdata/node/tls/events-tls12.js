// Event order on each side of a TLS 1.2 connection (per object), with the
// cipher pinned so both runtimes agree on it.
const tls = require('tls');
const { cert, recorder, serverOptions } = require('./_common');
const rec = recorder();

const server = tls.createServer({ ...serverOptions(), maxVersion: 'TLSv1.2' }, (s) => {
  rec.log('server', 'secureConnection', s.getProtocol(), JSON.stringify(s.getCipher()), s.isSessionReused());
  s.on('data', (d) => rec.log('server-socket', 'data', d.toString()));
  s.on('end', () => { rec.log('server-socket', 'end'); s.end(); });
  s.on('close', (hadError) => {
    rec.log('server-socket', 'close', hadError);
    server.close(() => rec.log('server', 'close'));
  });
});
server.on('connection', () => rec.log('server', 'connection'));
server.on('keylog', (line) => rec.log('server', 'keylog', line.toString().split(' ')[0], line.length, line.toString().endsWith('\n')));
server.listen(0, '127.0.0.1', () => {
  const c = tls.connect({
    port: server.address().port, host: '127.0.0.1', ca: cert('ca.pem'), servername: 'localhost',
    ciphers: 'ECDHE-ECDSA-AES128-GCM-SHA256',
  });
  c.on('connect', () => rec.log('client', 'connect'));
  c.on('keylog', (line) => rec.log('client', 'keylog', line.toString().split(' ')[0], line.length));
  c.on('secureConnect', () => {
    rec.log('client', 'secureConnect', c.getProtocol(), JSON.stringify(c.getCipher()), c.authorized);
    rec.log('client', 'ephemeral', JSON.stringify(c.getEphemeralKeyInfo()));
    c.end('bye');
  });
  c.on('session', (s) => rec.log('client', 'session', Buffer.isBuffer(s), s.length > 0));
  c.on('end', () => rec.log('client', 'end'));
  // 'finish' vs 'end' is a race between the local shutdown and the peer's
  // reply (Node's shutdown completes within the loop turn): logged apart
  c.on('finish', () => rec.log('client-writable', 'finish'));
  c.on('close', (hadError) => rec.log('client', 'close', hadError));
});
