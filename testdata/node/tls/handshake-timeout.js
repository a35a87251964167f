// handshakeTimeout: a raw TCP client that never speaks TLS gets the server
// 'tlsClientError' ERR_TLS_HANDSHAKE_TIMEOUT; Node leaves the socket open
// (the listener destroys it here); a real TLS client within the limit is
// unaffected; bad values throw.
const net = require('net');
const tls = require('tls');
const { cert, recorder, serverOptions } = require('./_common');
const rec = recorder();

for (const bad of ['100', null, {}]) {
  try {
    tls.createServer({ ...serverOptions(), handshakeTimeout: bad });
    rec.log('options', `handshakeTimeout ${JSON.stringify(bad)} ok`);
  } catch (e) {
    rec.log('options', `handshakeTimeout ${JSON.stringify(bad)}`, e.code, e.message);
  }
}
const server = tls.createServer({ ...serverOptions(), handshakeTimeout: 200 }, (s) => {
  rec.log('server', 'secureConnection');
  s.end();
});
server.on('tlsClientError', (err, socket) => {
  rec.log('server', 'tlsClientError', err.name, err.code, err.message, 'destroyed=' + socket.destroyed);
  setTimeout(() => {
    rec.log('server', 'still open after 50ms: ' + !socket.destroyed);
    socket.destroy();
  }, 50);
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const raw = net.connect(port, '127.0.0.1', () => rec.log('raw', 'connect'));
  raw.on('data', (d) => rec.log('raw', 'data', d.length));
  raw.on('end', () => rec.log('raw', 'end'));
  raw.on('close', () => {
    rec.log('raw', 'close');
    const c = tls.connect({ port, host: '127.0.0.1', ca: cert('ca.pem'), servername: 'localhost' }, () => rec.log('client', 'secureConnect'));
    c.on('data', () => {});
    c.on('close', () => {
      rec.log('client', 'close');
      server.close();
    });
  });
});
