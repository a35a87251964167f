// SNICallback as users write it: a context per name (createSecureContext),
// a wildcard via addContext, a callback that answers with an error, with
// null, with something that is not a context, or throws; servername on
// both sides and which certificate the client got.
'use strict';
const tls = require('tls');
const { read, run } = require('./_probe');
const { inspectError } = require('./_inspect');

const sniCtx = tls.createSecureContext({ key: read('server-sni-key.pem'), cert: read('server-sni-chain.pem') });
const rsaCtx = tls.createSecureContext({ key: read('server-rsa-key.pem'), cert: read('server-rsa-chain.pem') });

function pair(serverOpts, servername, log, setup) {
  return new Promise((resolve) => {
    const server = tls.createServer({ key: read('server-ec-key.pem'), cert: read('server-ec-chain.pem'), ...serverOpts }, (s) => {
      log('server servername', JSON.stringify(s.servername), 'cert CN', s.getCertificate().subject.CN);
      s.end();
    });
    if (setup) setup(server);
    server.on('tlsClientError', (e) => log('server tlsClientError', inspectError(e)));
    server.listen(0, '127.0.0.1', () => {
      const opts = { port: server.address().port, host: '127.0.0.1', ca: read('ca.pem'), rejectUnauthorized: false };
      if (servername !== undefined) opts.servername = servername;
      const c = tls.connect(opts, () => {
        const pc = c.getPeerCertificate();
        log('client got', pc.subject.CN, 'alt', pc.subjectaltname, 'authorizationError', c.authorizationError);
        c.end();
      });
      c.on('error', (e) => log('client error', inspectError(e)));
      c.on('close', () => setTimeout(() => server.close(resolve), 20));
    });
  });
}

const byName = (log) => ({ SNICallback: (name, cb) => {
  log('SNICallback', name);
  if (name === 'sni.test' || name.endsWith('.wild.test')) return cb(null, sniCtx);
  if (name === 'rsa.test') return cb(null, rsaCtx);
  cb(null, undefined);
} });

run([
  ['sni.test', (log) => pair(byName(log), 'sni.test', log)],
  ['a.wild.test', (log) => pair(byName(log), 'a.wild.test', log)],
  ['rsa.test', (log) => pair(byName(log), 'rsa.test', log)],
  ['unknown name falls back', (log) => pair(byName(log), 'other.test', log)],
  ['no servername (IP host)', (log) => pair(byName(log), undefined, log)],
  ['callback error', (log) => pair({ SNICallback: (name, cb) => cb(new Error(`no cert for ${name}`)) }, 'x.test', log)],
  ['callback null context', (log) => pair({ SNICallback: (name, cb) => cb(null, null) }, 'x.test', log)],
  ['callback non-context', (log) => pair({ SNICallback: (name, cb) => cb(null, { foo: 1 }) }, 'x.test', log)],
  ['callback plain options object', (log) => pair({ SNICallback: (name, cb) => cb(null, { key: read('server-sni-key.pem'), cert: read('server-sni-chain.pem') }) }, 'x.test', log)],
  ['callback raw native context', (log) => pair({ SNICallback: (name, cb) => cb(null, sniCtx.context) }, 'sni.test', log)],
  ['callback calls twice', (log) => pair({ SNICallback: (name, cb) => { cb(null, sniCtx); cb(null, sniCtx); } }, 'sni.test', log)],
  ['callback async', (log) => pair({ SNICallback: (name, cb) => setTimeout(() => cb(null, sniCtx), 10) }, 'sni.test', log)],
  ['addContext wildcard', (log) => pair({}, 'b.wild.test', log, (server) => {
    server.addContext('*.wild.test', { key: read('server-sni-key.pem'), cert: read('server-sni-chain.pem') });
  })],
  ['addContext exact with SecureContext', (log) => pair({}, 'rsa.test', log, (server) => server.addContext('rsa.test', rsaCtx))],
  ['addContext does not match deeper names', (log) => pair({}, 'a.b.wild.test', log, (server) => {
    server.addContext('*.wild.test', { key: read('server-sni-key.pem'), cert: read('server-sni-chain.pem') });
  })],
  ['servername with upper case', (log) => pair(byName(log), 'SNI.TEST', log)],
]);
