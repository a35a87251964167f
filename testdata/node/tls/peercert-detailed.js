// getPeerCertificate(true) chains for RSA and EC servers, a server sending
// only its leaf, a self-signed server (the root references itself), a
// client certificate on the server side, and getPeerCertificate() after
// close.
const tls = require('tls');
const { cert } = require('./_common');

function chain(c) {
  const out = [];
  const seen = new Set();
  for (let p = c; p && !seen.has(p); p = p.issuerCertificate) {
    seen.add(p);
    out.push(`${p.subject.CN}[${p.bits}${p.asn1Curve ? ' ' + p.asn1Curve : ''}${p.exponent ? ' ' + p.exponent : ''} ca=${p.ca}]${p.issuerCertificate === p ? '(self)' : ''}${p.issuerCertificate === undefined ? '(end)' : ''}`);
  }
  return out.join(' <- ');
}
const cases = [
  ['rsa chain', { key: cert('server-rsa-key.pem'), cert: cert('server-rsa-chain.pem') }, { ca: cert('ca.pem') }],
  ['ec leaf only', { key: cert('server-ec-key.pem'), cert: cert('server-ec.pem') }, { ca: [cert('ca.pem'), cert('intermediate.pem')] }],
  ['ec leaf only, ca root only', { key: cert('server-ec-key.pem'), cert: cert('server-ec.pem') }, { ca: cert('ca.pem'), rejectUnauthorized: false }],
  ['self-signed', { key: cert('server-selfsigned-key.pem'), cert: cert('server-selfsigned.pem') }, { rejectUnauthorized: false }],
  ['client cert', { key: cert('server-ec-key.pem'), cert: cert('server-ec-chain.pem'), requestCert: true, ca: cert('ca.pem') },
    { ca: cert('ca.pem'), key: cert('client-key.pem'), cert: cert('client.pem') }],
];
function run(i) {
  if (i === cases.length) return;
  const [name, so, co] = cases[i];
  let serverLine = null; // printed after the client's lines (cross-side order varies)
  const server = tls.createServer(so, (s) => {
    if (so.requestCert) serverLine = `${name} server sees: ${chain(s.getPeerCertificate(true))}`;
    s.end();
  });
  server.listen(0, '127.0.0.1', () => {
    const c = tls.connect({ port: server.address().port, host: '127.0.0.1', servername: 'localhost', ...co }, () => {
      const pc = c.getPeerCertificate(true);
      console.log(`${name}: authorized=${c.authorized} ${c.authorizationError || ''}`);
      console.log('  ', chain(pc));
      console.log('   plain has issuerCertificate:', 'issuerCertificate' in c.getPeerCertificate());
    });
    c.on('data', () => {});
    c.on('close', () => {
      console.log('   after close:', c.getPeerCertificate());
      server.close(() => {
        if (serverLine) console.log(serverLine);
        run(i + 1);
      });
    });
  });
}
run(0);
