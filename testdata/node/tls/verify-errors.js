// Certificate verification outcomes: each server certificate against a
// client trusting ca.pem, with rejectUnauthorized true and then false.
const tls = require('tls');
const { cert } = require('./_common');

const cases = [
  ['server-ec-chain.pem', 'server-ec-key.pem', 'localhost'],
  ['server-ec.pem', 'server-ec-key.pem', 'localhost'],
  ['server-root-signed.pem', 'server-root-signed-key.pem', 'localhost'],
  ['server-expired.pem', 'server-expired-key.pem', 'localhost'],
  ['server-notyet.pem', 'server-notyet-key.pem', 'localhost'],
  ['server-wronghost.pem', 'server-wronghost-key.pem', 'localhost'],
  ['server-wronghost.pem', 'server-wronghost-key.pem', '127.0.0.1'],
  ['server-selfsigned.pem', 'server-selfsigned-key.pem', 'localhost'],
  ['server-untrusted.pem', 'server-untrusted-key.pem', 'localhost'],
  ['server-untrusted-chain.pem', 'server-untrusted-key.pem', 'localhost'],
  ['server-ec-chain.pem', 'server-ec-key.pem', '127.0.0.1'],
  ['server-ec-chain.pem', 'server-ec-key.pem', 'other.test'],
];

function run(i, reject) {
  if (i === cases.length) {
    if (reject) run(0, false);
    return;
  }
  const [crt, key, host] = cases[i];
  const server = tls.createServer({ cert: cert(crt), key: cert(key) }, (s) => s.end());
  server.on('tlsClientError', () => {});
  server.listen(0, '127.0.0.1', () => {
    const opts = { port: server.address().port, host: '127.0.0.1', ca: cert('ca.pem'), rejectUnauthorized: reject };
    if (host !== '127.0.0.1') opts.servername = host;
    const c = tls.connect(opts);
    c.on('secureConnect', () => {
      console.log(`${crt} as ${host} reject=${reject}: secureConnect authorized=${c.authorized} error=${c.authorizationError}`);
    });
    c.on('error', (err) => {
      console.log(`${crt} as ${host} reject=${reject}: error ${err.code}: ${err.message}`);
      if (err.code === 'ERR_TLS_CERT_ALTNAME_INVALID') console.log(`  reason=${err.reason} host=${err.host} cert=${typeof err.cert}`);
    });
    c.on('data', () => {});
    c.on('close', () => server.close(() => run(i + 1, reject)));
  });
}
run(0, true);
