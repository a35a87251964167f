package os

import (
	"bufio"
	"net"
	goos "os"
	goruntime "runtime"
	"strconv"
	"strings"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"

	"handshake/runtime"
)

// binding fills the ops lib/os.js reads (Node's src/node_os.cc). Failing
// system calls return a negative errno for the JavaScript side to turn into
// ERR_SYSTEM_ERROR.
func binding(r *runtime.Runtime, o *goja.Object) {
	vm := r.VM
	set := func(name string, fn func(goja.FunctionCall) goja.Value) { _ = o.Set(name, fn) }

	set("uname", func(goja.FunctionCall) goja.Value {
		var u unix.Utsname
		if err := unix.Uname(&u); err != nil {
			return vm.ToValue(-int(runtime.Errno(err)))
		}
		return vm.NewArray(unix.ByteSliceToString(u.Sysname[:]), unix.ByteSliceToString(u.Release[:]),
			unix.ByteSliceToString(u.Version[:]), unix.ByteSliceToString(u.Machine[:]), unix.ByteSliceToString(u.Nodename[:]))
	})
	set("hostname", func(goja.FunctionCall) goja.Value {
		h, err := goos.Hostname()
		if err != nil {
			return vm.ToValue(-int(runtime.Errno(err)))
		}
		return vm.ToValue(h)
	})
	set("sysinfo", func(goja.FunctionCall) goja.Value {
		var si unix.Sysinfo_t
		if err := unix.Sysinfo(&si); err != nil {
			return vm.ToValue(-int(runtime.Errno(err)))
		}
		unit := uint64(si.Unit)
		if unit == 0 {
			unit = 1
		}
		load := func(v uint64) float64 { return float64(v) / 65536 }
		return vm.NewArray(float64(si.Uptime), load(uint64(si.Loads[0])), load(uint64(si.Loads[1])), load(uint64(si.Loads[2])),
			float64(uint64(si.Totalram)*unit), float64(uint64(si.Freeram)*unit))
	})
	set("memory", func(goja.FunctionCall) goja.Value {
		total, avail := meminfo()
		return vm.NewArray(float64(total), float64(avail))
	})
	set("uptime", func(goja.FunctionCall) goja.Value {
		if data, err := goos.ReadFile("/proc/uptime"); err == nil {
			if f := strings.Fields(string(data)); len(f) > 0 {
				if v, err := strconv.ParseFloat(f[0], 64); err == nil {
					return vm.ToValue(v)
				}
			}
		}
		var si unix.Sysinfo_t
		if err := unix.Sysinfo(&si); err != nil {
			return vm.ToValue(-int(runtime.Errno(err)))
		}
		return vm.ToValue(float64(si.Uptime))
	})
	set("cpus", func(goja.FunctionCall) goja.Value {
		out := []any{}
		for _, c := range cpus() {
			out = append(out, c.model, c.speed, c.user, c.nice, c.sys, c.idle, c.irq)
		}
		return vm.NewArray(out...)
	})
	set("availableParallelism", func(goja.FunctionCall) goja.Value {
		var set unix.CPUSet
		if err := unix.SchedGetaffinity(0, &set); err == nil && set.Count() > 0 {
			return vm.ToValue(set.Count())
		}
		return vm.ToValue(goruntime.NumCPU())
	})
	set("interfaces", func(goja.FunctionCall) goja.Value {
		return vm.NewArray(interfaces()...)
	})
	set("passwd", func(c goja.FunctionCall) goja.Value {
		uid := goos.Getuid()
		name, home, shell, found := passwdEntry(uid)
		return vm.NewArray(uid, goos.Getgid(), name, home, shell, found)
	})
	set("getPriority", func(c goja.FunctionCall) goja.Value {
		pid := int(c.Argument(0).ToInteger())
		// The raw syscall returns 20 - nice, so errors are distinguishable.
		v, _, e := unix.Syscall(unix.SYS_GETPRIORITY, unix.PRIO_PROCESS, uintptr(pid), 0)
		if e != 0 {
			return vm.NewArray(-int(e))
		}
		return vm.NewArray(0, 20-int(v))
	})
	set("setPriority", func(c goja.FunctionCall) goja.Value {
		pid := int(c.Argument(0).ToInteger())
		prio := int(c.Argument(1).ToInteger())
		if err := unix.Setpriority(unix.PRIO_PROCESS, pid, prio); err != nil {
			return vm.ToValue(-int(runtime.Errno(err)))
		}
		return vm.ToValue(0)
	})
}

