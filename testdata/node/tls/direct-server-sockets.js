// A tls.Server with no 'connection' listener of its own builds its
// TLSSockets on the accepted handles (no raw net.Socket); what a script can
// see must stay Node's. The Go test that held node's
// output became this differential script.
const net = require('net');
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const certs = path.join(__dirname, '..', '..', 'certs');
const key = fs.readFileSync(certs + '/server-ec-key.pem');
const cert = fs.readFileSync(certs + '/server-ec-chain.pem');
const ca = fs.readFileSync(certs + '/ca.pem');
const log = (...a) => console.log(...a);

function parentAndAddresses(done) {
  let n = 0;
  const server = tls.createServer({ key, cert, ALPNProtocols: ['h2', 'http/1.1'] }, (s) => {
    const i = n++;
    const p = s._parent;
    log(i, 'parent', p.constructor.name, p instanceof net.Socket, p === s._parent, p.destroyed, p.remotePort === s.remotePort);
    log(i, 'alpn', s.alpnProtocol, 'servername', s.servername, 'established', s._secureEstablished, 'timeout', s.timeout);
    log(i, 'listeners', s.listenerCount('timeout'), s.listenerCount('end'), s.listenerCount('secure'));
    if (i === 0) s.setKeyCert({ key, cert });
    log(i, 'options shared', s._tlsOptions.ALPNProtocols.length, typeof s._tlsOptions.secureContext);
    s.on('close', () => {
      log(i, 'close parent destroyed', p.destroyed, 'remoteAddress', s.remoteAddress);
      // the next client starts after this side's 'close': across sides the
      // order is scheduling
      if (i === 0) one();
      else server.close(done);
    });
    s.end();
  });
  const one = () => {
    const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca, servername: 'localhost', ALPNProtocols: ['http/1.1'] }, () => c.resume());
  };
  server.listen(0, '127.0.0.1', one);
}

function handshakeTimeouts(done) {
  const server = tls.createServer({ key, cert, handshakeTimeout: 100 }, () => {});
  let errors = 0;
  server.on('tlsClientError', (err, socket) => {
    log('tlsClientError', err.code, 'destroyed', socket.destroyed, 'timeout', socket.timeout);
    socket.on('timeout', () => log('a timeout listener added now is not called'));
    socket.destroy();
    if (++errors === 2) server.close(done);
  });
  server.listen(0, '127.0.0.1', () => {
    for (const delay of [0, 30]) {
      setTimeout(() => {
        const raw = net.connect(server.address().port, '127.0.0.1');
        raw.on('error', () => {});
      }, delay);
    }
  });
}

// addresses not read while the socket was open read as undefined after
// 'close', as in Node (its handle is gone)
function addressesAfterClose(done) {
  const server = tls.createServer({ key, cert }, (s) => {
    s.on('close', () => {
      log('after close', s.remoteAddress, s.remotePort, s.localAddress);
      server.close(done);
    });
    s.destroy();
  });
  server.listen(0, '127.0.0.1', () => {
    const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca, servername: 'localhost' });
    c.on('error', () => {});
  });
}

parentAndAddresses(() => handshakeTimeouts(() => addressesAfterClose(() => log('done'))));
