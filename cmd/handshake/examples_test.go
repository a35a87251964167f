package main

// The tutorial's examples run under node and under handshake with the same
// output. Each server example runs with the client that talks to it (the
// examples use the tutorial's port 8443, so pairs run one at a time); the
// server is stopped once the client has finished and the server's output
// has settled. Normalised, on both sides: the response's Date header.

import (
	"bufio"
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

var dateHeader = regexp.MustCompile(`date: '[^']*'`)

type examplePair struct {
	server, client string
}

var examplePairs = []examplePair{
	{"01-server.js", "03-client-socket.js"},
	{"02-server-details.js", "05-request-callback.js"},
	{"04-session-server.js", "05-request-callback.js"},
	{"01-server.js", "06-fetch.mjs"},
}

// syncBuffer is a goroutine-safe output buffer.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// runPair starts the server example, waits for its listening line, runs
// the client, waits for the server to go quiet and stops it.
func runPair(t *testing.T, runner []string, dir string, p examplePair) (server, client string) {
	t.Helper()
	env := append(os.Environ(), "NODE_EXTRA_CA_CERTS="+filepath.Join(dir, "..", "testdata", "certs", "ca.pem"))
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	srv := exec.CommandContext(ctx, runner[0], append(runner[1:], p.server)...)
	srv.Dir = dir
	srv.Env = env
	out, err := srv.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	srvErr := &syncBuffer{}
	srv.Stderr = srvErr
	if err := srv.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = srv.Process.Kill(); _ = srv.Wait() }()
	lines := &syncBuffer{}
	ready := make(chan struct{})
	go func() {
		sc := bufio.NewScanner(out)
		once := sync.Once{}
		for sc.Scan() {
			lines.Write([]byte(sc.Text() + "\n"))
			if strings.Contains(sc.Text(), "8443") {
				once.Do(func() { close(ready) })
			}
		}
	}()
	select {
	case <-ready:
	case <-time.After(20 * time.Second):
		t.Fatalf("%s did not start listening; stderr:\n%s", p.server, srvErr.String())
	}
	cli := exec.CommandContext(ctx, runner[0], append(runner[1:], p.client)...)
	cli.Dir = dir
	cli.Env = env
	var cout, cerr bytes.Buffer
	cli.Stdout, cli.Stderr = &cout, &cerr
	if err := cli.Run(); err != nil {
		t.Fatalf("%s: %v\nstderr:\n%s", p.client, err, cerr.String())
	}
	// let the server log the connection closing
	last := lines.String()
	for i := 0; i < 20; i++ {
		time.Sleep(100 * time.Millisecond)
		if now := lines.String(); now == last && i >= 3 {
			break
		} else {
			last = now
		}
	}
	return lines.String(), cout.String() + cerr.String()
}

// nodeFetchShim gives node a 'node-fetch' package that is its own global
// fetch: what handshake resolves 'node-fetch' to when none is installed.
func nodeFetchShim(t *testing.T, examples string) string {
	dir := t.TempDir()
	pkg := filepath.Join(dir, "node_modules", "node-fetch")
	if err := os.MkdirAll(pkg, 0o755); err != nil {
		t.Fatal(err)
	}
	files := map[string]string{
		"package.json": `{"name":"node-fetch","type":"module","main":"index.js"}`,
		"index.js":     "export default globalThis.fetch;\nexport const { Headers, Request, Response } = globalThis;\n",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(pkg, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	src, err := os.ReadFile(filepath.Join(examples, "06-fetch.mjs"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "06-fetch.mjs"), src, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestExamples compares the tutorial's examples under node and handshake.
func TestExamples(t *testing.T) {
	nodeBin := nodeOrSkip(t, "the example tests")
	bin := buildBinary(t)
	examples, _ := filepath.Abs(filepath.Join("..", "..", "examples"))
	for _, p := range examplePairs {
		t.Run(p.server+"+"+p.client, func(t *testing.T) {
			nodeRunner := []string{nodeBin}
			clientForNode := p
			if strings.HasSuffix(p.client, ".mjs") {
				shim := nodeFetchShim(t, examples)
				clientForNode.client = filepath.Join(shim, p.client)
			}
			ns, nc := runPair(t, nodeRunner, examples, clientForNode)
			hs, hc := runPair(t, []string{bin}, examples, p)
			nc, hc = dateHeader.ReplaceAllString(nc, "date: 'DATE'"), dateHeader.ReplaceAllString(hc, "date: 'DATE'")
			if ns != hs {
				t.Errorf("%s output differs\n--- node\n%s\n--- handshake\n%s", p.server, ns, hs)
			}
			if nc != hc {
				t.Errorf("%s output differs\n--- node\n%s\n--- handshake\n%s", p.client, nc, hc)
			}
		})
	}
}

// exporterLine is the EXPORTER_SECRET key log line OpenSSL emits and
// crypto/tls does not (a documented difference); the tour is compared
// without it.
var exporterLine = regexp.MustCompile(`(?m)^.*'keylog'\s+EXPORTER_SECRET\n`)

// TestTour runs examples/tour.js, the README's first command, under both.
func TestTour(t *testing.T) {
	nodeBin := nodeOrSkip(t, "the example tests")
	bin := buildBinary(t)
	examples, _ := filepath.Abs(filepath.Join("..", "..", "examples"))
	want := runScript(t, nodeBin, examples, "tour.js", nil, nil, "")
	got := runScript(t, bin, examples, "tour.js", nil, nil, "")
	ws := exporterLine.ReplaceAllString(want.stdout, "")
	if gs := got.stdout; gs != ws || got.code != want.code {
		t.Errorf("tour differs (EXPORTER_SECRET lines dropped from node's)\n--- node (%d)\n%s\n--- handshake (%d)\n%s\n%s", want.code, ws, got.code, gs, got.stderr)
	}
	if !strings.Contains(got.stdout, "resumed=true") {
		t.Errorf("the tour's second connection did not resume:\n%s", got.stdout)
	}
}
