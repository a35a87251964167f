package buffer

import (
	goruntime "runtime"

	"github.com/dop251/goja"
)

// Guard wraps an op so a Go runtime fault (index out of range, failed type
// assertion, nil dereference) becomes a JavaScript Error instead of
// crashing the process. Panics carrying JavaScript values pass through.
func Guard(vm *goja.Runtime, fn func(goja.FunctionCall) goja.Value) func(goja.FunctionCall) goja.Value {
	return func(c goja.FunctionCall) goja.Value {
		defer func() {
			if r := recover(); r != nil {
				if err, ok := r.(goruntime.Error); ok {
					panic(vm.NewGoError(err))
				}
				panic(r)
			}
		}()
		return fn(c)
	}
}
