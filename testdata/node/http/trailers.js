// Trailers in both directions: addTrailers on a chunked body, read back as
// trailers/rawTrailers after 'end'.
const http = require('http');
const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    console.log('server trailers', JSON.stringify(req.trailers), JSON.stringify(req.rawTrailers));
    res.writeHead(200, { Trailer: 'X-Checksum' });
    res.write('body');
    res.addTrailers({ 'X-Checksum': 'abc', 'X-Multi': ['1', '2'] });
    res.end();
  });
});
server.listen(0, () => {
  const req = http.request({ port: server.address().port, method: 'POST', headers: { Trailer: 'X-Req' } }, (res) => {
    res.resume();
    console.log('before end', JSON.stringify(res.trailers));
    res.on('end', () => {
      console.log('client trailers', JSON.stringify(res.trailers), JSON.stringify(res.rawTrailers));
      server.close();
    });
  });
  req.write('x');
  req.addTrailers([['X-Req', 'r1']]);
  req.end();
  try {
    const r2 = http.request({ port: 1, headers: { 'Content-Length': 1 } });
    r2.on('error', () => {});
    r2.setHeader('Trailer', 'X');
    r2.end('x');
  } catch (e) { console.log(e.name, e.code, e.message); }
});
