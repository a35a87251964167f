// Connection-level failures a probe script meets: nothing listening, a
// server that never answers the ClientHello (handshakeTimeout on the
// server, socket timeout on the client), a server that hangs up,
// printed whole (ports replaced).
'use strict';
const tls = require('tls');
const net = require('net');
const { read, run } = require('./_probe');
const { inspectError } = require('./_inspect');

function closedPort() {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = s.address().port;
      s.close(() => resolve(port));
    });
  });
}

run([
  ['nothing listening', async (log) => {
    const port = await closedPort();
    await new Promise((resolve) => {
      const c = tls.connect({ port, host: '127.0.0.1', servername: 'localhost' }, () => log('secureConnect?'));
      c.on('error', (e) => log('error', inspectError(e).replace(String(port), '<port>')));
      c.on('close', (hadError) => { log('close', hadError, 'connecting', c.connecting, 'destroyed', c.destroyed); resolve(); });
    });
  }],
  ['silent server, client timeout option', (log) => new Promise((resolve) => {
    const server = net.createServer((s) => s.on('data', () => {}));
    server.listen(0, '127.0.0.1', () => {
      const c = tls.connect({ port: server.address().port, host: '127.0.0.1', servername: 'localhost', timeout: 100 });
      c.on('timeout', () => { log('timeout event, secureConnecting', c.secureConnecting); c.destroy(); });
      c.on('error', (e) => log('error', inspectError(e)));
      c.on('close', (hadError) => { log('close', hadError); server.close(resolve); });
    });
  })],
  ['silent client, server handshakeTimeout', (log) => new Promise((resolve) => {
    const server = tls.createServer({ key: read('server-ec-key.pem'), cert: read('server-ec-chain.pem'), handshakeTimeout: 100 }, () => log('secureConnection?'));
    // (Node leaves the socket open after a handshake timeout: close it)
    server.on('tlsClientError', (e, s) => { log('tlsClientError', inspectError(e), 'socket destroyed', s.destroyed); s.destroy(); });
    server.listen(0, '127.0.0.1', () => {
      const raw = net.connect(server.address().port, '127.0.0.1');
      raw.on('end', () => log('raw client end'));
      raw.on('close', () => { log('raw client close'); server.close(); resolve(); });
    });
  })],
  ['server closes after the ClientHello', (log) => new Promise((resolve) => {
    // (closing before reading could reset the connection, by timing)
    const server = net.createServer((s) => s.once('data', () => s.destroy()));
    server.listen(0, '127.0.0.1', () => {
      const c = tls.connect({ port: server.address().port, host: '127.0.0.1', servername: 'localhost' });
      c.on('end', () => log('end'));
      c.on('error', (e) => log('error', inspectError(e)));
      c.on('close', (hadError) => { log('close', hadError); server.close(); resolve(); });
    });
  })],
  ['server sends garbage', (log) => new Promise((resolve) => {
    const server = net.createServer((s) => {
      s.on('data', () => {});
      s.on('error', () => {});
      s.on('close', () => server.close());
      s.write(Buffer.from('SSH-2.0-OpenSSH_9.0\r\n'));
    });
    server.listen(0, '127.0.0.1', () => {
      const c = tls.connect({ port: server.address().port, host: '127.0.0.1', servername: 'localhost' });
      c.on('error', (e) => { log('error', inspectError(e)); c.destroy(); });
      c.on('close', (hadError) => { log('close', hadError); resolve(); });
    });
  })],
]);
