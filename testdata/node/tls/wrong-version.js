// tls.connect to a plain TCP server that answers HTTP: the client fails
// with ERR_SSL_WRONG_VERSION_NUMBER (code, library, reason; the message
// carries a per-process address in Node); to a closed port: ECONNREFUSED
// with Node's network error fields.
const net = require('net');
const tls = require('tls');
const { cert, recorder } = require('./_common');
const rec = recorder();

const http = net.createServer((s) => {
  s.on('data', () => {});
  s.end('HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n');
});
http.listen(0, '127.0.0.1', () => {
  const port = http.address().port;
  const c = tls.connect({ port, host: '127.0.0.1', ca: cert('ca.pem') });
  c.on('secureConnect', () => rec.log('http', 'secureConnect'));
  c.on('error', (e) => {
    rec.log('http', 'error', e.name, e.code, e.library, e.reason, /wrong version number/.test(e.message));
    rec.log('http', 'keys', Object.keys(e).join(','));
  });
  c.on('close', (hadError) => {
    rec.log('http', 'close', hadError);
    http.close(() => {
      // the port is free now: nothing listens there
      const r = tls.connect({ port, host: '127.0.0.1' });
      r.on('error', (e) => {
        rec.log('refused', 'error', e.name, e.code, e.errno, e.syscall, e.address, e.port === port, e.message === `connect ECONNREFUSED 127.0.0.1:${port}`);
        rec.log('refused', 'keys', Object.keys(e).join(','));
      });
      r.on('close', (hadError) => rec.log('refused', 'close', hadError, 'connecting=' + r.connecting));
    });
  });
});
