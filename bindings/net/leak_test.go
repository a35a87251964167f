package net_test

import (
	"bytes"
	"os"
	"path/filepath"
	goruntime "runtime"
	"strings"
	"testing"
	"time"

	"handshake/bindings/all"
	"handshake/runtime"
)

// After many TCP and TLS connections have come and gone, the goroutines
// (accept loops, read pumps, writers, handshakes) are back to the baseline.
func TestNoGoroutineLeakAfterManyConnections(t *testing.T) {
	certs, err := filepath.Abs(filepath.Join("..", "..", "testdata", "certs"))
	if err != nil {
		t.Fatal(err)
	}
	script := `
const net = require('net');
const tls = require('tls');
const fs = require('fs');
const certs = ` + "`" + certs + "`" + `;
const N = 100;
function plain(done) {
  let left = N;
  const server = net.createServer((s) => s.pipe(s));
  server.listen(0, '127.0.0.1', () => {
    for (let i = 0; i < N; i++) {
      const c = net.connect(server.address().port, '127.0.0.1', () => c.end('x'));
      c.resume();
      c.on('close', () => { if (--left === 0) server.close(done); });
    }
  });
}
function secure(done) {
  let left = N;
  const server = tls.createServer({
    key: fs.readFileSync(certs + '/server-ec-key.pem'),
    cert: fs.readFileSync(certs + '/server-ec-chain.pem'),
  }, (s) => s.pipe(s));
  server.listen(0, '127.0.0.1', () => {
    for (let i = 0; i < N; i++) {
      const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: fs.readFileSync(certs + '/ca.pem'), servername: 'localhost' }, () => c.end('x'));
      c.resume();
      c.on('close', () => { if (--left === 0) server.close(done); });
    }
  });
}
plain(() => secure(() => console.log('done')));
`
	dir := t.TempDir()
	path := filepath.Join(dir, "many.js")
	if err := os.WriteFile(path, []byte(script), 0o644); err != nil {
		t.Fatal(err)
	}
	before := goruntime.NumGoroutine()
	var out, errb bytes.Buffer
	rt, err := runtime.New(runtime.Options{Modules: all.Modules(), Argv: []string{"handshake", path}, Stdout: &out, Stderr: &errb})
	if err != nil {
		t.Fatal(err)
	}
	if code := rt.RunMain(path, nil); code != 0 || !strings.Contains(out.String(), "done") {
		t.Fatalf("script failed (exit %d)\nstdout: %s\nstderr: %s", code, out.String(), errb.String())
	}
	deadline := time.Now().Add(5 * time.Second)
	for goruntime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if n := goruntime.NumGoroutine(); n > before {
		buf := make([]byte, 1<<16)
		buf = buf[:goruntime.Stack(buf, true)]
		t.Fatalf("goroutines: %d before, %d after 200 connections\n%s", before, n, buf)
	}
}
