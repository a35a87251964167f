// res.end(chunk) in its forms, one request at a time on a keep-alive
// connection: the exact bytes on the wire (head, Content-Length or chunked
// framing, encodings) and the order of req/res events and end() callbacks.
const http = require('http');
const net = require('net');

const handlers = {
  '/plain': (req, res) => res.end('hello'),
  '/writehead': (req, res) => { res.writeHead(200, { 'Content-Type': 'text/plain' }); res.end('hello world\n'); },
  '/utf8-head': (req, res) => { res.writeHead(200, { 'X-A': 'caf\u00e9' }); res.end('h\u00e9llo \u20ac'); },
  '/latin1': (req, res) => { res.writeHead(200, { 'X-A': 'caf\u00e9' }); res.end('h\u00e9llo', 'latin1'); },
  '/utf8-len': (req, res) => res.end('h\u00e9llo \u20ac'),
  '/utf8-setheader': (req, res) => { res.setHeader('X-B', 'caf\u00e9'); res.end('h\u00e9llo'); },
  '/hex': (req, res) => res.end('68656c6c6f', 'hex'),
  '/hex-writehead': (req, res) => { res.writeHead(201); res.end('6869', 'hex'); },
  '/callback': (req, res) => res.end('cb', () => console.log('  end callback', res.writableFinished)),
  '/enc-callback': (req, res) => { res.writeHead(200); res.end('cb2', 'utf8', () => console.log('  end callback 2')); },
  '/expect-header': (req, res) => { res.setHeader('Expect', 'nothing'); res.end('e'); },
  '/no-content': (req, res) => { res.statusCode = 204; res.end('dropped'); },
  '/not-modified': (req, res) => { res.writeHead(304); res.end('dropped'); },
  '/trailers': (req, res) => { res.writeHead(200, { Trailer: 'X-T' }); res.addTrailers({ 'X-T': 'v' }); res.end('t'); },
  '/buffer': (req, res) => res.end(Buffer.from('buf')),
  '/buffer-writehead': (req, res) => { res.writeHead(200); res.end(Buffer.from('buf2')); },
  '/write-then-end': (req, res) => { res.write('a'); res.end('b'); },
  '/content-length': (req, res) => { res.setHeader('Content-Length', 5); res.end('hello'); },
  '/writehead-length': (req, res) => { res.writeHead(200, { 'content-length': '2' }); res.end('ok'); },
  '/corked': (req, res) => { res.cork(); res.end('corked'); },
  '/socket-corked': (req, res) => { res.socket.cork(); res.end('sc'); },
  '/flushed': (req, res) => { res.flushHeaders(); res.end('after flush'); },
  '/empty-string': (req, res) => res.end(''),
  '/strict': (req, res) => { res.strictContentLength = true; res.setHeader('Content-Length', 2); res.end('ok'); },
  '/te-header': (req, res) => { res.setHeader('Transfer-Encoding', 'chunked'); res.end('te'); },
  '/bare-end': (req, res) => res.end(),
  '/redirect': (req, res) => { res.statusCode = 302; res.setHeader('Location', '/plain'); res.end(); },
  '/bare-end-callback': (req, res) => res.end(() => console.log('  bare end callback', res.writableFinished)),
  '/bare-end-expect': (req, res) => { res.setHeader('Expect', 'x'); res.end(); },
  '/bare-end-corked': (req, res) => { res.socket.cork(); res.end(); },
  '/bare-end-chunked': (req, res) => { res.setHeader('Transfer-Encoding', 'chunked'); res.end(); },
  '/close': (req, res) => { res.setHeader('Connection', 'close'); res.end('bye'); },
};

const server = http.createServer((req, res) => {
  const url = req.url;
  req.on('end', () => console.log('  req end', url));
  req.on('close', () => console.log('  req close', url));
  res.on('finish', () => console.log('  res finish', url, res.writableFinished));
  res.on('close', () => console.log('  res close', url));
  handlers[url](req, res);
  console.log('  after end', url, res.finished, res.writableEnded, res.headersSent);
});

const order = [
  ['GET', '/plain'], ['GET', '/writehead'], ['GET', '/utf8-head'], ['GET', '/latin1'], ['GET', '/utf8-len'],
  ['GET', '/utf8-setheader'], ['GET', '/hex'], ['GET', '/hex-writehead'], ['GET', '/callback'],
  ['GET', '/enc-callback'], ['GET', '/expect-header'], ['GET', '/no-content'], ['GET', '/not-modified'],
  ['HEAD', '/plain'], ['HEAD', '/writehead'], ['GET', '/trailers'], ['GET', '/buffer'],
  ['GET', '/buffer-writehead'], ['GET', '/write-then-end'], ['GET', '/content-length'],
  ['GET', '/writehead-length'], ['GET', '/corked'], ['GET', '/socket-corked'], ['GET', '/flushed'],
  ['GET', '/empty-string'], ['GET', '/strict'], ['GET', '/te-header'], ['GET', '/bare-end'], ['HEAD', '/bare-end'],
  ['GET', '/redirect'], ['GET', '/bare-end-callback'], ['GET', '/bare-end-expect'], ['GET', '/bare-end-corked'],
  ['GET', '/bare-end-chunked'], ['GET', '/close'],
];

// complete reports whether buf (latin1) holds one whole response.
function complete(buf, method) {
  const i = buf.indexOf('\r\n\r\n');
  if (i < 0) return false;
  const head = buf.slice(0, i);
  const body = buf.slice(i + 4);
  const status = Number(head.split(' ')[1]);
  if (method === 'HEAD' || status === 204 || status === 304) return true;
  const cl = /content-length: (\d+)/i.exec(head);
  if (cl) return body.length >= Number(cl[1]);
  if (/transfer-encoding: chunked/i.test(head)) return /(^|\r\n)0\r\n(.*\r\n)*\r\n$/.test(body);
  return false;
}

server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.setEncoding('latin1');
  let buf = '';
  let n = 0;
  const next = () => {
    const [method, url] = order[n];
    console.log(method, url);
    c.write(`${method} ${url} HTTP/1.1\r\nHost: h\r\n\r\n`);
  };
  c.on('data', (d) => {
    buf += d;
    if (!complete(buf, order[n][0])) return;
    console.log('  response', JSON.stringify(buf.replace(/Date: [^\r]*\r\n/g, '')));
    buf = '';
    if (++n < order.length) setTimeout(next, 5);
  });
  c.on('end', () => {
    console.log('client end', JSON.stringify(buf));
    server.close();
  });
  next();
});
