// Package runtime is handshake's engine: one goja runtime, the event loop
// that owns it, the builtin module registry, and the process-level plumbing
// (nextTick, uncaught exceptions, exit codes) that makes a script behave as
// it does under Node.
//
// Only the loop goroutine touches the goja runtime. Bindings run their I/O in
// goroutines and come back with Loop.Post or a Reserve'd callback.
package runtime

import (
	_ "embed"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/dop251/goja"
)

// NodeVersion is the Node.js release whose API and output handshake follows.
const NodeVersion = "v20.20.2"

// Version is handshake's own version.
const Version = "0.1.0"

//go:embed js/bootstrap.js
var bootstrapSource string

//go:embed js/loader.js
var loaderSource string

//go:embed js/execution.js
var executionSource string

//go:embed js/esm.js
var esmSource string

// Options configure a Runtime.
type Options struct {
	// Modules are the core modules scripts can require (see bindings/all).
	Modules []Module
	// Argv is process.argv: the executable, then the absolute script path
	// (when there is one), then the script's arguments.
	Argv []string
	// ExecArgv is process.execArgv (options given to handshake itself).
	ExecArgv []string
	// Env is the environment as "k=v" strings; nil means os.Environ().
	Env []string
	// Stdout and Stderr receive process.stdout/stderr; nil means os's.
	Stdout, Stderr io.Writer
	// Stdin feeds process.stdin; nil means os.Stdin.
	Stdin io.Reader
}

// Runtime is one JavaScript world with its event loop.
type Runtime struct {
	// VM is the goja runtime. Loop goroutine only.
	VM *goja.Runtime
	// Loop is the event loop that owns VM.
	Loop *Loop

	opts     Options
	reg      *registry
	sources  map[string]sourceInfo
	tickInfo []byte

	rejections []rejection

	runCallback goja.Callable
	// argsToken stands for callArgs in the args position of runCallback:
	// Call hands its arguments to opInvoke through callArgs instead of a
	// JavaScript array (an array, its []any and the per-index reads back
	// were ~10 allocations per macrotask).
	argsToken   *goja.Object
	callArgs    []goja.Value
	processTick goja.Callable
	fatal       goja.Callable
	beforeExit  goja.Callable
	emitExit    goja.Callable
	require     goja.Callable
	process     *goja.Object

	exiting  bool
	exitCode int
}

type rejection struct {
	promise *goja.Promise
	op      goja.PromiseRejectionOperation
}

// sourceInfo is what the uncaught-exception printer needs of a script.
type sourceInfo struct {
	text      string
	colOffset int // columns the wrapper adds to line 1
}

// exitSignal is the interrupt value process.exit uses to unwind JavaScript.
type exitSignal struct{ code int }

// New builds a runtime: registry, bootstrap, process object and globals.
func New(opts Options) (*Runtime, error) {
	tuneGC()
	if opts.Stdout == nil {
		opts.Stdout = os.Stdout
	}
	if opts.Stderr == nil {
		opts.Stderr = os.Stderr
	}
	if opts.Stdin == nil {
		opts.Stdin = os.Stdin
	}
	if opts.Env == nil {
		opts.Env = os.Environ()
	}
	mods := append([]Module{
		{Name: "internal/bootstrap"},
		{Name: "internal/modules", Binding: modulesBinding},
		{Name: "internal/modules/cjs/loader", Source: loaderSource},
		{Name: "internal/modules/esm", Source: esmSource, Binding: esmBinding},
		{Name: "internal/modules/esm/ns", Source: esmNamespaceSource},
		{Name: "process", Source: "module.exports = process;"},
		{Name: "module", Source: "module.exports = require('internal/modules/cjs/loader');"},
		{Name: "internal/process", Binding: processBinding},
		{Name: "internal/process/execution", Source: executionSource},
	}, opts.Modules...)
	reg, err := newRegistry(mods)
	if err != nil {
		return nil, err
	}
	r := &Runtime{
		VM:       goja.New(),
		Loop:     NewLoop(),
		opts:     opts,
		reg:      reg,
		sources:  map[string]sourceInfo{},
		tickInfo: make([]byte, 2),
	}
	r.VM.SetFieldNameMapper(goja.UncapFieldNameMapper())
	r.VM.SetPromiseRejectionTracker(func(p *goja.Promise, op goja.PromiseRejectionOperation) {
		r.rejections = append(r.rejections, rejection{p, op})
		r.tickInfo[1] = 1
	})
	if err := r.bootstrap(); err != nil {
		return nil, err
	}
	return r, nil
}

