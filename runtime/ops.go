package runtime

import (
	"errors"
	"io"

	"github.com/dop251/goja"
)

// bootstrapBinding fills the ops the bootstrap script uses.
func (r *Runtime) bootstrapBinding(b *goja.Object) {
	vm := r.VM
	set := func(name string, fn func(goja.FunctionCall) goja.Value) { _ = b.Set(name, fn) }
	_ = b.Set("tickInfo", vm.NewArrayBuffer(r.tickInfo))
	set("invoke", r.opInvoke)
	set("loadBuiltin", func(c goja.FunctionCall) goja.Value { return r.loadBuiltin(c.Argument(0).String()) })
	set("moduleBinding", func(c goja.FunctionCall) goja.Value { return r.moduleBinding(c.Argument(0).String()) })
	set("globals", func(goja.FunctionCall) goja.Value { return vm.NewArray(r.reg.globals()...) })
	set("takeRejections", func(goja.FunctionCall) goja.Value {
		out := make([]any, 0, 3*len(r.rejections))
		for _, rj := range r.rejections {
			op := 0
			if rj.op == goja.PromiseRejectionHandle {
				op = 1
			}
			out = append(out, rj.promise, rj.promise.Result(), op)
		}
		r.rejections = r.rejections[:0]
		return vm.NewArray(out...)
	})
	set("errorSource", func(c goja.FunctionCall) goja.Value { return vm.ToValue(r.errorSourceHeader(c.Argument(0))) })
	set("v8Stack", func(c goja.FunctionCall) goja.Value { return vm.ToValue(r.V8Stack(c.Argument(0).String())) })
	set("writeSync", func(c goja.FunctionCall) goja.Value {
		var w io.Writer = r.opts.Stdout
		if c.Argument(0).ToInteger() == 2 {
			w = r.opts.Stderr
		}
		_, _ = w.Write(BytesOf(vm, c.Argument(1)))
		return goja.Undefined()
	})
	set("reallyExit", func(c goja.FunctionCall) goja.Value {
		r.exitNow(int(c.Argument(0).ToInteger()))
		return goja.Undefined()
	})
	set("initProcess", func(c goja.FunctionCall) goja.Value {
		r.initProcess(c.Argument(0).ToObject(vm))
		return goja.Undefined()
	})
}

// opInvoke calls fn(this, ...args) and catches what it throws so the throw
// site is known: an exception goes to fatalException (Node's uncaught
// exception path) and invoke returns undefined; an exit interrupt is
// re-raised so it keeps unwinding.
func (r *Runtime) opInvoke(c goja.FunctionCall) goja.Value {
	fn, ok := goja.AssertFunction(c.Argument(0))
	if !ok {
		r.ThrowError("TypeError", "ERR_INVALID_ARG_TYPE", "callback is not a function")
	}
	var args []goja.Value
	if a, ok := c.Argument(2).(*goja.Object); ok && a == r.argsToken {
		args = r.callArgs
		r.callArgs = nil
	} else if ok {
		n := int(a.Get("length").ToInteger())
		args = make([]goja.Value, n)
		for i := 0; i < n; i++ {
			args[i] = a.Get(itoa(i))
		}
	}
	v, err := fn(c.Argument(1), args...)
	if err != nil {
		var intr *goja.InterruptedError
		if errors.As(err, &intr) {
			r.VM.Interrupt(intr.Value())
			return goja.Undefined()
		}
		var ex *goja.Exception
		if errors.As(err, &ex) {
			r.handleException(ex)
			if r.exiting {
				r.VM.Interrupt(exitSignal{r.exitCode})
			}
			return goja.Undefined()
		}
		panic(r.VM.NewGoError(err))
	}
	return v
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	var b [20]byte
	n := len(b)
	for i > 0 {
		n--
		b[n] = byte('0' + i%10)
		i /= 10
	}
	return string(b[n:])
}

// BytesOf returns the bytes of a string, ArrayBuffer, typed array or
// DataView value (strings as UTF-8). The slice aliases JavaScript memory for
// buffers: copy it before handing it to another goroutine.
func BytesOf(vm *goja.Runtime, v goja.Value) []byte {
	if s, ok := v.Export().(string); ok {
		return []byte(s)
	}
	if b, ok := ViewBytes(v); ok {
		return b
	}
	return []byte(v.String())
}

// ViewBytes returns the bytes an ArrayBuffer, typed array or DataView value
// views (aliasing JavaScript memory); ok is false for other values.
func ViewBytes(v goja.Value) ([]byte, bool) {
	switch x := v.Export().(type) {
	case []byte:
		return x, true
	case goja.ArrayBuffer:
		return x.Bytes(), true
	}
	if o, ok := v.(*goja.Object); ok {
		if ab, ok := o.Get("buffer").Export().(goja.ArrayBuffer); ok {
			off := int(o.Get("byteOffset").ToInteger())
			n := int(o.Get("byteLength").ToInteger())
			return ab.Bytes()[off : off+n], true
		}
	}
	return nil, false
}
