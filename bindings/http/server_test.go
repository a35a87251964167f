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

// startCounter is a module for the tests that counts the timers binding's
// start calls per Timeout (each arms a loop timer), so a script can tell
// whether a socket's timer was re-armed.
var startCounter = runtime.Module{Name: "test-timer-starts", Source: `
const b = internalBinding('timers');
const start = b.start;
const counts = new Map();
b.start = function (obj, ms, id, refed) {
  counts.set(obj, (counts.get(obj) || 0) + 1);
  return start(obj, ms, id, refed);
};
module.exports = (obj) => counts.get(obj) || 0;
`}

// TestKeepAliveTimerLazyPark: on a keep-alive connection the server parks
// the socket's timer while a request is handled and sets the keep-alive
// timeout again after 'finish', as Node does (socket.timeout 0 and the
// timer cleared in the handler, 1100 and armed after 'finish'; parked
// after a handler that answers later), and for a response ended in the
// handler net only unparks the timer the request's read has just armed:
// the same Timeout throughout, and its loop timer not armed between the
// handler and the tick after 'finish' (without net's lazy park it is,
// once per request).
func TestKeepAliveTimerLazyPark(t *testing.T) {
	var out, errb bytes.Buffer
	rt, err := runtime.New(runtime.Options{Modules: append(all.Modules(), startCounter), Argv: []string{"handshake", "-e"}, Stdout: &out, Stderr: &errb})
	if err != nil {
		t.Fatal(err)
	}
	code := rt.RunEval(`
const http = require('http');
const net = require('net');
const starts = require('test-timer-starts');
const timerOf = (s) => {
  const sym = Object.getOwnPropertySymbols(s).find((x) => x.description === 'timeout');
  return sym ? s[sym] : null;
};
let first = null;
let sameTimer = true;
let armed = 0;
const server = http.createServer({ keepAliveTimeout: 100 }, (req, res) => {
  const s = req.socket;
  const t = timerOf(s);
  if (first === null) first = t;
  else if (t !== first) sameTimer = false;
  if (req.url !== '/n') console.log(req.url, 'timeout', s.timeout, 'timer', t ? t._idleTimeout : null);
  if (req.url === '/later') {
    setImmediate(() => {
      console.log('after handler timer', timerOf(s)._idleTimeout);
      res.end('b');
    });
  } else {
    const before = t ? starts(t) : 0;
    res.end('a');
    process.nextTick(() => {
      if (t) armed += starts(t) - before;
      if (req.url !== '/n') console.log('after finish', s.timeout, timerOf(s)._idleTimeout, timerOf(s)._destroyed);
    });
  }
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  const paths = ['/', '/', '/later', '/'];
  for (let i = 0; i < 20; i++) paths.push('/n');
  let n = 0;
  c.on('data', (d) => {
    if (++n < paths.length) c.write('GET ' + paths[n] + ' HTTP/1.1\r\nHost: h\r\n\r\n');
    else {
      console.log('same timer', sameTimer, 'armed', armed);
      c.destroy();
      server.close();
    }
  });
  c.write('GET / HTTP/1.1\r\nHost: h\r\n\r\n');
});
`, false, nil)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	want := "" +
		"/ timeout undefined timer null\nafter finish 1100 1100 false\n" +
		"/ timeout 0 timer -1\nafter finish 1100 1100 false\n" +
		"/later timeout 0 timer -1\nafter handler timer -1\n" +
		"/ timeout 0 timer -1\nafter finish 1100 1100 false\n" +
		"same timer true armed 0\n"
	if got := out.String(); got != want {
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
