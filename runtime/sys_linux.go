package runtime

import (
	"os"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"
)

func isTerminal(fd int) bool {
	_, err := unix.IoctlGetTermios(fd, unix.TCGETS)
	return err == nil
}

// rss reads the resident set size from /proc, falling back to Go's figure.
func rss(fallback uint64) uint64 {
	b, err := os.ReadFile("/proc/self/statm")
	if err == nil {
		f := strings.Fields(string(b))
		if len(f) > 1 {
			if pages, err := strconv.ParseUint(f[1], 10, 64); err == nil {
				return pages * uint64(os.Getpagesize())
			}
		}
	}
	return fallback
}

// ProcessCPUTime is the CPU time (user plus system) this process has used;
// the benchmarks report it per operation, which other work on a shared
// machine disturbs less than wall time.
func ProcessCPUTime() time.Duration {
	u, s := cpuTimes()
	return time.Duration(u+s) * time.Microsecond
}

// cpuTimes is the process's user and system CPU time in microseconds.
func cpuTimes() (user, system int64) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, 0
	}
	return ru.Utime.Sec*1e6 + ru.Utime.Usec, ru.Stime.Sec*1e6 + ru.Stime.Usec
}

var signals = map[string]syscall.Signal{
	"SIGTERM": syscall.SIGTERM, "SIGINT": syscall.SIGINT, "SIGKILL": syscall.SIGKILL,
	"SIGHUP": syscall.SIGHUP, "SIGUSR1": syscall.SIGUSR1, "SIGUSR2": syscall.SIGUSR2, "SIGQUIT": syscall.SIGQUIT,
}

func (r *Runtime) kill(pid int, sig goja.Value) {
	s := syscall.SIGTERM
	if sig != nil && !goja.IsUndefined(sig) {
		if n, ok := sig.Export().(int64); ok {
			s = syscall.Signal(n)
		} else if v, ok := signals[sig.String()]; ok {
			s = v
		} else {
			r.ThrowError("TypeError", "ERR_UNKNOWN_SIGNAL", "Unknown signal: "+sig.String())
		}
	}
	if err := syscall.Kill(pid, s); err != nil {
		panic(r.NewSystemError(err, "kill", ""))
	}
}
