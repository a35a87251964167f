// Exact bytes a client writes, read by a raw net server: request line,
// Host with port, Connection per agent, Transfer-Encoding for bodies,
// Authorization from auth, array headers, setHost:false.
const http = require('http');
const net = require('net');
const requests = [];
let pending = null;
const server = net.createServer((c) => {
  let data = '';
  c.setEncoding('latin1');
  c.on('data', (d) => {
    data += d;
    if (/\r\n\r\n/.test(data) && (!/chunked/.test(data) || data.endsWith('0\r\n\r\n')) &&
        (!/Content-Length: (\d+)/.test(data) || data.split('\r\n\r\n')[1].length >= +/Content-Length: (\d+)/.exec(data)[1])) {
      console.log(JSON.stringify(data.replace(/:\d{2,5}\r\n/, ':PORT\r\n')));
      c.end('HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok');
    }
  });
});
const cases = [
  (port) => http.get({ port, host: '127.0.0.1', path: '/a' }),
  (port) => http.get({ port, host: '127.0.0.1', path: '/b', agent: false }),
  (port) => { const r = http.request({ port, host: '127.0.0.1', method: 'POST', path: '/post' }); r.write('abc'); r.end('de'); return r; },
  (port) => { const r = http.request({ port, host: '127.0.0.1', method: 'PUT', headers: { 'Content-Length': 5 } }); r.end('12345'); return r; },
  (port) => http.get({ port, host: '127.0.0.1', auth: 'user:pass', headers: { 'X-Arr': ['1', '2'], 'x-case': 'KeEp' } }),
  (port) => http.get({ port, host: '127.0.0.1', setHost: false, headers: { Accept: '*/*' } }),
  (port) => http.get({ port, host: '127.0.0.1', headers: [['X-One', '1'], ['X-Two', '2']] }),
  (port) => http.get(`http://u:p%20w@127.0.0.1:${port}/url?x=1#frag`),
  (port) => { const r = http.request({ port, host: '127.0.0.1', method: 'delete', path: '/del' }); r.end(); return r; },
  (port) => { const r = http.request({ port, host: '127.0.0.1', method: 'POST' }); r.end(); return r; },
  (port) => { const r = http.request({ port, host: '127.0.0.1', method: 'POST' }); r.setHeader('Content-Type', 'a/b'); r.removeHeader('content-type'); r.setHeader('X-Late', 'l'); r.end(Buffer.from('buf')); return r; },
];
function run(i) {
  if (i === cases.length) { server.close(); http.globalAgent.destroy(); return; }
  const req = cases[i](server.address().port);
  req.on('response', (res) => {
    res.resume();
    res.on('end', () => { console.log('response', i, res.statusCode); setTimeout(() => run(i + 1), 10); });
  });
  req.on('error', (e) => console.log('error', e.code));
}
server.listen(0, () => run(0));
