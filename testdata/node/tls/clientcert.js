// Client certificates: requestCert with and without rejectUnauthorized,
// a trusted client cert, an untrusted one, and none.
const tls = require('tls');
const { cert, recorder, serverOptions } = require('./_common');
const rec = recorder();

const clients = [
  ['trusted', { key: cert('client-key.pem'), cert: cert('client.pem') }],
  ['untrusted', { key: cert('client-untrusted-key.pem'), cert: cert('client-untrusted.pem') }],
  ['none', {}],
];

function run(reject, i, done) {
  if (i === clients.length) return done();
  const [name, creds] = clients[i];
  const tag = `${reject ? 'reject' : 'request'} ${name}`;
  const server = tls.createServer({ ...serverOptions(), ca: cert('ca.pem'), requestCert: true, rejectUnauthorized: reject }, (s) => {
    const pc = s.getPeerCertificate();
    rec.log(`${tag} server`, `secureConnection authorized=${s.authorized} error=${s.authorizationError} peerCN=${pc.subject && pc.subject.CN} empty=${Object.keys(pc).length === 0}`);
    s.end('ok');
  });
  server.on('tlsClientError', (err) => rec.log(`${tag} server`, `tlsClientError ${err.code}`));
  server.listen(0, '127.0.0.1', () => {
    const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: cert('ca.pem'), servername: 'localhost', maxVersion: 'TLSv1.2', ...creds }, () => {
      rec.log(`${tag} client`, `secureConnect authorized=${c.authorized}`);
    });
    c.on('data', (d) => rec.log(`${tag} client`, `data ${d}`));
    c.on('error', (err) => rec.log(`${tag} client`, `error ${err.code}`));
    c.on('close', () => server.close(() => run(reject, i + 1, done)));
  });
}
run(false, 0, () => run(true, 0, () => {}));
