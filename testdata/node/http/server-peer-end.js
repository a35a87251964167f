// The client ends its side (half-close) at points of a request: between
// requests, inside a head, inside a body. The server's parser is told of the
// end: a clean end, or 'clientError' with HPE_INVALID_EOF_STATE; an ended
// request body is aborted.
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => {
  console.log('request', req.method, req.url);
  req.on('aborted', () => console.log('aborted', req.url));
  req.on('data', (d) => console.log('body', req.url, String(d)));
  req.on('end', () => console.log('end', req.url));
  req.on('error', (e) => console.log('req error', req.url, e.code));
  req.on('close', () => console.log('req close', req.url));
  if (req.url === '/full') res.end('ok');
});
server.on('clientError', (err, socket) => {
  console.log('clientError', err.code, err.message, err.reason, err.bytesParsed, err.rawPacket);
  socket.destroy();
});

const cases = [
  ['between requests', 'GET /full HTTP/1.1\r\nHost: x\r\n\r\n'],
  ['inside a head', 'GET /partial HTTP/1.1\r\nHost: x\r\n'],
  ['inside a body', 'POST /body HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nhello'],
  ['inside a chunked body', 'POST /chunked HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n'],
];

function run(i) {
  if (i === cases.length) {
    server.close(() => console.log('closed'));
    return;
  }
  const [name, bytes] = cases[i];
  console.log('--', name);
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    c.write(bytes);
    setTimeout(() => c.end(), 50);
  });
  let got = '';
  c.on('data', (d) => { got += d; });
  c.on('close', () => {
    console.log('client saw', JSON.stringify(got.split('\r\n')[0]));
    setTimeout(() => run(i + 1), 20);
  });
}
server.listen(0, '127.0.0.1', () => run(0));
