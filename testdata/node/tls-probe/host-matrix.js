// Hostname checks as a client sees them for different ways of naming the
// server: host as a name, as IPv4 and IPv6 literals, with and without
// servername, against certificates with and without those names. (A name
// with a trailing dot is left out: crypto/tls sends it without the dot.)
'use strict';
const tls = require('tls');
const { read, run } = require('./_probe');

function attempt(certName, keyName, listenHost, clientOpts, log) {
  return new Promise((resolve) => {
    const server = tls.createServer({ key: read(keyName), cert: read(certName) }, (s) => {
      log('server servername', JSON.stringify(s.servername));
      s.end();
    });
    server.listen(0, listenHost, () => {
      const c = tls.connect({ port: server.address().port, ca: read('ca.pem'), ...clientOpts }, () => {
        log('client ok authorized', c.authorized, 'servername', JSON.stringify(c.servername));
        c.end();
      });
      c.on('error', (e) => log('client error', e.code, e.reason || e.message, e.host === undefined ? '' : `host=${e.host}`));
      c.on('close', () => setTimeout(() => server.close(resolve), 20));
    });
  });
}

const ec = ['server-ec-chain.pem', 'server-ec-key.pem'];
const wrong = ['server-wronghost.pem', 'server-wronghost-key.pem'];
const cases = [];
for (const [label, cert] of [['localhost cert', ec], ['wrong.test cert', wrong]]) {
  cases.push(
    [`${label}: host localhost`, (log) => attempt(...cert, '127.0.0.1', { host: 'localhost', family: 4 }, log)],
    [`${label}: host 127.0.0.1`, (log) => attempt(...cert, '127.0.0.1', { host: '127.0.0.1' }, log)],
    [`${label}: host ::1`, (log) => attempt(...cert, '::1', { host: '::1' }, log)],
    [`${label}: host 127.0.0.1, servername localhost`, (log) => attempt(...cert, '127.0.0.1', { host: '127.0.0.1', servername: 'localhost' }, log)],
    [`${label}: host 127.0.0.1, servername wrong.test`, (log) => attempt(...cert, '127.0.0.1', { host: '127.0.0.1', servername: 'wrong.test' }, log)],
    [`${label}: servername WRONG.TEST`, (log) => attempt(...cert, '127.0.0.1', { host: '127.0.0.1', servername: 'WRONG.TEST' }, log)],
  );
}
run(cases);
