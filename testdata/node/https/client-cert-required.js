// requestCert + rejectUnauthorized: a client without an acceptable
// certificate fails; the server reports it through 'tlsClientError' ->
// 'clientError'.
const https = require('https');
const read = require('./_certs');
const server = https.createServer({
  key: read('server-ec-key.pem'), cert: read('server-ec-chain.pem'), ca: read('ca.pem'),
  requestCert: true, rejectUnauthorized: true, maxVersion: 'TLSv1.2',
}, (req, res) => res.end('hello ' + req.socket.getPeerCertificate().subject.CN));
let clientErrors = 0;
server.on('clientError', (err) => { clientErrors++; });
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
  console.log('with cert', await get({ cert: read('client.pem'), key: read('client-key.pem') }));
  console.log('without', (await get({})).startsWith('error'));
  console.log('untrusted', (await get({ cert: read('client-untrusted.pem'), key: read('client-untrusted-key.pem') })).startsWith('error'));
  setTimeout(() => {
    console.log('clientErrors', clientErrors > 0);
    server.close();
  }, 100);
});
