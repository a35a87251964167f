// ClientRequest methods: flushHeaders sends the head before the body,
// write callbacks, strictContentLength mismatches, setNoDelay/
// setSocketKeepAlive before the socket exists, headersSent.
const http = require('http');
const heads = [];
let onHead = null;
const server = http.createServer((req, res) => {
  if (req.url !== '/r1') heads.push(`${req.url} ${req.method} cl=${req.headers['content-length']} te=${req.headers['transfer-encoding']}`);
  if (onHead) onHead();
  let b = '';
  req.on('data', (d) => { b += d; });
  req.on('end', () => res.end('body=' + b));
});
process.on('exit', () => console.log(heads.sort().join('\n')));
server.listen(0, () => {
  const port = server.address().port;
  const req = http.request({ port, method: 'POST', agent: false, path: '/flush' }, (res) => {
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
  // the body goes out only once the server has seen the flushed head
  onHead = () => {
    onHead = null;
    req.write('late ', () => console.log('write callback'));
    req.end('body', () => console.log('end callback'));
  };
  function strict() {
    const r = http.request({ port, method: 'POST', headers: { 'Content-Length': 3 }, agent: false, path: '/r1' });
    r.strictContentLength = true;
    try { r.write('toolong'); } catch (e) { console.log(e.name, e.code, e.message); }
    try { r.end('abc'); } catch (e) { console.log(e.name, e.code, e.message); }
    r.on('error', () => {}); // whether this never-finished request reports ECONNRESET depends on socket timing
    const r2 = http.request({ port, method: 'POST', headers: { 'Content-Length': 3 }, agent: false, path: '/r2' });
    r2.strictContentLength = true;
    r2.write('ab');
    try { r2.write('cd'); } catch (e) { console.log(e.name, e.code, e.message); }
    r2.end('c');
    r2.on('response', (res) => {
      res.resume();
      res.on('end', () => {
        r.destroy();
        server.close();
        server.closeAllConnections();
      });
    });
  }
});
