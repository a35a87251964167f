package main

// Interop with TLS peers nobody here wrote: openssl s_client against a
// handshake server, openssl s_server against a handshake client, and node
// on the other side of each. The scripts are testdata/interop/*.js; every
// peer runs on loopback and is stopped by the test.

import (
	"bufio"
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func interopDir(t *testing.T) string {
	d, err := filepath.Abs(filepath.Join("..", "..", "testdata", "interop"))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func certPath(t *testing.T, name string) string {
	return filepath.Join(interopDir(t), "..", "certs", name)
}

// startServerScript runs server.js under runner and returns its port and a
// function that stops it and returns everything it printed.
func startServerScript(t *testing.T, runner string, args ...string) (int, func() string) {
	t.Helper()
	return startServerScriptFile(t, runner, "server.js", args...)
}

// startServerScriptFile is startServerScript for another script of
// testdata/interop that prints "ready PORT".
func startServerScriptFile(t *testing.T, runner, script string, args ...string) (int, func() string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	cmd := exec.CommandContext(ctx, runner, append([]string{filepath.Join(interopDir(t), script)}, args...)...)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines := &syncBuffer{}
	portc := make(chan int, 1)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			var p int
			if _, err := fmt.Sscanf(sc.Text(), "ready %d", &p); err == nil {
				portc <- p
				continue
			}
			lines.Write([]byte(sc.Text() + "\n"))
		}
	}()
	var port int
	select {
	case port = <-portc:
	case <-time.After(20 * time.Second):
		cancel()
		t.Fatal("server.js did not start")
	}
	return port, func() string {
		time.Sleep(200 * time.Millisecond)
		cancel()
		_ = cmd.Wait()
		return lines.String()
	}
}

// sClient runs openssl s_client against port with extra arguments, keeping
// stdin open briefly so TLS 1.3 tickets arrive, and returns its output.
func sClient(t *testing.T, port int, extra ...string) string {
	t.Helper()
	args := append([]string{"s_client", "-connect", fmt.Sprintf("127.0.0.1:%d", port), "-servername", "localhost",
		"-CAfile", certPath(t, "ca.pem"), "-verify_return_error"}, extra...)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, "openssl", args...)
	stdin, _ := cmd.StdinPipe()
	var out syncBuffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	_, _ = stdin.Write([]byte("hello\n"))
	time.Sleep(500 * time.Millisecond)
	_ = stdin.Close()
	_ = cmd.Wait()
	return out.String()
}

func needOpenSSL(t *testing.T) {
	if _, err := exec.LookPath("openssl"); err != nil {
		t.Skip("openssl not found: the interop tests need the openssl CLI (.ci/run installs it)")
	}
}

func mustContain(t *testing.T, what, out string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(out, w) {
			t.Errorf("%s: missing %q in:\n%s", what, w, out)
		}
	}
}

// TestInteropOpenSSLClient: openssl s_client against a handshake server.
func TestInteropOpenSSLClient(t *testing.T) {
	needOpenSSL(t)
	bin := buildBinary(t)

	t.Run("tls13-alpn", func(t *testing.T) {
		port, stop := startServerScript(t, bin, "--alpn", "h2,http/1.1")
		out := sClient(t, port, "-alpn", "http/1.1")
		srv := stop()
		mustContain(t, "s_client", out, "TLSv1.3", "ALPN protocol: http/1.1", "Verify return code: 0 (ok)", "hello")
		mustContain(t, "server", srv, "protocol=TLSv1.3", "alpn=http/1.1", "reused=false")
	})
	t.Run("tls12-cipher", func(t *testing.T) {
		port, stop := startServerScript(t, bin, "--max", "TLSv1.2")
		out := sClient(t, port, "-cipher", "ECDHE-ECDSA-AES256-GCM-SHA384", "-tls1_2")
		srv := stop()
		mustContain(t, "s_client", out, "TLSv1.2", "ECDHE-ECDSA-AES256-GCM-SHA384", "Verify return code: 0 (ok)")
		mustContain(t, "server", srv, "protocol=TLSv1.2 cipher=TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384")
	})
	t.Run("client-cert", func(t *testing.T) {
		port, stop := startServerScript(t, bin, "--request-cert")
		out := sClient(t, port, "-cert", certPath(t, "client.pem"), "-key", certPath(t, "client-key.pem"))
		srv := stop()
		mustContain(t, "s_client", out, "Verify return code: 0 (ok)", "hello")
		mustContain(t, "server", srv, "authorized=true peer=client")
	})
	t.Run("resumption", func(t *testing.T) {
		for _, v := range []string{"-tls1_2", "-tls1_3"} {
			port, stop := startServerScript(t, bin)
			sess := filepath.Join(t.TempDir(), "sess.pem")
			first := sClient(t, port, v, "-sess_out", sess)
			second := sClient(t, port, v, "-sess_in", sess)
			srv := stop()
			mustContain(t, "first s_client "+v, first, "New, TLSv1.")
			mustContain(t, "second s_client "+v, second, "Reused, TLSv1.")
			mustContain(t, "server "+v, srv, "reused=false", "reused=true")
		}
	})
}

