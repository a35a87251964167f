// OCSP stapling: a client with requestOCSP gets 'OCSPResponse' (the
// stapled bytes, or null) before 'secureConnect'; the server's
// 'OCSPRequest' gets the certificate and its issuer and staples what its
// callback returns; an error from the callback fails the connection.
// (A crypto/tls client always asks for a status, so a client without
// requestOCSP is not compared: Node's server would not emit 'OCSPRequest'.)
const tls = require('tls');
const { cert, recorder, serverOptions } = require('./_common');
const rec = recorder();

function round(name, handler, next) {
  const server = tls.createServer(serverOptions(), (s) => s.end('x'));
  if (handler) {
    server.on('OCSPRequest', (c, issuer, cb) => {
      rec.log(`${name} server`, 'OCSPRequest', Buffer.isBuffer(c), Buffer.isBuffer(issuer), c.length > 100, typeof cb);
      handler(cb);
    });
  }
  server.on('tlsClientError', (e) => rec.log(`${name} server`, 'tlsClientError', e.message));
  server.listen(0, '127.0.0.1', () => {
    const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: cert('ca.pem'), servername: 'localhost', requestOCSP: true });
    c.on('OCSPResponse', (r) => rec.log(`${name} client`, 'OCSPResponse', r && String(r)));
    c.on('secureConnect', () => rec.log(`${name} client`, 'secureConnect'));
    c.on('error', (e) => rec.log(`${name} client`, 'error', e.code));
    c.on('data', () => {});
    c.on('close', () => server.close(next));
  });
}
round('no listener', null, () =>
  round('response', (cb) => cb(null, Buffer.from('fake-ocsp-response')), () =>
    round('null', (cb) => cb(null, null), () =>
      round('async', (cb) => setTimeout(() => cb(null, Buffer.from('later')), 20), () =>
        round('error', (cb) => cb(new Error('ocsp failed')), () => {})))));
