// diff-env: NODE_TLS_REJECT_UNAUTHORIZED=0
// NODE_TLS_REJECT_UNAUTHORIZED=0: Node warns once (on stderr) and the
// client accepts an untrusted server, reporting authorized=false with the
// verification code; an explicit rejectUnauthorized: true still rejects.
const tls = require('tls');
const { cert, recorder } = require('./_common');
const rec = recorder();

const server = tls.createServer({ key: cert('server-selfsigned-key.pem'), cert: cert('server-selfsigned.pem') }, (s) => s.end('hi'));
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const a = tls.connect({ port, host: '127.0.0.1', servername: 'localhost' }, () => {
    rec.log('default', 'secureConnect authorized=' + a.authorized, 'error=' + a.authorizationError);
  });
  a.on('data', (d) => rec.log('default', 'data', String(d)));
  a.on('close', () => {
    const b = tls.connect({ port, host: '127.0.0.1', servername: 'localhost', rejectUnauthorized: true }, () => rec.log('explicit', 'secureConnect'));
    b.on('error', (e) => rec.log('explicit', 'error', e.code, e.message));
    b.on('close', () => {
      const c = tls.connect({ port, host: '127.0.0.1', servername: 'localhost' }, () => {
        rec.log('again', 'secureConnect authorized=' + c.authorized);
        c.end();
      });
      c.resume();
      c.on('close', () => server.close());
    });
  });
});
