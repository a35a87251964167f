// TLS options through https.request: versions and pinned ciphers, ALPN,
// and the server's http/1.1 default.
const https = require('https');
const read = require('./_certs');
const server = https.createServer({ key: read('server-ec-key.pem'), cert: read('server-ec-chain.pem') }, (req, res) => {
  const s = req.socket;
  res.end(`${s.getProtocol()} ${s.getCipher().name} ${s.alpnProtocol}`);
});
function get(opts) {
  return new Promise((resolve) => {
    const req = https.get({ port: server.address().port, host: 'localhost', ca: read('ca.pem'), agent: false, ...opts }, (res) => {
      let b = '';
      res.on('data', (d) => { b += d; });
      res.on('end', () => resolve(`server(${b}) client(${req.socket.getProtocol()} ${req.socket.alpnProtocol})`));
    });
    req.on('error', (e) => resolve(`error ${e.code}`));
  });
}
server.listen(0, async () => {
  console.log(await get({ ciphers: 'TLS_AES_128_GCM_SHA256' }));
  console.log(await get({ maxVersion: 'TLSv1.2', ciphers: 'ECDHE-ECDSA-AES256-GCM-SHA384' }));
  console.log(await get({ minVersion: 'TLSv1.3', ciphers: 'TLS_AES_128_GCM_SHA256' }));
  console.log(await get({ ALPNProtocols: ['http/1.1'], ciphers: 'TLS_AES_128_GCM_SHA256' }));
  console.log(await get({ ALPNProtocols: ['h2', 'http/1.1'], ciphers: 'TLS_AES_128_GCM_SHA256' }));
  // (crypto/tls cannot pin other TLS 1.3 suites, and an ALPN mismatch's
  // client error code differs: see the README's compatibility table)
  console.log((await get({ ALPNProtocols: ['h2'] })).startsWith('error'));
  server.close();
});