func (r *Runtime) bootstrap() error {
	prg, err := compileCached("bootstrap", "node:internal/bootstrap", bootstrapSource)
	if err != nil {
		return fmt.Errorf("compiling bootstrap: %w", err)
	}
	fnv, err := r.VM.RunProgram(prg)
	if err != nil {
		return fmt.Errorf("running bootstrap: %w", err)
	}
	fn, _ := goja.AssertFunction(fnv)
	b := r.VM.NewObject()
	r.reg.bindings["internal/bootstrap"] = b
	r.bootstrapBinding(b)
	res, err := fn(goja.Undefined(), b)
	if err != nil {
		return fmt.Errorf("bootstrap: %w", err)
	}
	o := res.ToObject(r.VM)
	get := func(name string) goja.Callable {
		f, ok := goja.AssertFunction(o.Get(name))
		if !ok {
			panic("bootstrap did not return " + name)
		}
		return f
	}
	r.runCallback = get("runCallback")
	r.processTick = get("processTicksAndRejections")
	r.fatal = get("fatalException")
	r.beforeExit = get("emitBeforeExit")
	r.emitExit = get("emitExit")
	r.require = get("requireBuiltin")
	r.process = o.Get("process").ToObject(r.VM)
	return nil
}

// Require loads a core module by name from Go (loop goroutine only).
func (r *Runtime) Require(name string) (goja.Value, error) {
	return r.require(goja.Undefined(), r.VM.ToValue(name))
}

// Call runs fn as a macrotask: the call itself, then nextTick callbacks and
// promise jobs in Node's order, with uncaught exceptions reported the way
// Node reports them. Loop goroutine only, and never from inside JavaScript.
func (r *Runtime) Call(fn goja.Value, this goja.Value, args ...goja.Value) {
	if r.exiting {
		return
	}
	if this == nil {
		this = goja.Undefined()
	}
	if r.argsToken == nil {
		r.argsToken = r.VM.NewObject()
	}
	// Call never runs inside JavaScript, so no other call's arguments wait
	// in callArgs; opInvoke takes them before running fn
	r.callArgs = args
	_, err := r.runCallback(goja.Undefined(), fn, this, r.argsToken)
	r.callArgs = nil
	r.settle(err)
}

// CallMethod is Call with fn looked up as obj[name]; missing methods are
// ignored.
func (r *Runtime) CallMethod(obj *goja.Object, name string, args ...goja.Value) {
	fn := obj.Get(name)
	if fn == nil || goja.IsUndefined(fn) {
		return
	}
	r.Call(fn, obj, args...)
}

// settle finishes a macrotask: it handles what escaped, then drains ticks
// and rejections until both queues are empty (promise jobs run as each
// outermost call returns).
func (r *Runtime) settle(err error) {
	for {
		if err != nil {
			r.escaped(err)
		}
		if r.exiting || (r.tickInfo[0] == 0 && r.tickInfo[1] == 0) {
			return
		}
		_, err = r.processTick(goja.Undefined())
	}
}

// escaped handles an error that left the outermost JavaScript call: an
// exit interrupt, or an exception thrown outside invoke's protection.
func (r *Runtime) escaped(err error) {
	var intr *goja.InterruptedError
	if errors.As(err, &intr) {
		if sig, ok := intr.Value().(exitSignal); ok {
			r.exiting = true
			r.exitCode = sig.code
			r.Loop.Stop()
			return
		}
	}
	var ex *goja.Exception
	if errors.As(err, &ex) {
		r.handleException(ex)
		return
	}
	fmt.Fprintf(r.opts.Stderr, "handshake: internal error: %v\n", err)
	r.exitNow(70)
}

