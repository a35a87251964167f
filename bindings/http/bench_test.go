package http_test

import (
	"bufio"
	"bytes"
	"crypto/tls"
	"crypto/x509"
	"fmt"
	"io"
	"net"
	gohttp "net/http"
	"os"
	"path/filepath"
	goruntime "runtime"
	"sync"
	"testing"
	"time"

	"handshake/bindings/all"
	"handshake/runtime"
)

// benchServer is the hello-world server of scripts/bench/https-server.js,
// for http or https; GET /quit ends the process.
const benchServer = `
const [,, port, proto, certs] = process.argv;
const fs = require('fs');
const handler = (req, res) => {
  if (req.url === '/quit') { res.end(); server.close(); setImmediate(() => process.exit(0)); return; }
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  res.end('hello world\n');
};
const server = proto === 'https' ?
  require('https').createServer({
    key: fs.readFileSync(certs + '/server-ec-key.pem'),
    cert: fs.readFileSync(certs + '/server-ec-chain.pem'),
  }, handler) :
  require('http').createServer(handler);
server.listen(Number(port), '127.0.0.1', () => console.log('ready'));
`

// BenchmarkServerKeepAlive drives b.N keep-alive requests from Go clients
// (8 connections, one request at a time on each, as wrk does) through a
// handshake http/https server in this process: the server-side cost of one
// request, reproducible without wrk.
func BenchmarkServerKeepAlive(b *testing.B) {
	for _, proto := range []string{"http", "https"} {
		b.Run(proto, func(b *testing.B) { benchKeepAlive(b, proto) })
	}
}

// startServer starts the hello-world server in this process and returns
// how to reach it: dial opens a (TLS) connection, get does one keep-alive
// request on it, quit asks the server to exit and waits for it.
type testServer struct {
	dial func() (net.Conn, error)
	get  func(c net.Conn, br *bufio.Reader, url string) error
	quit func(c net.Conn, br *bufio.Reader)
}

