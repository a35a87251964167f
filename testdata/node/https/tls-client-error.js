// A client that is not TLS, or hangs up mid-handshake: https.Server
// re-emits 'tlsClientError' as 'clientError'; without a listener it just
// destroys the socket.
const https = require('https');
const net = require('net');
const read = require('./_certs');
const server = https.createServer({ key: read('server-ec-key.pem'), cert: read('server-ec-chain.pem') }, (req, res) => res.end('x'));
const seq = [];
server.on('tlsClientError', (err, sock) => seq.push(`tlsClientError ${err.code} ${sock.constructor.name}`));
server.on('clientError', (err, sock) => seq.push(`clientError ${err.code}`));
server.on('connection', () => seq.push('connection'));
server.listen(0, () => {
  const c = net.connect(server.address().port, () => c.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n'));
  c.on('data', () => {});
  c.on('error', () => {});
  c.on('close', () => {
    const c2 = net.connect(server.address().port, () => c2.end());
    c2.on('close', () => {
      setTimeout(() => {
        console.log(seq.join('\n'));
        server.close();
      }, 50);
    });
  });
});
