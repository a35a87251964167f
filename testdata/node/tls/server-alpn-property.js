// tls.Server keeps ALPNProtocols in wire format, a Buffer (Node's
// convertALPNProtocols), not the array it was given; an ALPN mismatch
// fails on both sides. Each side's line is printed at exit, server first:
// which side reports first is scheduling.
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const certs = path.join(__dirname, '..', '..', 'certs');
const read = (f) => fs.readFileSync(path.join(certs, f));
const server = tls.createServer({ key: read('server-ec-key.pem'), cert: read('server-ec-chain.pem'), ALPNProtocols: ['http/1.1'] });
console.log('server.ALPNProtocols', server.ALPNProtocols);
const seen = {};
process.on('exit', () => { console.log('server', seen.server); console.log('client', seen.client); });
server.on('tlsClientError', (e) => { seen.server = e.code; });
server.listen(0, () => {
  const c = tls.connect({ port: server.address().port, host: 'localhost', ca: read('ca.pem'), ALPNProtocols: ['h2'] });
  c.on('error', (e) => {
    seen.client = `${e.code} ${/no application protocol/.test(e.message)}`;
    setTimeout(() => server.close(), 50);
  });
});
