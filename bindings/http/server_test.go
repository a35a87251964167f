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
