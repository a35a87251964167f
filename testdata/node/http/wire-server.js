// Exact bytes a server writes, read by a raw net client: status line,
// header order and casing, Date, Connection, Keep-Alive, chunked framing,
// Content-Length from end(data), HEAD and 204/304 without bodies.
const http = require('http');
const net = require('net');
const cases = {
  '/chunked': (req, res) => { res.setHeader('X-Lower', 'v'); res.write('abc'); res.write(Buffer.from('de')); res.end('f'); },
  '/length': (req, res) => { res.end('exactly'); },
  '/empty': (req, res) => { res.end(); },
  '/writehead-obj': (req, res) => { res.writeHead(201, { 'X-A': 1, 'content-type': 'x/y' }); res.end('ok'); },
  '/writehead-msg': (req, res) => { res.writeHead(202, 'Fine Thanks', ['X-B', 'b1', 'X-B', 'b2']); res.end(); },
  '/writehead-merge': (req, res) => { res.setHeader('X-Set', 's'); res.setHeader('X-Over', 'old'); res.writeHead(200, { 'X-Over': 'new' }); res.end('m'); },
  '/explicit-length': (req, res) => { res.setHeader('Content-Length', 3); res.write('a'); res.end('bc'); },
  '/no-date': (req, res) => { res.sendDate = false; res.end('nd'); },
  '/conn-close': (req, res) => { res.setHeader('Connection', 'close'); res.end('bye'); },
  '/204': (req, res) => { res.statusCode = 204; res.end('ignored'); },
  '/304': (req, res) => { res.writeHead(304, { ETag: 'x' }); res.end(); },
  '/head': (req, res) => { res.end('not sent for HEAD'); },
  '/status-msg': (req, res) => { res.statusCode = 404; res.statusMessage = 'Nope'; res.end(); },
  '/flush': (req, res) => { res.flushHeaders(); res.end('after flush'); },
  '/trailers': (req, res) => { res.setHeader('Trailer', 'X-T'); res.write('t'); res.addTrailers({ 'X-T': 'tv' }); res.end(); },
  '/array-cookie': (req, res) => { res.setHeader('Set-Cookie', ['a=1', 'b=2']); res.setHeader('Cookie', ['c=1', 'd=2']); res.end(); },
  '/http10': (req, res) => { res.end('ten'); },
  '/http10-write': (req, res) => { res.write('ten'); res.end('!'); },
};
const server = http.createServer((req, res) => cases[req.url](req, res));
const reqs = [
  'GET /chunked HTTP/1.1\r\nHost: h\r\n\r\n',
  'GET /length HTTP/1.1\r\nHost: h\r\n\r\n',
  'GET /empty HTTP/1.1\r\nHost: h\r\n\r\n',
  'GET /writehead-obj HTTP/1.1\r\nHost: h\r\n\r\n',
  'GET /writehead-msg HTTP/1.1\r\nHost: h\r\n\r\n',
  'GET /writehead-merge HTTP/1.1\r\nHost: h\r\n\r\n',
  'GET /explicit-length HTTP/1.1\r\nHost: h\r\n\r\n',
  'GET /no-date HTTP/1.1\r\nHost: h\r\n\r\n',
  'GET /204 HTTP/1.1\r\nHost: h\r\n\r\n',
  'GET /304 HTTP/1.1\r\nHost: h\r\n\r\n',
  'HEAD /head HTTP/1.1\r\nHost: h\r\n\r\n',
  'GET /status-msg HTTP/1.1\r\nHost: h\r\n\r\n',
  'GET /flush HTTP/1.1\r\nHost: h\r\n\r\n',
  'GET /trailers HTTP/1.1\r\nHost: h\r\n\r\n',
  'GET /array-cookie HTTP/1.1\r\nHost: h\r\n\r\n',
  'GET /conn-close HTTP/1.1\r\nHost: h\r\n\r\n',
  'GET /http10 HTTP/1.0\r\n\r\n',
  'GET /http10-write HTTP/1.0\r\n\r\n',
];
function run(i) {
  if (i === reqs.length) { server.close(() => console.log('done')); return; }
  const c = net.connect(server.address().port, '127.0.0.1');
  let data = '';
  c.setEncoding('latin1');
  c.on('data', (d) => { data += d; });
  // one request per connection; the server keeps it alive, so end after a pause
  const t = setTimeout(() => c.end(), 150);
  c.on('close', () => {
    clearTimeout(t);
    console.log(JSON.stringify(reqs[i].split('\r\n')[0]));
    console.log(JSON.stringify(data.replace(/Date: [^\r]*\r\n/, 'Date: DATE\r\n')));
    run(i + 1);
  });
  c.write(reqs[i]);
}
server.listen(0, () => run(0));
