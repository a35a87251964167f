// server.setSecureContext swaps the certificate for new connections;
// TLSSocket.setKeyCert... (not in Node 20 as public API) is not used; a
// secureContext option on connect is used as given.
const tls = require('tls');
const { cert } = require('./_common');

const ec = { key: cert('server-ec-key.pem'), cert: cert('server-ec-chain.pem') };
const rsa = { key: cert('server-rsa-key.pem'), cert: cert('server-rsa-chain.pem') };
const lines = [];
const server = tls.createServer(ec, (s) => s.end());
function connect(label, extra, next) {
  const c = tls.connect({ port: server.address().port, host: '127.0.0.1', servername: 'localhost', ...extra }, () => {
    const pc = c.getPeerCertificate();
    lines.push(`${label}: authorized=${c.authorized} bits=${pc.bits} curve=${pc.asn1Curve} exponent=${pc.exponent}`);
  });
  c.on('error', (e) => lines.push(`${label}: error ${e.code}`));
  c.on('data', () => {});
  c.on('close', next);
}
server.listen(0, '127.0.0.1', () => {
  const ca = cert('ca.pem');
  connect('before', { ca }, () => {
    server.setSecureContext(rsa);
    connect('after setSecureContext', { ca }, () => {
      try {
        server.setSecureContext(null);
      } catch (e) {
        lines.push(`setSecureContext(null): ${e.code} ${e.message}`);
      }
      const ctx = tls.createSecureContext({ ca });
      connect('client secureContext', { secureContext: ctx }, () => {
        connect('client secureContext without ca', { secureContext: tls.createSecureContext({}) }, () => {
          server.close(() => console.log(lines.join('\n')));
        });
      });
    });
  });
});
