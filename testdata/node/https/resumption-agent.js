// https.Agent caches the TLS session from the socket's 'session' event, so
// the next connection to the same host resumes (isSessionReused), for TLS
// 1.3 and 1.2; maxCachedSessions: 0 disables the cache.
const https = require('https');
const read = require('./_certs');
const server = https.createServer({ key: read('server-ec-key.pem'), cert: read('server-ec-chain.pem') }, (req, res) => {
  res.end(`${req.socket.isSessionReused()} ${req.socket.getProtocol()}`);
});
function get(agent, extra = {}) {
  return new Promise((resolve, reject) => {
    const req = https.get({ port: server.address().port, host: 'localhost', ca: read('ca.pem'), agent, ...extra }, (res) => {
      let b = '';
      res.on('data', (d) => { b += d; });
      res.on('end', () => resolve(`server(${b}) client(${res.socket ? res.socket.isSessionReused() : req.socket.isSessionReused()})`));
    });
    req.on('error', reject);
  });
}
const wait = (ms) => new Promise((r) => setTimeout(r, ms));
server.listen(0, async () => {
  for (const [label, opts] of [['tls1.3', {}], ['tls1.2', { maxVersion: 'TLSv1.2' }]]) {
    const agent = new https.Agent({ keepAlive: false, ...opts });
    console.log(label, 'first', await get(agent, opts));
    await wait(50);
    console.log(label, 'cached', Object.keys(agent._sessionCache.map).length, agent._sessionCache.list.length);
    console.log(label, 'second', await get(agent, opts));
    await wait(50);
    console.log(label, 'third', await get(agent, opts));
    agent.destroy();
  }
  const none = new https.Agent({ keepAlive: false, maxCachedSessions: 0 });
  console.log('nocache first', await get(none));
  await wait(50);
  console.log('nocache second', await get(none), Object.keys(none._sessionCache.map).length);
  const ka = new https.Agent({ keepAlive: true });
  console.log('keepalive first', await get(ka));
  console.log('keepalive second', await get(ka));
  ka.destroy();
  server.close();
});
