// Node does not follow redirects: the client sees the 3xx and its
// Location, and follows it by hand.
const http = require('http');
const server = http.createServer((req, res) => {
  if (req.url === '/old') { res.writeHead(301, { Location: '/new' }); res.end('moved'); return; }
  if (req.url === '/temp') { res.statusCode = 307; res.setHeader('Location', `http://localhost:${server.address().port}/new`); res.end(); return; }
  res.end('arrived at ' + req.url);
});
function get(url) {
  return new Promise((resolve) => http.get(url, (res) => {
    let b = '';
    res.on('data', (d) => { b += d; });
    res.on('end', () => resolve({ res, b }));
  }));
}
server.listen(0, async () => {
  const base = `http://localhost:${server.address().port}`;
  let { res, b } = await get(base + '/old');
  console.log(res.statusCode, res.statusMessage, res.headers.location, b);
  ({ res, b } = await get(new URL(res.headers.location, base)));
  console.log(res.statusCode, b);
  ({ res, b } = await get(base + '/temp'));
  console.log(res.statusCode, res.statusMessage, res.headers.location.replace(/\d+/, 'PORT'), JSON.stringify(b));
  ({ res, b } = await get(res.headers.location));
  console.log(res.statusCode, b);
  server.close();
  http.globalAgent.destroy();
});
