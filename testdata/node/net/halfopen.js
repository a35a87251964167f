// allowHalfOpen: the server keeps writing after the client's FIN.
const net = require('net');
const { recorder } = require('./_common');
const rec = recorder();
const server = net.createServer({ allowHalfOpen: true }, (s) => {
  s.on('end', () => {
    rec.log('server', 'end; writable', s.writable);
    setTimeout(() => s.end('late reply'), 10);
  });
  s.resume();
  s.on('close', () => { rec.log('server', 'close'); server.close(); });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect({ port: server.address().port, host: '127.0.0.1', allowHalfOpen: true }, () => c.end('q'));
  c.on('data', (d) => rec.log('client', 'data', d.toString()));
  c.on('end', () => rec.log('client', 'end'));
  c.on('finish', () => rec.log('client', 'finish'));
  c.on('close', () => rec.log('client', 'close'));
});
