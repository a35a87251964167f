// Certificate verification failures seen by a client: authorizationError
// with rejectUnauthorized:false, and the error with rejectUnauthorized:true.
'use strict';
const tls = require('tls');
const { read, describe, run } = require('./_probe');

function pair(serverOpts, clientOpts, log) {
  return new Promise((resolve) => {
    const server = tls.createServer(serverOpts, (s) => s.end());
    server.on('tlsClientError', (e) => log('server tlsClientError', describe(e)));
    server.listen(0, '127.0.0.1', () => {
      const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ...clientOpts }, () => {
        log('client secureConnect authorized=' + c.authorized,
            'authorizationError=' + describe(c.authorizationError));
        c.end();
      });
      c.on('error', (e) => log('client error', describe(e)));
      c.on('close', () => server.close(resolve));
    });
  });
}

const cases = [];
const servers = {
  'self-signed leaf': ['server-selfsigned-key.pem', 'server-selfsigned.pem'],
  'untrusted root in chain': ['server-untrusted-key.pem', 'server-untrusted-chain.pem'],
  'untrusted leaf alone': ['server-untrusted-key.pem', 'server-untrusted.pem'],
  'leaf without intermediate': ['server-ec-key.pem', 'server-ec.pem'],
  'chain without trusted root': ['server-ec-key.pem', 'server-ec-chain.pem'],
  'expired': ['server-expired-key.pem', 'server-expired.pem'],
  'not yet valid': ['server-notyet-key.pem', 'server-notyet.pem'],
  'wrong host': ['server-wronghost-key.pem', 'server-wronghost.pem'],
  'good chain': ['server-ec-key.pem', 'server-ec-chain.pem'],
  'good rsa chain': ['server-rsa-key.pem', 'server-rsa-chain.pem'],
  'root-signed leaf': ['server-root-signed-key.pem', 'server-root-signed.pem'],
};
for (const [name, [key, cert]] of Object.entries(servers)) {
  for (const ca of [undefined, 'ca.pem']) {
    for (const rejectUnauthorized of [false, true]) {
      for (const servername of ['localhost', undefined]) {
        cases.push([`${name} ca=${ca} reject=${rejectUnauthorized} servername=${servername}`, (log) =>
          pair({ key: read(key), cert: read(cert) },
               { ca: ca && read(ca), rejectUnauthorized, servername }, log)]);
      }
    }
  }
}
// checkServerIdentity directly, for the altname message and properties.
cases.push(['checkServerIdentity', async (log) => {
  const x = new (require('crypto').X509Certificate)(read('server-wronghost.pem'));
  const cert = x.toLegacyObject();
  for (const host of ['localhost', '127.0.0.1', 'wrong.test', 'a.wrong.test', '10.9.8.7', '::1']) {
    const e = tls.checkServerIdentity(host, cert);
    log(host, describe(e), e ? JSON.stringify([e.reason, e.host, typeof e.cert]) : '');
  }
  const sni = new (require('crypto').X509Certificate)(read('server-sni.pem')).toLegacyObject();
  for (const host of ['sni.test', 'alt.test', 'x.wild.test', 'wild.test', 'a.b.wild.test', 'SNI.TEST', 'other.test']) {
    const e = tls.checkServerIdentity(host, sni);
    log('sni', host, describe(e), e ? JSON.stringify(e.reason) : '');
  }
}]);
run(cases);
