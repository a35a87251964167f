// https.request's TLS session option: a session saved from one request
// resumes in the next (agent: false, so the Agent cache is not involved);
// the socket 'session' event after 'secureConnect'.
const https = require('https');
const read = require('./_certs');
const server = https.createServer({ key: read('server-ec-key.pem'), cert: read('server-ec-chain.pem') }, (req, res) => res.end('ok'));
function get(opts) {
  return new Promise((resolve) => {
    const events = [];
    const req = https.get({ port: server.address().port, host: 'localhost', ca: read('ca.pem'), agent: false, ...opts }, (res) => {
      events.push('response');
      res.resume();
    });
    let session;
    req.on('socket', (s) => {
      events.push('socket');
      s.on('secureConnect', () => events.push('secureConnect reused=' + s.isSessionReused()));
      s.on('session', (sess) => { session = sess; });
    });
    req.on('close', () => setTimeout(() => resolve({ events, session }), 30));
  });
}
server.listen(0, async () => {
  for (const maxVersion of ['TLSv1.3', 'TLSv1.2']) {
    const first = await get({ maxVersion });
    console.log(maxVersion, 'first', first.events.join(' '), Buffer.isBuffer(first.session));
    const second = await get({ maxVersion, session: first.session });
    console.log(maxVersion, 'second', second.events.join(' '));
  }
  server.close();
});
