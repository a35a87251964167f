// bytesRead/bytesWritten after close and across a reconnect of the same
// socket: Node reads the handle's counts while there is one, so a
// reconnected socket counts from zero again.
const net = require('net');
const server = net.createServer((c) => c.end('hello'));
server.listen(0, '127.0.0.1', () => {
  const s = new net.Socket();
  s.connect(server.address().port, '127.0.0.1');
  s.on('data', () => {});
  s.once('close', () => {
    console.log('first close', s.bytesRead, s.bytesWritten);
    s.connect(server.address().port, '127.0.0.1', () => console.log('reconnected', s.bytesRead, s.bytesWritten));
    s.once('close', () => { console.log('second close', s.bytesRead, s.bytesWritten); server.close(); });
  });
});
