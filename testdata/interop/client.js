// Interop client: handshake's tls.connect against a foreign server
// (openssl s_server -www, node). Sends an HTTP/1.0 request, prints what
// was negotiated and the first response line.
// Usage: client.js PORT [--cert] [--alpn a,b] [--max TLSv1.2] [--twice]
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const certs = path.join(__dirname, '..', 'certs');
const args = process.argv.slice(2);
const port = Number(args[0]);
const opt = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const options = { port, host: '127.0.0.1', servername: 'localhost', ca: fs.readFileSync(path.join(certs, 'ca.pem')) };
if (args.includes('--cert')) {
  options.key = fs.readFileSync(path.join(certs, 'client-key.pem'));
  options.cert = fs.readFileSync(path.join(certs, 'client.pem'));
}
if (opt('--alpn')) options.ALPNProtocols = opt('--alpn').split(',');
if (opt('--max')) options.maxVersion = opt('--max');

function connect(session, n) {
  const c = tls.connect({ ...options, session }, () => {
    console.log(`secureConnect protocol=${c.getProtocol()} cipher=${c.getCipher().standardName} alpn=${c.alpnProtocol} ` +
      `reused=${c.isSessionReused()} authorized=${c.authorized} peer=${c.getPeerCertificate().subject ? c.getPeerCertificate().subject.CN : '-'}`);
    c.write('GET / HTTP/1.0\r\n\r\n');
  });
  let saved;
  c.on('session', (s) => { saved = saved || s; });
  let first = true;
  c.on('data', (d) => {
    if (first) console.log(`response ${d.toString().split('\r\n')[0]}`);
    first = false;
    c.end(); // an echo server would keep the connection open

  });
  c.on('error', (err) => console.log(`error ${err.code}`));
  c.on('close', () => {
    if (n === 1 && args.includes('--twice')) connect(saved, 2);
  });
}
connect(undefined, 1);
