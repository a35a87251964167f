// A GET through the global agent: request fields on the server, response
// fields on the client, event order per object (printed at the end).
const http = require('http');
const log = (...a) => console.log(...a);
const seq = {};
const ev = (obj, name) => { (seq[obj] ||= []).push(name); };
process.on('exit', () => { for (const k of Object.keys(seq).sort()) console.log(k, seq[k].join(' ')); });
const server = http.createServer((req, res) => {
  log('server request', req.method, req.url, req.httpVersion, req.httpVersionMajor, req.httpVersionMinor);
  log('server headers', JSON.stringify({ ...req.headers, host: req.headers.host.replace(/\d+$/, 'PORT') }));
  log('server rawHeaders', req.rawHeaders.length, req.rawHeaders[0], req.rawHeaders[2], req.rawHeaders[3]);
  log('req complete', req.complete, 'aborted', req.aborted, typeof req.socket.remoteAddress);
  req.on('end', () => ev('req', 'end ' + req.complete));
  req.on('close', () => ev('req', 'close'));
  req.resume();
  res.on('finish', () => ev('res', 'finish ' + res.writableEnded + ' ' + res.writableFinished));
  res.on('close', () => ev('res', 'close'));
  res.setHeader('Content-Type', 'text/plain');
  res.setHeader('X-Multi', ['a', 'b']);
  log('headersSent before', res.headersSent, res.statusCode, res.statusMessage);
  res.end('hello world');
  log('headersSent after', res.headersSent, res.writableEnded, res.statusMessage);
});
server.on('connection', () => ev('server', 'connection'));
server.on('close', () => ev('server', 'close'));
server.listen(0, '127.0.0.1', () => {
  log('listening', server.listening, typeof server.address().port);
  const req = http.get({ host: '127.0.0.1', port: server.address().port, path: '/path?q=1' }, (res) => {
    log('client response', res.statusCode, res.statusMessage, res.httpVersion);
    const h = { ...res.headers };
    log('date present', typeof h.date);
    delete h.date;
    log('client headers', JSON.stringify(h));
    log('rawHeaders names', res.rawHeaders.filter((_, i) => i % 2 === 0).join(','));
    res.setEncoding('utf8');
    let body = '';
    res.on('data', (d) => { body += d; });
    res.on('end', () => { ev('client res', 'end ' + JSON.stringify(body) + ' ' + res.complete); });
    res.on('close', () => {
      ev('client res', 'close');
      server.close();
    });
  });
  req.on('socket', (s) => ev('client req', 'socket ' + s.constructor.name));
  req.on('finish', () => ev('client req', 'finish'));
  req.on('close', () => ev('client req', 'close ' + req.reusedSocket));
});
