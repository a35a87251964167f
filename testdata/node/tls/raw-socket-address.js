// The raw socket a tls.Server emits on 'connection' keeps its addresses
// after the TLSSocket takes over its handle (tls's own connection listener
// runs first, so a user's 'connection' listener sees the socket after that).
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const certs = path.join(__dirname, '..', '..', 'certs');
const read = (f) => fs.readFileSync(path.join(certs, f));
const server = tls.createServer({ key: read('server-ec-key.pem'), cert: read('server-ec-chain.pem') }, (s) => s.end());
server.on('connection', (raw) => {
  console.log('raw', raw.remoteAddress, raw.remoteFamily, typeof raw.remotePort, raw.localAddress, raw.localPort === server.address().port);
});
server.on('secureConnection', (s) => console.log('tls', s.remoteAddress, s.localAddress));
server.listen(0, '127.0.0.1', () => {
  const c = tls.connect({ port: server.address().port, host: '127.0.0.1', servername: 'localhost', ca: read('ca.pem') });
  c.on('end', () => { c.end(); server.close(); });
  c.resume();
});
