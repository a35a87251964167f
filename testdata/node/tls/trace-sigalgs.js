// getSharedSigalgs (a server's view: the client's signature algorithms
// OpenSSL's list allows, in the client's order; [] on a client) and the
// enableTrace option's check. The lists themselves depend on the client's
// TLS library (OpenSSL and crypto/tls offer different ones; with an
// OpenSSL client handshake's server reports Node's list exactly), so only
// their shape and common members are printed. enableTrace() itself cannot
// produce OpenSSL's trace: handshake warns instead.
const tls = require('tls');
const { cert, serverOptions } = require('./_common');

const lines = []; // client side
const serverLines = [];
const server = tls.createServer(serverOptions(), (s) => {
  let sigalgs;
  try {
    sigalgs = s.getSharedSigalgs();
    serverLines.push(`server getSharedSigalgs: array=${Array.isArray(sigalgs)} has ECDSA+SHA256=${sigalgs.includes('ECDSA+SHA256')} ` +
      `RSA-PSS+SHA256=${sigalgs.includes('RSA-PSS+SHA256')} no SHA1=${!sigalgs.some((a) => a.endsWith('SHA1'))}`);
  } catch (e) {
    serverLines.push(`server getSharedSigalgs: unsupported ${e.code}`);
  }
  s.end();
});
server.listen(0, '127.0.0.1', () => {
  const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: cert('ca.pem'), servername: 'localhost' }, () => {
    lines.push(`typeof enableTrace ${typeof c.enableTrace}`);
    lines.push(`client getSharedSigalgs ${JSON.stringify(c.getSharedSigalgs())}`);
    for (const bad of ['yes', 1]) {
      try {
        tls.connect({ port: 1, enableTrace: bad });
      } catch (e) {
        lines.push(`enableTrace option ${JSON.stringify(bad)}: ${e.code}`);
      }
    }
  });
  c.on('data', () => {});
  c.on('close', () => server.close(() => console.log([...serverLines, ...lines].join('\n'))));
});
