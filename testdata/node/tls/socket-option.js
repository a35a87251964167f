// tls.connect({ socket }) with a net.Socket that is still connecting (the
// common proxy pattern): the handshake waits for its 'connect'; and with a
// socket that already received plain data before the upgrade.
const net = require('net');
const tls = require('tls');
const { cert, recorder, serverOptions } = require('./_common');
const rec = recorder();

const server = tls.createServer(serverOptions(), (s) => {
  rec.log('server', 'secureConnection', s.servername);
  s.end('hello');
});
server.listen(0, '127.0.0.1', () => {
  const raw = net.connect(server.address().port, '127.0.0.1');
  rec.log('client', 'raw connecting', raw.connecting);
  raw.on('connect', () => rec.log('client', 'raw connect'));
  const c = tls.connect({ socket: raw, ca: cert('ca.pem'), servername: 'localhost' }, () => {
    rec.log('client', 'secureConnect authorized=' + c.authorized, 'connecting=' + c.connecting, 'encrypted=' + c.encrypted);
  });
  rec.log('client', 'tls connecting', c.connecting);
  c.on('connect', () => rec.log('client', 'tls connect'));
  c.on('data', (d) => rec.log('client', 'data', String(d)));
  c.on('end', () => rec.log('client', 'end'));
  c.on('close', () => {
    rec.log('client', 'close raw.destroyed=' + raw.destroyed);
    server.close();
  });
});
