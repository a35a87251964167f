package fs

import (
	"github.com/dop251/goja"

	"handshake/runtime"
)

// result turns an operation's Go result into the JavaScript value its
// callback receives; it runs on the loop. A nil result means the operation
// has no value (callbacks get only the error argument).
type result func(vm *goja.Runtime) goja.Value

// work is an operation's I/O part: plain Go, safe to run in a goroutine.
type work func() (result, error)

// prepFunc reads an operation's JavaScript arguments (on the loop) and
// returns its I/O part. async tells whether the work will run off the
// loop, so it must not alias JavaScript memory.
type prepFunc func(c goja.FunctionCall, async bool) work

// binding fills internalBinding('fs'). Every operation takes its
// arguments, then req: undefined runs it synchronously (the result is
// returned, a failure thrown as Node's error), a function runs the I/O in
// a goroutine and calls req(err) or req(null, value) on the loop, in the
// poll phase, as libuv's completions do.
func binding(r *runtime.Runtime, o *goja.Object) {
	vm := r.VM
	for name, d := range ops() {
		name, d := name, d
		_ = o.Set(name, func(c goja.FunctionCall) goja.Value {
			req := c.Argument(d.nargs)
			fn, async := goja.AssertFunction(req)
			w := d.prep(c, async)
			if !async {
				res, err := w()
				if err != nil {
					panic(toJS(r, err, true))
				}
				if res == nil {
					return goja.Undefined()
				}
				return res(vm)
			}
			done := r.Loop.Reserve()
			go func() {
				res, err := w()
				done(func() {
					if err != nil {
						r.Call(req, goja.Undefined(), toJS(r, err, false))
						return
					}
					if res == nil {
						r.Call(req, goja.Undefined(), goja.Null())
						return
					}
					v := res(vm)
					r.Call(req, goja.Undefined(), goja.Null(), v)
				})
			}()
			_ = fn
			return goja.Undefined()
		})
	}
	_ = o.Set("kUsePromises", vm.NewObject())
	watchBinding(r, o)
}

// opDef is one binding operation: how many arguments precede req, and how
// to prepare its work.
type opDef struct {
	nargs int
	prep  prepFunc
}
