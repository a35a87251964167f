// ALPN on both sides: agreement, no overlap (fatal on both), none offered.
const tls = require('tls');
const { cert, recorder, serverOptions } = require('./_common');
const rec = recorder();

const cases = [
  [['h2', 'http/1.1'], ['http/1.1']],
  [['http/1.1'], ['h2', 'http/1.1']],
  [['a', 'b'], ['c']],
  [['a'], undefined],
  [undefined, ['a']],
];

function next(i) {
  if (i === cases.length) return;
  const [srv, cli] = cases[i];
  const server = tls.createServer({ ...serverOptions(), ALPNProtocols: srv }, (s) => {
    rec.log(`${i} server`, `alpnProtocol=${s.alpnProtocol}`);
    s.end();
  });
  // OpenSSL's messages carry a per-process address: compare codes only
  server.on('tlsClientError', (err) => rec.log(`${i} server`, `tlsClientError ${err.code}`));
  server.listen(0, '127.0.0.1', () => {
    const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: cert('ca.pem'), servername: 'localhost', ALPNProtocols: cli }, () => {
      rec.log(`${i} client`, `alpnProtocol=${c.alpnProtocol}`);
    });
    c.on('error', (err) => rec.log(`${i} client`, `error ${err.code} library=${err.library} reason=${err.reason}`));
    c.on('data', () => {});
    c.on('close', () => setTimeout(() => server.close(() => next(i + 1)), 20));
  });
}
next(0);
