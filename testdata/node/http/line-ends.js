// llhttp's strict line ends: bare LF or CR in request and response heads are
// parse errors with their own codes and messages.
const http = require('http'); const net = require('net');
const reqs = ['GET / HTTP/1.1\nHost: h\r\n\r\n', 'GET / HTTP/1.1\r\nHost: h\n\r\n', 'GET / HTTP/1.1\r\nHost: h\r\n\n', 'GET / HTTP/1.1\r\nHost: h\r\nX: a\rb\r\n\r\n'];
const s = http.createServer((req, res) => { console.log('request', req.method, req.url); res.end('ok'); });
s.on('clientError', (e, sock) => { console.log('clientError', e.code, JSON.stringify(e.message)); sock.destroy(); });
s.listen(0, async () => {
  for (const r of reqs) await new Promise((res) => { const c = net.connect(s.address().port); c.on('data', () => {}); c.on('close', res); c.on('error', () => {}); c.write(r); setTimeout(() => c.destroy(), 200); });
  s.close();
  const raws = ['HTTP/1.1 200 OK\r\nContent-Length: 2\nX: y\r\n\r\nok', 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\nok'];
  for (const r of raws) await new Promise((res) => { const srv = net.createServer((c) => c.once('data', () => c.end(r))).listen(0, () => { http.get({ port: srv.address().port, agent: false }, (rs) => { console.log('resp', rs.statusCode); rs.resume(); rs.on('end', () => { srv.close(); res(); }); }).on('error', (e) => { console.log('resp err', e.code, e.message); srv.close(); res(); }); }); });
});
