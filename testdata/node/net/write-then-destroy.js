// Bytes written just before destroy() still reach the peer, as they do in
// Node on loopback (libuv writes them synchronously). http's 400 reply to a
// bad request relies on it (write(reply) then destroy(err)).
const net = require('net');
const server = net.createServer((s) => {
  s.write('reply before destroy\n');
  s.destroy();
});
server.listen(0, () => {
  const c = net.connect(server.address().port);
  let got = '';
  c.setEncoding('utf8');
  c.on('data', (d) => { got += d; });
  c.on('close', () => {
    console.log(JSON.stringify(got));
    server.close();
  });
});
