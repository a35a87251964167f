// console.log of the objects a TLS socket hands out, exactly as node prints
// them: getCipher(), getEphemeralKeyInfo(), getProtocol(),
// getSharedSigalgs() (its type), getPeerCertificate() (without raw/pubkey), the
// certificate of the server seen by a client cert,
// X509Certificate objects from getX509Certificate()/getPeerX509Certificate(),
// and the same calls before the handshake and after close. (A client's
// getPeerX509Certificate() empties its later getPeerCertificate(): Node's.)
'use strict';
const tls = require('tls');
const util = require('util');
const { read } = require('./_probe');

function trimmed(c) {
  if (!c || !c.subject) return c;
  const copy = { ...c };
  delete copy.raw;
  delete copy.pubkey;
  delete copy.issuerCertificate;
  for (const k of ['fingerprint', 'fingerprint256', 'fingerprint512', 'serialNumber']) if (copy[k]) copy[k] = `<${k} ${copy[k].length}>`;
  return copy;
}

// each side's lines are printed at exit: the order between the two sides
// is scheduling
const out = {};
process.on('exit', () => {
  for (const label of ['client before handshake', 'server', 'client', 'client after close']) {
    console.log(`--- ${label}`);
    for (const args of out[label] || []) console.log(...args);
  }
});

function report(label, s) {
  const lines = out[label] = out[label] || [];
  const console = { log: (...args) => lines.push(args) };
  console.log('getCipher', s.getCipher());
  console.log('getEphemeralKeyInfo', s.getEphemeralKeyInfo());
  console.log('getProtocol', s.getProtocol());
  // (once connected the list depends on the peer's ClientHello, which a Go
  // client writes differently: only its type is compared)
  const sig = s.getSharedSigalgs();
  console.log('getSharedSigalgs', Array.isArray(sig) && sig.length > 0 ? 'non-empty array' : sig);
  console.log('isSessionReused', s.isSessionReused());
  console.log('getPeerCertificate', trimmed(s.getPeerCertificate()));
  console.log('getCertificate', trimmed(s.getCertificate()));
  const x = s.getX509Certificate();
  const px = s.getPeerX509Certificate();
  console.log('getX509Certificate', x === undefined ? x : x.subject.replace(/\n/g, ', '));
  console.log('getPeerX509Certificate', px === undefined ? px : [px.issuer.replace(/\n/g, ', '), px.ca, px.validFrom, px.checkHost('localhost'), px.checkIP('127.0.0.1')]);
  console.log('servername', s.servername, 'alpnProtocol', s.alpnProtocol, 'authorized', s.authorized, 'encrypted', s.encrypted);
}

const server = tls.createServer({
  key: read('server-ec-key.pem'), cert: read('server-ec-chain.pem'), ca: read('ca.pem'),
  requestCert: true, ALPNProtocols: ['x-probe'],
}, (s) => {
  report('server', s);
  s.end('done');
});
server.listen(0, '127.0.0.1', () => {
  const c = tls.connect({ port: server.address().port, host: '127.0.0.1', servername: 'localhost', ca: read('ca.pem'),
    key: read('client-key.pem'), cert: read('client.pem'), ALPNProtocols: ['x-probe'], maxVersion: 'TLSv1.2' }, () => {
    report('client', c);
    const pc = c.getPeerCertificate(true);
    out.client.push(['issuer chain objects', util.inspect(trimmed(pc.issuerCertificate), { depth: 0 })]);
  });
  report('client before handshake', c);
  c.on('data', () => {});
  c.on('close', () => {
    report('client after close', c);
    server.close();
  });
});
