// Package perf implements Node's `perf_hooks` module and the `performance`
// global, over a monotonic Go clock that starts with the process.
package perf

import (
	_ "embed"
	"time"

	"github.com/dop251/goja"

	"handshake/runtime"
)

//go:embed perf.js
var source string

// start is the process's time origin (performance.timeOrigin).
var start = time.Now()

// Modules are the core modules this package provides.
var Modules = []runtime.Module{
	{Name: "perf_hooks", Source: source, Binding: binding, Globals: []runtime.Global{
		{Name: "performance", Property: "performance"},
		{Name: "Performance", Property: "Performance"},
		{Name: "PerformanceEntry", Property: "PerformanceEntry"},
		{Name: "PerformanceMark", Property: "PerformanceMark"},
		{Name: "PerformanceMeasure", Property: "PerformanceMeasure"},
		{Name: "PerformanceObserver", Property: "PerformanceObserver"},
		{Name: "PerformanceObserverEntryList", Property: "PerformanceObserverEntryList"},
		{Name: "PerformanceResourceTiming", Property: "PerformanceResourceTiming"},
	}},
}

// Now is milliseconds since the time origin, with sub-millisecond
// precision (performance.now()).
func Now() float64 {
	return float64(time.Since(start).Nanoseconds()) / 1e6
}

// TimeOrigin is the Unix time of the time origin in milliseconds.
func TimeOrigin() float64 {
	return float64(start.UnixNano()) / 1e6
}

func binding(r *runtime.Runtime, o *goja.Object) {
	vm := r.VM
	_ = o.Set("now", func(goja.FunctionCall) goja.Value { return vm.ToValue(Now()) })
	_ = o.Set("timeOrigin", func(goja.FunctionCall) goja.Value { return vm.ToValue(TimeOrigin()) })
	boot := Now()
	_ = o.Set("bootstrapTime", func(goja.FunctionCall) goja.Value { return vm.ToValue(boot) })
}
