// How an http client combines repeated response headers (a raw server
// sends them): drop-duplicates fields, set-cookie arrays, cookie '; ',
// others ', '; headersDistinct; rawHeaders keep casing; joinDuplicateHeaders.
const http = require('http');
const net = require('net');
const server = net.createServer((c) => {
  c.once('data', () => {
    c.end('HTTP/1.1 200 OK\r\n' +
      'Content-Type: text/plain\r\ncontent-type: text/html\r\n' +
      'Set-Cookie: a=1\r\nSET-COOKIE: b=2\r\n' +
      'Cookie: x\r\nCookie: y\r\n' +
      'X-Custom: 1\r\nx-custom: 2\r\nX-CUSTOM: 3\r\n' +
      'Location: /one\r\nLocation: /two\r\n' +
      'Server: s1\r\nServer: s2\r\nExpires: e1\r\nExpires: e2\r\nRetry-After: 1\r\nRetry-After: 2\r\n' +
      'Last-Modified: l1\r\nLast-Modified: l2\r\nWWW-Authenticate: w1\r\nWWW-Authenticate: w2\r\n' +
      'Vary: a\r\nVary: b\r\nEmpty:\r\nSpaces:   padded   \r\n' +
      'Content-Length: 2\r\nConnection: close\r\n\r\nok');
  });
});
server.listen(0, () => {
  const port = server.address().port;
  http.get({ port }, (res) => {
    console.log(JSON.stringify(res.headers, null, 1));
    console.log(JSON.stringify(res.headersDistinct));
    console.log(JSON.stringify(res.rawHeaders));
    res.resume();
    res.on('end', () => {
      http.get({ port, joinDuplicateHeaders: true }, (res) => {
        console.log('joined', res.headers['content-type'], res.headers.location, res.headers['set-cookie'], res.headers.cookie);
        res.resume();
        res.on('end', () => server.close());
      });
    });
  });
});
