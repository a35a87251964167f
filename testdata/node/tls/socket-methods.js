// TLSSocket methods around the handshake: getSession on both sides,
// getTLSTicket, isSessionReused, getProtocol/getCipher before and after,
// setMaxSendFragment bounds, renegotiate argument checks and TLS 1.3,
// disableRenegotiation, setServername on a server socket, getCertificate /
// getX509Certificate / getPeerX509Certificate.
const tls = require('tls');
const { cert, recorder, serverOptions } = require('./_common');
const rec = recorder();

function attempt(side, label, fn) {
  try {
    rec.log(side, label, String(fn()));
  } catch (e) {
    rec.log(side, label, 'threw', e.name, e.code, e.message);
  }
}
const server = tls.createServer(serverOptions(), (s) => {
  rec.log('server', 'getSession is Buffer', Buffer.isBuffer(s.getSession()));
  rec.log('server', 'getTLSTicket', typeof s.getTLSTicket());
  attempt('server', 'setServername', () => s.setServername('x'));
  attempt('server', 'getX509Certificate subject', () => s.getX509Certificate().subject.split('\n').pop());
  attempt('server', 'getPeerX509Certificate', () => s.getPeerX509Certificate());
  s.on('data', () => {});
  s.on('end', () => s.end());
});
server.listen(0, '127.0.0.1', () => {
  const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: cert('ca.pem'), servername: 'localhost' });
  rec.log('client', 'before: protocol', c.getProtocol(), 'cipher', c.getCipher(), 'reused', c.isSessionReused(),
    'session', c.getSession(), 'peer', JSON.stringify(c.getPeerCertificate()));
  attempt('client', 'setMaxSendFragment(511)', () => c.setMaxSendFragment(511));
  attempt('client', 'setMaxSendFragment(16385)', () => c.setMaxSendFragment(16385));
  attempt('client', 'setMaxSendFragment("1")', () => c.setMaxSendFragment('1'));
  c.on('secureConnect', () => {
    rec.log('client', 'after: protocol', c.getProtocol(), 'reused', c.isSessionReused());
    rec.log('client', 'getX509Certificate', c.getX509Certificate());
    const peer = c.getPeerX509Certificate();
    rec.log('client', 'getPeerX509Certificate', peer.constructor.name, peer.subject.split('\n').pop(), peer.issuer.split('\n').pop());
    attempt('client', 'renegotiate(null)', () => c.renegotiate(null));
    attempt('client', 'renegotiate({}, 5)', () => c.renegotiate({}, 5));
    c.renegotiate({ rejectUnauthorized: false }, (err) => {
      rec.log('client', 'renegotiate callback', err && err.name, err && err.code, err && err.message);
      c.disableRenegotiation();
      c.renegotiate({}, (err2) => {
        rec.log('client', 'after disableRenegotiation', err2 && err2.code, err2 && err2.message);
        c.end();
      });
    });
  });
  c.on('close', () => server.close());
});
