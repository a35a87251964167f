// 'keylog' lines as a user checks them for Wireshark: the label order per
// side, that each line is "LABEL <64 hex client random> <hex secret>\n",
// the same client random on every line of a connection and on both sides,
// and secret lengths per suite (SHA-256 vs SHA-384), TLS 1.2 and 1.3.
'use strict';
const tls = require('tls');
const { read, run } = require('./_probe');

function pair(serverOpts, clientOpts, log) {
  return new Promise((resolve) => {
    const lines = { server: [], client: [] };
    const server = tls.createServer({ key: read('server-ec-key.pem'), cert: read('server-ec-chain.pem'), ...serverOpts }, (s) => s.end('x'));
    server.on('keylog', (line, sock) => lines.server.push([line, sock.constructor.name]));
    server.listen(0, '127.0.0.1', () => {
      const c = tls.connect({ port: server.address().port, host: '127.0.0.1', servername: 'localhost', ca: read('ca.pem'), ...clientOpts });
      c.on('keylog', (line) => lines.client.push([line, Buffer.isBuffer(line)]));
      c.on('data', () => {});
      c.on('close', () => server.close(() => {
        const randoms = new Set();
        for (const side of ['client', 'server']) {
          // (OpenSSL also logs EXPORTER_SECRET, crypto/tls does not)
          const ls = lines[side].filter(([l]) => !String(l).startsWith('EXPORTER_SECRET'));
          for (const [l, extra] of ls) {
            const m = /^([A-Z_0-9]+) ([0-9a-f]{64}) ([0-9a-f]+)\n$/.exec(String(l));
            if (!m) { log(side, 'bad line', JSON.stringify(String(l))); continue; }
            randoms.add(m[2]);
            log(side, m[1], 'secret bytes', m[3].length / 2, extra);
          }
        }
        log('distinct client randoms', randoms.size);
        resolve();
      }));
    });
  });
}

run([
  ['TLS 1.3 AES-128', (log) => pair({}, { ciphers: 'TLS_AES_128_GCM_SHA256' }, log)],
  ['TLS 1.2 ECDHE-ECDSA-AES128-GCM', (log) => pair({}, { maxVersion: 'TLSv1.2', ciphers: 'ECDHE-ECDSA-AES128-GCM-SHA256' }, log)],
  ['TLS 1.2 ECDHE-ECDSA-AES256-GCM', (log) => pair({}, { maxVersion: 'TLSv1.2', ciphers: 'ECDHE-ECDSA-AES256-GCM-SHA384' }, log)],
]);
