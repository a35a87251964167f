// Request header arrays on the wire (Cookie joined with '; ', others
// repeated) and how the server combines them into req.headers.
const http = require('http');
const server = http.createServer((req, res) => {
  console.log(JSON.stringify(req.headers['set-cookie']), JSON.stringify(req.headers.cookie), JSON.stringify(req.headers['x-dup']));
  console.log(JSON.stringify(req.rawHeaders.filter((_, i) => i % 2 === 0)));
  console.log(JSON.stringify(req.headersDistinct.cookie), JSON.stringify(req.headersDistinct['x-dup']));
  res.end();
});
server.listen(0, () => {
  const req = http.request({
    port: server.address().port,
    headers: { 'Set-Cookie': ['s1=1', 's2=2'], Cookie: ['c1=1', 'c2=2'], 'X-Dup': ['1', '2'], 'X-Single': ['only'] },
  }, (res) => {
    res.resume();
    res.on('end', () => { server.close(); http.globalAgent.destroy(); });
  });
  req.appendHeader('X-Dup', '3');
  req.end();
});
