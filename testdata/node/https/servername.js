// The https agent sets servername from the host (not for IPs, and from a
// Host header when one is given); the server sees it as socket.servername.
const https = require('https');
const read = require('./_certs');
const server = https.createServer({ key: read('server-ec-key.pem'), cert: read('server-ec-chain.pem') }, (req, res) => {
  res.end(`servername=${req.socket.servername} host=${req.headers.host.replace(/\d+$/, 'PORT')}`);
});
function get(opts) {
  return new Promise((resolve) => {
    const req = https.get({ port: server.address().port, ca: read('ca.pem'), agent: false, ...opts }, (res) => {
      let b = '';
      res.on('data', (d) => { b += d; });
      res.on('end', () => resolve(b + ` client servername=${req.socket.servername}`));
    });
    req.on('error', (e) => resolve(`error ${e.code}`));
  });
}
server.listen(0, async () => {
  console.log(await get({ host: 'localhost' }));
  console.log(await get({ host: '127.0.0.1' }));
  console.log(await get({ host: '127.0.0.1', headers: { Host: 'localhost' } }));
  console.log(await get({ host: '127.0.0.1', servername: 'localhost' }));
  console.log(await get({ hostname: 'localhost', setHost: false }));
  server.close();
});
