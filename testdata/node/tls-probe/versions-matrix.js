// minVersion/maxVersion/secureProtocol combinations on both sides: who
// wins, what getProtocol() says, and the errors each side prints
// (console.log of the error objects, as a user would).
'use strict';
const tls = require('tls');
const { read, run } = require('./_probe');
const { inspectError } = require('./_inspect');

function pair(serverOpts, clientOpts, log) {
  return new Promise((resolve) => {
    let server;
    try {
      server = tls.createServer({ key: read('server-ec-key.pem'), cert: read('server-ec-chain.pem'), ...serverOpts }, (s) => {
        log('server protocol', s.getProtocol(), 'cipher', s.getCipher().version);
        s.end();
      });
    } catch (e) {
      log('createServer threw', inspectError(e));
      return resolve();
    }
    server.on('tlsClientError', (e) => log('server tlsClientError', inspectError(e)));
    server.listen(0, '127.0.0.1', () => {
      let c;
      try {
        c = tls.connect({ port: server.address().port, host: '127.0.0.1', servername: 'localhost', ca: read('ca.pem'), ...clientOpts }, () => {
          log('client protocol', c.getProtocol());
          c.end();
        });
      } catch (e) {
        log('connect threw', inspectError(e));
        server.close(resolve);
        return;
      }
      c.on('error', (e) => log('client error', inspectError(e)));
      c.on('close', () => setTimeout(() => server.close(resolve), 20));
    });
  });
}

const V = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];
const cases = [];
for (const smax of ['TLSv1.2', 'TLSv1.3']) {
  for (const cmin of ['TLSv1.2', 'TLSv1.3']) {
    cases.push([`server max ${smax}, client min ${cmin}`, (log) => pair({ maxVersion: smax }, { minVersion: cmin }, log)]);
  }
}
cases.push(
  ['client max TLSv1.1', (log) => pair({}, { maxVersion: 'TLSv1.1', minVersion: 'TLSv1' }, log)],
  ['server min TLSv1, client max TLSv1', (log) => pair({ minVersion: 'TLSv1' }, { maxVersion: 'TLSv1', minVersion: 'TLSv1' }, log)],
  ['min > max on client', (log) => pair({}, { minVersion: 'TLSv1.3', maxVersion: 'TLSv1.2' }, log)],
  ['min > max on server', (log) => pair({ minVersion: 'TLSv1.3', maxVersion: 'TLSv1.2' }, {}, log)],
  ['bad maxVersion', (log) => pair({}, { maxVersion: 'TLSv1.4' }, log)],
  ['bad minVersion type', (log) => pair({}, { minVersion: 13 }, log)],
  ['secureProtocol TLSv1_2_method', (log) => pair({}, { secureProtocol: 'TLSv1_2_method' }, log)],
  ['secureProtocol TLS_method', (log) => pair({}, { secureProtocol: 'TLS_method' }, log)],
  ['secureProtocol with minVersion', (log) => pair({}, { secureProtocol: 'TLSv1_2_method', minVersion: 'TLSv1.2' }, log)],
  ['secureProtocol unknown', (log) => pair({}, { secureProtocol: 'SSLv3_method' }, log)],
  ['secureProtocol bogus', (log) => pair({}, { secureProtocol: 'Bogus_method' }, log)],
  ['server secureProtocol TLSv1_2_server_method', (log) => pair({ secureProtocol: 'TLSv1_2_server_method' }, {}, log)],
);
console.log('defaults', tls.DEFAULT_MIN_VERSION, tls.DEFAULT_MAX_VERSION, V.length);
run(cases);
