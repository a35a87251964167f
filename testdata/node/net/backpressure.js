// write() returns false above the high-water mark and 'drain' follows; a
// slow reader (paused socket) makes the writer wait; all bytes arrive.
const net = require('net');
const total = 8 * 1024 * 1024;
let received = 0;
const server = net.createServer((s) => {
  s.pause();
  setTimeout(() => s.resume(), 50);
  s.on('data', (d) => { received += d.length; });
  s.on('end', () => { console.log('server received', received === total); s.end(); });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    const chunk = Buffer.alloc(64 * 1024, 'x');
    let sent = 0;
    let falses = 0;
    let drains = 0;
    c.on('drain', () => { drains++; write(); });
    function write() {
      while (sent < total) {
        sent += chunk.length;
        if (!c.write(chunk)) { falses++; return; }
      }
      c.end();
      console.log('wrote all; write() returned false at least once:', falses > 0, 'drains match:', drains === falses);
    }
    write();
  });
  c.resume();
  c.on('close', () => server.close(() => console.log('server closed')));
});
