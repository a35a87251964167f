// 'newSession' / 'resumeSession' with TLS 1.3 (Node 20's behaviour):
// 'resumeSession' fires for every ClientHello with its 32-byte compatibility
// session id (never found: it is not a session id the server issued),
// 'newSession' for tickets after 'secureConnection', and the second
// connection resumes from its ticket. (OpenSSL sends two tickets, crypto/tls
// one: the number of 'newSession' events is not compared. The server ends
// its socket a little later: a Node server ending it inside
// 'secureConnection' loses its tickets behind the close_notify.)
const tls = require('tls');
const { cert, serverOptions } = require('./_common');

const store = new Map();
const events = []; // server side
const clientEvents = [];
let newSessions = 0;
const server = tls.createServer(serverOptions(), (s) => {
  events.push(`secureConnection reused=${s.isSessionReused()} protocol=${s.getProtocol()}`);
  setTimeout(() => s.end(), 100);
});
server.on('newSession', (id, data, cb) => {
  if (newSessions++ === 0) events.push(`newSession id=${id.length} data=${Buffer.isBuffer(data)} cb=${typeof cb}`);
  store.set(id.toString('hex'), data);
  cb();
});
server.on('resumeSession', (id, cb) => {
  const data = store.get(id.toString('hex'));
  events.push(`resumeSession id=${id.length} found=${!!data}`);
  cb(null, data || null);
});
server.listen(0, '127.0.0.1', () => {
  const opts = { port: server.address().port, host: '127.0.0.1', ca: cert('ca.pem'), servername: 'localhost' };
  let session;
  const c1 = tls.connect(opts);
  c1.on('session', (s) => { session = session || s; });
  c1.on('data', () => {});
  c1.on('close', () => {
    clientEvents.push(`client1 got a session ${Buffer.isBuffer(session)}`);
    const c2 = tls.connect({ ...opts, session }, () => clientEvents.push(`client2 reused=${c2.isSessionReused()}`));
    c2.on('data', () => {});
    c2.on('close', () => server.close(() => {
      console.log(events.join('\n'));
      console.log(clientEvents.join('\n'));
      console.log('newSession seen', newSessions > 0, 'store filled', store.size > 0);
    }));
  });
});
