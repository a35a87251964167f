package main

import (
	"bufio"
	"crypto/tls"
	"crypto/x509"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"
)

type httpsResult struct {
	keepAlive, full, peakMiB float64
}

func measureHTTPS(name, bin, dir string, roots *x509.CertPool, args ...string) httpsResult {
	if len(args) == 0 {
		args = []string{filepath.Join(dir, "https-server.js")}
	}
	addr, cmd, stop := startServer(name, bin, args...)
	defer stop()
	cfg := &tls.Config{RootCAs: roots, ServerName: "localhost", MinVersion: tls.VersionTLS13}
	var r httpsResult
	r.keepAlive = wrk(addr)
	r.full = rate(addr, cfg, false, getOnce)
	r.peakMiB = peakWithKeepAlive(addr, cfg, cmd.Process.Pid)
	fmt.Printf("%s: %.0f keep-alive req/s, %.0f full handshakes/s, %.1f MiB peak RSS with %d keep-alive connections\n",
		name, r.keepAlive, r.full, r.peakMiB, *idle)
	return r
}

var wrkRate = regexp.MustCompile(`Requests/sec:\s+([0-9.]+)`)

// wrk runs wrk on the client CPU against the server and returns requests/s.
func wrk(addr string) float64 {
	args := []string{"wrk", "-t1", "-c50", fmt.Sprintf("-d%ds", int(*seconds)), "https://" + addr + "/"}
	if *clientCPU >= 0 {
		args = append([]string{"taskset", "-c", strconv.Itoa(*clientCPU)}, args...)
	}
	out, err := exec.Command(args[0], args[1:]...).CombinedOutput()
	if err != nil {
		fmt.Fprintf(os.Stderr, "wrk: %v\n%s", err, out)
		return 0
	}
	m := wrkRate.FindSubmatch(out)
	if m == nil {
		fmt.Fprintf(os.Stderr, "wrk printed no rate:\n%s", out)
		return 0
	}
	v, _ := strconv.ParseFloat(string(m[1]), 64)
	return v
}

// getOnce is one full handshake plus one GET on a fresh connection.
func getOnce(addr string, cfg *tls.Config) error {
	c, err := tls.DialWithDialer(&net.Dialer{Timeout: 5 * time.Second}, "tcp", addr, cfg)
	if err != nil {
		return err
	}
	defer c.Close()
	_ = c.SetDeadline(time.Now().Add(5 * time.Second))
	if _, err := c.Write([]byte("GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")); err != nil {
		return err
	}
	resp, err := http.ReadResponse(bufio.NewReader(c), nil)
	if err != nil {
		return err
	}
	_ = resp.Body.Close()
	return nil
}

// peakWithKeepAlive opens the idle connections, each with one request
// answered and kept alive, and returns the server's peak RSS (VmHWM).
func peakWithKeepAlive(addr string, cfg *tls.Config, pid int) float64 {
	conns := make([]*tls.Conn, 0, *idle)
	for i := 0; i < *idle; i++ {
		c, err := tls.Dial("tcp", addr, cfg)
		if err != nil {
			fmt.Fprintf(os.Stderr, "  keep-alive connection %d: %v\n", i, err)
			break
		}
		_, _ = c.Write([]byte("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n"))
		if resp, err := http.ReadResponse(bufio.NewReader(c), nil); err == nil {
			_ = resp.Body.Close()
		}
		conns = append(conns, c)
	}
	time.Sleep(time.Second)
	peak := statusKiB(pid, "VmHWM:")
	for _, c := range conns {
		_ = c.Close()
	}
	return float64(peak) / 1024
}

func statusKiB(pid int, field string) int64 {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(l, field) {
			v, _ := strconv.ParseInt(strings.Fields(l)[1], 10, 64)
			return v
		}
	}
	return 0
}