// handleException reports an uncaught exception through process's
// fatalException (which runs 'uncaughtException' listeners or prints and
// exits).
func (r *Runtime) handleException(ex *goja.Exception) {
	header := r.throwHeader(ex)
	_, err := r.fatal(goja.Undefined(), ex.Value(), r.VM.ToValue(header))
	if err != nil {
		var intr *goja.InterruptedError
		if errors.As(err, &intr) {
			r.escaped(err)
			return
		}
		fmt.Fprintf(r.opts.Stderr, "%s\n%v\n\nNode.js %s\n", header, ex.Value(), NodeVersion)
		r.exitNow(7)
	}
}

// exitNow ends the process's JavaScript with code: the loop stops and any
// running JavaScript unwinds.
func (r *Runtime) exitNow(code int) {
	r.exiting = true
	r.exitCode = code
	r.Loop.Stop()
	r.VM.Interrupt(exitSignal{code})
}

// RunMain runs a script file as the main module (after preloading the
// -r modules) and then the event loop; it returns the process exit code.
func (r *Runtime) RunMain(script string, preload []string) int {
	abs, err := filepath.Abs(script)
	if err != nil {
		abs = script
	}
	return r.runEntry("runMain", r.VM.ToValue(abs), goja.Undefined(), preload)
}

// RunEval runs code as `node -e` (print=false) or `node -p` (print=true).
func (r *Runtime) RunEval(code string, print bool, preload []string) int {
	return r.runEntry("evalScript", r.VM.ToValue(code), r.VM.ToValue(print), preload)
}

// RunStdin runs the script read from standard input, as `node -` does.
func (r *Runtime) RunStdin(preload []string) int {
	src, err := io.ReadAll(r.opts.Stdin)
	if err != nil {
		fmt.Fprintf(r.opts.Stderr, "handshake: reading stdin: %v\n", err)
		return 1
	}
	return r.runEntry("evalStdin", r.VM.ToValue(string(src)), goja.Undefined(), preload)
}

func (r *Runtime) runEntry(fn string, a, b goja.Value, preload []string) int {
	ex, err := r.Require("internal/process/execution")
	if err != nil {
		fmt.Fprintf(r.opts.Stderr, "handshake: %v\n", err)
		return 70
	}
	pre := make([]any, len(preload))
	for i, p := range preload {
		pre[i] = p
	}
	exo := ex.ToObject(r.VM)
	r.Call(exo.Get("run"), exo, r.VM.ToValue(fn), r.VM.NewArray(pre...), a, b)
	return r.finish()
}

// finish runs the loop to the end, with Node's 'beforeExit' and 'exit'.
func (r *Runtime) finish() int {
	for !r.exiting {
		r.Loop.Run()
		if r.exiting {
			break
		}
		_, err := r.beforeExit(goja.Undefined())
		r.settle(err)
		if r.exiting || (!r.Loop.Alive() && !r.Loop.hasPosted()) {
			break
		}
	}
	if !r.exiting {
		v, err := r.emitExit(goja.Undefined())
		if err != nil {
			r.settle(err)
		} else {
			r.exitCode = int(v.ToInteger())
		}
		r.exiting = true
	}
	r.Loop.Close()
	return r.exitCode
}

// Exiting reports whether the process is on its way out (process.exit or a
// fatal error); bindings stop posting work then.
func (r *Runtime) Exiting() bool { return r.exiting }

// Stdout is where process.stdout writes.
func (r *Runtime) Stdout() io.Writer { return r.opts.Stdout }

// Stderr is where process.stderr writes.
func (r *Runtime) Stderr() io.Writer { return r.opts.Stderr }

// Stdin is what process.stdin reads.
func (r *Runtime) Stdin() io.Reader { return r.opts.Stdin }
