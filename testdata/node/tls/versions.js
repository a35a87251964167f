// Protocol version negotiation between minVersion/maxVersion (and
// secureProtocol) on each side: the version agreed, or each side's error
// code when they share none.
const tls = require('tls');
const { cert, serverOptions } = require('./_common');

const combos = [
  [{}, {}],
  [{ maxVersion: 'TLSv1.2' }, {}],
  [{}, { maxVersion: 'TLSv1.2' }],
  [{ minVersion: 'TLSv1.3' }, { maxVersion: 'TLSv1.2' }],
  [{ maxVersion: 'TLSv1.2' }, { minVersion: 'TLSv1.3' }],
  [{ secureProtocol: 'TLSv1_2_method' }, {}],
  [{}, { secureProtocol: 'TLSv1_2_method' }],
  [{ secureProtocol: 'TLS_method' }, { minVersion: 'TLSv1.3' }],
  [{ ciphers: 'ECDHE-ECDSA-AES128-GCM-SHA256' }, {}],
  [{ ciphers: 'TLS_AES_128_GCM_SHA256' }, { maxVersion: 'TLSv1.2' }],
];
const lines = [];
function run(i) {
  if (i === combos.length) {
    console.log(lines.join('\n'));
    return;
  }
  const [so, co] = combos[i];
  const tag = `${JSON.stringify(so)} x ${JSON.stringify(co)}`;
  const out = { client: '', server: '' };
  const server = tls.createServer({ ...serverOptions(), ...so }, (s) => {
    out.server = `server ${s.getProtocol()}`;
    s.end();
  });
  server.on('tlsClientError', (e) => { out.server = `server error ${e.code}`; });
  server.listen(0, '127.0.0.1', () => {
    const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: cert('ca.pem'), servername: 'localhost', ...co }, () => {
      out.client = `client ${c.getProtocol()} ${c.getCipher().version}`;
    });
    c.on('error', (e) => { out.client = `client error ${e.code}`; });
    c.on('data', () => {});
    c.on('close', () => {
      setTimeout(() => server.close(() => {
        lines.push(`${tag}: ${out.client} / ${out.server}`);
        run(i + 1);
      }), 20);
    });
  });
}
run(0);
