// Session resumption the way users test it: keep the 'session' Buffer (or
// getSession()) from a first connection, pass it as `session` to a second,
// and print isSessionReused(), getTLSTicket(), what the server sees, for
// TLS 1.2 and 1.3; a session offered to another server; a garbage session.
'use strict';
const tls = require('tls');
const { read, run } = require('./_probe');

function connect(port, opts, log, label) {
  return new Promise((resolve) => {
    let session = null;
    let sessions = 0;
    const c = tls.connect({ port, host: '127.0.0.1', servername: 'localhost', ca: read('ca.pem'), ...opts }, () => {
      log(label, 'secureConnect reused', c.isSessionReused(), 'protocol', c.getProtocol(),
        'getSession is Buffer', Buffer.isBuffer(c.getSession()), 'ticket', c.getTLSTicket() === undefined ? 'undefined' : typeof c.getTLSTicket());
      setTimeout(() => c.end(), 30);
    });
    c.on('session', (s) => {
      // (OpenSSL sends two TLS 1.3 tickets, crypto/tls one: count them not)
      if (sessions++ === 0) log(label, 'session event', Buffer.isBuffer(s), s.length > 0);
      session = s;
    });
    c.on('data', () => {});
    c.on('error', (e) => log(label, 'error', e.code, e.message));
    c.on('close', () => {
      log(label, 'sessions seen >0', sessions > 0, 'getSession after close', c.getSession());
      resolve(session);
    });
  });
}

function server(extra, log, name) {
  return new Promise((resolve) => {
    const s = tls.createServer({ key: read('server-ec-key.pem'), cert: read('server-ec-chain.pem'), ...extra }, (sock) => {
      log(name, 'secureConnection reused', sock.isSessionReused());
      // OpenSSL sends TLS 1.3 tickets with the server's first write
      sock.end('bye');
    });
    s.listen(0, '127.0.0.1', () => resolve(s));
  });
}

async function scenario(version, log) {
  const a = await server({}, log, 'server A');
  const b = await server({}, log, 'server B');
  const first = await connect(a.address().port, { maxVersion: version }, log, '1 first');
  const second = await connect(a.address().port, { maxVersion: version, session: first }, log, '2 resumed');
  await connect(b.address().port, { maxVersion: version, session: first }, log, '3 other server');
  await connect(a.address().port, { maxVersion: version, session: Buffer.from('not a session') }, log, '4 garbage');
  log('second session', second ? 'present' : 'none');
  a.close();
  b.close();
}

async function sharedKeys(log) {
  const ticketKeys = Buffer.alloc(48, 7);
  const a = await server({ ticketKeys }, log, 'server A');
  const b = await server({ ticketKeys }, log, 'server B');
  const first = await connect(a.address().port, { maxVersion: 'TLSv1.2' }, log, '1 first');
  await connect(b.address().port, { maxVersion: 'TLSv1.2', session: first }, log, '2 other server, same ticketKeys');
  a.close();
  b.close();
}

run([
  ['TLS 1.2', (log) => scenario('TLSv1.2', log)],
  ['TLS 1.3', (log) => scenario('TLSv1.3', log)],
  ['TLS 1.2 shared ticketKeys', sharedKeys],
]);
