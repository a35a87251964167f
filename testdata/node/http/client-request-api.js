// ClientRequest methods: flushHeaders sends the head before the body,
// write callbacks, strictContentLength mismatches, setNoDelay/
// setSocketKeepAlive before the socket exists, headersSent.
const http = require('http');
const server = http.createServer((req, res) => {
  console.log('server got head', req.method, req.headers['content-length'], req.headers['transfer-encoding']);
  let b = '';
  req.on('data', (d) => { b += d; });
  req.on('end', () => res.end('body=' + b));
});
server.listen(0, () => {
  const port = server.address().port;
  const req = http.request({ port, method: 'POST', agent: false }, (res) => {
    let b = '';
    res.on('data', (d) => { b += d; });
    res.on('end', () => {
      console.log('response', b);
      strict();
    });
  });
  req.setNoDelay(true);
  req.setSocketKeepAlive(true, 1000);
  console.log('headersSent before', req.headersSent);
  req.flushHeaders();
  console.log('headersSent after', req.headersSent);
  setTimeout(() => {
    req.write('late ', () => console.log('write callback'));
    req.end('body', () => console.log('end callback'));
  }, 30);
  function strict() {
    const r = http.request({ port, method: 'POST', headers: { 'Content-Length': 3 }, agent: false });
    r.strictContentLength = true;
    try { r.write('toolong'); } catch (e) { console.log(e.name, e.code, e.message); }
    try { r.end('abc'); } catch (e) { console.log(e.name, e.code, e.message); }
    const r2 = http.request({ port, method: 'POST', headers: { 'Content-Length': 3 }, agent: false });
    r2.strictContentLength = true;
    r2.write('ab');
    try { r2.write('cd'); } catch (e) { console.log(e.name, e.code, e.message); }
    r2.end('c');
    r2.on('response', (res) => { res.resume(); res.on('end', () => { r.destroy(); server.close(); }); });
    r.on('error', () => {}); // whether this never-answered request reports ECONNRESET depends on socket timing
  }
});
