// An Upgrade request to a server without 'upgrade' listeners is answered
// as an ordinary request (req.upgrade false), but the parser has left HTTP
// as llhttp does, so a request pipelined behind it is never read; CONNECT
// without a 'connect' listener closes the connection.
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {
  console.log('request', req.method, req.url, req.upgrade, req.headers.upgrade);
  res.end('plain ' + req.url);
});
server.listen(0, () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  let data = '';
  c.setEncoding('latin1');
  c.on('data', (d) => {
    data += d;
    if (/plain/.test(data)) {
      setTimeout(after, 100);
    }
  });
  function after() {
    {
      console.log(JSON.stringify(data.replace(/Date: [^\r]*\r\n/g, '')));
      c.end();
      const c2 = net.connect(server.address().port, '127.0.0.1');
      let d2 = '';
      c2.on('data', (d) => { d2 += d; });
      c2.on('close', () => { console.log('connect closed', JSON.stringify(d2)); server.close(); });
      c2.write('CONNECT example.test:443 HTTP/1.1\r\nHost: example.test:443\r\n\r\n');
    }
  }
  c.write('GET /up HTTP/1.1\r\nHost: h\r\nConnection: Upgrade\r\nUpgrade: h2c\r\n\r\nGET /next HTTP/1.1\r\nHost: h\r\n\r\n');
});
