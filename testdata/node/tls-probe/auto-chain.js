// A certificate given without its issuers: OpenSSL sends the chain it
// builds from the context's `ca` (or the default roots), so what the peer
// receives shows in its authorizationError and getPeerCertificate(true).
// Both directions: a server's cert with `ca`, and a client certificate.
'use strict';
const tls = require('tls');
const { read, run } = require('./_probe');

function walk(c) {
  const out = [];
  const seen = new Set();
  for (let p = c; p && p.subject && !seen.has(p); p = p.issuerCertificate) {
    seen.add(p);
    out.push(p.subject.CN);
  }
  return out.join(' > ');
}

function pair(serverOpts, clientOpts, log) {
  return new Promise((resolve) => {
    const server = tls.createServer({ key: read('server-ec-key.pem'), ...serverOpts }, (s) => {
      if (serverOpts.requestCert) {
        log('server sees client: authorized', s.authorized, s.authorizationError, '|', walk(s.getPeerCertificate(true)));
      }
      s.end();
    });
    server.listen(0, '127.0.0.1', () => {
      const c = tls.connect({ port: server.address().port, host: '127.0.0.1', servername: 'localhost', rejectUnauthorized: false, ...clientOpts }, () => {
        log('client sees server: authorized', c.authorized, c.authorizationError, '|', walk(c.getPeerCertificate(true)));
        c.end();
      });
      c.on('close', () => server.close(resolve));
    });
  });
}

const leaf = read('server-ec.pem');
const inter = read('intermediate.pem');
const root = read('ca.pem');
const client = { key: read('client-key.pem'), cert: read('client.pem') };
run([
  ['server leaf + ca intermediate, client trusts root', (log) => pair({ cert: leaf, ca: inter }, { ca: root }, log)],
  ['server leaf + ca intermediate, client trusts nothing', (log) => pair({ cert: leaf, ca: inter }, {}, log)],
  ['server leaf + ca [intermediate, root], client trusts nothing', (log) => pair({ cert: leaf, ca: [inter, root] }, {}, log)],
  ['server leaf + ca root only', (log) => pair({ cert: leaf, ca: root }, { ca: root }, log)],
  ['server chain + ca root, client trusts nothing', (log) => pair({ cert: read('server-ec-chain.pem'), ca: root }, {}, log)],
  ['server root-signed leaf + ca root, client trusts intermediate', (log) => pair({ cert: read('server-root-signed.pem'), key: read('server-root-signed-key.pem'), ca: root }, { ca: inter }, log)],
  ['client cert, client ca root, server ca root', (log) => pair({ cert: read('server-ec-chain.pem'), requestCert: true, rejectUnauthorized: false, ca: root }, { ca: root, ...client }, log)],
  ['client cert, client ca root, server default store', (log) => pair({ cert: read('server-ec-chain.pem'), requestCert: true, rejectUnauthorized: false }, { ca: root, ...client }, log)],
  ['client cert, client default store, server default store', (log) => pair({ cert: read('server-ec-chain.pem'), requestCert: true, rejectUnauthorized: false }, { ...client }, log)],
  ['client cert, client ca intermediate, server ca root', (log) => pair({ cert: read('server-ec-chain.pem'), requestCert: true, rejectUnauthorized: false, ca: root }, { ca: inter, ...client }, log)],
]);
