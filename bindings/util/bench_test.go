package util_test

import (
	"testing"

	"github.com/dop251/goja"

	"handshake/bindings/all/scripttest"
)

// BenchmarkInspect measures util.inspect on small objects and on a long
// array of numbers (allocations and CPU per call; JSPROF=file writes goja's
// JavaScript profile, see scripttest.BenchCall).
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
	if _, ok := goja.AssertFunction(v); !ok {
		b.Fatal("not a function")
	}
	scripttest.BenchCall(b, r, v)
}
