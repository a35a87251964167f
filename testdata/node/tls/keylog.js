// 'keylog' on the client socket and on the server (with the socket): NSS
// key log lines ending in a newline, the labels each side logs for TLS 1.3
// and 1.2, and that both sides log the same secrets. (crypto/tls does not
// log TLS 1.3's EXPORTER_SECRET and picks AES-128 where OpenSSL picks
// AES-256-GCM-SHA384: both are left out of the comparison.)
const tls = require('tls');
const { cert, recorder, serverOptions } = require('./_common');
const rec = recorder();

function round(version, next) {
  const serverLines = [];
  const clientLines = [];
  const server = tls.createServer({ ...serverOptions(), maxVersion: version }, (s) => s.end());
  server.on('keylog', (line, socket) => {
    serverLines.push(String(line));
    if (serverLines.length === 1) rec.log(version, 'server keylog socket is TLSSocket', socket instanceof tls.TLSSocket);
  });
  server.listen(0, '127.0.0.1', () => {
    const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: cert('ca.pem'), servername: 'localhost' });
    c.on('keylog', (line) => clientLines.push(String(line)));
    const keep = (ls) => ls.filter((l) => !l.startsWith('EXPORTER_SECRET'));
    c.on('data', () => {});
    c.on('close', () => {
      const labels = (ls) => ls.map((l) => l.split(' ')[0]).join(',');
      rec.log(version, 'client labels', labels(keep(clientLines)));
      rec.log(version, 'server labels', labels(keep([...serverLines].sort())));
      rec.log(version, 'newline-terminated', clientLines.every((l) => l.endsWith('\n')));
      rec.log(version, 'same secrets', [...clientLines].sort().join('') === [...serverLines].sort().join(''));
      if (version === 'TLSv1.2') rec.log(version, 'field lengths', clientLines[0].trim().split(' ').map((f) => f.length).join(','));
      server.close(next);
    });
  });
}
round('TLSv1.3', () => round('TLSv1.2', () => {}));
