// Command bench measures servers side by side: the same script under
// handshake and under node, on loopback, with the server pinned to one CPU
// and the load generator to another, and prints each figure as a ratio
// handshake/node.
//
// -mode tls (tls-server.js, a tls.createServer echo server): full TLS 1.3
// handshakes per second (no resumption), resumed handshakes per second, and
// the server's RSS per idle connection.
//
// With -ceiling it also measures the same server written directly on
// crypto/tls (and for -mode https on net/http; no JavaScript; this program
// re-run with -serve-go): the most that Go's TLS and HTTP stacks give on the
// server's CPU.
//
// Each TLS figure comes with the server's CPU time per handshake, which
// drifts less than a rate when the machine is shared.
//
// -mode net (net-server.js, a net.createServer echo server): 32-byte
// ping-pong round trips per second on 1 and on 16 connections, and the
// server's CPU time per round trip.
//
// -mode https (https-server.js, hello world): keep-alive requests per
// second (wrk, which must be installed: it reuses TLS sessions, so it
// measures requests, not handshakes), full handshakes per second (one
// request per new connection, no resumption), and the server's peak RSS
// with 1000 keep-alive connections.
//
//	go build -o /tmp/handshake ./cmd/handshake
//	go run ./scripts/bench -mode tls -handshake /tmp/handshake -seconds 10
//	go run ./scripts/bench -mode https -handshake /tmp/handshake -seconds 10
//	go run ./scripts/bench -mode net -handshake /tmp/handshake -seconds 10
package main

import (
	"bufio"
	"crypto/tls"
	"crypto/x509"
	"flag"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	goruntime "runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/sys/unix"
)

var (
	mode       = flag.String("mode", "tls", "tls, https or net")
	hsBin      = flag.String("handshake", "handshake", "the handshake binary")
	nodeBin    = flag.String("node", "node", "the node binary")
	seconds    = flag.Float64("seconds", 8, "length of each handshake measurement")
	workers    = flag.Int("c", 16, "concurrent client connections")
	idle       = flag.Int("idle", 1000, "idle connections for the memory measurement")
	serverCPU  = flag.Int("server-cpu", 0, "CPU the server is pinned to (-1: no pinning)")
	clientCPU  = flag.Int("client-cpu", 1, "CPU the load generator is pinned to (-1: no pinning)")
	ceiling    = flag.Bool("ceiling", false, "with -mode tls or https, also measure the same server written on crypto/tls and net/http without JavaScript")
	serveGoOn  = flag.String("serve-go", "", "run the Go-only server of -mode on this port (used by -ceiling)")
	portNumber = 18443
)

type result struct {
	full, resumed, rssPerConn float64
	fullCPU, resumedCPU       float64 // server CPU ms per handshake
}

