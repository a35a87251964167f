// allowHalfOpen on both sides of a TLS connection: the client ends its
// side, the server still writes after 'end' and ends later; with the
// default (allowHalfOpen false) the server side ends automatically.
const tls = require('tls');
const { cert, recorder, serverOptions } = require('./_common');
const rec = recorder();

function round(name, halfOpen, next) {
  const server = tls.createServer({ ...serverOptions(), allowHalfOpen: halfOpen }, (s) => {
    s.on('data', (d) => rec.log(`${name} server`, 'data', String(d)));
    s.on('end', () => {
      rec.log(`${name} server`, 'end writable=' + s.writable);
      if (halfOpen) setTimeout(() => s.end('late reply'), 20);
    });
    s.on('finish', () => rec.log(`${name} server`, 'finish'));
    s.on('close', () => { rec.log(`${name} server`, 'close'); server.close(next); });
  });
  server.listen(0, '127.0.0.1', () => {
    const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: cert('ca.pem'), servername: 'localhost', allowHalfOpen: halfOpen }, () => {
      c.end('request');
    });
    c.on('data', (d) => rec.log(`${name} client`, 'data', String(d), 'writable=' + c.writable));
    c.on('end', () => rec.log(`${name} client`, 'end'));
    // 'finish' vs the peer's 'end' is a race with Go's writer goroutine: apart
    c.on('finish', () => rec.log(`${name} client-writable`, 'finish'));
    c.on('close', () => rec.log(`${name} client`, 'close'));
  });
}
round('halfopen', true, () => round('default', false, () => {}));
