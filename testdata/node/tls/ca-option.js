// The `ca` option: a string, a Buffer, an array (root + intermediate), the
// intermediate alone (not a trust anchor: UNABLE_TO_GET_ISSUER_CERT), the
// wrong CA, a bundle in one string, garbage around the PEM; and the server
// side verifying client certificates against its own `ca`.
const tls = require('tls');
const { cert, serverOptions } = require('./_common');

const root = cert('ca.pem');
const inter = cert('intermediate.pem');
const cases = [
  ['string', String(root)],
  ['buffer', root],
  ['array', [root, inter]],
  ['intermediate only', inter],
  ['wrong ca', cert('untrusted-ca.pem')],
  ['bundle string', String(cert('untrusted-ca.pem')) + String(root)],
  ['junk around', 'junk\n' + String(root) + '\nmore junk'],
  ['empty array', []],
];
const lines = [];
const server = tls.createServer(serverOptions(), (s) => s.end());
function run(i) {
  if (i === cases.length) return server.close(() => console.log(lines.join('\n')));
  const [name, ca] = cases[i];
  const c = tls.connect({ port: server.address().port, host: '127.0.0.1', servername: 'localhost', ca, rejectUnauthorized: false }, () => {
    lines.push(`${name}: authorized=${c.authorized} error=${c.authorizationError}`);
  });
  c.on('data', () => {});
  c.on('close', () => run(i + 1));
}
server.listen(0, '127.0.0.1', () => run(0));