func main() {
	flag.Parse()
	if *serveGoOn != "" {
		serveGo(filepath.Dir(mustAbs("scripts/bench/tls-server.js")), *serveGoOn)
		return
	}
	if *clientCPU >= 0 {
		var set unix.CPUSet
		set.Set(*clientCPU)
		goruntime.LockOSThread()
		_ = unix.SchedSetaffinity(0, &set) // threads started later inherit it
		goruntime.UnlockOSThread()
	}
	dir := filepath.Dir(mustAbs("scripts/bench/tls-server.js"))
	roots := x509.NewCertPool()
	ca, err := os.ReadFile(filepath.Join(dir, "..", "..", "testdata", "certs", "ca.pem"))
	check(err)
	roots.AppendCertsFromPEM(ca)
	if *mode == "net" {
		hs := measureNet("handshake", *hsBin, dir)
		nd := measureNet("node", *nodeBin, dir)
		fmt.Printf("\n%-34s %12s %12s %8s\n", "", "handshake", "node", "ratio")
		fmt.Printf("%-34s %12.0f %12.0f %8.2f\n", "round trips/s, 1 connection", hs.rate1, nd.rate1, hs.rate1/nd.rate1)
		fmt.Printf("%-34s %12.0f %12.0f %8.2f\n", "round trips/s, 16 connections", hs.rate16, nd.rate16, hs.rate16/nd.rate16)
		fmt.Printf("%-34s %12.1f %12.1f %8.2f\n", "server CPU µs/round trip, 16 conns", hs.cpu16, nd.cpu16, hs.cpu16/nd.cpu16)
		return
	}
	if *mode == "https" {
		hs := measureHTTPS("handshake", *hsBin, dir, roots)
		nd := measureHTTPS("node", *nodeBin, dir, roots)
		fmt.Printf("\n%-34s %12s %12s %8s\n", "", "handshake", "node", "ratio")
		fmt.Printf("%-34s %12.0f %12.0f %8.2f\n", "keep-alive requests/s (wrk)", hs.keepAlive, nd.keepAlive, hs.keepAlive/nd.keepAlive)
		fmt.Printf("%-34s %12.0f %12.0f %8.2f\n", "full handshakes/s (1 request each)", hs.full, nd.full, hs.full/nd.full)
		fmt.Printf("%-34s %12.1f %12.1f %8.2f\n", "peak RSS MiB, 1000 keep-alive", hs.peakMiB, nd.peakMiB, hs.peakMiB/nd.peakMiB)
		if *ceiling {
			exe, err := os.Executable()
			check(err)
			g := measureHTTPS("net/http alone", exe, dir, roots, "-mode", "https", "-serve-go")
			fmt.Printf("\n%-34s %12s %12s %8s\n", "", "net/http", "node", "ratio")
			fmt.Printf("%-34s %12.0f %12.0f %8.2f\n", "keep-alive requests/s (wrk)", g.keepAlive, nd.keepAlive, g.keepAlive/nd.keepAlive)
			fmt.Printf("%-34s %12.0f %12.0f %8.2f\n", "full handshakes/s (1 request each)", g.full, nd.full, g.full/nd.full)
			fmt.Printf("%-34s %12.1f %12.1f %8.2f\n", "peak RSS MiB, 1000 keep-alive", g.peakMiB, nd.peakMiB, g.peakMiB/nd.peakMiB)
		}
		return
	}
	script := []string{filepath.Join(dir, "tls-server.js")}
	hs := measure("handshake", *hsBin, roots, script)
	nd := measure("node", *nodeBin, roots, script)
	fmt.Printf("\n%-32s %12s %12s %8s\n", "", "handshake", "node", "ratio")
	row := func(label string, h, n float64) { fmt.Printf("%-32s %12.2f %12.2f %8.2f\n", label, h, n, h/n) }
	row("full handshakes/s", hs.full, nd.full)
	row("resumed handshakes/s", hs.resumed, nd.resumed)
	row("KiB RSS per idle connection", hs.rssPerConn, nd.rssPerConn)
	row("server CPU ms per full", hs.fullCPU, nd.fullCPU)
	row("server CPU ms per resumed", hs.resumedCPU, nd.resumedCPU)
	if *ceiling {
		exe, err := os.Executable()
		check(err)
		g := measure("crypto/tls alone", exe, roots, []string{"-serve-go"})
		fmt.Printf("\n%-32s %12s %12s %8s\n", "", "crypto/tls", "node", "ratio")
		row("full handshakes/s", g.full, nd.full)
		row("resumed handshakes/s", g.resumed, nd.resumed)
		row("server CPU ms per full", g.fullCPU, nd.fullCPU)
		row("server CPU ms per resumed", g.resumedCPU, nd.resumedCPU)
	}
}

// startServer runs bin with args and a port, pinned to the server CPU, and
// waits for its "ready" line; stop kills it.
func startServer(name, bin string, args ...string) (addr string, cmd *exec.Cmd, stop func()) {
	portNumber++
	port := strconv.Itoa(portNumber)
	args = append(append([]string{bin}, args...), port)
	if *serverCPU >= 0 {
		args = append([]string{"taskset", "-c", strconv.Itoa(*serverCPU)}, args...)
	}
	cmd = exec.Command(args[0], args[1:]...)
	out, err := cmd.StdoutPipe()
	check(err)
	cmd.Stderr = os.Stderr
	check(cmd.Start())
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil || strings.TrimSpace(line) != "ready" {
		fmt.Fprintf(os.Stderr, "%s server did not start: %q %v\n", name, line, err)
		_ = cmd.Process.Kill()
		os.Exit(1)
	}
	return "127.0.0.1:" + port, cmd, func() { _ = cmd.Process.Kill(); _ = cmd.Wait() }
}

