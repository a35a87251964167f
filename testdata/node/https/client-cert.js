// Client certificates: a requestCert server sees req.socket.authorized and
// the peer certificate, whether the client passes cert/key to
// https.request directly, through an Agent's options, or as pfx.
const https = require('https');
const read = require('./_certs');
const server = https.createServer({
  key: read('server-ec-key.pem'), cert: read('server-ec-chain.pem'), ca: read('ca.pem'),
  requestCert: true, rejectUnauthorized: false,
}, (req, res) => {
  const s = req.socket;
  const cert = s.getPeerCertificate();
  res.end(JSON.stringify({ authorized: s.authorized, err: s.authorizationError, cn: cert.subject && cert.subject.CN, o: cert.subject && cert.subject.O }));
});
function get(opts) {
  return new Promise((resolve) => {
    const req = https.get({ port: server.address().port, host: 'localhost', ca: read('ca.pem'), agent: false, ...opts }, (res) => {
      let b = '';
      res.on('data', (d) => { b += d; });
      res.on('end', () => resolve(b));
    });
    req.on('error', (e) => resolve('error ' + e.code));
  });
}
server.listen(0, async () => {
  console.log('none', await get({}));
  console.log('cert', await get({ cert: read('client.pem'), key: read('client-key.pem') }));
  console.log('pfx', await get({ pfx: read('client.pfx'), passphrase: 'handshake' }));
  console.log('untrusted', await get({ cert: read('client-untrusted.pem'), key: read('client-untrusted-key.pem') }));
  const agent = new https.Agent({ cert: read('client.pem'), key: read('client-key.pem'), keepAlive: true });
  console.log('agent', await get({ agent }));
  console.log('agent again', await get({ agent }));
  agent.destroy();
  server.close();
});
