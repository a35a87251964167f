// Status lines as written: unknown codes get 'unknown', custom messages,
// statusMessage set before writeHead, invalid characters rejected.
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {
  const code = +req.url.slice(1);
  if (code === 1) {
    try { res.writeHead(200, 'bad\r\nmessage'); } catch (e) { console.log(e.name, e.code, e.message); }
    res.statusMessage = 'Reset';
    res.end();
    return;
  }
  if (code === 2) { res.statusMessage = 'Preset'; res.statusCode = 201; res.end(); return; }
  if (code === 3) { try { res.writeHead('abc'); } catch (e) { console.log(e.name, e.code, e.message); res.writeHead(200); } res.end(); return; }
  res.writeHead(code);
  res.end();
});
const codes = [599, 418, 226, 1, 2, 3, 103, 500];
server.listen(0, () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  let data = '';
  c.setEncoding('latin1');
  c.on('data', (d) => { data += d; });
  c.on('close', () => {
    for (const line of data.split('\r\n').filter((l) => l.startsWith('HTTP/'))) console.log(line);
    server.close();
  });
  c.write(codes.map((n) => `GET /${n} HTTP/1.1\r\nHost: h\r\n\r\n`).join(''));
  setTimeout(() => c.end(), 300);
});
