// exportKeyingMaterial (equal on both sides, errors before the handshake
// and for bad arguments), getEphemeralKeyInfo (client only; per curve),
// and getFinished/getPeerFinished on TLS 1.2 (the client's Finished is
// the server's peer Finished and vice versa).
const tls = require('tls');
const { cert, recorder, serverOptions } = require('./_common');
const rec = recorder();

function round(label, serverExtra, clientExtra, next) {
  let serverSide;
  // the checks run once both sides are done (the server's 'secureConnection'
  // can come after the client's 'secureConnect' under load)
  let check;
  let ready = 0;
  const bothReady = () => { if (++ready === 2) setTimeout(check, 20); };
  const server = tls.createServer({ ...serverOptions(), ...serverExtra }, (s) => {
    serverSide = s;
    rec.log(`${label} server`, 'ephemeral', JSON.stringify(s.getEphemeralKeyInfo()));
    s.on('data', () => {});
    bothReady();
  });
  server.listen(0, '127.0.0.1', () => {
    const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: cert('ca.pem'), servername: 'localhost', ...clientExtra });
    try {
      c.exportKeyingMaterial(16, 'EXPORTER-test');
    } catch (e) {
      rec.log(label, 'before handshake', e.name, e.code, e.message);
    }
    rec.log(label, 'getFinished before', c.getFinished(), 'getPeerFinished before', c.getPeerFinished());
    c.on('secureConnect', bothReady);
    check = () => {
      const a = c.exportKeyingMaterial(32, 'EXPORTER-test', Buffer.from('ctx'));
      const b = serverSide.exportKeyingMaterial(32, 'EXPORTER-test', Buffer.from('ctx'));
      const d = c.exportKeyingMaterial(32, 'EXPORTER-test');
      rec.log(label, 'ekm equal', a.equals(b), 'length', a.length, 'context matters', !a.equals(d));
      rec.log(label, 'protocol', c.getProtocol(), 'client ephemeral', JSON.stringify(c.getEphemeralKeyInfo()));
      // only the client's Finished of a full TLS 1.2 handshake (tls-unique)
      // is available in handshake: compare that one
      if (c.getProtocol() === 'TLSv1.2') {
        const cf = c.getFinished();
        const spf = serverSide.getPeerFinished();
        rec.log(label, 'client Finished', cf.length, 'is the server\'s peer Finished', cf.equals(spf));
      }
      for (const args of [['16', 'x'], [16, 5], [16, 'x', 'ctx'], [-1, 'x']]) {
        try {
          c.exportKeyingMaterial(...args);
          rec.log(label, 'args', JSON.stringify(args), 'ok');
        } catch (e) {
          rec.log(label, 'args', JSON.stringify(args), e.name, e.code, e.message);
        }
      }
      c.end();
      serverSide.end();
      server.close(next);
    };
  });
}
round('tls12 x25519 rsa', { maxVersion: 'TLSv1.2', key: cert('server-rsa-key.pem'), cert: cert('server-rsa-chain.pem') }, { ecdhCurve: 'X25519' }, () =>
  round('tls12 p256', { maxVersion: 'TLSv1.2' }, { ecdhCurve: 'P-256' }, () =>
    round('tls13 p384', {}, { ecdhCurve: 'P-384' }, () => {})));
