// server.close() closes idle keep-alive connections; closeAllConnections
// ends busy ones; 'close' comes once every connection is gone.
const http = require('http');
const seq = [];
const server = http.createServer((req, res) => {
  if (req.url === '/hang') { seq.push('hang request'); return; }
  res.end('ok');
});
server.on('close', () => { seq.push('server close'); });
server.listen(0, () => {
  const port = server.address().port;
  const agent = new http.Agent({ keepAlive: true });
  const first = http.get({ port, agent }, (res) => {
    res.resume();
    // a kept-alive request closes when its socket goes back to the pool
    first.on('close', () => {
      setImmediate(() => {
        const sock = agent.freeSockets[Object.keys(agent.freeSockets)[0]][0];
        sock.on('close', () => seq.push('idle socket closed'));
        const hang = http.get({ port, path: '/hang', agent: false });
        hang.on('error', (e) => seq.push('hang error ' + e.code + ' ' + e.message));
        hang.on('close', () => seq.push('hang close'));
        setTimeout(() => {
          server.close(() => { seq.push('close callback'); });
          setTimeout(() => {
            seq.push('listening ' + server.listening);
            server.closeAllConnections();
          }, 50);
        }, 50);
      });
    });
  });
});
process.on('exit', () => console.log(seq.join('\n')));
