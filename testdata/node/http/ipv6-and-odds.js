// IPv6 loopback (Host header in brackets, remoteFamily), empty POST
// bodies, Uint8Array bodies, writing to a response whose client left.
const http = require('http');
const server = http.createServer((req, res) => {
  if (req.url === '/gone') {
    req.socket.on('close', () => {
      res.on('error', (e) => console.log('res error', e.code));
      res.on('close', () => console.log('res close', res.destroyed));
      const r = res.write('into the void');
      console.log('write after client left', typeof r, res.writableEnded);
      res.end();
      setTimeout(() => server.close(), 50);
    });
    return;
  }
  let n = 0;
  req.on('data', (d) => { n += d.length; });
  req.on('end', () => {
    res.end(new Uint8Array([104, 105, 32, ...Buffer.from(`${req.method} ${n} ${req.headers.host.replace(/\d+$/, 'PORT')} ${req.socket.remoteFamily} ${req.headers['content-length']}`)]));
  });
});
function call(opts, body) {
  return new Promise((resolve) => {
    const req = http.request({ port: server.address().port, agent: false, ...opts }, (res) => {
      let b = '';
      res.on('data', (d) => { b += d; });
      res.on('end', () => { console.log(b); resolve(); });
    });
    req.end(body);
  });
}
server.listen(0, '::1', async () => {
  console.log('listening on', server.address().address, server.address().family);
  await call({ host: '::1' });
  await call({ hostname: '::1', method: 'POST', headers: { 'Content-Length': 0 } });
  await call({ host: '::1', method: 'POST' }, '');
  await call({ host: '::1', method: 'PUT' }, new Uint8Array([1, 2, 3]));
  const req = http.get({ port: server.address().port, host: '::1', path: '/gone', agent: false });
  req.on('error', (e) => process.on('exit', () => console.log('client', e.code)));
  setTimeout(() => req.destroy(), 30);
});
