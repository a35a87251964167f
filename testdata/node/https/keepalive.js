// Keep-alive through https.globalAgent: one TLS handshake for sequential
// requests (one 'secureConnection', reusedSocket on later requests).
const https = require('https');
const read = require('./_certs');
let secure = 0;
const server = https.createServer({ key: read('server-ec-key.pem'), cert: read('server-ec-chain.pem') }, (req, res) => res.end(req.url));
server.on('secureConnection', () => secure++);
function get(path) {
  return new Promise((resolve) => {
    const req = https.get({ port: server.address().port, host: 'localhost', path, ca: read('ca.pem') }, (res) => {
      let b = '';
      res.on('data', (d) => { b += d; });
      // a kept-alive request closes when its socket goes back to the pool
      req.on('close', () => resolve(`${b} reused=${req.reusedSocket} ka=${res.headers['keep-alive']}`));
    });
  });
}
server.listen(0, async () => {
  for (const p of ['/1', '/2', '/3']) {
    console.log(await get(p));
    await new Promise((r) => setImmediate(r));
  }
  console.log('secureConnections', secure);
  const name = Object.keys(https.globalAgent.freeSockets)[0];
  console.log('agent key', name.replace(/:\d+:/, ':PORT:').slice(0, 40), https.globalAgent.freeSockets[name].length);
  https.globalAgent.destroy();
  server.close();
});
