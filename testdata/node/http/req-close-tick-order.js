// A request's 'close' comes on the tick after its destroy callback, as in
// Node: after 'end' and the ticks queued before it, before a tick its
// listener queues and before promise jobs; with the queue otherwise empty
// (the http server's own destroy of an ended request) as with ticks pending.
const http = require('http');
const log = [];
let n = 0;
const server = http.createServer((req, res) => {
  const i = ++n;
  const L = (s) => log.push(i + ':' + s);
  if (i === 1) {
    req.on('end', () => L('end'));
    req.on('close', () => { L('close'); process.nextTick(() => L('tick after close')); Promise.resolve().then(() => L('promise after close')); });
  } else if (i === 2) {
    req.on('end', () => { L('end'); process.nextTick(() => L('tick in end')); });
    req.on('close', () => L('close'));
    Promise.resolve().then(() => L('promise in handler'));
  } else {
    req.on('close', () => { L('close destroyed ' + req.destroyed + ' ' + req._readableState.closeEmitted); });
    setImmediate(() => L('immediate'));
  }
  res.end('x');
  process.nextTick(() => L('tick in handler'));
});
server.listen(0, '127.0.0.1', () => {
  const net = require('net');
  const c = net.connect(server.address().port, '127.0.0.1');
  let got = 0;
  c.on('data', (d) => {
    got++;
    if (got < 3) c.write('GET / HTTP/1.1\r\nHost: h\r\n\r\n');
    else setTimeout(() => { console.log(log.join('\n')); c.destroy(); server.close(); }, 50);
  });
  c.write('GET / HTTP/1.1\r\nHost: h\r\n\r\n');
});
