// Interop server: a TLS server under handshake that a foreign client
// (openssl s_client, node) talks to. Prints "ready PORT", then for each
// connection one line describing what was negotiated, and echoes.
// Usage: server.js [--request-cert] [--alpn a,b] [--max TLSv1.2]
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const certs = path.join(__dirname, '..', 'certs');
const args = process.argv.slice(2);
const opt = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const options = {
  key: fs.readFileSync(path.join(certs, 'server-ec-key.pem')),
  cert: fs.readFileSync(path.join(certs, 'server-ec-chain.pem')),
  ca: fs.readFileSync(path.join(certs, 'ca.pem')),
  requestCert: args.includes('--request-cert'),
  rejectUnauthorized: args.includes('--request-cert'),
};
if (opt('--alpn')) options.ALPNProtocols = opt('--alpn').split(',');
if (opt('--max')) options.maxVersion = opt('--max');
const server = tls.createServer(options, (s) => {
  const peer = s.getPeerCertificate();
  console.log(`conn protocol=${s.getProtocol()} cipher=${s.getCipher().standardName} alpn=${s.alpnProtocol} ` +
    `reused=${s.isSessionReused()} authorized=${s.authorized} peer=${peer.subject ? peer.subject.CN : '-'}`);
  s.on('error', () => {});
  s.pipe(s);
});
server.on('tlsClientError', (err) => console.log(`tlsClientError ${err.code}`));
server.listen(0, '127.0.0.1', () => console.log(`ready ${server.address().port}`));
