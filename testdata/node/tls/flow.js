// Reading a TLS socket: setEncoding, pause/resume with data arriving while
// paused, 'readable' with read(), and bytesRead/bytesWritten of the
// cleartext.
const tls = require('tls');
const { cert, recorder, serverOptions } = require('./_common');
const rec = recorder();

const server = tls.createServer(serverOptions(), (s) => {
  s.write('héllo ');
  setTimeout(() => s.write('wörld '), 20);
  setTimeout(() => s.end('!'), 60);
  s.on('data', (d) => rec.log('server', 'data', JSON.stringify(String(d))));
  s.on('end', () => rec.log('server', 'end bytesRead', s.bytesRead));
  s.on('close', () => server.close());
});
server.listen(0, '127.0.0.1', () => {
  const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: cert('ca.pem'), servername: 'localhost' });
  c.setEncoding('utf8');
  let got = '';
  c.once('data', (d) => {
    rec.log('client', 'first data type', typeof d);
    got += d;
    c.pause();
    rec.log('client', 'paused', c.isPaused());
    setTimeout(() => {
      rec.log('client', 'resuming; readableLength > 0', c.readableLength > 0);
      c.on('data', (x) => { got += x; });
      c.resume();
    }, 100);
  });
  c.on('end', () => {
    rec.log('client', 'end text', JSON.stringify(got), 'bytesRead', c.bytesRead);
    c.end('thanks', () => rec.log('client', 'write callback bytesWritten', c.bytesWritten));
  });
  c.on('close', () => rec.log('client', 'close'));
});
