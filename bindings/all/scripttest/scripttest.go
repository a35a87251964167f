// Package scripttest runs JavaScript with every binding loaded, for the
// bindings' Go tests that hold a script's output to what node v20 prints.
package scripttest

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/dop251/goja"

	"handshake/bindings/all"
	"handshake/runtime"
)

// Run runs script as a main module (from a file in a temporary directory)
// and returns what it wrote to stdout and stderr, interleaved. A script
// that exits with a non-zero code fails the test.
func Run(t testing.TB, script string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "script.js")
	if err := os.WriteFile(path, []byte(script), 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	rt, err := runtime.New(runtime.Options{Modules: all.Modules(), Argv: []string{"handshake", path}, Stdout: &out, Stderr: &out})
	if err != nil {
		t.Fatal(err)
	}
	if code := rt.RunMain(path, nil); code != 0 {
		t.Fatalf("exit %d: %s", code, out.String())
	}
	return out.String()
}

// Expect runs script and fails the test unless its output is want (node
// v20's output for the same script).
func Expect(t testing.TB, script, want string) {
	t.Helper()
	if got := Run(t, script); got != want {
		t.Errorf("output:\n%s\nwant (node v20):\n%s", got, want)
	}
}

// BenchCall times b.N calls of fn through r.Call (each one macrotask, its
// nextTicks drained), after one untimed call (lazy modules load, streams
// start flowing), and reports allocations and the process's CPU time per
// call (the collector's included: steadier than wall time on a shared
// machine). With JSPROF=file it also writes goja's JavaScript profile.
func BenchCall(b *testing.B, r *runtime.Runtime, fn goja.Value) {
	b.Helper()
	r.Call(fn, goja.Undefined())
	if p := os.Getenv("JSPROF"); p != "" {
		f, err := os.Create(p)
		if err != nil {
			b.Fatal(err)
		}
		defer f.Close()
		if err := goja.StartProfile(f); err != nil {
			b.Fatal(err)
		}
		defer goja.StopProfile()
	}
	b.ReportAllocs()
	b.ResetTimer()
	start := runtime.ProcessCPUTime()
	for i := 0; i < b.N; i++ {
		r.Call(fn, goja.Undefined())
	}
	b.ReportMetric(float64(runtime.ProcessCPUTime()-start)/float64(b.N), "cpu-ns/op")
}
