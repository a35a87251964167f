// ALPNCallback: the server chooses from what the client offers (and sees
// the servername); undefined refuses with no_application_protocol on both
// sides; a client without ALPN never calls it.
const tls = require('tls');
const { cert, recorder, serverOptions } = require('./_common');
const rec = recorder();

const server = tls.createServer({
  ...serverOptions(),
  ALPNCallback({ servername, protocols }) {
    rec.log('callback', `servername=${servername} protocols=${protocols.join(',')}`);
    if (protocols.includes('refuse')) return undefined;
    return protocols[protocols.length - 1];
  },
}, (s) => {
  rec.log(`server ${current}`, `secureConnection alpn=${s.alpnProtocol}`);
  s.on('close', serverDone);
  s.end();
});
server.on('tlsClientError', (e) => {
  rec.log(`server ${current}`, 'tlsClientError', e.code, e.reason);
  serverDone();
});
const cases = [['a', 'b', 'c'], ['refuse', 'x'], null, ['only']];
// the next case starts once both sides are done with this one, so each
// side's lines belong to their case whatever the scheduling
let current = 0;
let pending = 0;
function serverDone() {
  if (--pending === 0) next(current + 1);
}
function next(i) {
  current = i;
  pending = 2;
  if (i === cases.length) return server.close();
  const opts = { port: server.address().port, host: '127.0.0.1', ca: cert('ca.pem'), servername: 'localhost' };
  if (cases[i]) opts.ALPNProtocols = cases[i];
  const c = tls.connect(opts, () => rec.log(`client ${i}`, `secureConnect alpn=${c.alpnProtocol}`));
  c.on('error', (e) => rec.log(`client ${i}`, 'error', e.code, e.reason));
  c.on('data', () => {});
  c.on('close', serverDone);
}
server.listen(0, '127.0.0.1', () => next(0));
