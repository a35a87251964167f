// Raw TCP clients sending things that are not a TLS ClientHello: the
// server's 'tlsClientError' codes (HTTP request, CONNECT, random bytes, a
// truncated hello, an immediate close) and what the raw client sees.
const net = require('net');
const tls = require('tls');
const { recorder, serverOptions } = require('./_common');
const rec = recorder();

const inputs = [
  ['GET', 'GET / HTTP/1.1\r\nHost: x\r\n\r\n'],
  ['POST', 'POST / HTTP/1.1\r\n\r\n'],
  ['CONNECT', 'CONNECT example.com:443 HTTP/1.1\r\n\r\n'],
  ['garbage', Buffer.from('0123456789abcdefghij')],
  ['record of type 0x42', Buffer.from([0x42, 0x03, 0x03, 0x00, 0x05, 1, 2, 3, 4, 5])],
  ['truncated hello then close', Buffer.from([0x16, 0x03, 0x01, 0x02, 0x00, 0x01, 0x00])],
  ['nothing, close', null],
];
const server = tls.createServer(serverOptions(), () => rec.log('server', 'secureConnection?!'));
let current = '';
server.on('tlsClientError', (e) => rec.log(current + ' (server)', 'tlsClientError', e.code, e.library, e.reason));
function next(i) {
  if (i === inputs.length) return server.close();
  const [name, data] = inputs[i];
  current = name;
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    if (data === null) c.end();
    else if (name.startsWith('truncated')) c.end(data);
    else c.write(data);
  });
  let got = 0;
  c.on('data', (d) => { got += d.length; });
  c.on('error', (e) => rec.log(name, 'raw error', e.code));
  c.on('close', () => {
    rec.log(name, 'raw client got bytes', got > 0);
    setTimeout(() => next(i + 1), 20);
  });
}
server.listen(0, '127.0.0.1', () => next(0));
