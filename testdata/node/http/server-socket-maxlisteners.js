// A server socket with a low max-listeners limit: the server's per-connection
// and per-response listeners raise Node's MaxListenersExceededWarning at
// the same points (the listener fast paths must step aside for it).
const http = require('http');
process.on('warning', (w) => console.log('warning', w.name, w.type, w.count, w.emitter.constructor.name));
let limit = 1;
const server = http.createServer((req, res) => {
  console.log('request', req.url, req.socket.listenerCount('close'));
  res.end('ok');
});
server.prependListener('connection', (s) => s.setMaxListeners(limit));
function get(path) {
  return new Promise((resolve) => {
    http.get({ port: server.address().port, path }, (res) => {
      res.resume();
      res.on('end', resolve);
    });
  });
}
server.listen(0, '127.0.0.1', async () => {
  for (const l of [1, 2, 3, 0]) {
    limit = l;
    console.log('limit', l);
    await get('/' + l);
  }
  server.close(() => console.log('closed'));
});
