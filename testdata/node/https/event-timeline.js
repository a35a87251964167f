// The tutorial's event flow, per object: server connection ->
// secureConnection -> request; client socket -> connect -> secureConnect
// -> session -> response; then close on every side. Printed per object
// because cross-side order depends on scheduling.
const https = require('https');
const read = require('./_certs');
const seq = {};
const ev = (obj, name) => { (seq[obj] ||= []).push(name); };
process.on('exit', () => { for (const k of Object.keys(seq).sort()) console.log(k.padEnd(14), seq[k].join(' -> ')); });
const server = https.createServer({ key: read('server-ec-key.pem'), cert: read('server-ec-chain.pem') }, (req, res) => {
  ev('server', 'request');
  req.on('end', () => ev('server req', 'end'));
  req.resume();
  res.on('finish', () => ev('server res', 'finish'));
  res.on('close', () => ev('server res', 'close'));
  res.end('hi');
});
server.on('connection', (raw) => {
  ev('server', 'connection ' + raw.constructor.name);
});
server.on('secureConnection', (tls) => {
  ev('server', `secureConnection ${tls.getProtocol()} ${tls.alpnProtocol}`);
  tls.on('close', () => ev('server tls', 'close'));
});
server.on('close', () => ev('server', 'close'));
server.listen(0, () => {
  const req = https.request({ port: server.address().port, host: 'localhost', ca: read('ca.pem'), agent: false, maxVersion: 'TLSv1.2' }, (res) => {
    ev('client req', 'response ' + res.statusCode);
    res.on('data', (d) => ev('client res', 'data ' + d));
    res.on('end', () => ev('client res', 'end'));
    res.on('close', () => ev('client res', 'close'));
  });
  req.on('socket', (s) => {
    ev('client req', `socket connecting=${s.connecting} secureConnecting=${s.secureConnecting}`);
    s.on('connect', () => ev('client socket', 'connect'));
    s.on('secureConnect', () => ev('client socket', `secureConnect authorized=${s.authorized}`));
    s.on('session', () => ev('client socket', 'session'));
    s.on('close', () => { ev('client socket', 'close'); server.close(); });
  });
  req.on('finish', () => ev('client req', 'finish'));
  req.on('close', () => ev('client req', 'close'));
  req.end();
});
