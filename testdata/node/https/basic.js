// https.createServer + https.request with the test CA: TLS properties on
// both sides of the request, ALPN http/1.1, event sequences per object.
const https = require('https');
const fs = require('fs');
const path = require('path');
const certs = path.join(__dirname, '..', '..', 'certs');
const read = (f) => fs.readFileSync(path.join(certs, f));
const seq = {};
const ev = (obj, name) => { (seq[obj] ||= []).push(name); };
process.on('exit', () => { for (const k of Object.keys(seq).sort()) console.log(k, seq[k].join(' ')); });

const server = https.createServer({ key: read('server-ec-key.pem'), cert: read('server-ec-chain.pem') }, (req, res) => {
  const s = req.socket;
  console.log('server socket', s.constructor.name, s.encrypted, s.authorized, s.alpnProtocol, s.getProtocol());
  console.log('server servername', s.servername, 'peer cert', JSON.stringify(s.getPeerCertificate()));
  console.log('server req', req.method, req.url, req.headers.host.replace(/\d+$/, 'PORT'), req.headers.connection);
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  res.end('secure hello');
});
server.on('connection', () => ev('server', 'connection'));
server.on('secureConnection', (s) => ev('server', 'secureConnection ' + s.alpnProtocol));
server.on('request', () => ev('server', 'request'));
server.on('close', () => ev('server', 'close'));
server.listen(0, () => {
  const req = https.request({
    port: server.address().port, host: 'localhost', path: '/secure', ca: read('ca.pem'),
  }, (res) => {
    const s = res.socket;
    console.log('client status', res.statusCode, res.headers['content-type'], res.headers['content-length']);
    console.log('client socket', s.authorized, s.authorizationError, s.alpnProtocol, s.getProtocol(), s.servername);
    console.log('client peer', s.getPeerCertificate().subject.CN, s.getPeerCertificate().issuer.CN);
    let body = '';
    res.on('data', (d) => { body += d; });
    res.on('end', () => {
      ev('res', 'end ' + body);
      server.close();
    });
  });
  req.on('socket', (s) => {
    ev('req', 'socket ' + s.constructor.name + ' ' + s.connecting);
    s.on('connect', () => ev('socket', 'connect'));
    s.on('secureConnect', () => ev('socket', 'secureConnect'));
  });
  req.on('finish', () => ev('req', 'finish'));
  req.on('close', () => ev('req', 'close'));
  req.end();
});
