package http_test

import (
	"bytes"
	"testing"

	"handshake/bindings/all"
	"handshake/runtime"
)

// runScript runs JavaScript source as the main script and returns what it
// printed.
func runScript(t *testing.T, src string) string {
	t.Helper()
	var out, errb bytes.Buffer
	rt, err := runtime.New(runtime.Options{Modules: all.Modules(), Argv: []string{"handshake", "-e"}, Stdout: &out, Stderr: &errb})
	if err != nil {
		t.Fatal(err)
	}
	if code := rt.RunEval(src, false, nil); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	return out.String()
}

// TestWriteHeadStatusLine: the status line follows the message writeHead
// ends up with, including a changed http.STATUS_CODES entry, and a
// message with a forbidden character throws (node v20 prints the same).
func TestWriteHeadStatusLine(t *testing.T) {
	got := runScript(t, `
const http = require('http');
const req = { method: 'GET', httpVersionMajor: 1, httpVersionMinor: 1, headers: {} };
const lines = [];
const head = (r) => lines.push(r._header.split('\r\n')[0]);
let r = new http.ServerResponse(req); r.writeHead(200); head(r);
http.STATUS_CODES[200] = 'Fine';
r = new http.ServerResponse(req); r.writeHead(200); head(r);
r = new http.ServerResponse(req); r.statusMessage = 'Bad\n';
try { r.writeHead(200); } catch (e) { lines.push(e.code); }
http.STATUS_CODES[200] = 'Bad\n';
r = new http.ServerResponse(req);
try { r.writeHead(200); } catch (e) { lines.push(e.code); }
r = new http.ServerResponse(req); r.writeHead(200, 'Yay'); head(r);
r = new http.ServerResponse(req); r.statusMessage = 42; r.writeHead(201); head(r);
r = new http.ServerResponse(req); r.writeHead(599); head(r);
console.log(lines.join('|'));
`)
	want := "HTTP/1.1 200 OK|HTTP/1.1 200 Fine|ERR_INVALID_CHAR|ERR_INVALID_CHAR|HTTP/1.1 200 Yay|HTTP/1.1 201 42|HTTP/1.1 599 unknown\n"
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestKeepAliveTimerOwedPark: on a keep-alive connection the server does
// not park and re-arm the socket's timer per request when the response's
// finish is a queued tick (a handler that ends at once): the handler reads
// socket.timeout 0 while the timer stays armed, and 1100 after 'finish'; a
// handler that answers later finds the timer parked once it has returned.
func TestKeepAliveTimerOwedPark(t *testing.T) {
	got := runScript(t, `
const http = require('http');
const net = require('net');
const kTimeout = net._kTimeout;
const server = http.createServer({ keepAliveTimeout: 100 }, (req, res) => {
  const s = req.socket;
  const t = s[kTimeout];
  console.log(req.url, 'timeout', s.timeout, 'timer', t ? t._idleTimeout : null);
  if (req.url === '/later') {
    setImmediate(() => {
      console.log('after handler timer', s[kTimeout]._idleTimeout);
      res.end('b');
    });
  } else {
    res.end('a');
    setImmediate(() => console.log('after finish', s.timeout, s[kTimeout]._idleTimeout));
  }
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  const paths = ['/', '/', '/later', '/'];
  let n = 0;
  c.on('data', (d) => {
    if (++n < paths.length) c.write('GET ' + paths[n] + ' HTTP/1.1\r\nHost: h\r\n\r\n');
    else { c.destroy(); server.close(); }
  });
  c.write('GET / HTTP/1.1\r\nHost: h\r\n\r\n');
});
`)
	want := "" +
		"/ timeout undefined timer null\nafter finish 1100 1100\n" +
		"/ timeout 0 timer 1100\nafter finish 1100 1100\n" +
		"/later timeout 0 timer 1100\nafter handler timer -1\n" +
		"/ timeout 0 timer 1100\nafter finish 1100 1100\n"
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestStoreHeaderLineCache: a header name and value from a user's object
// render the same line when they come again, and a value that is invalid
// for a name seen before with a valid one still throws Node's error.
func TestStoreHeaderLineCache(t *testing.T) {
	got := runScript(t, `
const http = require('http');
const req = { method: 'GET', httpVersionMajor: 1, httpVersionMinor: 1, headers: {} };
const lines = [];
for (const v of ['text/plain', 'text/plain', 'text/html', 'bad\n', 'text/plain']) {
  const r = new http.ServerResponse(req);
  r.sendDate = false;
  try { r.writeHead(200, { 'X-Kind': v }); lines.push(r._header.split('\r\n')[1]); } catch (e) { lines.push(e.code); }
}
console.log(lines.join('|'));
`)
	want := "X-Kind: text/plain|X-Kind: text/plain|X-Kind: text/html|ERR_INVALID_CHAR|X-Kind: text/plain\n"
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
