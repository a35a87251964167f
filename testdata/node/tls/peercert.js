// getPeerCertificate() on the client, for EC and RSA servers, plain and
// detailed (issuerCertificate up to the self-referencing root).
const tls = require('tls');
const { cert } = require('./_common');

function show(c) {
  const out = {};
  for (const [k, v] of Object.entries(c)) {
    if (k === 'issuerCertificate') out[k] = v === c ? '[self]' : v.subject.CN;
    else out[k] = v;
  }
  return out;
}

function one(chain, key, next) {
  const server = tls.createServer({ cert: cert(chain), key: cert(key) }, (s) => s.end());
  server.listen(0, '127.0.0.1', () => {
    const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: cert('ca.pem'), servername: 'localhost' }, () => {
      const pc = c.getPeerCertificate();
      console.log(chain, Object.keys(pc));
      console.log(show(pc));
      let d = c.getPeerCertificate(true);
      const seen = [];
      while (d && !seen.includes(d)) {
        seen.push(d);
        console.log('  chain:', d.subject.CN, '<-', d.issuer.CN, d.ca, d.issuerCertificate === d ? 'self' : '');
        d = d.issuerCertificate;
      }
      console.log('getCertificate on client:', JSON.stringify(c.getCertificate()));
    });
    c.on('data', () => {});
    c.on('close', () => server.close(next));
  });
}
one('server-ec-chain.pem', 'server-ec-key.pem', () => one('server-rsa-chain.pem', 'server-rsa-key.pem', () => {}));
