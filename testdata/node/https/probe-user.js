// An https client probing a server as users do: https.get with ca, the
// response socket's TLS facts, rejectUnauthorized false against a
// self-signed server, servername/checkServerIdentity options, and the
// errors of a wrong host and an untrusted certificate printed whole.
'use strict';
const https = require('https');
const util = require('util');
const fs = require('fs');
const path = require('path');

const certs = path.join(__dirname, '..', '..', 'certs');
const read = (n) => fs.readFileSync(path.join(certs, n));

function shown(err) {
  // the parts of console.log(err) that do not change between runs
  const copy = { ...err };
  if (copy.cert) copy.cert = `<cert ${copy.cert.subject.CN}>`;
  delete copy.port;
  return `${err.name}: ${err.message.replace(/^[0-9A-F]+:error/, '<tid>:error').replace(/:[^:]*\.c:\d+:/, ':<file>:<line>:')} ${util.inspect(copy)}`;
}

function serve(certName, keyName) {
  return new Promise((resolve) => {
    const server = https.createServer({ key: read(keyName), cert: read(certName) }, (req, res) => {
      res.setHeader('content-type', 'text/plain');
      res.end(`hello ${req.socket.servername} ${req.socket.getProtocol()}`);
    });
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

function get(server, opts) {
  return new Promise((resolve) => {
    const req = https.get({ host: '127.0.0.1', port: server.address().port, path: '/', agent: false, ...opts }, (res) => {
      const s = res.socket;
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => {
        console.log('  status', res.statusCode, JSON.stringify(body), 'authorized', s.authorized, s.authorizationError,
          'protocol', s.getProtocol(), 'cipher', s.getProtocol() === 'TLSv1.3' ? '(a TLS 1.3 suite: Go picks AES-128)' : s.getCipher().name, 'peer', s.getPeerCertificate().subject.CN,
          'alpn', s.alpnProtocol, 'servername', s.servername);
        resolve();
      });
    });
    req.on('error', (e) => {
      console.log('  error', shown(e));
      resolve();
    });
  });
}

(async () => {
  const good = await serve('server-ec-chain.pem', 'server-ec-key.pem');
  const self = await serve('server-selfsigned.pem', 'server-selfsigned-key.pem');
  const cases = [
    ['trusted, servername localhost', good, { ca: read('ca.pem'), servername: 'localhost' }],
    ['trusted, host 127.0.0.1 (IP SAN)', good, { ca: read('ca.pem') }],
    ['trusted, wrong servername', good, { ca: read('ca.pem'), servername: 'example.com' }],
    ['no ca', good, { servername: 'localhost' }],
    ['self-signed', self, { servername: 'localhost' }],
    ['self-signed, rejectUnauthorized false', self, { servername: 'localhost', rejectUnauthorized: false }],
    ['checkServerIdentity accepting', good, { ca: read('ca.pem'), servername: 'example.com', checkServerIdentity: () => undefined }],
    ['maxVersion TLSv1.2', good, { ca: read('ca.pem'), servername: 'localhost', maxVersion: 'TLSv1.2' }],
    ['Host header differs from servername', good, { ca: read('ca.pem'), servername: 'localhost', headers: { host: 'example.com' } }],
  ];
  for (const [name, server, opts] of cases) {
    console.log(`# ${name}`);
    await get(server, opts);
  }
  good.close();
  self.close();
})();
