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

// state is one runtime's timers: loop timers by the Timeout's async id,
// spare entries for reuse, and the JS functions that run an expired timer
// or immediate.
type state struct {
	r          *runtime.Runtime
	nextID     int64
	timers     map[int64]*entry
	free       []*entry
	fire       func(any)
	immediates map[int64]*runtime.Immediate
	onTimer    goja.Value
	onImm      goja.Value
}

// entry is an armed Timeout: its loop timer (calling state.fire with the
// entry, so no closure is made per timer) and the JS object to run.
// Entries are reused once their timer fired or was stopped.
type entry struct {
	id  int64
	obj *goja.Object
	t   *runtime.Timer
}

// maxFree bounds the spare entries kept after a burst of timers.
const maxFree = 1024

func (s *state) get(id int64, obj *goja.Object) *entry {
	var e *entry
	if n := len(s.free); n > 0 {
		e = s.free[n-1]
		s.free[n-1] = nil
		s.free = s.free[:n-1]
		e.t.Reset(s.fire, e)
	} else {
		e = &entry{}
		e.t = s.r.Loop.NewTimerArg(s.fire, e)
	}
	e.id, e.obj = id, obj
	s.timers[id] = e
	return e
}

func (s *state) release(e *entry) {
	delete(s.timers, e.id)
	e.obj = nil
	if len(s.free) < maxFree {
		s.free = append(s.free, e)
	}
}

// sinceStart is a timer's _idleStart: whole milliseconds since the process
// started, as Node's libuv loop time counts from the loop's start.
func sinceStart() int64 {
	return int64((runtime.Uptime()) / time.Millisecond)
}

// binding fills the ops timers.js uses. Timeouts are keyed by their async
// id, a plain number, so JS objects never hold Go pointers.
func binding(r *runtime.Runtime, o *goja.Object) {
	s := &state{r: r, timers: map[int64]*entry{}, immediates: map[int64]*runtime.Immediate{}}
	s.fire = func(arg any) {
		// A fired timer is done with; a repeating one is armed again by
		// processTimer through start.
		e := arg.(*entry)
		obj := e.obj
		s.release(e)
		r.Call(s.onTimer, goja.Undefined(), obj)
	}
	vm := r.VM
	set := func(name string, fn func(goja.FunctionCall) goja.Value) { _ = o.Set(name, fn) }
	set("setup", func(c goja.FunctionCall) goja.Value {
		s.onTimer, s.onImm = c.Argument(0), c.Argument(1)
		return goja.Undefined()
	})
	// now(): a timer's _idleStart clock.
	set("now", func(goja.FunctionCall) goja.Value {
		return vm.ToValue(sinceStart())
	})
	// start(obj, ms, id, refed): (re)arm the Timeout obj whose async id
	// is id, ref'd or not; returns its _idleStart.
	set("start", func(c goja.FunctionCall) goja.Value {
		id := c.Argument(2).ToInteger()
		e := s.timers[id]
		if e == nil {
			obj, ok := c.Argument(0).(*goja.Object)
			if !ok {
				return goja.Undefined()
			}
			e = s.get(id, obj)
		}
		if c.Argument(3).ToBoolean() {
			e.t.Ref()
		} else {
			e.t.Unref()
		}
		e.t.Start(time.Duration(c.Argument(1).ToFloat() * float64(time.Millisecond)))
		return vm.ToValue(sinceStart())
	})
	set("stop", func(c goja.FunctionCall) goja.Value {
		if e := s.timers[c.Argument(0).ToInteger()]; e != nil {
			e.t.Stop()
			s.release(e)
		}
		return goja.Undefined()
	})
	// active(id): whether the Timeout is armed (for its util.inspect).
	set("active", func(c goja.FunctionCall) goja.Value {
		e := s.timers[c.Argument(0).ToInteger()]
		return vm.ToValue(e != nil && e.t.Active())
	})
	set("ref", func(c goja.FunctionCall) goja.Value {
		if e := s.timers[c.Argument(0).ToInteger()]; e != nil {
			if c.Argument(1).ToBoolean() {
				e.t.Ref()
			} else {
				e.t.Unref()
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
