// Handshake failures on both sides: protocol versions, ciphers, client
// certificates, ALPN, a peer that is not TLS, and a peer that hangs up.
'use strict';
const tls = require('tls');
const net = require('net');
const { read, describe, run } = require('./_probe');

const serverCert = { key: read('server-ec-key.pem'), cert: read('server-ec-chain.pem') };
const rsaCert = { key: read('server-rsa-key.pem'), cert: read('server-rsa-chain.pem') };
const ca = read('ca.pem');

// One server and one client; logs each side's outcome.
function pair(serverOpts, clientOpts, log) {
  return new Promise((resolve) => {
    let pending = 2;
    const done = () => { if (--pending === 0) server.close(resolve); };
    const server = tls.createServer(serverOpts, (s) => {
      log('server secureConnection authorized=' + s.authorized,
          'authorizationError=' + describe(s.authorizationError),
          'protocol=' + s.getProtocol(), 'alpn=' + s.alpnProtocol);
      s.on('error', (e) => log('server socket error', describe(e)));
      s.end('hi');
    });
    server.on('tlsClientError', (e) => log('server tlsClientError', describe(e)));
    server.on('connection', (raw) => raw.on('close', done));
    server.listen(0, '127.0.0.1', () => {
      const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca, servername: 'localhost',
                              ...clientOpts }, () => {
        log('client secureConnect authorized=' + c.authorized, 'protocol=' + c.getProtocol(),
            'alpn=' + c.alpnProtocol);
      });
      c.on('data', (d) => log('client data', JSON.stringify(String(d))));
      c.on('error', (e) => log('client error', describe(e)));
      c.on('close', done);
    });
  });
}

// A plain TCP server with a scripted reaction, and a TLS client.
function rawServer(onConn, clientOpts, log) {
  return new Promise((resolve) => {
    const server = net.createServer(onConn);
    server.listen(0, '127.0.0.1', () => {
      const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca, ...clientOpts });
      c.on('secureConnect', () => log('client secureConnect'));
      c.on('error', (e) => log('client error', describe(e)));
      c.on('close', () => { server.close(); setTimeout(resolve, 50); });
    });
  });
}

// A TLS server and a plain TCP client that sends text.
function rawClient(serverOpts, text, log) {
  return new Promise((resolve) => {
    const server = tls.createServer(serverOpts, () => log('server secureConnection'));
    server.on('tlsClientError', (e) => log('server tlsClientError', describe(e)));
    server.listen(0, '127.0.0.1', () => {
      const c = net.connect(server.address().port, '127.0.0.1', () => c.write(text));
      c.on('data', (d) => log('raw client got', d.length > 0 ? 'bytes' : 'nothing'));
      c.on('error', (e) => log('raw client error', e.code));
      c.on('close', () => { server.close(); setTimeout(resolve, 50); });
    });
  });
}

run([
  ['server max 1.2, client min 1.3', (log) =>
    pair({ ...serverCert, maxVersion: 'TLSv1.2' }, { minVersion: 'TLSv1.3' }, log)],
  ['server min 1.3, client max 1.2', (log) =>
    pair({ ...serverCert, minVersion: 'TLSv1.3' }, { maxVersion: 'TLSv1.2' }, log)],
  ['no shared cipher (1.2)', (log) =>
    pair({ ...rsaCert, ciphers: 'AES128-SHA', maxVersion: 'TLSv1.2' },
         { ciphers: 'ECDHE-RSA-AES256-GCM-SHA384', maxVersion: 'TLSv1.2' }, log)],
  ['ecdsa cert, only RSA suites (1.2)', (log) =>
    pair({ ...serverCert, maxVersion: 'TLSv1.2' },
         { ciphers: 'ECDHE-RSA-AES128-GCM-SHA256', maxVersion: 'TLSv1.2' }, log)],
  ['requestCert, no client cert, reject (1.3)', (log) =>
    pair({ ...serverCert, requestCert: true, rejectUnauthorized: true, ca }, {}, log)],
  ['requestCert, no client cert, reject (1.2)', (log) =>
    pair({ ...serverCert, requestCert: true, rejectUnauthorized: true, ca }, { maxVersion: 'TLSv1.2' }, log)],
  ['requestCert, no client cert, no reject', (log) =>
    pair({ ...serverCert, requestCert: true, rejectUnauthorized: false, ca }, {}, log)],
  ['requestCert, good client cert', (log) =>
    pair({ ...serverCert, requestCert: true, rejectUnauthorized: true, ca },
         { key: read('client-key.pem'), cert: read('client.pem') }, log)],
  ['requestCert, untrusted client cert, no reject', (log) =>
    pair({ ...serverCert, requestCert: true, rejectUnauthorized: false, ca },
         { key: read('client-untrusted-key.pem'), cert: read('client-untrusted.pem') }, log)],
  ['requestCert, untrusted client cert, reject (1.3)', (log) =>
    pair({ ...serverCert, requestCert: true, rejectUnauthorized: true, ca },
         { key: read('client-untrusted-key.pem'), cert: read('client-untrusted.pem') }, log)],
  ['requestCert, untrusted client cert, reject (1.2)', (log) =>
    pair({ ...serverCert, requestCert: true, rejectUnauthorized: true, ca },
         { key: read('client-untrusted-key.pem'), cert: read('client-untrusted.pem'), maxVersion: 'TLSv1.2' }, log)],
  ['requestCert, server cert as client cert (purpose)', (log) =>
    pair({ ...serverCert, requestCert: true, rejectUnauthorized: false, ca },
         { key: read('server-root-signed-key.pem'), cert: read('server-root-signed.pem') }, log)],
  ['ALPN mismatch', (log) =>
    pair({ ...serverCert, ALPNProtocols: ['h2'] }, { ALPNProtocols: ['http/1.1'] }, log)],
  ['ALPN match', (log) =>
    pair({ ...serverCert, ALPNProtocols: ['h2', 'http/1.1'] }, { ALPNProtocols: ['http/1.1'] }, log)],
  ['ALPN client only', (log) =>
    pair({ ...serverCert }, { ALPNProtocols: ['http/1.1'] }, log)],
  ['ALPN server only', (log) =>
    pair({ ...serverCert, ALPNProtocols: ['h2'] }, {}, log)],
  ['server speaks HTTP', (log) =>
    rawServer((s) => { s.resume(); s.end('HTTP/1.1 400 Bad Request\r\n\r\n'); }, {}, log)],
  ['server closes at once', (log) =>
    rawServer((s) => s.destroy(), {}, log)],
  ['server closes after reading', (log) =>
    rawServer((s) => s.once('data', () => s.destroy()), {}, log)],
  ['server ends after reading', (log) =>
    rawServer((s) => s.once('data', () => s.end()), {}, log)],
  ['client speaks HTTP', (log) =>
    rawClient(serverCert, 'GET / HTTP/1.1\r\n\r\n', log)],
]);
