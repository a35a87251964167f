// SNI: SNICallback choosing a context, addContext with wildcards, and the
// servername each side sees.
const tls = require('tls');
const { cert, recorder, serverOptions } = require('./_common');
const rec = recorder();
let phase = '';

const sniCtx = tls.createSecureContext({ key: cert('server-sni-key.pem'), cert: cert('server-sni-chain.pem') });

function client(port, servername, cb) {
  const opts = { port, host: '127.0.0.1', ca: cert('ca.pem') };
  if (servername) opts.servername = servername;
  const c = tls.connect(opts, () => {
    const pc = c.getPeerCertificate();
    rec.log(`${phase} client ${servername}`, `CN=${pc.subject.CN} alt=${pc.subjectaltname} servername=${c.servername}`);
  });
  c.on('error', (err) => rec.log(`${phase} client ${servername}`, `error ${err.code}`));
  c.on('data', () => {});
  c.on('close', cb);
}

const seen = [];
const a = tls.createServer({
  ...serverOptions(),
  SNICallback(name, cb) {
    seen.push(name);
    if (name === 'fail.test') return cb(new Error('no such host'));
    cb(null, name.endsWith('.test') ? sniCtx : undefined);
  },
}, (s) => { rec.log(`${phase} server`, `servername=${s.servername}`); s.end(); });
a.on('tlsClientError', (err) => rec.log(`${phase} server`, `tlsClientError ${err.message}`));
a.listen(0, '127.0.0.1', () => {
  phase = '1 SNICallback';
  const port = a.address().port;
  client(port, 'sni.test', () => client(port, 'localhost', () => client(port, 'alt.test', () => client(port, 'fail.test', () => client(port, undefined, () => {
    rec.log(phase + ' callback', 'saw', seen.join(','));
    a.close(addContext);
  })))));
});

function addContext() {
  const b = tls.createServer(serverOptions(), (s) => { rec.log(`${phase} server`, `servername=${s.servername}`); s.end(); });
  b.addContext('*.wild.test', { key: cert('server-sni-key.pem'), cert: cert('server-sni-chain.pem') });
  b.addContext('sni.test', sniCtx);
  b.listen(0, '127.0.0.1', () => {
    phase = '2 addContext';
    const port = b.address().port;
    client(port, 'x.wild.test', () => client(port, 'sni.test', () => client(port, 'localhost', () => b.close())));
  });
}
