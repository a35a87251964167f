// Package timers implements Node's `timers` and `timers/promises` modules
// and the timer globals, on the loop's FIFO timer heap.
package timers

import (
	_ "embed"
	"time"

	"github.com/dop251/goja"

	"handshake/runtime"
)

//go:embed timers.js
var source string

//go:embed promises.js
var promisesSource string

// Modules are the core modules this package provides.
var Modules = []runtime.Module{
	{Name: "timers", Source: source, Binding: binding, Globals: []runtime.Global{
		{Name: "setTimeout", Property: "setTimeout"},
		{Name: "clearTimeout", Property: "clearTimeout"},
		{Name: "setInterval", Property: "setInterval"},
		{Name: "clearInterval", Property: "clearInterval"},
		{Name: "setImmediate", Property: "setImmediate"},
		{Name: "clearImmediate", Property: "clearImmediate"},
	}},
	{Name: "timers/promises", Source: promisesSource},
}

// state is one runtime's timers: JS objects by id, their loop timers, and
// the JS functions that run an expired timer or immediate.
type state struct {
	r          *runtime.Runtime
	nextID     int64
	timers     map[int64]*runtime.Timer
	immediates map[int64]*runtime.Immediate
	onTimer    goja.Value
	onImm      goja.Value
}

// binding fills the ops timers.js uses. Ids are plain numbers so JS objects
// never hold Go pointers.
func binding(r *runtime.Runtime, o *goja.Object) {
	s := &state{r: r, timers: map[int64]*runtime.Timer{}, immediates: map[int64]*runtime.Immediate{}}
	vm := r.VM
	set := func(name string, fn func(goja.FunctionCall) goja.Value) { _ = o.Set(name, fn) }
	set("setup", func(c goja.FunctionCall) goja.Value {
		s.onTimer, s.onImm = c.Argument(0), c.Argument(1)
		return goja.Undefined()
	})
	// now(): process.hrtime's clock in whole milliseconds (a timer's
	// _idleStart), without hrtime's array.
	set("now", func(goja.FunctionCall) goja.Value {
		return vm.ToValue(int64(runtime.HRTime() / time.Millisecond))
	})
	// start(obj, ms): (re)arm obj's timer; returns its id.
	set("start", func(c goja.FunctionCall) goja.Value {
		obj := c.Argument(0).ToObject(vm)
		ms := c.Argument(1).ToFloat()
		id := c.Argument(2).ToInteger()
		t := s.timers[id]
		if t == nil {
			s.nextID++
			id = s.nextID
			t = r.Loop.NewTimer(func() {
				if !t.Active() {
					r.Call(s.onTimer, goja.Undefined(), obj)
				}
			})
			s.timers[id] = t
		}
		t.Start(time.Duration(ms * float64(time.Millisecond)))
		return vm.ToValue(id)
	})
	set("stop", func(c goja.FunctionCall) goja.Value {
		id := c.Argument(0).ToInteger()
		if t := s.timers[id]; t != nil {
			t.Stop()
			delete(s.timers, id)
		}
		return goja.Undefined()
	})
	set("ref", func(c goja.FunctionCall) goja.Value {
		if t := s.timers[c.Argument(0).ToInteger()]; t != nil {
			if c.Argument(1).ToBoolean() {
				t.Ref()
			} else {
				t.Unref()
			}
		}
		return goja.Undefined()
	})
	set("immediate", func(c goja.FunctionCall) goja.Value {
		obj := c.Argument(0).ToObject(vm)
		s.nextID++
		id := s.nextID
		s.immediates[id] = r.Loop.NewImmediate(func() {
			delete(s.immediates, id)
			r.Call(s.onImm, goja.Undefined(), obj)
		})
		return vm.ToValue(id)
	})
	set("clearImmediate", func(c goja.FunctionCall) goja.Value {
		id := c.Argument(0).ToInteger()
		if im := s.immediates[id]; im != nil {
			im.Cancel()
			delete(s.immediates, id)
		}
		return goja.Undefined()
	})
	set("refImmediate", func(c goja.FunctionCall) goja.Value {
		if im := s.immediates[c.Argument(0).ToInteger()]; im != nil {
			if c.Argument(1).ToBoolean() {
				im.Ref()
			} else {
				im.Unref()
			}
		}
		return goja.Undefined()
	})
}
