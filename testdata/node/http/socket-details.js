// Sockets under http: the server's socket refuses setEncoding, knows its
// server, addresses on both sides, connection counts, and the client
// socket's 'free'/'agentRemove' bookkeeping.
const http = require('http');
const server = http.createServer((req, res) => {
  const s = req.socket;
  try { s.setEncoding('utf8'); } catch (e) { console.log(e.name, e.code, e.message); }
  console.log('server side', s.server === server, s.remoteAddress, s.localAddress, s.remotePort > 0, s.localPort === server.address().port);
  server.getConnections((err, n) => {
    console.log('connections', err, n);
    res.end('ok');
  });
});
server.listen(0, '127.0.0.1', () => {
  const agent = new http.Agent({ keepAlive: true });
  const req = http.get({ host: '127.0.0.1', port: server.address().port, agent }, (res) => {
    console.log('client side', req.socket.remoteAddress, req.socket.remotePort === server.address().port, req.socket.localAddress);
    res.resume();
    const s = req.socket;
    s.once('free', () => console.log('socket free event'));
    // a kept-alive request closes when its socket goes back to the pool
    req.on('close', () => {
      setImmediate(() => {
        const free = Object.values(agent.freeSockets)[0];
        console.log('pooled', free.length, free[0] === s, s.listenerCount('free'), s.listenerCount('agentRemove'));
        s.emit('agentRemove');
        console.log('after agentRemove', agent.totalSocketCount, s.listenerCount('free'));
        agent.destroy();
        server.close(() => console.log('closed'));
      });
    });
  });
});
