// tls.connect argument forms: (options, cb), (port, host, options, cb),
// (port, options, cb), (port, host, cb); servername defaults (from host,
// none for an IP), the DEP0123 warning for an IP servername, and the
// 'secureConnect' listener being the callback.
const tls = require('tls');
const { cert, serverOptions } = require('./_common');

const seen = [];
// (the server's view of servername is in sni.js: a Go client never sends an
// IP address as SNI, OpenSSL does)
const server = tls.createServer(serverOptions(), (s) => s.end());
process.on('warning', (w) => seen.push(`warning ${w.name} ${w.code} ${w.message}`));
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const ca = cert('ca.pem');
  const forms = [
    ['options', (cb) => tls.connect({ port, host: 'localhost', ca }, cb)],
    ['port,host,options', (cb) => tls.connect(port, 'localhost', { ca }, cb)],
    ['port,options', (cb) => tls.connect(port, { ca, host: 'localhost' }, cb)],
    ['ip host', (cb) => tls.connect({ port, host: '127.0.0.1', ca, checkServerIdentity: () => undefined }, cb)],
    ['ip servername', (cb) => tls.connect({ port, host: '127.0.0.1', ca, servername: '127.0.0.1' }, cb)],
    ['string port', (cb) => tls.connect({ port: String(port), host: 'localhost', ca }, cb)],
  ];
  let i = 0;
  const next = () => {
    if (i === forms.length) {
      server.close(() => console.log(seen.join('\n')));
      return;
    }
    const [name, fn] = forms[i++];
    const c = fn(function () {
      seen.push(`${name}: secureConnect this===socket ${this === c} authorized=${c.authorized} servername=${c.servername} remotePort ok ${c.remotePort === port}`);
    });
    c.on('error', (e) => seen.push(`${name}: error ${e.code}`));
    c.on('data', () => {});
    c.on('close', next);
  };
  next();
});
