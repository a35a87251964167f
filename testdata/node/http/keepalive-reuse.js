// A keepAlive agent reuses one connection for sequential requests
// (reusedSocket, same local port, one server 'connection').
const http = require('http');
let connections = 0;
const server = http.createServer((req, res) => {
  res.end(`${req.url} ${req.headers.connection}`);
});
server.on('connection', () => connections++);
const agent = new http.Agent({ keepAlive: true });
function get(path) {
  return new Promise((resolve) => {
    const req = http.get({ port: server.address().port, path, agent }, (res) => {
      let b = '';
      res.on('data', (d) => { b += d; });
      let port;
      res.on('end', () => {
        console.log(path, b, res.headers.connection, res.headers['keep-alive'], 'reused', req.reusedSocket);
        port = req.socket.localPort;
      });
      // a kept-alive request closes when its socket goes back to the pool
      req.on('close', () => resolve(port));
    });
  });
}
server.listen(0, async () => {
  const ports = [];
  for (const p of ['/1', '/2', '/3']) {
    ports.push(await get(p));
    await new Promise((r) => setImmediate(r));
  }
  console.log('same port', ports.every((p) => p === ports[0]), 'connections', connections);
  console.log('free sockets', Object.keys(agent.freeSockets).length, 'sockets', Object.keys(agent.sockets).length);
  agent.destroy();
  server.close(() => console.log('closed'));
});
