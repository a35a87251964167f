// pfx (PKCS#12, as OpenSSL 3 writes it) with the right and wrong
// passphrase, in an object with its own passphrase, and as a client
// certificate; errors as Node reports them.
const tls = require('tls');
const { cert, recorder } = require('./_common');
const rec = recorder();

const pfx = cert('server-ec.pfx');
const cases = [
  ['right passphrase', { pfx, passphrase: 'handshake' }],
  ['wrong passphrase', { pfx, passphrase: 'nope' }],
  ['no passphrase', { pfx }],
  ['object form', { pfx: [{ buf: pfx, passphrase: 'handshake' }] }],
  ['object form, wrong', { pfx: [{ buf: pfx, passphrase: 'x' }] }],
  ['object form, top-level passphrase', { pfx: [{ buf: pfx }], passphrase: 'handshake' }],
  ['garbage', { pfx: Buffer.from('definitely not DER') }],
  ['PEM text', { pfx: cert('server-ec.pem') }],
];
for (const [name, opts] of cases) {
  try {
    tls.createSecureContext(opts);
    rec.log('context', name, 'ok');
  } catch (e) {
    rec.log('context', name, e.name, e.code, e.message, Object.keys(e).join(','));
  }
}
// A server from the pfx; a client with the client pfx.
const server = tls.createServer({ pfx, passphrase: 'handshake', requestCert: true, rejectUnauthorized: false, ca: cert('ca.pem') }, (s) => {
  const pc = s.getPeerCertificate();
  rec.log('server', 'secureConnection authorized=' + s.authorized, 'error=' + s.authorizationError, 'peer=' + (pc.subject && pc.subject.CN));
  rec.log('server', 'own cert', s.getCertificate().subject.CN);
  s.end('hi');
});
server.listen(0, '127.0.0.1', () => {
  const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: cert('ca.pem'), servername: 'localhost',
    pfx: cert('client.pfx'), passphrase: 'handshake' }, () => {
    rec.log('client', 'secureConnect authorized=' + c.authorized, 'peer=' + c.getPeerCertificate().subject.CN);
  });
  c.on('data', (d) => rec.log('client', 'data', String(d)));
  c.on('error', (e) => rec.log('client', 'error', e.code));
  c.on('close', () => server.close());
});
