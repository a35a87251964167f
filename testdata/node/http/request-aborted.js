// The server side of a client that disappears mid-body: the request emits
// 'aborted', an ECONNRESET 'aborted' error and 'close'; the response
// 'close'; req.complete stays false.
const http = require('http');
const net = require('net');
const seq = {};
const ev = (obj, name) => { (seq[obj] ||= []).push(name); };
process.on('exit', () => { for (const k of Object.keys(seq).sort()) console.log(k, seq[k].join(' ')); });
const server = http.createServer((req, res) => {
  req.on('data', (d) => ev('req', 'data ' + d.length));
  req.on('aborted', () => ev('req', `aborted ${req.aborted} ${req.complete}`));
  req.on('error', (e) => ev('req', `error ${e.code} ${e.message}`));
  req.on('end', () => ev('req', 'end'));
  req.on('close', () => { ev('req', 'close'); });
  res.on('close', () => { ev('res', `close ${res.writableEnded} ${res.destroyed}`); server.close(); });
  res.on('finish', () => ev('res', 'finish'));
});
server.listen(0, () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    c.write('POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 100\r\n\r\n0123456789');
    setTimeout(() => c.destroy(), 50);
  });
});
