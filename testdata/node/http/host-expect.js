// The server's Host and Expect checks read the request's header lines: case
// does not matter, maxHeadersCount hides lines past the limit, a custom
// IncomingMessage's headers are what it says, and requireHostHeader: false
// lets a Host-less HTTP/1.1 request through.
const http = require('http');
const net = require('net');

function run(opts, setup, requests, done) {
  const server = http.createServer(opts, (req, res) => {
    console.log('  request', req.method, req.url, JSON.stringify(req.headers));
    res.end('ok');
  });
  setup(server);
  server.on('checkExpectation', (req, res) => {
    console.log('  checkExpectation', req.headers.expect);
    res.writeHead(417);
    res.end();
  });
  server.listen(0, '127.0.0.1', () => {
    const c = net.connect(server.address().port, '127.0.0.1');
    c.setEncoding('latin1');
    let buf = '';
    c.on('data', (d) => { buf += d; });
    c.on('end', () => {
      console.log('  wire', JSON.stringify(buf.replace(/Date: [^\r]*\r\n/g, '')));
      server.close(done);
    });
    c.end(requests.join(''));
  });
}

class MyIncoming extends http.IncomingMessage {
  get headers() { return { host: 'always', expect: undefined }; }
  set headers(v) {}
}

const cases = [
  ['lower-case host', {}, () => {}, ['GET /a HTTP/1.1\r\nhost: h\r\nConnection: close\r\n\r\n']],
  ['upper-case HOST', {}, () => {}, ['GET /b HTTP/1.1\r\nHOST: h\r\nConnection: close\r\n\r\n']],
  ['no host', {}, () => {}, ['GET /c HTTP/1.1\r\nX-Host: h\r\n\r\n']],
  ['host past maxHeadersCount', {}, (s) => { s.maxHeadersCount = 1; },
    ['GET /d HTTP/1.1\r\nA: 1\r\nHost: h\r\n\r\n']],
  ['host within maxHeadersCount', {}, (s) => { s.maxHeadersCount = 2; },
    ['GET /e HTTP/1.1\r\nA: 1\r\nHost: h\r\nConnection: close\r\n\r\n']],
  ['requireHostHeader false', { requireHostHeader: false }, () => {},
    ['GET /f HTTP/1.1\r\nConnection: close\r\n\r\n']],
  ['HTTP/1.0 without host', {}, () => {}, ['GET /g HTTP/1.0\r\n\r\n']],
  ['custom IncomingMessage', { IncomingMessage: MyIncoming }, () => {},
    ['GET /h HTTP/1.1\r\nConnection: close\r\n\r\n']],
  ['unknown expectation', {}, () => {},
    ['GET /i HTTP/1.1\r\nHost: h\r\nEXPECT: something\r\nConnection: close\r\n\r\n']],
  ['two expect lines', {}, () => {},
    ['GET /j HTTP/1.1\r\nHost: h\r\nExpect: a\r\nexpect: 100-continue\r\nConnection: close\r\n\r\n']],
  ['expect past maxHeadersCount', {}, (s) => { s.maxHeadersCount = 2; },
    ['GET /k HTTP/1.1\r\nHost: h\r\nConnection: close\r\nExpect: x\r\n\r\n']],
];

(function next(i) {
  if (i === cases.length) return;
  const [name, opts, setup, requests] = cases[i];
  console.log(name);
  run(opts, setup, requests, () => next(i + 1));
})(0);
