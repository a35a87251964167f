// Event order of a TCP connection on each side: connect/ready, data,
// end/finish/close, with the client ending first.
const net = require('net');
const { recorder } = require('./_common');
const rec = recorder();

const server = net.createServer((s) => {
  rec.log('server', 'connection', s.remoteFamily, typeof s.remotePort, s.localAddress, s.readyState);
  for (const ev of ['data', 'end', 'finish', 'close']) {
    s.on(ev, (x) => rec.log('server-socket', ev, ev === 'data' ? x.toString() : x === undefined ? '' : x));
  }
  s.on('end', () => s.end('bye'));
});
server.on('listening', () => rec.log('server', 'listening', server.address().family, server.listening));
server.on('close', () => rec.log('server', 'close'));
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  rec.log('client', 'created', c.readyState, c.connecting, c.pending);
  for (const ev of ['lookup', 'connect', 'ready', 'data', 'end', 'finish', 'close']) {
    c.on(ev, (x) => rec.log('client', ev, ev === 'data' ? x.toString() : x === undefined ? '' : x));
  }
  c.on('connect', () => {
    rec.log('client', 'state', c.readyState, c.connecting, c.pending, c.remoteAddress, c.remoteFamily);
    c.end('hello');
  });
  c.on('close', () => {
    rec.log('client', 'bytes', c.bytesRead, c.bytesWritten);
    server.close();
  });
});