func meminfo() (total, avail uint64) {
	f, err := goos.Open("/proc/meminfo")
	if err != nil {
		return 0, 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) < 2 {
			continue
		}
		v, _ := strconv.ParseUint(fields[1], 10, 64)
		switch fields[0] {
		case "MemTotal:":
			total = v * 1024
		case "MemAvailable:":
			avail = v * 1024
		}
	}
	return total, avail
}

type cpu struct {
	model                      string
	speed                      int
	user, nice, sys, idle, irq float64
}

// cpus reads /proc/stat (times, in clock ticks of 10ms) and /proc/cpuinfo
// (model names), and cpufreq for speeds, the way libuv does.
func cpus() []cpu {
	var out []cpu
	if data, err := goos.ReadFile("/proc/stat"); err == nil {
		for _, line := range strings.Split(string(data), "\n") {
			f := strings.Fields(line)
			if len(f) < 8 || !strings.HasPrefix(f[0], "cpu") || f[0] == "cpu" {
				continue
			}
			n := func(i int) float64 { v, _ := strconv.ParseFloat(f[i], 64); return v * 10 }
			out = append(out, cpu{user: n(1), nice: n(2), sys: n(3), idle: n(4), irq: n(6)})
		}
	}
	var models []string
	if data, err := goos.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(data), "\n") {
			if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
				models = append(models, strings.TrimSpace(v))
			}
		}
	}
	for i := range out {
		out[i].model = "unknown"
		if i < len(models) {
			out[i].model = models[i]
		} else if len(models) > 0 {
			out[i].model = models[len(models)-1]
		}
		if data, err := goos.ReadFile("/sys/devices/system/cpu/cpu" + strconv.Itoa(i) + "/cpufreq/scaling_cur_freq"); err == nil {
			v, _ := strconv.Atoi(strings.TrimSpace(string(data)))
			out[i].speed = v / 1000
		}
	}
	return out
}

// interfaces lists addresses as flat [name, address, netmask, family, mac,
// internal, scopeid] groups.
func interfaces() []any {
	var out []any
	ifs, err := net.Interfaces()
	if err != nil {
		return out
	}
	for _, ifc := range ifs {
		if ifc.Flags&net.FlagUp == 0 {
			continue
		}
		addrs, err := ifc.Addrs()
		if err != nil {
			continue
		}
		mac := ifc.HardwareAddr.String()
		if mac == "" {
			mac = "00:00:00:00:00:00"
		}
		internal := ifc.Flags&net.FlagLoopback != 0
		for _, a := range addrs {
			ipn, ok := a.(*net.IPNet)
			if !ok {
				continue
			}
			family := "IPv6"
			ip := ipn.IP
			mask := net.IP(ipn.Mask)
			scope := -1
			if v4 := ip.To4(); v4 != nil && len(ipn.Mask) == net.IPv4len {
				family = "IPv4"
				ip = v4
			} else if ip.IsLinkLocalUnicast() {
				scope = ifc.Index
			} else {
				scope = 0
			}
			out = append(out, ifc.Name, ip.String(), mask.String(), family, mac, internal, scope)
		}
	}
	return out
}

// passwdEntry finds a uid's name, home directory and shell in /etc/passwd;
// found is false when the uid has no entry.
func passwdEntry(uid int) (name, home, shell string, found bool) {
	f, err := goos.Open("/etc/passwd")
	if err != nil {
		return "", goos.Getenv("HOME"), "", false
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	want := strconv.Itoa(uid)
	for sc.Scan() {
		parts := strings.Split(sc.Text(), ":")
		if len(parts) >= 7 && parts[2] == want {
			return parts[0], parts[5], parts[6], true
		}
	}
	return "", goos.Getenv("HOME"), "", false
}
