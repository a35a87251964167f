package timers_test

import (
	"testing"

	"github.com/dop251/goja"

	"handshake/bindings/all"
	"handshake/bindings/all/scripttest"
	"handshake/runtime"
)

// The benchmarks measure the timer and clock operations a connection
// repeats (socket.setTimeout, the keep-alive timer, _unrefTimer's refresh
// per chunk, hrtime for request timing), 100 per op, each op one macrotask
// through Runtime.Call. Compare builds with
// `go test ./bindings/timers -run x -bench . -benchmem -count 5`
// (allocs/op is the steady measure on a shared machine).

const benchSetup = `
const perf = perfHooks.performance;
const noop = () => {};
const t = setTimeout(noop, 100000);
t.unref();
let sink;
({
  setClear() { for (let i = 0; i < 100; i++) clearTimeout(setTimeout(noop, 1000)); },
  setUnrefClear() { for (let i = 0; i < 100; i++) { const x = setTimeout(noop, 1000); x.unref(); clearTimeout(x); } },
  refresh() { for (let i = 0; i < 100; i++) t.refresh(); },
  hrtime() { for (let i = 0; i < 100; i++) sink = process.hrtime(); },
  hrtimeBigint() { for (let i = 0; i < 100; i++) sink = process.hrtime.bigint(); },
  performanceNow() { for (let i = 0; i < 100; i++) sink = perf.now(); },
  setImmediateClear() { for (let i = 0; i < 100; i++) clearImmediate(setImmediate(noop)); },
})
`

func benchOp(b *testing.B, name string) {
	r, err := runtime.New(runtime.Options{Modules: all.Modules(), Argv: []string{"handshake"}})
	if err != nil {
		b.Fatal(err)
	}
	m, err := r.Require("perf_hooks")
	if err != nil {
		b.Fatal(err)
	}
	_ = r.VM.Set("perfHooks", m)
	v, err := r.VM.RunString(benchSetup)
	if err != nil {
		b.Fatal(err)
	}
	fn := v.ToObject(r.VM).Get(name)
	if _, ok := goja.AssertFunction(fn); !ok {
		b.Fatalf("no op %s", name)
	}
	scripttest.BenchCall(b, r, fn)
}

// BenchmarkSetClearTimeout is setTimeout then clearTimeout, 100 times.
func BenchmarkSetClearTimeout(b *testing.B) { benchOp(b, "setClear") }

// BenchmarkSetUnrefClearTimeout is socket.setTimeout's pattern: setTimeout,
// unref, clearTimeout, 100 times.
func BenchmarkSetUnrefClearTimeout(b *testing.B) { benchOp(b, "setUnrefClear") }

// BenchmarkRefresh is an armed timer's refresh(), 100 times (_unrefTimer
// per chunk).
func BenchmarkRefresh(b *testing.B) { benchOp(b, "refresh") }

// BenchmarkHrtime is process.hrtime(), 100 times.
func BenchmarkHrtime(b *testing.B) { benchOp(b, "hrtime") }

// BenchmarkHrtimeBigint is process.hrtime.bigint(), 100 times.
func BenchmarkHrtimeBigint(b *testing.B) { benchOp(b, "hrtimeBigint") }

// BenchmarkPerformanceNow is performance.now(), 100 times.
func BenchmarkPerformanceNow(b *testing.B) { benchOp(b, "performanceNow") }

// BenchmarkSetClearImmediate is setImmediate then clearImmediate, 100 times.
func BenchmarkSetClearImmediate(b *testing.B) { benchOp(b, "setImmediateClear") }
