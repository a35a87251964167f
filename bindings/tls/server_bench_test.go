package tls_test

import (
	"bufio"
	"crypto/tls"
	"crypto/x509"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"handshake/bindings/all"
	"handshake/runtime"
)

// serverScript is scripts/bench/tls-server.js's echo server; a connection
// whose first byte is 'q' closes the server, which ends the script.
const serverScript = `
const tls = require('tls');
const fs = require('fs');
const certs = process.argv[2];
const server = tls.createServer({
  key: fs.readFileSync(certs + '/server-ec-key.pem'),
  cert: fs.readFileSync(certs + '/server-ec-chain.pem'),
}, (socket) => {
  socket.on('error', () => {});
  socket.once('data', (d) => { if (d[0] === 0x71) server.close(); });
  socket.pipe(socket);
});
server.on('tlsClientError', () => {});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
`

// startServer runs serverScript in this process and returns its address,
// a client config and a function that stops it.
func startServer(b *testing.B) (string, *tls.Config, func()) {
	b.Helper()
	certs, err := filepath.Abs(filepath.Join("..", "..", "testdata", "certs"))
	if err != nil {
		b.Fatal(err)
	}
	path := filepath.Join(b.TempDir(), "server.js")
	if err := os.WriteFile(path, []byte(serverScript), 0o644); err != nil {
		b.Fatal(err)
	}
	pr, pw := io.Pipe()
	rt, err := runtime.New(runtime.Options{Modules: all.Modules(), Argv: []string{"handshake", path, certs}, Stdout: pw, Stderr: os.Stderr})
	if err != nil {
		b.Fatal(err)
	}
	done := make(chan int, 1)
	go func() { done <- rt.RunMain(path, nil) }()
	line, err := bufio.NewReader(pr).ReadString('\n')
	if err != nil {
		b.Fatal(err)
	}
	go func() { _, _ = io.Copy(io.Discard, pr) }()
	addr := "127.0.0.1:" + strings.TrimSpace(line)
	pem, err := os.ReadFile(filepath.Join(certs, "ca.pem"))
	if err != nil {
		b.Fatal(err)
	}
	roots := x509.NewCertPool()
	roots.AppendCertsFromPEM(pem)
	cfg := &tls.Config{RootCAs: roots, ServerName: "localhost", MinVersion: tls.VersionTLS13}
	stop := func() {
		c, err := tls.Dial("tcp", addr, cfg)
		if err == nil {
			_, _ = c.Write([]byte{'q'})
			_, _ = c.Read(make([]byte, 1))
			_ = c.Close()
		}
		if code := <-done; code != 0 {
			b.Fatalf("server exit %d", code)
		}
		_ = pw.Close()
	}
	return addr, cfg, stop
}

// BenchmarkServerConnection is one full TLS 1.3 connection to a
// tls.createServer echo server in this process: accept, handshake, a
// 1-byte echo, close. Its allocs/op and B/op (client included) are the
// deterministic measure of the per-connection cost; ns/op includes the
// client's handshake work.
func BenchmarkServerConnection(b *testing.B) {
	addr, cfg, stop := startServer(b)
	defer stop()
	buf := make([]byte, 1)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		c, err := tls.Dial("tcp", addr, cfg)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := c.Write([]byte{'x'}); err != nil {
			b.Fatal(err)
		}
		if _, err := io.ReadFull(c, buf); err != nil {
			b.Fatal(err)
		}
		_ = c.Close()
	}
}

// BenchmarkServerEchoChunk is one 64-byte round trip on an established TLS
// connection to the echo server: the per-chunk read and write path.
func BenchmarkServerEchoChunk(b *testing.B) {
	addr, cfg, stop := startServer(b)
	defer stop()
	c, err := tls.Dial("tcp", addr, cfg)
	if err != nil {
		b.Fatal(err)
	}
	defer c.Close()
	msg := []byte(strings.Repeat("x", 64))
	buf := make([]byte, len(msg))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := c.Write(msg); err != nil {
			b.Fatal(err)
		}
		if _, err := io.ReadFull(c, buf); err != nil {
			b.Fatal(err)
		}
	}
}
