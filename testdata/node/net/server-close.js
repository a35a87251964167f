// server.close() waits for open connections; getConnections; close(cb)
// on a server that is not running.
const net = require('net');
const { recorder } = require('./_common');
const rec = recorder();
const server = net.createServer((s) => {
  server.getConnections((err, n) => {
    rec.log('server', 'connections', err, n);
    server.close(() => rec.log('server', 'closed after the socket; connections', server._connections));
    rec.log('server', 'listening after close()', server.listening);
    setTimeout(() => s.end(), 20);
  });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.resume();
  c.on('close', () => {
    rec.log('client', 'closed');
    net.createServer().close((err) => rec.log('idle', 'close on idle server:', err.code, err.message));
  });
});
