// server.close() waits for open connections: 'close' only after the last
// TLS socket is gone; getConnections counts them; listening flips at once;
// a second close() reports ERR_SERVER_NOT_RUNNING.
const tls = require('tls');
const { cert, serverOptions } = require('./_common');

const log = [];
const sockets = [];
const server = tls.createServer(serverOptions(), (s) => {
  sockets.push(s);
  s.on('data', () => {});
  if (sockets.length === 2) {
    server.getConnections((err, n) => {
      log.push(`getConnections ${err} ${n}`);
      server.close(() => log.push('close callback'));
      log.push(`after close(): listening=${server.listening} address=${server.address()}`);
      server.getConnections((err2, n2) => log.push(`getConnections after close ${err2} ${n2}`));
      setTimeout(() => {
        log.push('ending first');
        sockets[0].end();
        setTimeout(() => { log.push('ending second'); sockets[1].end(); }, 30);
      }, 30);
    });
  }
});
server.once('close', () => {
  log.push('server close event');
  server.close((err) => {
    log.push(`second close: ${err && err.code}`);
    console.log(log.join('\n'));
  });
});
server.listen(0, '127.0.0.1', () => {
  for (let i = 0; i < 2; i++) {
    const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: cert('ca.pem'), servername: 'localhost' });
    c.on('data', () => {});
    c.on('end', () => log.push('a client sees end'));
  }
});
