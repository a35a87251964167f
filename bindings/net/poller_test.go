package net_test

import (
	"bytes"
	"io"
	gonet "net"
	"os"
	"path/filepath"
	goruntime "runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"handshake/bindings/all"
	"handshake/runtime"
)

// Idle connections wait for data in the shared idle poller, not each on a
// pump goroutine of its own: with 200 idle connections open the process
// has a handful of goroutines more than before, and each connection still
// gets its data (an echo, twice: a pump the poller started parks again).
func TestIdleConnectionsHoldNoGoroutines(t *testing.T) {
	const n = 200
	dir := t.TempDir()
	portFile := filepath.Join(dir, "port")
	script := `
const net = require('net');
const fs = require('fs');
let ended = 0;
const server = net.createServer((s) => {
  s.on('data', (d) => s.write(d));
  s.on('end', () => { s.end(); if (++ended === ` + strconv.Itoa(n) + `) server.close(); });
});
server.listen(0, '127.0.0.1', () => fs.writeFileSync(` + strconv.Quote(portFile) + `, String(server.address().port)));
`
	path := filepath.Join(dir, "idle.js")
	if err := os.WriteFile(path, []byte(script), 0o644); err != nil {
		t.Fatal(err)
	}
	before := goruntime.NumGoroutine()
	var out, errb bytes.Buffer
	rt, err := runtime.New(runtime.Options{Modules: all.Modules(), Argv: []string{"handshake", path}, Stdout: &out, Stderr: &errb})
	if err != nil {
		t.Fatal(err)
	}
	exited := make(chan int, 1)
	go func() { exited <- rt.RunMain(path, nil) }()
	var port string
	for deadline := time.Now().Add(10 * time.Second); port == ""; {
		if b, err := os.ReadFile(portFile); err == nil && len(b) > 0 {
			port = string(b)
		} else if time.Now().After(deadline) {
			t.Fatalf("no port; stderr: %s", errb.String())
		} else {
			time.Sleep(10 * time.Millisecond)
		}
	}
	conns := make([]gonet.Conn, n)
	for i := range conns {
		c, err := gonet.Dial("tcp", "127.0.0.1:"+port)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		conns[i] = c
	}
	// idle: at most a few goroutines more (the loop's, the accept loop,
	// the poller), not one per connection
	idle := func(when string) {
		t.Helper()
		var g int
		for deadline := time.Now().Add(5 * time.Second); ; {
			g = goruntime.NumGoroutine() - before
			if g < n/4 || time.Now().After(deadline) {
				break
			}
			time.Sleep(20 * time.Millisecond)
		}
		if g >= n/4 {
			t.Fatalf("%s: %d goroutines more than before with %d idle connections", when, g, n)
		}
	}
	idle("after connecting")
	for round := 0; round < 2; round++ {
		for i, c := range conns {
			msg := []byte{byte('a' + round), byte(i)}
			if _, err := c.Write(msg); err != nil {
				t.Fatal(err)
			}
			_ = c.SetReadDeadline(time.Now().Add(10 * time.Second))
			got := make([]byte, 2)
			if _, err := io.ReadFull(c, got); err != nil || !bytes.Equal(got, msg) {
				t.Fatalf("round %d conn %d: echo %q, %v", round, i, got, err)
			}
		}
		idle("after round " + strconv.Itoa(round))
	}
	for _, c := range conns {
		_ = c.(*gonet.TCPConn).CloseWrite()
	}
	select {
	case code := <-exited:
		if code != 0 || strings.TrimSpace(errb.String()) != "" {
			t.Fatalf("exit %d, stderr: %s", code, errb.String())
		}
	case <-time.After(20 * time.Second):
		t.Fatal("server did not see every connection end")
	}
}
