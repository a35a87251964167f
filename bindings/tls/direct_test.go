package tls_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"handshake/bindings/all"
	"handshake/runtime"
)

// A tls.Server whose only 'connection' listener is its own builds each
// TLSSocket on the accepted handle, without the raw net.Socket, shares one
// options object between its sockets and queues their handshake timeouts
// on one timer. What a script sees must stay Node's: the raw socket as
// _parent (made when asked for), the snapshot-backed properties, the
// listeners, setKeyCert on one socket leaving the others alone, the
// handshake timeout's events, addresses after 'close'. The expected output
// is node v20's for the same script.
func TestDirectServerSocketsLookLikeNode(t *testing.T) {
	certs, err := filepath.Abs(filepath.Join("..", "..", "testdata", "certs"))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "direct.js")
	if err := os.WriteFile(path, []byte(directScript), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	rt, err := runtime.New(runtime.Options{Modules: all.Modules(), Argv: []string{"handshake", path, certs}, Stdout: &out, Stderr: &errb})
	if err != nil {
		t.Fatal(err)
	}
	if code := rt.RunMain(path, nil); code != 0 {
		t.Fatalf("exit %d\nstdout: %s\nstderr: %s", code, out.String(), errb.String())
	}
	if got := out.String(); got != directExpected {
		t.Fatalf("stdout differs from node's\n--- node\n%s--- handshake\n%s", directExpected, got)
	}
}

const directScript = `// A tls.Server with no 'connection' listener of its own builds its
// TLSSockets on the accepted handles (no raw net.Socket); what a script can
// see must stay Node's. Expected output taken from node v20.
const net = require('net');
const tls = require('tls');
const fs = require('fs');
const certs = process.argv[2];
const key = fs.readFileSync(certs + '/server-ec-key.pem');
const cert = fs.readFileSync(certs + '/server-ec-chain.pem');
const ca = fs.readFileSync(certs + '/ca.pem');
const log = (...a) => console.log(...a);

function parentAndAddresses(done) {
  let n = 0;
  const server = tls.createServer({ key, cert, ALPNProtocols: ['h2', 'http/1.1'] }, (s) => {
    const i = n++;
    const p = s._parent;
    log(i, 'parent', p.constructor.name, p instanceof net.Socket, p === s._parent, p.destroyed, p.remotePort === s.remotePort);
    log(i, 'alpn', s.alpnProtocol, 'servername', s.servername, 'established', s._secureEstablished, 'timeout', s.timeout);
    log(i, 'listeners', s.listenerCount('timeout'), s.listenerCount('end'), s.listenerCount('secure'));
    if (i === 0) s.setKeyCert({ key, cert });
    log(i, 'options shared', s._tlsOptions.ALPNProtocols.length, typeof s._tlsOptions.secureContext);
    s.on('close', () => {
      log(i, 'close parent destroyed', p.destroyed, 'remoteAddress', s.remoteAddress);
      if (n === 2 && i === 1) server.close(done);
    });
    s.end();
  });
  server.listen(0, '127.0.0.1', () => {
    const port = server.address().port;
    const one = () => {
      const c = tls.connect({ port, host: '127.0.0.1', ca, servername: 'localhost', ALPNProtocols: ['http/1.1'] }, () => c.resume());
      c.on('close', () => { if (n < 2) one(); });
    };
    one();
  });
}

function handshakeTimeouts(done) {
  const server = tls.createServer({ key, cert, handshakeTimeout: 100 }, () => {});
  let errors = 0;
  server.on('tlsClientError', (err, socket) => {
    log('tlsClientError', err.code, 'destroyed', socket.destroyed, 'timeout', socket.timeout);
    socket.on('timeout', () => log('a timeout listener added now is not called'));
    socket.destroy();
    if (++errors === 2) server.close(done);
  });
  server.listen(0, '127.0.0.1', () => {
    for (const delay of [0, 30]) {
      setTimeout(() => {
        const raw = net.connect(server.address().port, '127.0.0.1');
        raw.on('error', () => {});
      }, delay);
    }
  });
}

// addresses not read while the socket was open read as undefined after
// 'close', as in Node (its handle is gone)
function addressesAfterClose(done) {
  const server = tls.createServer({ key, cert }, (s) => {
    s.on('close', () => {
      log('after close', s.remoteAddress, s.remotePort, s.localAddress);
      server.close(done);
    });
    s.destroy();
  });
  server.listen(0, '127.0.0.1', () => {
    const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca, servername: 'localhost' });
    c.on('error', () => {});
  });
}

parentAndAddresses(() => handshakeTimeouts(() => addressesAfterClose(() => log('done'))));
`

// node v20.20 prints:
const directExpected = `0 parent Socket true true false true
0 alpn http/1.1 servername localhost established true timeout 0
0 listeners 0 1 1
0 options shared 12 object
0 close parent destroyed true remoteAddress 127.0.0.1
1 parent Socket true true false true
1 alpn http/1.1 servername localhost established true timeout 0
1 listeners 0 1 1
1 options shared 12 object
1 close parent destroyed true remoteAddress 127.0.0.1
tlsClientError ERR_TLS_HANDSHAKE_TIMEOUT destroyed false timeout 100
tlsClientError ERR_TLS_HANDSHAKE_TIMEOUT destroyed false timeout 100
after close undefined undefined undefined
done
`
