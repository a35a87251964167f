// The server's Keep-Alive: timeout=N hint only shortens an agent timeout
// (N - 1 s when that is smaller); an agent without one keeps the pooled
// socket with no timeout, and a later request within the server's window
// reuses it.
const http = require('http');
let conns = 0;
const server = http.createServer({ keepAliveTimeout: 2000 }, (req, res) => res.end(req.url));
server.on('connection', () => conns++);
const agent = new http.Agent({ keepAlive: true });
function get(path) {
  return new Promise((resolve) => {
    const req = http.get({ port: server.address().port, path, agent }, (res) => {
      res.resume();
      req.on('close', () => resolve(`${path} ${res.headers['keep-alive']} reused=${req.reusedSocket}`));
    });
  });
}
server.listen(0, async () => {
  console.log(await get('/1'));
  const sock = Object.values(agent.freeSockets)[0][0];
  console.log('pooled socket timeout', sock.timeout);
  console.log(await get('/2'));
  await new Promise((r) => setTimeout(r, 1300));
  console.log('pool after idle', Object.keys(agent.freeSockets).length, sock.destroyed);
  console.log(await get('/3'));
  console.log('connections', conns);
  agent.destroy();
  server.close();
});
