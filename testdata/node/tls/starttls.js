// STARTTLS both ways over plain net sockets: the server upgrades its
// accepted socket with new tls.TLSSocket(socket, { isServer: true }), the
// client with tls.connect({ socket }); plain text before, TLS after.
const net = require('net');
const tls = require('tls');
const { cert, recorder } = require('./_common');
const rec = recorder();

const secureContext = tls.createSecureContext({ key: cert('server-ec-key.pem'), cert: cert('server-ec-chain.pem') });
const server = net.createServer((raw) => {
  rec.log('server', 'connection encrypted=' + !!raw.encrypted);
  raw.on('close', () => rec.log('server', 'raw close'));
  raw.once('data', (line) => {
    rec.log('server', 'plain', JSON.stringify(String(line)));
    raw.write('OK go ahead\n', () => {
      const secure = new tls.TLSSocket(raw, { isServer: true, secureContext, server: undefined });
      rec.log('server', 'wrapped encrypted=' + secure.encrypted + ' isServer=' + !!secure._tlsOptions?.isServer);
      secure.on('secure', () => {
        rec.log('server', 'secure protocol=' + secure.getProtocol() + ' authorized=' + secure.authorized);
      });
      secure.on('data', (d) => {
        rec.log('server', 'tls data', JSON.stringify(String(d)));
        secure.end('pong');
      });
      secure.on('end', () => rec.log('server', 'tls end'));
      secure.on('close', () => { rec.log('server', 'tls close'); server.close(); });
    });
  });
});
server.listen(0, '127.0.0.1', () => {
  const plain = net.connect(server.address().port, '127.0.0.1', () => {
    rec.log('client', 'connect');
    plain.write('STARTTLS\n');
  });
  plain.on('close', () => rec.log('client', 'plain close'));
  plain.once('data', (d) => {
    rec.log('client', 'plain', JSON.stringify(String(d)));
    const c = tls.connect({ socket: plain, ca: cert('ca.pem'), servername: 'localhost' }, () => {
      rec.log('client', 'secureConnect authorized=' + c.authorized + ' protocol=' + c.getProtocol() +
        ' encrypted=' + c.encrypted + ' servername=' + c.servername);
      c.write('ping');
    });
    c.on('data', (x) => rec.log('client', 'tls data', JSON.stringify(String(x))));
    c.on('end', () => rec.log('client', 'tls end'));
    c.on('close', () => rec.log('client', 'tls close'));
    c.on('error', (e) => rec.log('client', 'error', e.code));
  });
});
