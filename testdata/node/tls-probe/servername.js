// tls.connect with a servername the certificate does not cover, and the
// checkServerIdentity overrides users write to accept or refuse it.
'use strict';
const tls = require('tls');
const { read, describe, run } = require('./_probe');

function connect(clientOpts, log) {
  return new Promise((resolve) => {
    const server = tls.createServer({ key: read('server-ec-key.pem'), cert: read('server-ec-chain.pem') }, (s) => {
      log('server servername', s.servername);
      s.end('hello');
    });
    server.on('tlsClientError', (e) => log('server tlsClientError', describe(e)));
    server.listen(0, '127.0.0.1', () => {
      const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: read('ca.pem'), ...clientOpts }, () => {
        log('secureConnect authorized', c.authorized, 'authorizationError', c.authorizationError, 'servername', c.servername);
      });
      c.on('data', (d) => log('data', String(d)));
      c.on('error', (e) => {
        log('error', describe(e));
        if (e.cert) log('error cert CN', e.cert.subject.CN, 'host', e.host, 'reason', e.reason);
      });
      c.on('close', () => server.close(resolve));
    });
  });
}

run([
  ['wrong servername', (log) => connect({ servername: 'example.org' }, log)],
  ['wrong servername, rejectUnauthorized false', (log) => connect({ servername: 'example.org', rejectUnauthorized: false }, log)],
  ['override accepts', (log) => connect({ servername: 'example.org', checkServerIdentity: (host, cert) => {
    log('checkServerIdentity', host, cert.subject.CN, typeof cert.raw, cert.issuerCertificate ? 'has issuer' : 'no issuer');
    return undefined;
  } }, log)],
  ['override refuses', (log) => connect({ servername: 'localhost', checkServerIdentity: (host, cert) => {
    return new Error(`refusing ${host} with fingerprint length ${cert.fingerprint256.length}`);
  } }, log)],
  ['override calls default', (log) => connect({ servername: 'example.org', checkServerIdentity: (host, cert) => {
    const err = tls.checkServerIdentity(host, cert);
    log('default said', err && err.code, err && err.reason);
    return err;
  } }, log)],
  ['override throws', (log) => connect({ servername: 'localhost', checkServerIdentity: () => {
    throw new TypeError('boom');
  } }, log)],
  ['override returns string', (log) => connect({ servername: 'localhost', checkServerIdentity: () => 'nope' }, log)],
  ['no servername, host 127.0.0.1', (log) => connect({}, log)],
  ['servername empty string', (log) => connect({ servername: '' }, log)],
  ['servername with trailing dot', (log) => connect({ servername: 'localhost.' }, log)],
  ['servername upper case', (log) => connect({ servername: 'LOCALHOST' }, log)],
]).catch((e) => console.log('run failed', e));
