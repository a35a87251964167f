package runtime

import (
	"math/big"
	"os"
	goruntime "runtime"
	"strings"
	"time"

	"github.com/dop251/goja"
)

var startTime = time.Now()

// initProcess fills the Go-backed parts of the process object: argv, env,
// ids, platform, versions, cwd/chdir, hrtime, uptime, memoryUsage.
func (r *Runtime) initProcess(p *goja.Object) {
	vm := r.VM
	set := func(name string, v any) { _ = p.Set(name, v) }
	argv := r.opts.Argv
	if len(argv) == 0 {
		exe, _ := os.Executable()
		argv = []string{exe}
	}
	set("argv", toArray(vm, argv))
	set("argv0", "handshake")
	set("execArgv", toArray(vm, r.opts.ExecArgv))
	set("execPath", argv[0])
	set("title", "handshake")
	set("pid", os.Getpid())
	set("ppid", os.Getppid())
	set("platform", goruntime.GOOS)
	set("arch", nodeArch(goruntime.GOARCH))
	set("version", NodeVersion)
	versions := vm.NewObject()
	_ = versions.Set("node", strings.TrimPrefix(NodeVersion, "v"))
	_ = versions.Set("handshake", Version)
	_ = versions.Set("goja", "2026")
	_ = versions.Set("go", strings.TrimPrefix(goruntime.Version(), "go"))
	set("versions", versions)
	release := vm.NewObject()
	_ = release.Set("name", "node")
	_ = release.Set("lts", "Iron")
	set("release", release)
	env := vm.NewObject()
	for _, kv := range r.opts.Env {
		if k, v, ok := strings.Cut(kv, "="); ok && k != "" {
			_ = env.Set(k, v)
		}
	}
	set("env", env)
	set("cwd", func(goja.FunctionCall) goja.Value {
		wd, err := os.Getwd()
		if err != nil {
			panic(r.NewSystemError(err, "uv_cwd", ""))
		}
		return vm.ToValue(wd)
	})
	set("chdir", func(c goja.FunctionCall) goja.Value {
		dir := c.Argument(0)
		if _, ok := dir.Export().(string); !ok {
			r.ThrowError("TypeError", "ERR_INVALID_ARG_TYPE", `The "directory" argument must be of type string.`+Received(vm, dir))
		}
		if err := os.Chdir(dir.String()); err != nil {
			e := r.NewSystemError(err, "chdir", "")
			_ = e.Set("message", e.Get("code").String()+": "+errnoMessage(err)+", chdir "+mustWd()+" -> '"+dir.String()+"'")
			_ = e.Set("dest", dir.String())
			_ = e.Set("path", mustWd())
			panic(e)
		}
		return goja.Undefined()
	})
	hr := vm.ToValue(func(c goja.FunctionCall) goja.Value {
		d := time.Since(startTime) + hrBase
		sec, nsec := int64(d/time.Second), int64(d%time.Second)
		if prev, ok := c.Argument(0).(*goja.Object); ok {
			ps := prev.Get("0").ToInteger()
			pn := prev.Get("1").ToInteger()
			sec, nsec = sec-ps, nsec-pn
			if nsec < 0 {
				sec--
				nsec += 1e9
			}
		}
		return vm.NewArray(sec, nsec)
	}).ToObject(vm)
	_ = hr.Set("bigint", func(goja.FunctionCall) goja.Value {
		// a BigInt from Go: compiling "<digits>n" cost 26 allocations
		return vm.ToValue(big.NewInt(int64(time.Since(startTime) + hrBase)))
	})
	set("hrtime", hr)
	set("uptime", func(goja.FunctionCall) goja.Value {
		return vm.ToValue(time.Since(startTime).Seconds())
	})
	mem := vm.ToValue(func(goja.FunctionCall) goja.Value {
		var ms goruntime.MemStats
		goruntime.ReadMemStats(&ms)
		o := vm.NewObject()
		_ = o.Set("rss", rss(ms.Sys))
		_ = o.Set("heapTotal", ms.HeapSys)
		_ = o.Set("heapUsed", ms.HeapAlloc)
		_ = o.Set("external", 0)
		_ = o.Set("arrayBuffers", 0)
		return o
	}).ToObject(vm)
	_ = mem.Set("rss", func(goja.FunctionCall) goja.Value {
		var ms goruntime.MemStats
		goruntime.ReadMemStats(&ms)
		return vm.ToValue(rss(ms.Sys))
	})
	set("memoryUsage", mem)
	set("umask", func(goja.FunctionCall) goja.Value { return vm.ToValue(0o022) })
	set("getuid", func(goja.FunctionCall) goja.Value { return vm.ToValue(os.Getuid()) })
	set("geteuid", func(goja.FunctionCall) goja.Value { return vm.ToValue(os.Geteuid()) })
	set("getgid", func(goja.FunctionCall) goja.Value { return vm.ToValue(os.Getgid()) })
	set("getegid", func(goja.FunctionCall) goja.Value { return vm.ToValue(os.Getegid()) })
	// cpuUsage([previous]) is microseconds of user and system CPU, or the
	// difference from an earlier result when one is given.
	set("cpuUsage", func(c goja.FunctionCall) goja.Value {
		o := vm.NewObject()
		u, s := cpuTimes()
		if prev, ok := c.Argument(0).(*goja.Object); ok {
			u -= prev.Get("user").ToInteger()
			s -= prev.Get("system").ToInteger()
		}
		_ = o.Set("user", u)
		_ = o.Set("system", s)
		return o
	})
	set("kill", func(c goja.FunctionCall) goja.Value {
		r.kill(int(c.Argument(0).ToInteger()), c.Argument(1))
		return vm.ToValue(true)
	})
	features := vm.NewObject()
	_ = features.Set("inspector", false)
	_ = features.Set("tls", true)
	_ = features.Set("typescript", "transform")
	set("features", features)
	set("config", vm.NewObject())
}

// HRTime is process.hrtime's clock as a duration (for bindings that need
// it without building hrtime's array).
func HRTime() time.Duration { return time.Since(startTime) + hrBase }

// Uptime is the time since the process started (process.uptime's clock).
func Uptime() time.Duration { return time.Since(startTime) }

// hrBase makes hrtime look like a monotonic clock that did not start at 0.
const hrBase = 1000 * time.Second

func mustWd() string {
	wd, _ := os.Getwd()
	return wd
}

func nodeArch(goarch string) string {
	switch goarch {
	case "amd64":
		return "x64"
	case "386":
		return "ia32"
	}
	return goarch
}

func toArray(vm *goja.Runtime, ss []string) goja.Value {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return vm.NewArray(out...)
}

// processBinding holds process-related ops that live outside the process
// object (stdio handles for the stdio module).
func processBinding(r *Runtime, b *goja.Object) {
	vm := r.VM
	_ = b.Set("isatty", func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(isTerminal(int(c.Argument(0).ToInteger())))
	})
}
