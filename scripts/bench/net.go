package main

import (
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

type netResult struct {
	rate1, rate16, cpu1, cpu16 float64
}

// measureNet runs ping-pong round trips (32 bytes out, the echo back) on 1
// and on 16 connections against net-server.js and returns round trips per
// second and the server's CPU time per round trip in µs (the CPU figure
// holds up better than the rate on a loaded machine).
func measureNet(name, bin, dir string) netResult {
	addr, cmd, stop := startServer(name, bin, filepath.Join(dir, "net-server.js"))
	defer stop()
	var r netResult
	r.rate1, r.cpu1 = pingPong(addr, 1, cmd.Process.Pid)
	r.rate16, r.cpu16 = pingPong(addr, 16, cmd.Process.Pid)
	fmt.Printf("%s: %.0f round trips/s (1 connection, %.1f µs CPU each), %.0f round trips/s (16 connections, %.1f µs CPU each)\n",
		name, r.rate1, r.cpu1, r.rate16, r.cpu16)
	return r
}

func pingPong(addr string, conns, pid int) (rate, cpuMicros float64) {
	cs := make([]net.Conn, 0, conns)
	for i := 0; i < conns; i++ {
		c, err := net.Dial("tcp", addr)
		check(err)
		cs = append(cs, c)
	}
	defer func() {
		for _, c := range cs {
			_ = c.Close()
		}
	}()
	var n atomic.Int64
	var wg sync.WaitGroup
	cpu0 := cpuSeconds(pid)
	start := time.Now()
	deadline := start.Add(time.Duration(*seconds * float64(time.Second)))
	for _, c := range cs {
		wg.Add(1)
		go func(c net.Conn) {
			defer wg.Done()
			out := make([]byte, 32)
			in := make([]byte, 64)
			_ = c.SetDeadline(deadline.Add(5 * time.Second))
			for time.Now().Before(deadline) {
				if _, err := c.Write(out); err != nil {
					return
				}
				got := 0
				for got < len(out) {
					m, err := c.Read(in)
					if err != nil {
						return
					}
					got += m
				}
				n.Add(1)
			}
		}(c)
	}
	wg.Wait()
	elapsed := time.Since(start).Seconds()
	cpu := cpuSeconds(pid) - cpu0
	if n.Load() == 0 {
		return 0, 0
	}
	return float64(n.Load()) / elapsed, cpu * 1e6 / float64(n.Load())
}

// cpuSeconds is the process's user+system CPU time from /proc/PID/stat.
func cpuSeconds(pid int) float64 {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	s := string(data)
	f := strings.Fields(s[strings.LastIndex(s, ")")+2:])
	if len(f) < 13 {
		return 0
	}
	u, _ := strconv.ParseFloat(f[11], 64)
	k, _ := strconv.ParseFloat(f[12], 64)
	return (u + k) / 100 // clock ticks (USER_HZ 100 on Linux)
}
