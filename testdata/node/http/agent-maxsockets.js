// maxSockets queues requests in agent.requests; they go out in order as
// sockets free up; agent: false makes a fresh Connection: close socket.
const http = require('http');
let connections = 0;
const server = http.createServer((req, res) => {
  setTimeout(() => res.end(req.url), 10);
});
server.on('connection', () => connections++);
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
server.listen(0, () => {
  const port = server.address().port;
  const done = [];
  let left = 4;
  for (const p of ['/a', '/b', '/c', '/d']) {
    http.get({ port, path: p, agent }, (res) => {
      let b = '';
      res.on('data', (d) => { b += d; });
      res.on('end', () => {
        done.push(b);
        if (--left === 0) {
          console.log('order', done.join(' '), 'connections', connections);
          http.get({ port, agent: false, path: '/noagent' }, (res) => {
            console.log('agent false', res.headers.connection);
            res.resume();
            res.on('end', () => { agent.destroy(); server.close(); });
          });
        }
      });
    });
  }
  const name = Object.keys(agent.requests)[0];
  console.log('queued', name.replace(/:\d+:/, ':PORT:'), agent.requests[name].length, 'sockets', agent.sockets[name].length);
});
