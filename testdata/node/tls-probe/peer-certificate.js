// getPeerCertificate() as console.log prints it (EC, RSA, odd names, a
// client certificate seen by the server), the detailed issuer chain, and
// X509Certificate.toLegacyObject() equality.
'use strict';
const tls = require('tls');
const { X509Certificate } = require('crypto');
const { read, run } = require('./_probe');

function summary(c) {
  const out = [];
  const seen = new Set();
  for (let p = c; p && !seen.has(p); p = p.issuerCertificate) {
    seen.add(p);
    out.push(`${p.subject.CN} <- ${p.issuer.CN}${p.issuerCertificate === p ? ' (self)' : ''}`);
  }
  return out.join(' | ');
}

function show(serverCert, serverKey, ca, clientCert, log) {
  return new Promise((resolve) => {
    const server = tls.createServer({
      key: read(serverKey), cert: read(serverCert),
      requestCert: !!clientCert, rejectUnauthorized: false, ca: read('ca.pem'),
    }, (s) => {
      if (clientCert) {
        const pc = s.getPeerCertificate();
        console.log('server sees client:', pc);
        log('server detailed', summary(s.getPeerCertificate(true)));
      }
      log('server getCertificate subject', JSON.stringify(s.getCertificate().subject));
      s.end();
    });
    server.listen(0, '127.0.0.1', () => {
      const opts = { port: server.address().port, host: '127.0.0.1', rejectUnauthorized: false };
      if (ca) opts.ca = read(ca);
      if (clientCert) {
        opts.cert = read(clientCert + '.pem');
        opts.key = read(clientCert + '-key.pem');
      }
      const c = tls.connect(opts, () => {
        const pc = c.getPeerCertificate();
        if (!clientCert) console.log(pc);
        const legacy = new X509Certificate(read(serverCert)).toLegacyObject();
        log('same as toLegacyObject', JSON.stringify(Object.keys(pc)) === JSON.stringify(Object.keys(legacy)) &&
            pc.fingerprint256 === legacy.fingerprint256);
        log('client detailed', summary(c.getPeerCertificate(true)));
        log('client getCertificate', JSON.stringify(c.getCertificate()));
        log('keys', Object.keys(pc).join(','));
        log('subject proto', String(Object.getPrototypeOf(pc.subject)), 'infoAccess proto',
            pc.infoAccess ? String(Object.getPrototypeOf(pc.infoAccess)) : 'none');
        c.end();
      });
      c.on('close', () => server.close(resolve));
    });
  });
}

run([
  ['ec chain, ca', (log) => show('server-ec-chain.pem', 'server-ec-key.pem', 'ca.pem', null, log)],
  ['ec chain, no ca', (log) => show('server-ec-chain.pem', 'server-ec-key.pem', null, null, log)],
  ['rsa chain, ca', (log) => show('server-rsa-chain.pem', 'server-rsa-key.pem', 'ca.pem', null, log)],
  ['odd names', (log) => show('server-oddnames.pem', 'server-oddnames-key.pem', 'ca.pem', null, log)],
  ['self-signed', (log) => show('server-selfsigned.pem', 'server-selfsigned-key.pem', null, null, log)],
  ['untrusted chain', (log) => show('server-untrusted-chain.pem', 'server-untrusted-key.pem', null, null, log)],
  ['client certificate', (log) => show('server-ec-chain.pem', 'server-ec-key.pem', 'ca.pem', 'client', log)],
]);
