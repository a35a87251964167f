package util_test

import (
	"testing"

	"handshake/bindings/errors"
	"handshake/bindings/events"
	"handshake/bindings/util"
	"handshake/runtime"
)

func newRuntime(t *testing.T) *runtime.Runtime {
	t.Helper()
	var mods []runtime.Module
	for _, g := range [][]runtime.Module{errors.Modules, util.Modules, events.Modules} {
		mods = append(mods, g...)
	}
	// A stand-in for internal/stdio, which the bootstrap installs.
	mods = append(mods, runtime.Module{Name: "internal/stdio", Source: "exports.install = function () {};"})
	r, err := runtime.New(runtime.Options{Modules: mods, Argv: []string{"handshake"}})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestCaptureStackTrace(t *testing.T) {
	r := newRuntime(t)
	st, err := r.Require("internal/util/stack")
	if err != nil {
		t.Fatal(err)
	}
	if err := r.VM.Set("stackModule", st); err != nil {
		t.Fatal(err)
	}
	v, err := r.VM.RunString(`
		const capture = stackModule.captureStackTrace;
		const out = [];
		const o = {};
		capture(o);
		out.push(o.stack.split('\n')[0], Object.keys(o).length, typeof o.stack);
		class MyErr extends Error {
			constructor(m) { super(m); this.name = 'MyErr'; capture(this, MyErr); }
		}
		const e = new MyErr('boom');
		out.push(e.stack.split('\n')[0], e.stack.includes('\tat '));
		function named() { const x = { message: 'm' }; capture(x, named); return x; }
		out.push(named().stack.split('\n')[0]);
		try { capture(1); } catch (err) { out.push(err.name); }
		out.join('|');
	`)
	if err != nil {
		t.Fatal(err)
	}
	want := "Error|0|string|MyErr: boom|false|Error: m|TypeError"
	if got := v.String(); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

func TestPreviewAndKinds(t *testing.T) {
	r := newRuntime(t)
	u, err := r.Require("util")
	if err != nil {
		t.Fatal(err)
	}
	if err := r.VM.Set("util", u); err != nil {
		t.Fatal(err)
	}
	v, err := r.VM.RunString(`
		const m = new Map([[1, 'a'], [2, 'b'], [3, 'c']]);
		const it = m.values();
		it.next();
		m.delete(2);
		const s = new Set([1, 2]);
		const si = s.entries();
		[util.inspect(it), util.inspect(si), util.inspect(m.keys()),
		 util.types.isPromise(Promise.resolve()), util.types.isProxy(new Proxy({}, {})),
		 util.types.isGeneratorFunction(function* () {}), util.types.isAsyncFunction(async () => {}),
		 util.types.isNativeError(new TypeError()), util.inspect(Promise.reject(1).catch(() => {}) && 0)].join('|');
	`)
	if err != nil {
		t.Fatal(err)
	}
	want := "[Map Iterator] { 'c' }|[Set Entries] { [ 1, 1 ], [ 2, 2 ] }|[Map Iterator] { 1, 3 }|true|true|true|true|true|0"
	if got := v.String(); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}
