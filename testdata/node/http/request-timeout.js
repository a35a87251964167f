// requestTimeout covers receiving the request, not answering it: a slow
// handler is not cut off, a slow upload gets 408; headersTimeout for a
// slow head.
const http = require('http');
const net = require('net');
const server = http.createServer({ requestTimeout: 150, headersTimeout: 100, connectionsCheckingInterval: 20 }, (req, res) => {
  req.resume();
  req.on('end', () => setTimeout(() => res.end('slow answer'), 300));
});
function raw(port, parts) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    let data = '';
    c.setEncoding('latin1');
    c.on('data', (d) => { data += d; if (/slow answer/.test(data)) c.end(); });
    c.on('error', () => {});
    c.on('close', () => { console.log(JSON.stringify(data.replace(/Date: [^\r]*\r\n/g, ''))); resolve(); });
    let i = 0;
    (function next() {
      if (i < parts.length) { c.write(parts[i++]); setTimeout(next, 60); }
    })();
  });
}
server.listen(0, async () => {
  const port = server.address().port;
  await raw(port, ['GET /handler-slow HTTP/1.1\r\nHost: h\r\n\r\n']);
  await raw(port, ['POST /upload-slow HTTP/1.1\r\nHost: h\r\nContent-Length: 10\r\n\r\n', 'a', 'b', 'c', 'd']);
  await raw(port, ['GET /head-slow HTTP/1.1\r\n', 'Host: h\r\n', 'X: 1\r\n', 'Y: 2\r\n']);
  server.close();
});
