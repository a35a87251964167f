// ALPN as users try it: lists with and without overlap, an ALPNCallback
// that picks, returns undefined, returns a protocol the client did not
// offer, or throws; Buffer protocol lists; what alpnProtocol reads on both
// sides, and the errors (printed whole) when there is no overlap.
'use strict';
const tls = require('tls');
const { read, run } = require('./_probe');
const { inspectError } = require('./_inspect');

function pair(serverOpts, clientOpts, log) {
  return new Promise((resolve) => {
    let server;
    try {
      server = tls.createServer({ key: read('server-ec-key.pem'), cert: read('server-ec-chain.pem'), ...serverOpts }, (s) => {
        log('server alpnProtocol', JSON.stringify(s.alpnProtocol));
        s.end();
      });
    } catch (e) {
      log('createServer threw', inspectError(e));
      return resolve();
    }
    server.on('tlsClientError', (e) => log('server tlsClientError', inspectError(e)));
    server.listen(0, '127.0.0.1', () => {
      let c;
      try {
        c = tls.connect({ port: server.address().port, host: '127.0.0.1', servername: 'localhost', ca: read('ca.pem'), ...clientOpts }, () => {
          log('client alpnProtocol', JSON.stringify(c.alpnProtocol));
          c.end();
        });
      } catch (e) {
        log('connect threw', inspectError(e));
        server.close(resolve);
        return;
      }
      c.on('error', (e) => log('client error', inspectError(e)));
      c.on('close', () => setTimeout(() => server.close(resolve), 20));
    });
  });
}

run([
  ['overlap, server order wins', (log) => pair({ ALPNProtocols: ['h2', 'http/1.1'] }, { ALPNProtocols: ['http/1.1', 'h2'] }, log)],
  ['no overlap', (log) => pair({ ALPNProtocols: ['h2'] }, { ALPNProtocols: ['spdy/3'] }, log)],
  ['no overlap TLS 1.2', (log) => pair({ ALPNProtocols: ['h2'] }, { ALPNProtocols: ['spdy/3'], maxVersion: 'TLSv1.2' }, log)],
  ['wire-format buffer on the server', (log) => pair({ ALPNProtocols: Buffer.from('\x02h2\x08http/1.1') }, { ALPNProtocols: ['http/1.1'] }, log)],
  ['list of buffers on the client', (log) => pair({ ALPNProtocols: ['http/1.1'] }, { ALPNProtocols: [Buffer.from('http/1.1')] }, log)],
  ['Uint8Array wire format on the client', (log) => pair({ ALPNProtocols: ['h2'] }, { ALPNProtocols: new Uint8Array([2, 104, 50]) }, log)],
  ['multibyte name', (log) => pair({ ALPNProtocols: ['протокол'] }, { ALPNProtocols: ['протокол'] }, log)],
  ['callback picks', (log) => pair({ ALPNCallback: ({ servername, protocols }) => {
    log('callback', servername, JSON.stringify(protocols));
    return protocols[protocols.length - 1];
  } }, { ALPNProtocols: ['a', 'b', 'c'] }, log)],
  ['callback returns undefined', (log) => pair({ ALPNCallback: () => undefined }, { ALPNProtocols: ['a'] }, log)],
  ['callback returns unoffered', (log) => pair({ ALPNCallback: () => 'zzz' }, { ALPNProtocols: ['a'] }, log)],
  ['callback not called without client ALPN', (log) => pair({ ALPNCallback: () => { log('called'); return 'a'; } }, {}, log)],
  ['callback and list together', (log) => pair({ ALPNCallback: () => 'a', ALPNProtocols: ['a'] }, { ALPNProtocols: ['a'] }, log)],
  ['protocol name too long', (log) => pair({}, { ALPNProtocols: ['x'.repeat(256)] }, log)],
  ['ALPNProtocols not a list', (log) => pair({ ALPNProtocols: 'h2' }, { ALPNProtocols: ['h2'] }, log)],
]);