func startServer(b *testing.B, proto string) *testServer {
	certs, err := filepath.Abs(filepath.Join("..", "..", "testdata", "certs"))
	if err != nil {
		b.Fatal(err)
	}
	path := filepath.Join(b.TempDir(), "server.js")
	if err := os.WriteFile(path, []byte(benchServer), 0o644); err != nil {
		b.Fatal(err)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()

	var out, errb bytes.Buffer
	rt, err := runtime.New(runtime.Options{Modules: all.Modules(),
		Argv: []string{"handshake", path, fmt.Sprint(port), proto, certs}, Stdout: &out, Stderr: &errb})
	if err != nil {
		b.Fatal(err)
	}
	exited := make(chan int, 1)
	go func() { exited <- rt.RunMain(path, nil) }()

	var tlsConf *tls.Config
	if proto == "https" {
		ca, err := os.ReadFile(filepath.Join(certs, "ca.pem"))
		if err != nil {
			b.Fatal(err)
		}
		pool := x509.NewCertPool()
		pool.AppendCertsFromPEM(ca)
		tlsConf = &tls.Config{RootCAs: pool, ServerName: "localhost"}
	}
	addr := fmt.Sprintf("127.0.0.1:%d", port)
	dial := func() (net.Conn, error) {
		var c net.Conn
		var err error
		for i := 0; i < 200; i++ {
			c, err = net.Dial("tcp", addr)
			if err == nil {
				break
			}
			time.Sleep(10 * time.Millisecond)
		}
		if err != nil {
			return nil, err
		}
		if tlsConf != nil {
			tc := tls.Client(c, tlsConf)
			if err := tc.Handshake(); err != nil {
				return nil, err
			}
			return tc, nil
		}
		return c, nil
	}
	get := func(c net.Conn, br *bufio.Reader, url string) error {
		if _, err := fmt.Fprintf(c, "GET %s HTTP/1.1\r\nHost: %s\r\n\r\n", url, addr); err != nil {
			return err
		}
		resp, err := gohttp.ReadResponse(br, nil)
		if err != nil {
			return err
		}
		body, err := io.ReadAll(resp.Body)
		if err != nil {
			return err
		}
		if resp.StatusCode != 200 || (url == "/" && string(body) != "hello world\n") {
			return fmt.Errorf("unexpected response %d %q", resp.StatusCode, body)
		}
		return nil
	}

	dialReport := func() (net.Conn, error) {
		c, err := dial()
		if err != nil {
			return nil, fmt.Errorf("%v\nstdout: %s\nstderr: %s", err, out.String(), errb.String())
		}
		return c, nil
	}
	return &testServer{dial: dialReport, get: get, quit: func(c net.Conn, br *bufio.Reader) {
		if err := get(c, br, "/quit"); err != nil {
			b.Fatal(err)
		}
		select {
		case code := <-exited:
			if code != 0 {
				b.Fatalf("exit %d\nstderr: %s", code, errb.String())
			}
		case <-time.After(10 * time.Second):
			b.Fatal("server did not exit")
		}
	}}
}

func benchKeepAlive(b *testing.B, proto string) {
	srv := startServer(b, proto)
	dial, get := srv.dial, srv.get
	var err error
	const conns = 8
	cs := make([]net.Conn, conns)
	brs := make([]*bufio.Reader, conns)
	for i := range cs {
		if cs[i], err = dial(); err != nil {
			b.Fatalf("dial: %v", err)
		}
		brs[i] = bufio.NewReader(cs[i])
		if err := get(cs[i], brs[i], "/"); err != nil { // warm up
			b.Fatal(err)
		}
	}
	measureParallel(b, conns, func(i, n int) error {
		for j := 0; j < n; j++ {
			if err := get(cs[i], brs[i], "/"); err != nil {
				return err
			}
		}
		return nil
	})
	for _, c := range cs[1:] {
		c.Close()
	}
	srv.quit(cs[0], brs[0])
	cs[0].Close()
}

// BenchmarkIdleKeepAliveMemory opens b.N keep-alive connections, each after
// one request, and reports the Go heap and stacks they hold (after a
// collection) per connection: the server's idle cost of a keep-alive client
// (Go's TLS client side included, about 1/4 of it for https).
func BenchmarkIdleKeepAliveMemory(b *testing.B) {
	for _, proto := range []string{"http", "https"} {
		b.Run(proto, func(b *testing.B) {
			srv := startServer(b, proto)
			first, err := srv.dial()
			if err != nil {
				b.Fatal(err)
			}
			firstBr := bufio.NewReader(first)
			if err := srv.get(first, firstBr, "/"); err != nil {
				b.Fatal(err)
			}
			time.Sleep(100 * time.Millisecond)
			before := inUse()
			cs := make([]net.Conn, b.N)
			for i := range cs {
				if cs[i], err = srv.dial(); err != nil {
					b.Fatal(err)
				}
				if err := srv.get(cs[i], bufio.NewReader(cs[i]), "/"); err != nil {
					b.Fatal(err)
				}
			}
			time.Sleep(200 * time.Millisecond)
			b.ReportMetric(float64(inUse()-before)/float64(b.N), "B/conn")
			for _, c := range cs {
				c.Close()
			}
			srv.quit(first, firstBr)
			first.Close()
		})
	}
}

// inUse is the Go heap and stack in use after a collection.
func inUse() int64 {
	goruntime.GC()
	var m goruntime.MemStats
	goruntime.ReadMemStats(&m)
	return int64(m.HeapInuse + m.StackInuse)
}

// BenchmarkServerConnectionPerRequest: each of b.N requests on a new
// connection (4 clients in parallel), closed by the client after the
// response: the server's cost of a connection's set-up and tear-down plus
// one request.
func BenchmarkServerConnectionPerRequest(b *testing.B) {
	for _, proto := range []string{"http", "https"} {
		b.Run(proto, func(b *testing.B) {
			srv := startServer(b, proto)
			first, err := srv.dial()
			if err != nil {
				b.Fatal(err)
			}
			firstBr := bufio.NewReader(first)
			const clients = 4
			measureParallel(b, clients, func(_, n int) error {
				for j := 0; j < n; j++ {
					c, err := srv.dial()
					if err == nil {
						err = srv.get(c, bufio.NewReader(c), "/")
						c.Close()
					}
					if err != nil {
						return err
					}
				}
				return nil
			})
			srv.quit(first, firstBr)
			first.Close()
		})
	}
}

// measureParallel runs b.N operations split over workers goroutines (worker
// i does n of them) as the timed part of b, and reports allocations and the
// CPU time of the whole process (server and Go clients) per operation: less
// sensitive than ns/op to other work on a shared machine.
func measureParallel(b *testing.B, workers int, work func(i, n int) error) {
	b.ReportAllocs()
	cpu0 := runtime.ProcessCPUTime()
	b.ResetTimer()
	var wg sync.WaitGroup
	errs := make(chan error, workers)
	for i := 0; i < workers; i++ {
		n := b.N / workers
		if i < b.N%workers {
			n++
		}
		wg.Add(1)
		go func(i, n int) {
			defer wg.Done()
			if err := work(i, n); err != nil {
				errs <- err
			}
		}(i, n)
	}
	wg.Wait()
	b.StopTimer()
	b.ReportMetric(float64(runtime.ProcessCPUTime()-cpu0)/float64(b.N), "cpu-ns/op")
	select {
	case err := <-errs:
		b.Fatal(err)
	default:
	}
}
