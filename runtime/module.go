package runtime

import (
	"fmt"
	goruntime "runtime"
	"sort"
	"strings"
	"sync"

	"github.com/dop251/goja"
)

// Module is a core module: embedded JavaScript (Node's lib/ part) plus an
// optional set of Go ops (Node's C++ binding part). The source is a
// CommonJS body run as
//
//	function (exports, require, module, process, internalBinding) { … }
//
// where require loads other core modules (including "internal/…" ones, which
// user code cannot reach) and internalBinding(name) returns the ops object
// Binding filled for the module called name.
type Module struct {
	// Name is what require() takes, without "node:"; names starting with
	// "internal/" are private to core modules.
	Name string
	// Source is the module's JavaScript; empty for a binding-only module.
	Source string
	// Binding fills the ops object internalBinding(Name) returns. It runs
	// once per runtime, on the loop goroutine, the first time it is asked for.
	Binding func(r *Runtime, ops *goja.Object)
	// Globals are installed lazily on globalThis: reading one loads the module.
	Globals []Global
}

// Global names a global variable that is the module's exports (Property
// empty) or one property of them. Enumerable globals show up in
// Object.keys(globalThis), as Node's structuredClone, atob or crypto do.
type Global struct {
	Name       string
	Property   string
	Enumerable bool
}

// programs caches compiled core-module programs for the whole process:
// goja Programs are immutable and shareable between runtimes, so each
// module's JavaScript is parsed and compiled once.
var programs sync.Map // name -> *compiled

type compiled struct {
	once sync.Once
	prg  *goja.Program
	err  error
}

func compileCached(key, filename, src string) (*goja.Program, error) {
	v, _ := programs.LoadOrStore(key, &compiled{})
	c := v.(*compiled)
	c.once.Do(func() {
		c.prg, c.err = goja.Compile(filename, src, true)
	})
	return c.prg, c.err
}

const builtinWrapperHead = "(function (exports, require, module, process, internalBinding) { "
const builtinWrapperTail = "\n})"

// registry holds the modules a runtime knows, by name.
type registry struct {
	mods     map[string]*Module
	bindings map[string]*goja.Object
}

func newRegistry(mods []Module) (*registry, error) {
	reg := &registry{mods: map[string]*Module{}, bindings: map[string]*goja.Object{}}
	for i := range mods {
		m := &mods[i]
		if _, dup := reg.mods[m.Name]; dup {
			return nil, fmt.Errorf("module %q registered twice", m.Name)
		}
		reg.mods[m.Name] = m
	}
	return reg, nil
}

func (reg *registry) ids() []string {
	ids := make([]string, 0, len(reg.mods))
	for name, m := range reg.mods {
		if m.Source != "" {
			ids = append(ids, name)
		}
	}
	sort.Strings(ids)
	return ids
}

// loadBuiltin returns the module's wrapper function, compiling it (once per
// process) on first use.
func (r *Runtime) loadBuiltin(name string) goja.Value {
	m := r.reg.mods[name]
	if m == nil || m.Source == "" {
		return goja.Undefined()
	}
	prg, err := compileCached("builtin:"+name, "node:"+name, builtinWrapperHead+m.Source+builtinWrapperTail)
	if err != nil {
		panic(r.VM.NewGoError(fmt.Errorf("compiling builtin %s: %w", name, err)))
	}
	v, err := r.VM.RunProgram(prg)
	if err != nil {
		panic(r.VM.NewGoError(fmt.Errorf("loading builtin %s: %w", name, err)))
	}
	return v
}

// moduleBinding returns (building once) the ops object of a module.
func (r *Runtime) moduleBinding(name string) goja.Value {
	if b, ok := r.reg.bindings[name]; ok {
		return b
	}
	m := r.reg.mods[name]
	if m == nil || m.Binding == nil {
		return goja.Undefined()
	}
	o := r.VM.NewObject()
	r.reg.bindings[name] = o
	m.Binding(r, o)
	r.guardOps(o)
	return o
}

// guardOps wraps each Go op of a binding object so that a Go runtime fault
// inside it (index out of range, nil dereference, failed type assertion)
// becomes a JavaScript Error with Node's ERR_INTERNAL_ASSERTION code, which
// the script can catch or which the fatal printer reports, instead of a Go
// panic that kills the process with a Go trace. JavaScript exceptions the
// op throws on purpose pass through untouched. The op keeps its name (it
// shows in stack frames).
func (r *Runtime) guardOps(o *goja.Object) {
	for _, k := range o.Keys() {
		v := o.Get(k)
		fobj, ok := v.(*goja.Object)
		if !ok {
			continue
		}
		fn, ok := fobj.Export().(func(goja.FunctionCall) goja.Value)
		if !ok {
			continue
		}
		g := r.VM.ToValue(r.guardOp(fn)).(*goja.Object)
		_ = g.DefineDataProperty("name", fobj.Get("name"), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
		_ = o.Set(k, g)
	}
}

func (r *Runtime) guardOp(fn func(goja.FunctionCall) goja.Value) func(goja.FunctionCall) goja.Value {
	return func(c goja.FunctionCall) goja.Value {
		defer func() {
			if x := recover(); x != nil {
				if err, ok := x.(goruntime.Error); ok {
					panic(r.NewError("Error", "ERR_INTERNAL_ASSERTION", "handshake internal error: "+err.Error()+
						"\nThis is a bug in handshake. Please report it with this stack trace."))
				}
				panic(x)
			}
		}()
		return fn(c)
	}
}

func (reg *registry) globals() []any {
	var out []any
	names := make([]string, 0, len(reg.mods))
	for name := range reg.mods {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		for _, g := range reg.mods[name].Globals {
			out = append(out, g.Name, name, g.Property, g.Enumerable)
		}
	}
	return out
}

func isInternal(name string) bool { return strings.HasPrefix(name, "internal/") }
