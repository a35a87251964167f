package buffer_test

import (
	"testing"

	"github.com/dop251/goja"

	"handshake/bindings/all"
	"handshake/bindings/buffer"
	"handshake/runtime"
)

// newVM returns a runtime whose global Buffer is the buffer module's.
func newVM(tb testing.TB) *goja.Runtime {
	r, err := runtime.New(runtime.Options{Modules: all.Modules()})
	if err != nil {
		tb.Fatal(err)
	}
	exp, err := r.Require("buffer")
	if err != nil {
		tb.Fatal(err)
	}
	_ = r.VM.Set("B", exp.ToObject(r.VM).Get("Buffer"))
	return r.VM
}

func run(tb testing.TB, vm *goja.Runtime, src string) goja.Value {
	v, err := vm.RunString(src)
	if err != nil {
		tb.Fatal(err)
	}
	return v
}

func TestBufferRoundTrip(t *testing.T) {
	vm := newVM(t)
	got := run(t, vm, `
		const s = 'héllo €😀'.repeat(1000);
		const out = [];
		for (const enc of ['utf8', 'hex', 'base64', 'base64url', 'latin1', 'ucs2']) {
			const b = B.from(s, enc === 'utf8' || enc === 'ucs2' ? enc : 'utf8');
			out.push(B.from(b.toString(enc), enc).equals(b));
		}
		out.push(B.from(s).toString() === s);
		out.join()`).String()
	if got != "true,true,true,true,true,true,true" {
		t.Fatalf("round trips: %s", got)
	}
}

// benchBody runs setup, then a function of body b.N times; bytes (when
// not 0) is what one run processes.
func benchBody(b *testing.B, setup, body string, bytes int64) {
	vm := newVM(b)
	run(b, vm, setup)
	fn, ok := goja.AssertFunction(run(b, vm, "(function () { "+body+" })"))
	if !ok {
		b.Fatal("not a function")
	}
	if bytes != 0 {
		b.SetBytes(bytes)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := fn(goja.Undefined()); err != nil {
			b.Fatal(err)
		}
	}
}

// benchJS runs loop, which processes 64 KiB, per iteration.
func benchJS(b *testing.B, setup, loop string) { benchBody(b, setup, loop, 64<<10) }

const ascii64k = `var s = 'abcdefgh'.repeat(8192);`
const mixed64k = `var s = 'abcdéf€'.repeat(6553) + 'abcdef'; if (B.byteLength(s) !== 65536) throw new Error(B.byteLength(s));`

func BenchmarkFromStringASCII64K(b *testing.B) { benchJS(b, ascii64k, `B.from(s)`) }
func BenchmarkFromStringUTF8Mixed64K(b *testing.B) {
	benchJS(b, mixed64k, `B.from(s)`)
}
func BenchmarkFromStringLatin1_64K(b *testing.B) { benchJS(b, ascii64k, `B.from(s, 'latin1')`) }
func BenchmarkToStringASCII64K(b *testing.B) {
	benchJS(b, ascii64k+`var buf = B.from(s);`, `buf.toString()`)
}
func BenchmarkToStringUTF8Mixed64K(b *testing.B) {
	benchJS(b, mixed64k+`var buf = B.from(s);`, `buf.toString()`)
}
func BenchmarkToStringHex64K(b *testing.B) {
	benchJS(b, ascii64k+`var buf = B.from(s);`, `buf.toString('hex')`)
}
func BenchmarkToStringBase64_64K(b *testing.B) {
	benchJS(b, ascii64k+`var buf = B.from(s);`, `buf.toString('base64')`)
}
func BenchmarkConcat64K(b *testing.B) {
	benchJS(b, `var parts = []; for (let i = 0; i < 16; i++) parts.push(B.alloc(4096, i));`, `B.concat(parts)`)
}

func TestNewBufferFromGo(t *testing.T) {
	r, err := runtime.New(runtime.Options{Modules: all.Modules()})
	if err != nil {
		t.Fatal(err)
	}
	v := buffer.NewBuffer(r, []byte("from go"))
	_ = r.VM.Set("v", v)
	got := run(t, r.VM, `[Buffer.isBuffer(v), v.toString(), v.length, v instanceof Uint8Array].join()`).String()
	if got != "true,from go,7,true" {
		t.Fatalf("NewBuffer: %s", got)
	}
	if b := buffer.BytesOf(v); string(b) != "from go" {
		t.Fatalf("BytesOf: %q", b)
	}
}

func benchSmall(b *testing.B, setup, expr string) {
	benchBody(b, setup, "for (let i = 0; i < 1000; i++) { "+expr+" }", 0)
}

// The Small benchmarks run 1000 operations per iteration.
func BenchmarkSmallToString(b *testing.B) {
	benchSmall(b, `var small = B.from('hello world');`, `small.toString()`)
}
func BenchmarkSmallAlloc(b *testing.B) { benchSmall(b, ``, `B.alloc(16)`) }
func BenchmarkSmallNewU8(b *testing.B) { benchSmall(b, ``, `new Uint8Array(16)`) }
func BenchmarkSmallFrom(b *testing.B)  { benchSmall(b, ``, `B.from('hello')`) }
func BenchmarkSmallReadU32(b *testing.B) {
	benchSmall(b, `var b16 = B.alloc(16);`, `b16.readUInt32LE(4)`)
}
func BenchmarkSmallConcat(b *testing.B) {
	benchSmall(b, `var small = B.from('hello world');`, `B.concat([small, small])`)
}
