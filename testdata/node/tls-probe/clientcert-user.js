// Client certificates as users test them, each side's full story: the
// client's secureConnect, data, errors (printed whole) and close; the
// server's secureConnection with authorized/authorizationError and
// getPeerCertificate().subject, tlsClientError. TLS 1.2 and 1.3, since a
// TLS 1.3 client learns of a refused certificate only after its handshake.
'use strict';
const tls = require('tls');
const { read, run } = require('./_probe');
const { inspectError } = require('./_inspect');

function pair(serverOpts, clientOpts, log) {
  return new Promise((resolve) => {
    const server = tls.createServer({ key: read('server-ec-key.pem'), cert: read('server-ec-chain.pem'), ca: read('ca.pem'), requestCert: true, ...serverOpts }, (s) => {
      const pc = s.getPeerCertificate();
      log('server secureConnection authorized', s.authorized, 'error', s.authorizationError, 'peer', pc.subject ? pc.subject.CN : JSON.stringify(pc));
      s.on('data', (d) => log('server data', String(d)));
      s.on('error', (e) => log('server socket error', inspectError(e)));
      s.end('welcome');
    });
    server.on('tlsClientError', (e) => log('server tlsClientError', inspectError(e)));
    server.listen(0, '127.0.0.1', () => {
      const c = tls.connect({ port: server.address().port, host: '127.0.0.1', servername: 'localhost', ca: read('ca.pem'), ...clientOpts }, () => {
        log('client secureConnect authorized', c.authorized, c.getProtocol());
        c.write('hello');
      });
      c.on('data', (d) => log('client data', String(d)));
      c.on('end', () => log('client end'));
      c.on('error', (e) => log('client error', inspectError(e)));
      c.on('close', (hadError) => {
        log('client close hadError', hadError);
        setTimeout(() => server.close(resolve), 30);
      });
    });
  });
}

const good = { key: read('client-key.pem'), cert: read('client.pem') };
const untrusted = { key: read('client-untrusted-key.pem'), cert: read('client-untrusted.pem') };
const cases = [];
for (const v of ['TLSv1.2', 'TLSv1.3']) {
  cases.push(
    [`${v} good cert`, (log) => pair({}, { ...good, maxVersion: v }, log)],
    [`${v} no cert, rejectUnauthorized`, (log) => pair({}, { maxVersion: v }, log)],
    [`${v} untrusted cert, rejectUnauthorized`, (log) => pair({}, { ...untrusted, maxVersion: v }, log)],
    [`${v} untrusted cert, accepted`, (log) => pair({ rejectUnauthorized: false }, { ...untrusted, maxVersion: v }, log)],
    [`${v} pfx client cert`, (log) => pair({}, { pfx: read('client.pfx'), passphrase: 'handshake', maxVersion: v }, log)],
  );
}
run(cases);
