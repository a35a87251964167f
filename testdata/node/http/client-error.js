// Server side parse errors: the default 400 reply (and 431 for huge
// headers), then 'clientError' listeners that answer themselves.
const http = require('http');
const net = require('net');
function send(port, raw) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    let data = '';
    c.setEncoding('latin1');
    c.on('data', (d) => { data += d; });
    c.on('error', (e) => console.log('raw client error', e.code));
    c.on('close', () => { console.log(JSON.stringify(data.replace(/Date: [^\r]*\r\n/, ''))); resolve(); });
    c.write(raw);
  });
}
(async () => {
  const s1 = http.createServer((req, res) => res.end('fine'));
  await new Promise((r) => s1.listen(0, r));
  const p1 = s1.address().port;
  await send(p1, 'G@T / HTTP/1.1\r\n\r\n');
  await send(p1, 'GET / FOO/1.1\r\n\r\n');
  await send(p1, 'GET / HTTP/1.1\r\nBad Header: x\r\n\r\n');
  await send(p1, 'GET / HTTP/1.1\r\nHost: h\r\nX: ' + 'a'.repeat(20000) + '\r\n\r\n');
  await send(p1, 'GET / HTTP/1.1\r\n\r\n');
  await send(p1, 'POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n');
  s1.close();
  const s2 = http.createServer((req, res) => res.end('fine'));
  s2.on('clientError', (err, socket) => {
    console.log('clientError', err.code, err.message, socket.writable);
    socket.end('HTTP/1.1 418 Custom\r\nConnection: close\r\n\r\n');
  });
  await new Promise((r) => s2.listen(0, r));
  await send(s2.address().port, 'BAD REQUEST LINE\r\n\r\n');
  await send(s2.address().port, 'GET / HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n');
  s2.close();
})();
