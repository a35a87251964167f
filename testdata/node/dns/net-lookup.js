// net.connect with a lookup option: dns.lookup itself, a custom function
// (called with Node's (host, { family, hints }, cb) and its 'lookup' event),
// and a lookup error ending the connection attempt.
const net = require('net');
const dns = require('dns');

const server = net.createServer((socket) => socket.end('hello from server\n'));
server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  const connect = (options) => new Promise((resolve) => {
    const socket = net.connect({ port, ...options });
    socket.on('lookup', (err, address, family, host) => {
      console.log('lookup event', err && err.code, address, family, host);
    });
    let data = '';
    socket.on('data', (d) => { data += d; });
    socket.on('error', (err) => {
      console.log('error', err.message, err.code, err.syscall, err.hostname);
      resolve();
    });
    socket.on('close', () => {
      if (data) console.log('received', JSON.stringify(data));
      resolve();
    });
  });
  await connect({ host: 'localhost', lookup: dns.lookup });
  await connect({
    host: 'my-alias',
    lookup(host, options, cb) {
      console.log('custom lookup', host, typeof options);
      dns.lookup('localhost', options, cb);
    },
  });
  await connect({ host: 'localhost', family: 4, lookup: (h, o, cb) => { console.log('family', o.family); cb(null, '127.0.0.1', 4); } });
  await connect({ host: 'nowhere.invalid', lookup: dns.lookup });
  server.close(() => console.log('server closed'));
});
