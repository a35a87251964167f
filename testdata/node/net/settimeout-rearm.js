// socket.setTimeout(0) then setTimeout(ms) on the same socket, as http's
// keep-alive does per request: the timer stays off while 0 (data read and
// written in between does not bring it back), comes back with the new
// duration, and a callback given with 0 is removed.
const net = require('net');
const t0 = Date.now();
const srv = net.createServer((s) => {
  const onTimeout = () => console.log('callback given with 0 ran');
  s.setTimeout(20, onTimeout);
  s.setTimeout(0, onTimeout);
  console.log('after 0: timeout', s.timeout, 'listeners', s.listenerCount('timeout'));
  s.on('timeout', () => {
    console.log('server timeout', s.timeout, 'after >= 60ms', Date.now() - t0 >= 60);
    s.setTimeout(0);
    s.setTimeout(0);
    setTimeout(() => {
      console.log('no timeout while 0');
      s.setTimeout(10, () => {
        console.log('second timeout', s.timeout);
        s.destroy();
        srv.close(() => console.log('server closed'));
      });
    }, 50);
  });
  s.on('data', (d) => {
    console.log('data', String(d));
    s.write('pong');
    if (String(d) === 'two') s.setTimeout(60);
  });
});
srv.listen(0, '127.0.0.1', () => {
  const c = net.connect(srv.address().port, '127.0.0.1', () => {
    c.write('one');
    setTimeout(() => c.write('two'), 40);
  });
  // (the two pongs may arrive as one read under load: printed at close)
  let got = '';
  c.on('data', (d) => { got += d; });
  c.on('close', () => console.log('client got', got, 'close'));
});
