// Writes expected/chains.json: for each scenario, the fingerprint256 of
// each certificate of getPeerCertificate(true)'s issuerCertificate chain
// (leaf first) and whether the last one refers to itself. Run with node
// after regenerating the certificates.
'use strict';
const tls = require('tls');
const fs = require('fs');
const path = require('path');

const dir = path.join(__dirname, '..');
const read = (f) => fs.readFileSync(path.join(dir, f));

const scenarios = [
  ['server-ec-chain.pem', 'server-ec-key.pem', 'ca.pem'],
  ['server-ec-chain.pem', 'server-ec-key.pem', null],
  ['server-ec.pem', 'server-ec-key.pem', 'ca.pem'],
  ['server-ec.pem', 'server-ec-key.pem', 'intermediate.pem'],
  ['server-root-signed.pem', 'server-root-signed-key.pem', 'ca.pem'],
  ['server-selfsigned.pem', 'server-selfsigned-key.pem', null],
  ['server-untrusted-chain.pem', 'server-untrusted-key.pem', null],
  ['server-untrusted.pem', 'server-untrusted-key.pem', null],
];

function chainOf(cert, key, ca) {
  return new Promise((resolve, reject) => {
    const server = tls.createServer({ key: read(key), cert: read(cert) }, (s) => s.end());
    server.listen(0, '127.0.0.1', () => {
      const c = tls.connect({ port: server.address().port, host: '127.0.0.1', rejectUnauthorized: false,
                              ca: ca ? read(ca) : undefined }, () => {
        let p = c.getPeerCertificate(true);
        const fps = [];
        let selfRef = false;
        for (;;) {
          fps.push(p.fingerprint256);
          if (!p.issuerCertificate) break;
          if (p.issuerCertificate === p) { selfRef = true; break; }
          p = p.issuerCertificate;
        }
        c.end();
        server.close();
        resolve({ cert, ca, chain: fps, selfRef });
      });
      c.on('error', reject);
    });
  });
}

(async () => {
  const out = [];
  for (const [cert, key, ca] of scenarios) out.push(await chainOf(cert, key, ca));
  fs.writeFileSync(path.join(__dirname, 'chains.json'), JSON.stringify(out, null, 1) + '\n');
})();
