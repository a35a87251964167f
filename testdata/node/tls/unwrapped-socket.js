// new tls.TLSSocket(new net.Socket()): an unconnected socket (Node wraps it
// in a JSStreamSocket): constructed and destroyed; connected afterwards with
// tls.connect({ socket }), and with new TLSSocket + raw.connect (no
// handshake: only tls.connect starts one on a client socket); the raw
// socket's events and states around it ('close' without hadError for a
// socket that never had a handle).
const net = require('net');
const tls = require('tls');
const { cert, recorder, serverOptions } = require('./_common');
const rec = recorder();

function states(s) {
  return `connecting=${s.connecting} pending=${s.pending} readyState=${s.readyState} destroyed=${s.destroyed} encrypted=${s.encrypted}`;
}

// 1. construct and destroy
{
  const raw = new net.Socket();
  const s = new tls.TLSSocket(raw);
  rec.log('a', 'constructed', states(s), 'parent=' + (s._parent === raw));
  raw.on('close', (h) => rec.log('a', 'raw close', h));
  s.on('close', (h) => rec.log('a', 'tls close', h, states(s)));
  s.on('error', (e) => rec.log('a', 'tls error', e.code));
  s.destroy();
  rec.log('a', 'after destroy', states(s), 'raw.destroyed=' + raw.destroyed);
}

const server = tls.createServer(serverOptions(), (c) => {
  rec.log('server', 'secureConnection', c.servername);
  c.write('hello');
  c.on('end', () => rec.log('server', 'end'));
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  let left = 2;
  const done = () => { if (--left === 0) server.close(); };
  // 2. tls.connect({ socket: unconnected }), then raw.connect
  {
    const raw = new net.Socket();
    const c = tls.connect({ socket: raw, ca: cert('ca.pem'), servername: 'localhost' }, () => {
      rec.log('b', 'secureConnect authorized=' + c.authorized, states(c), 'protocol=' + c.getProtocol());
    });
    rec.log('b', 'after tls.connect', states(c));
    raw.on('connect', () => rec.log('b', 'raw connect'));
    c.on('connect', () => rec.log('b', 'tls connect', states(c)));
    // the client ends first: when the server's FIN comes first, Node's
    // JSStreamSocket writes the close_notify to the raw socket that has
    // already ended itself and fails with EPIPE (handshake takes the raw
    // socket's handle over once it connects, as for a connecting socket)
    c.on('data', (d) => { rec.log('b', 'data', String(d)); c.end(); });
    c.on('end', () => rec.log('b', 'end'));
    c.on('close', (h) => { rec.log('b', 'close', h, 'raw.destroyed=' + raw.destroyed); done(); });
    raw.connect(port, '127.0.0.1');
    rec.log('b', 'raw connecting', raw.connecting);
  }
  // 3. new tls.TLSSocket(unconnected) then connect the raw socket: the
  // caller's own client TLSSocket (no tls.connect, so no handshake starts);
  // destroyed once connected
  {
    const raw = new net.Socket();
    const c = new tls.TLSSocket(raw, { secureContext: tls.createSecureContext({ ca: cert('ca.pem') }) });
    rec.log('c', 'constructed', states(c));
    c.on('connect', () => rec.log('c', 'tls connect', states(c)));
    c.on('secure', () => rec.log('c', 'secure'));
    c.on('error', (e) => rec.log('c', 'error', e.code));
    raw.on('close', (h) => rec.log('c', 'raw close', h));
    c.on('close', (h) => { rec.log('c', 'close', h, states(c)); done(); });
    raw.connect(port, '127.0.0.1', () => {
      rec.log('c', 'raw connect cb', 'raw.destroyed=' + raw.destroyed);
      setImmediate(() => c.destroy());
    });
  }
});
