package runtime_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dop251/goja"

	"handshake/bindings/all"
	"handshake/runtime"
)

// A Go fault inside an op reaches the script as a catchable Error with
// Node's ERR_INTERNAL_ASSERTION code (not a Go crash) whose stack shows the
// script's call, and ops that throw on purpose are left alone; uncaught, it
// is printed as a fatal error with exit code 1.
func TestGoFaultInOpBecomesJSError(t *testing.T) {
	boom := runtime.Module{
		Name:   "boom",
		Source: "module.exports = internalBinding('boom');",
		Binding: func(r *runtime.Runtime, o *goja.Object) {
			_ = o.Set("index", func(c goja.FunctionCall) goja.Value {
				var a []int
				return r.VM.ToValue(a[c.Argument(0).ToInteger()])
			})
			_ = o.Set("throws", func(goja.FunctionCall) goja.Value {
				r.ThrowError("TypeError", "ERR_INVALID_ARG_TYPE", "on purpose")
				return nil
			})
		},
	}
	run := func(script string) (string, int) {
		path := filepath.Join(t.TempDir(), "s.js")
		if err := os.WriteFile(path, []byte(script), 0o644); err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		rt, err := runtime.New(runtime.Options{Modules: append(all.Modules(), boom), Argv: []string{"handshake", path}, Stdout: &out, Stderr: &out})
		if err != nil {
			t.Fatal(err)
		}
		code := rt.RunMain(path, nil)
		return out.String(), code
	}
	out, code := run(`const b = require('boom');
try { b.index(3); } catch (e) { console.log(e instanceof Error, e.code, e.message.split('\n')[0]); console.log(/s\.js:2:/.test(e.stack)); }
try { b.throws(); } catch (e) { console.log(e.name, e.code, e.message); }
console.log('still running');
`)
	want := "true ERR_INTERNAL_ASSERTION handshake internal error: runtime error: index out of range [3] with length 0\ntrue\nTypeError ERR_INVALID_ARG_TYPE on purpose\nstill running\n"
	if code != 0 || out != want {
		t.Fatalf("exit %d, output:\n%s\nwant:\n%s", code, out, want)
	}
	out, code = run(`require('boom').index(1);`)
	if code != 1 || !strings.Contains(out, "ERR_INTERNAL_ASSERTION") || strings.Contains(out, "goroutine ") {
		t.Fatalf("uncaught fault: exit %d, output:\n%s", code, out)
	}
}
