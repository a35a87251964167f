// Options users get wrong in tls.connect / tls.createServer, and the
// errors node throws for them (printed whole). tls.connect checks the
// servername after the connection has started, so the socket of the
// "servername number" case is left connecting to port 1: its unhandled
// ECONNREFUSED ends the script, in node as here.
'use strict';
const tls = require('tls');
const { inspectError } = require('./_inspect');

function tryIt(label, fn) {
  try {
    const r = fn();
    if (r && typeof r.destroy === 'function') { r.on('error', () => {}); r.destroy(); }
    if (r && typeof r.close === 'function' && !r.destroy) r.close();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, 'threw', inspectError(e));
  }
}

const base = { port: 1, host: '127.0.0.1' };
tryIt('servername number', () => tls.connect({ ...base, servername: 42 }));
tryIt('servername IP', () => tls.connect({ ...base, servername: '10.0.0.1' }));
tryIt('session string', () => tls.connect({ ...base, session: 'abc' }));
tryIt('minDHSize 0', () => tls.connect({ ...base, minDHSize: 0 }));
tryIt('minDHSize string', () => tls.connect({ ...base, minDHSize: '1024' }));
tryIt('checkServerIdentity not a function', () => tls.connect({ ...base, checkServerIdentity: 'no' }));
tryIt('timeout string', () => tls.connect({ ...base, timeout: '5' }));
tryIt('ALPNProtocols number', () => tls.connect({ ...base, ALPNProtocols: 5 }));
tryIt('highWaterMark negative', () => tls.connect({ ...base, highWaterMark: -1 }));
tryIt('port out of range', () => tls.connect({ port: 70000, host: '127.0.0.1' }));
tryIt('no port', () => tls.connect({ host: '127.0.0.1' }));
tryIt('pskCallback not function', () => tls.connect({ ...base, pskCallback: 1 }));
tryIt('server handshakeTimeout string', () => tls.createServer({ handshakeTimeout: '5' }));
tryIt('server sessionTimeout negative', () => tls.createServer({ sessionTimeout: -1 }));
tryIt('server SNICallback string', () => tls.createServer({ SNICallback: 'x' }));
tryIt('server ALPNCallback string', () => tls.createServer({ ALPNCallback: 'x' }));
tryIt('server requestCert string', () => tls.createServer({ requestCert: 'yes' }));
tryIt('server ticketKeys string', () => tls.createServer({ ticketKeys: 'x'.repeat(48) }));
tryIt('server pskIdentityHint number', () => tls.createServer({ pskIdentityHint: 5 }));
tryIt('server enableTrace string', () => tls.createServer({ enableTrace: 'yes' }));
tryIt('addContext without name', () => tls.createServer().addContext('', {}));
tryIt('setTicketKeys short', () => tls.createServer().setTicketKeys(Buffer.alloc(10)));
tryIt('setSecureContext string', () => tls.createServer().setSecureContext('x'));