func measure(name, bin string, roots *x509.CertPool, args []string) result {
	addr, cmd, stop := startServer(name, bin, args...)
	defer stop()
	pid := cmd.Process.Pid
	cfg := &tls.Config{RootCAs: roots, ServerName: "localhost", MinVersion: tls.VersionTLS13}
	var r result
	cpu0 := cpuSeconds(pid)
	r.full = rate(addr, cfg, false, once)
	cpu1 := cpuSeconds(pid)
	r.resumed = rate(addr, cfg, true, once)
	cpu2 := cpuSeconds(pid)
	r.fullCPU = (cpu1 - cpu0) * 1000 / (r.full * *seconds)
	r.resumedCPU = (cpu2 - cpu1) * 1000 / (r.resumed * *seconds)
	// a fresh server for the memory figure: the load above leaves a heap
	// with room that idle connections would fill without the RSS growing
	stop()
	addr, cmd, stop = startServer(name, bin, args...)
	defer stop()
	r.rssPerConn = rssPerIdle(addr, cfg, cmd.Process.Pid)
	fmt.Printf("%s: %.0f full/s (%.2f ms CPU each), %.0f resumed/s (%.2f ms), %.1f KiB per idle connection\n",
		name, r.full, r.fullCPU, r.resumed, r.resumedCPU, r.rssPerConn)
	return r
}

// rate runs handshake+echo+close loops on all workers for the measurement
// time and returns completed handshakes per second.
func rate(addr string, base *tls.Config, resume bool, once func(string, *tls.Config) error) float64 {
	var done atomic.Int64
	var failed atomic.Int64
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for w := 0; w < *workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cfg := base.Clone()
			if resume {
				cfg.ClientSessionCache = tls.NewLRUClientSessionCache(4)
				_ = once(addr, cfg) // the full handshake that yields a ticket
			}
			for {
				select {
				case <-stop:
					return
				default:
				}
				if err := once(addr, cfg); err != nil {
					failed.Add(1)
					continue
				}
				done.Add(1)
			}
		}()
	}
	start := time.Now()
	time.Sleep(time.Duration(*seconds * float64(time.Second)))
	n := done.Load()
	elapsed := time.Since(start)
	close(stop)
	wg.Wait()
	if f := failed.Load(); f > 0 {
		fmt.Fprintf(os.Stderr, "  (%d failed connections)\n", f)
	}
	return float64(n) / elapsed.Seconds()
}

func once(addr string, cfg *tls.Config) error {
	c, err := tls.DialWithDialer(&net.Dialer{Timeout: 5 * time.Second}, "tcp", addr, cfg)
	if err != nil {
		return err
	}
	defer c.Close()
	_ = c.SetDeadline(time.Now().Add(5 * time.Second))
	if _, err := c.Write([]byte{'x'}); err != nil {
		return err
	}
	var b [1]byte
	_, err = c.Read(b[:])
	return err
}

// rssPerIdle opens idle connections (each handshaken and echoed once) and
// returns the server's RSS growth per connection in KiB.
func rssPerIdle(addr string, cfg *tls.Config, pid int) float64 {
	time.Sleep(500 * time.Millisecond)
	before := rssKiB(pid)
	conns := make([]*tls.Conn, 0, *idle)
	for i := 0; i < *idle; i++ {
		c, err := tls.Dial("tcp", addr, cfg)
		if err != nil {
			fmt.Fprintf(os.Stderr, "  idle connection %d: %v\n", i, err)
			break
		}
		_, _ = c.Write([]byte{'x'})
		var b [1]byte
		_, _ = c.Read(b[:])
		conns = append(conns, c)
	}
	time.Sleep(time.Second)
	after := rssKiB(pid)
	for _, c := range conns {
		_ = c.Close()
	}
	if len(conns) == 0 {
		return 0
	}
	return float64(after-before) / float64(len(conns))
}

// rssKiB is the server's resident set (taskset execs the server, so the
// pid is the server's own).
func rssKiB(pid int) int64 {
	return statusKiB(pid, "VmRSS:")
}

func mustAbs(p string) string {
	a, err := filepath.Abs(p)
	check(err)
	return a
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
