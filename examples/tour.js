// A tour of the TLS event flow, both sides, in one process: an HTTPS server
// and two requests to it. The first does a full handshake; the second
// resumes the TLS session the https.Agent cached from the first.
//
//   handshake examples/tour.js        (or: node examples/tour.js)
//
// Each line is one event, in the order it was emitted on that side. The
// server's and the client's lines are printed as two columns of one
// timeline per connection, because which side sees its handshake finish
// first is a race (in TLS 1.3 it is usually the client).
'use strict';
const https = require('https');
const fs = require('fs');
const path = require('path');

const certs = path.join(__dirname, '..', 'testdata', 'certs');
const read = (name) => fs.readFileSync(path.join(certs, name));

const events = { server: [], client: [] };
const log = (side, text) => events[side].push(text);

const server = https.createServer({ key: read('server-ec-key.pem'), cert: read('server-ec-chain.pem') }, (req, res) => {
  log('server', `'request'           ${req.method} ${req.url} over ${req.socket.getProtocol()}`);
  res.end('hello over TLS\n');
});
server.on('connection', (socket) => {
  log('server', `'connection'        raw TCP from ${socket.remoteAddress}, no TLS yet`);
});
server.on('keylog', (line) => {
  log('server', `'keylog'            ${line.toString().split(' ')[0]}`);
});
server.on('secureConnection', (tlsSocket) => {
  const cipher = tlsSocket.getCipher();
  log('server', `'secureConnection'  handshake done: ${tlsSocket.getProtocol()} ${cipher.name}, ` +
    `resumed=${tlsSocket.isSessionReused()}, SNI=${tlsSocket.servername}, ALPN=${tlsSocket.alpnProtocol}`);
  tlsSocket.on('secureConnect', () => log('server', "'secureConnect' (never: server sockets don't emit it)"));
  tlsSocket.on('close', () => log('server', "'close'             connection closed"));
});

// keepAlive off, so the second request needs a new connection; the agent
// keeps the TLS session from the first and offers it for resumption.
const agent = new https.Agent({ keepAlive: false, maxCachedSessions: 10 });

function request(n, done) {
  const req = https.request({
    host: 'localhost',
    port: server.address().port,
    path: `/request-${n}`,
    ca: read('ca.pem'),
    agent,
    // Go's TLS 1.3 suite preference differs from OpenSSL's; offering one
    // suite makes the same choice under node and handshake
    ciphers: 'TLS_AES_128_GCM_SHA256',
  }, (res) => {
    log('client', `'response'          ${res.statusCode}, body follows`);
    res.setEncoding('utf8');
    res.on('data', (chunk) => log('client', `'data'              ${JSON.stringify(chunk)}`));
    res.on('end', () => log('client', "'end'               response complete"));
  });
  req.on('socket', (socket) => {
    log('client', "'socket'            the request got a TLSSocket (still connecting)");
    socket.on('connect', () => log('client', "'connect'           TCP connected, handshake starts"));
    socket.on('keylog', (line) => log('client', `'keylog'            ${line.toString().split(' ')[0]}`));
    socket.on('secureConnect', () => {
      const cert = socket.getPeerCertificate();
      log('client', `'secureConnect'     ${socket.getProtocol()} ${socket.getCipher().name}, ` +
        `resumed=${socket.isSessionReused()}, authorized=${socket.authorized}`);
      if (cert.subject) {
        log('client', `                    server cert: CN=${cert.subject.CN}, issuer CN=${cert.issuer.CN}, ` +
          `valid to ${cert.valid_to}`);
      } else {
        log('client', '                    no server cert: a resumed handshake skips it ({})');
      }
    });
    // a server may send several tickets (OpenSSL sends two, Go one): show the first
    socket.once('session', () => log('client', "'session'           a session ticket arrived: the agent caches it"));
    socket.on('close', () => {
      log('client', "'close'             connection closed");
      setTimeout(done, 20);
    });
  });
  req.end();
}

function print(n) {
  console.log(`\n── connection ${n} ${'─'.repeat(50)}`);
  for (const side of ['server', 'client']) {
    console.log(`${side}:`);
    for (const line of events[side]) console.log(`  ${line}`);
    events[side] = [];
  }
}

server.listen(0, '127.0.0.1', () => {
  console.log(`HTTPS server on 127.0.0.1 (an ECDSA P-256 certificate from testdata/certs)`);
  request(1, () => {
    print(1);
    request(2, () => {
      print(2);
      server.close();
      console.log('\nWhat to notice:');
      console.log("- 'secureConnection' (server) and 'secureConnect' (client) fire after the handshake, never before.");
      console.log("- Server-side sockets never emit 'secureConnect'; getProtocol()/getCipher() are methods, not properties.");
      console.log("- The second connection resumed the first one's session: isSessionReused() is true on both sides,");
      console.log('  and getPeerCertificate() is {} because a resumed handshake sends no certificate.');
    });
  });
});
