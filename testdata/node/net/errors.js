// Network errors with Node's code, errno, syscall, address and port.
const net = require('net');

const refused = net.connect(9, '127.0.0.1');
refused.on('error', (err) => {
  console.log('refused:', err.message, err.code, err.errno, err.syscall, err.address, err.port, Object.keys(err));
  const s1 = net.createServer().listen(0, '127.0.0.1', () => {
    const port = s1.address().port;
    const s2 = net.createServer();
    s2.on('error', (e) => {
      console.log('in use:', e.message.replace(String(port), 'PORT'), e.code, e.errno, e.syscall, e.address, e.port === port, Object.keys(e));
      s1.close(() => badArgs());
    });
    s2.listen(port, '127.0.0.1');
  });
});
refused.on('close', (hadError) => console.log('refused close', hadError));

function badArgs() {
  for (const f of [
    () => net.connect({ port: -1 }),
    () => net.connect({ port: 65536 }),
    () => net.connect({}),
    () => net.createServer().listen({ port: 'abc' }),
    () => net.connect({ port: 80, localAddress: 'nope' }),
    () => new net.Socket().setTimeout('x'),
  ]) {
    try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message); }
  }
  console.log(net.isIP('127.0.0.1'), net.isIP('::1'), net.isIP('x'), net.isIPv4('1.2.3.4'), net.isIPv6('fe80::1%eth0'), net.isIP('1.2.3.256'));
}
