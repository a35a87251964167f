// 'newSession' / 'resumeSession': an external session store on the server.
const tls = require('tls');
const { cert, serverOptions } = require('./_common');

const store = new Map();
const events = []; // server side
const clientEvents = [];
const server = tls.createServer({ ...serverOptions(), maxVersion: 'TLSv1.2' }, (s) => {
  events.push(`secureConnection reused=${s.isSessionReused()}`);
  s.end();
});
server.on('newSession', (id, data, cb) => {
  events.push(`newSession id=${id.length} data=${Buffer.isBuffer(data)}`);
  store.set(id.toString('hex'), data);
  cb();
});
server.on('resumeSession', (id, cb) => {
  const data = store.get(id.toString('hex'));
  events.push(`resumeSession id=${id.length} found=${!!data}`);
  cb(null, data || null);
});
server.listen(0, '127.0.0.1', () => {
  const opts = { port: server.address().port, host: '127.0.0.1', ca: cert('ca.pem'), servername: 'localhost', maxVersion: 'TLSv1.2' };
  let session;
  const c1 = tls.connect(opts);
  c1.on('session', (s) => { session = s; });
  c1.on('data', () => {});
  c1.on('close', () => {
    const c2 = tls.connect({ ...opts, session }, () => clientEvents.push(`client2 reused=${c2.isSessionReused()}`));
    c2.on('data', () => {});
    c2.on('close', () => server.close(() => {
      console.log(events.join('\n'));
      console.log(clientEvents.join('\n'));
      console.log('store size', store.size);
    }));
  });
});