// freePort finds a loopback port for a server that cannot listen on 0.
func freePort(t *testing.T) int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// TestInteropOpenSSLServer: a handshake client against openssl s_server.
func TestInteropOpenSSLServer(t *testing.T) {
	needOpenSSL(t)
	bin := buildBinary(t)
	run := func(t *testing.T, serverArgs []string, clientArgs ...string) string {
		port := freePort(t)
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		args := append([]string{"s_server", "-accept", fmt.Sprint(port), "-cert", certPath(t, "server-ec.pem"),
			"-cert_chain", certPath(t, "intermediate.pem"), "-key", certPath(t, "server-ec-key.pem"), "-www"}, serverArgs...)
		srv := exec.CommandContext(ctx, "openssl", args...)
		out, _ := srv.StdoutPipe()
		srv.Stderr = os.Stderr
		if err := srv.Start(); err != nil {
			t.Fatal(err)
		}
		defer func() { cancel(); _ = srv.Wait() }()
		ready := make(chan struct{})
		go func() {
			sc := bufio.NewScanner(out)
			for sc.Scan() {
				if strings.Contains(sc.Text(), "ACCEPT") {
					close(ready)
				}
			}
		}()
		select {
		case <-ready:
		case <-time.After(10 * time.Second):
			t.Fatal("s_server did not start")
		}
		cli := exec.CommandContext(ctx, bin, append([]string{filepath.Join(interopDir(t), "client.js"), fmt.Sprint(port)}, clientArgs...)...)
		b, err := cli.CombinedOutput()
		if err != nil {
			t.Fatalf("client: %v\n%s", err, b)
		}
		return string(b)
	}
	t.Run("tls13", func(t *testing.T) {
		out := run(t, nil)
		mustContain(t, "client", out, "secureConnect protocol=TLSv1.3", "authorized=true peer=localhost", "response HTTP/1.0 200 ok")
	})
	t.Run("tls12-alpn", func(t *testing.T) {
		out := run(t, []string{"-alpn", "h2,http/1.1"}, "--max", "TLSv1.2", "--alpn", "http/1.1")
		mustContain(t, "client", out, "protocol=TLSv1.2", "alpn=http/1.1", "response HTTP/1.0 200 ok")
	})
	t.Run("client-cert", func(t *testing.T) {
		out := run(t, []string{"-Verify", "1", "-CAfile", certPath(t, "ca.pem")}, "--cert")
		mustContain(t, "client", out, "authorized=true", "response HTTP/1.0 200 ok")
	})
	t.Run("resumption", func(t *testing.T) {
		for _, v := range []string{"TLSv1.2", "TLSv1.3"} {
			out := run(t, nil, "--max", v, "--twice")
			mustContain(t, "client "+v, out, "reused=false", "reused=true")
		}
	})
}

// TestInteropCurl: curl, a client nobody here wrote, against a handshake
// https server: HTTP/1.1 over TLS verified with --cacert, keep-alive
// across two URLs, a POST body and a chunked upload.
func TestInteropCurl(t *testing.T) {
	if _, err := exec.LookPath("curl"); err != nil {
		t.Skip("curl not found: the interop tests need it (.ci/run installs it)")
	}
	bin := buildBinary(t)
	port, stop := startServerScriptFile(t, bin, "https-server.js")
	base := fmt.Sprintf("https://localhost:%d", port)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	curl := func(args ...string) string {
		out, err := exec.CommandContext(ctx, "curl", append([]string{"-sS", "--http1.1", "--cacert", certPath(t, "ca.pem"),
			"--resolve", fmt.Sprintf("localhost:%d:127.0.0.1", port)}, args...)...).CombinedOutput()
		if err != nil {
			t.Fatalf("curl %v: %v\n%s", args, err, out)
		}
		return string(out)
	}
	get := curl("-v", base+"/a", base+"/b")
	post := curl("-d", "hello=world", base+"/post")
	chunked := curl("-T", "-", "-H", "Transfer-Encoding: chunked", base+"/up")
	srv := stop()
	mustContain(t, "curl GET", get, "GET /a got 0 bytes", "GET /b got 0 bytes", "SSL certificate verify ok", "X-Handshake: yes", "Re-using existing connection")
	mustContain(t, "curl POST", post, "POST /post got 11 bytes")
	mustContain(t, "curl chunked PUT", chunked, "PUT /up got 0 bytes")
	mustContain(t, "server", srv, "request GET /a 1.1", "request POST /post 1.1 te=undefined body=11", "request PUT /up 1.1 te=chunked", "tls=TLSv1.3")
}

// TestInteropNode: node and handshake on opposite sides, both ways.
func TestInteropNode(t *testing.T) {
	nodeBin := nodeOrSkip(t, "the interop tests")
	bin := buildBinary(t)
	for _, pair := range [][2]string{{bin, nodeBin}, {nodeBin, bin}} {
		server, client := pair[0], pair[1]
		name := fmt.Sprintf("%s-server/%s-client", filepath.Base(server), filepath.Base(client))
		t.Run(name, func(t *testing.T) {
			port, stop := startServerScript(t, server, "--alpn", "http/1.1")
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			cli := exec.CommandContext(ctx, client, filepath.Join(interopDir(t), "client.js"), fmt.Sprint(port), "--alpn", "http/1.1", "--twice")
			b, err := cli.CombinedOutput()
			srv := stop()
			if err != nil {
				t.Fatalf("client: %v\n%s", err, b)
			}
			mustContain(t, "client", string(b), "secureConnect protocol=TLSv1.3", "alpn=http/1.1", "reused=false", "reused=true", "authorized=true", "response GET / HTTP/1.0")
			mustContain(t, "server", srv, "protocol=TLSv1.3", "reused=false", "reused=true")
		})
	}
}
