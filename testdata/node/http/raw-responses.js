// The client parser on responses a raw server writes: HTTP/1.0 with a body
// up to EOF, chunked with extensions and trailers split across writes,
// status lines without a reason, bare LF line ends, a response to HEAD.
const http = require('http');
const net = require('net');
const plans = {
  '/http10': ['HTTP/1.0 200 OK\r\nServer: raw\r\n\r\nbody until close', 'close'],
  '/chunked': ['HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4;ext=1\r\nwiki\r\n', 'HTTP', '5\r\npedia\r\n', 'E\r\n in\r\n\r\nchunks.\r\n0\r\nX-Tail: t\r\n\r\n'],
  '/noreason': ['HTTP/1.1 299 \r\nContent-Length: 0\r\n\r\n'],
  '/lf': ['HTTP/1.1 200 OK\nContent-Length: 2\nX-Lf: yes\n\nok'],
  '/split-head': ['HTTP/1.1 2', '00 OK\r\nCont', 'ent-Length: 3\r\n\r', '\nabc'],
  '/keepalive10': ['HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 2\r\n\r\nka', 'close'],
};
const server = net.createServer((c) => {
  c.once('data', (d) => {
    const path = d.toString().split(' ')[1];
    const steps = plans[path].slice();
    (function next() {
      const s = steps.shift();
      if (s === undefined) return;
      if (s === 'close') { c.end(); return; }
      if (s === 'HTTP') { setTimeout(next, 20); return; }
      c.write(s);
      setTimeout(next, 5);
    })();
  });
  c.on('error', () => {});
});
function get(path) {
  return new Promise((resolve) => {
    const req = http.get({ port: server.address().port, path, agent: false }, (res) => {
      let b = '';
      res.on('data', (d) => { b += d; });
      res.on('end', () => {
        console.log(path, res.statusCode, JSON.stringify(res.statusMessage), res.httpVersion, JSON.stringify(b), JSON.stringify(res.headers), JSON.stringify(res.trailers));
        resolve();
      });
    });
    req.on('error', (e) => { console.log(path, 'error', e.code, e.message); resolve(); });
  });
}
server.listen(0, async () => {
  for (const p of Object.keys(plans)) await get(p);
  server.close();
});
