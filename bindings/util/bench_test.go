package util_test

import (
	"os"
	"testing"

	"github.com/dop251/goja"
)

// BenchmarkInspect measures util.inspect on small objects and on a long
// array of numbers; with JSPROF=file it also writes a goja (JavaScript-level)
// CPU profile.
func BenchmarkInspect(b *testing.B) {
	r := newRuntime(&testing.T{})
	u, err := r.Require("util")
	if err != nil {
		b.Fatal(err)
	}
	_ = r.VM.Set("util", u)
	v, err := r.VM.RunString(`(function () {
		for (let i = 0; i < 100; i++) util.inspect({ a: i, b: [1, 2], c: 'str', d: { e: null } });
		util.inspect(Array.from({ length: 2000 }, (_, i) => i * 3), { maxArrayLength: null });
	})`)
	if err != nil {
		b.Fatal(err)
	}
	fn, _ := goja.AssertFunction(v)
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
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := fn(goja.Undefined()); err != nil {
			b.Fatal(err)
		}
	}
}
