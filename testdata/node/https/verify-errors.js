// Server certificate problems surface as request errors with the TLS
// verification codes; rejectUnauthorized: false lets the request through
// with authorized false; checkServerIdentity can be replaced.
const https = require('https');
const read = require('./_certs');
function serve(cert, key) {
  return new Promise((resolve) => {
    const s = https.createServer({ cert: read(cert), key: read(key) }, (req, res) => res.end('ok'));
    s.listen(0, () => resolve(s));
  });
}
function get(port, opts) {
  return new Promise((resolve) => {
    const req = https.get({ port, host: 'localhost', ca: read('ca.pem'), agent: false, ...opts }, (res) => {
      res.resume();
      res.on('end', () => resolve(`ok authorized=${res.socket ? res.socket.authorized : req.socket.authorized} err=${req.socket.authorizationError}`));
    });
    req.on('error', (e) => resolve(`error ${e.code} ${e.message}`));
  });
}
(async () => {
  for (const [cert, key] of [
    ['server-selfsigned.pem', 'server-selfsigned-key.pem'],
    ['server-untrusted.pem', 'server-untrusted-key.pem'],
    ['server-untrusted-chain.pem', 'server-untrusted-key.pem'],
    ['server-expired.pem', 'server-expired-key.pem'],
    ['server-ec.pem', 'server-ec-key.pem'],
    ['server-wronghost.pem', 'server-wronghost-key.pem'],
    ['server-root-signed.pem', 'server-root-signed-key.pem'],
  ]) {
    const s = await serve(cert, key);
    const port = s.address().port;
    console.log(cert, 'default:', await get(port, {}));
    console.log(cert, 'insecure:', await get(port, { rejectUnauthorized: false }));
    s.close();
  }
  const s = await serve('server-wronghost.pem', 'server-wronghost-key.pem');
  console.log('custom identity:', await get(s.address().port, {
    checkServerIdentity: (host, cert) => { console.log('check', host, cert.subject.CN, cert.subjectaltname); return undefined; },
  }));
  console.log('identity error:', await get(s.address().port, {
    checkServerIdentity: () => new Error('nope'),
  }));
  console.log('servername override:', await get(s.address().port, { servername: 'wrong.test' }));
  s.close();
})();
