// Upgrade: the server's 'upgrade' (req, socket, head) answers 101 and the
// two sides then talk over the raw socket; the client's 'upgrade' gets the
// response, the socket and the bytes after the head.
const http = require('http');
const seq = {};
const ev = (obj, name) => { (seq[obj] ||= []).push(name); };
process.on('exit', () => { for (const k of Object.keys(seq).sort()) console.log(k, seq[k].join(' ')); });
const server = http.createServer((req, res) => res.end('plain'));
server.on('upgrade', (req, socket, head) => {
  ev('server', `upgrade ${req.method} ${req.headers.upgrade} head=${JSON.stringify(head.toString())}`);
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\nwelcome');
  socket.on('data', (d) => {
    ev('server', 'data ' + d);
    socket.end('bye');
  });
});
server.listen(0, () => {
  const req = http.request({ port: server.address().port, headers: { Connection: 'Upgrade', Upgrade: 'echo' } });
  req.on('upgrade', (res, socket, head) => {
    ev('client', `upgrade ${res.statusCode} ${res.headers.upgrade} head=${JSON.stringify(head.toString())}`);
    socket.write('hello');
    socket.on('data', (d) => ev('client', 'data ' + d));
    socket.on('end', () => ev('client', 'end'));
    socket.on('close', () => { ev('client', 'close'); server.close(); });
  });
  req.on('response', () => ev('client', 'response (unexpected)'));
  req.end();
});
