package stream_test

import (
	goruntime "runtime"
	"testing"

	"github.com/dop251/goja"

	"handshake/bindings/all"
	"handshake/bindings/all/scripttest"
	"handshake/runtime"
)

// The benchmarks measure the stream and events micro-operations a
// connection repeats (construction, push, write, emit, nextTick), each as a
// macrotask of 100 operations run through Runtime.Call, so the nextTick
// callbacks they schedule are drained as they would be in a server. Compare
// builds with `go test ./bindings/stream -run x -bench . -benchmem -count 5`
// (ns/op and allocs/op are per 100 operations, except the *Macrotask ones:
// one operation per macrotask, the pattern of data arriving from the
// network, with the ticks it schedules). Call0, Method1, Rest0 and Rest1
// are goja baselines: a closure call, a method call, and calls through a
// rest parameter (which allocates an array per call).

const benchSetup = `
const { Duplex, Readable, Writable } = streamModule;
const EventEmitter = eventsModule;
const chunk = Buffer.alloc(16);
const keep = [];
const r = new Readable({ read() {} });
let got = 0;
r.on('data', (c) => { got += c.length; });
const w = new Writable({ write(c, e, cb) { cb(); } });
const e1 = new EventEmitter();
e1.on('x', (a) => {});
const e2 = new EventEmitter();
e2.on('x', (a, b) => {});
e2.on('x', (a, b) => {});
function rest(...a) { return a; }
e1.m = function (a) { return a; };
globalThis.benchTicks = 0;
const tick = () => { benchTicks++; };
({
  newDuplex() {
    for (let i = 0; i < 100; i++) keep.push(new Duplex({ read() {}, write(c, e, cb) { cb(); } }));
    keep.length = 0;
  },
  newEmitter() {
    for (let i = 0; i < 100; i++) keep.push(new EventEmitter());
    keep.length = 0;
  },
  push() { for (let i = 0; i < 100; i++) r.push(chunk); },
  noop() {},
  once() {
    for (let i = 0; i < 100; i++) {
      e1.once('y', tick);
      e1.emit('y', 1);
    }
  },
  keepDuplexes() {
    for (let i = 0; i < 1000; i++) keep.push(new Duplex({ read() {}, write(c, e, cb) { cb(); } }));
  },
  keepEmitters() {
    for (let i = 0; i < 1000; i++) keep.push(new EventEmitter());
  },
  dropKept() { keep.length = 0; },
  pushOne() { r.push(chunk); },
  writeOne() { w.write(chunk, tick); },
  write() { for (let i = 0; i < 100; i++) w.write(chunk); },
  writeCb() { for (let i = 0; i < 100; i++) w.write(chunk, tick); },
  emit0() { for (let i = 0; i < 100; i++) e1.emit('x'); },
  emit1() { for (let i = 0; i < 100; i++) e1.emit('x', 1); },
  emit2() { for (let i = 0; i < 100; i++) e2.emit('x', 1, 2); },
  call0() { for (let i = 0; i < 100; i++) tick(); },
  rest0() { for (let i = 0; i < 100; i++) rest(); },
  rest1() { for (let i = 0; i < 100; i++) rest(1); },
  method1() { for (let i = 0; i < 100; i++) e1.m(1); },
  nextTick() { for (let i = 0; i < 100; i++) process.nextTick(tick); },
  nextTickArgs() { for (let i = 0; i < 100; i++) process.nextTick(tick, 1, 2); },
  // Lifecycles (one per macrotask; the ticks they schedule drain after
  // it): a bodiless request's Readable (push(null), resume, 'end',
  // autoDestroy, 'close'), and a socket-like Duplex that ends both sides
  // and is destroyed ('end', 'finish', 'close').
  readableLife() {
    const s = new Readable({ read() {} });
    s.on('close', tick);
    s.push(null);
    s.resume();
  },
  duplexLife() {
    const s = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
    s.on('close', tick);
    s.on('end', () => { s.destroy(); });
    s.resume();
    s.push(null);
    s.end();
  },
  // A socket echo server's connection: a Duplex piped into itself
  // (socket.pipe(socket)) that gets one chunk, then EOF, ends and closes.
  pipeLife() {
    const s = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
    s.on('close', tick);
    s.on('error', () => {});
    s.pipe(s);
    s.push(chunk);
    s.push(null);
  },
  duplexDestroy() {
    const s = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
    s.on('close', tick);
    s.destroy();
  },
})
`

func newBenchRuntime(b *testing.B, name string) (*runtime.Runtime, goja.Value) {
	r, err := runtime.New(runtime.Options{Modules: all.Modules(), Argv: []string{"handshake"}})
	if err != nil {
		b.Fatal(err)
	}
	for global, mod := range map[string]string{"streamModule": "stream", "eventsModule": "events"} {
		m, err := r.Require(mod)
		if err != nil {
			b.Fatal(err)
		}
		_ = r.VM.Set(global, m)
	}
	v, err := r.VM.RunString(benchSetup)
	if err != nil {
		b.Fatal(err)
	}
	_ = r.VM.Set("benchOps", v)
	fn, ok := newBenchOp(r, name)
	if !ok {
		b.Fatalf("no op %s", name)
	}
	return r, fn
}

func newBenchOp(r *runtime.Runtime, name string) (goja.Value, bool) {
	fn := r.VM.Get("benchOps").ToObject(r.VM).Get(name)
	_, ok := goja.AssertFunction(fn)
	return fn, ok
}

func benchOp(b *testing.B, name string) {
	r, fn := newBenchRuntime(b, name)
	scripttest.BenchCall(b, r, fn)
}

// benchLive reports the live heap per object that op keeps (1000 objects
// per call), measured after a collection; 10 calls per iteration.
func benchLive(b *testing.B, op string) {
	r, fn := newBenchRuntime(b, op)
	drop, _ := newBenchOp(r, "dropKept")
	var perObject float64
	for i := 0; i < b.N; i++ {
		r.Call(drop, goja.Undefined())
		goruntime.GC()
		var before, after goruntime.MemStats
		goruntime.ReadMemStats(&before)
		for j := 0; j < 10; j++ {
			r.Call(fn, goja.Undefined())
		}
		goruntime.GC()
		goruntime.ReadMemStats(&after)
		perObject = float64(after.HeapAlloc-before.HeapAlloc) / 10000
	}
	b.ReportMetric(perObject, "live-B/object")
}

// BenchmarkLiveDuplex is the heap a kept new Duplex() holds.
func BenchmarkLiveDuplex(b *testing.B) { benchLive(b, "keepDuplexes") }

// BenchmarkLiveEventEmitter is the heap a kept new EventEmitter() holds.
func BenchmarkLiveEventEmitter(b *testing.B) { benchLive(b, "keepEmitters") }

func BenchmarkNewDuplex(b *testing.B) { benchOp(b, "newDuplex") }

// BenchmarkReadableLifecycle is one Readable from construction to 'close'
// through push(null), resume, 'end' and autoDestroy (an ended bodiless
// request); ns/op is per stream.
func BenchmarkReadableLifecycle(b *testing.B) { benchLife(b, "readableLife") }

// BenchmarkDuplexLifecycle is one Duplex from construction to 'close'
// through push(null), end(), 'end', 'finish' and destroy (a socket's
// end/close path); ns/op is per stream.
func BenchmarkDuplexLifecycle(b *testing.B) { benchLife(b, "duplexLife") }

// BenchmarkPipeLifecycle is one Duplex piped into itself (an echo
// server's socket.pipe(socket)) from construction to 'close' through one
// chunk, EOF, the pipe's end() and autoDestroy; ns/op is per stream.
func BenchmarkPipeLifecycle(b *testing.B) { benchLife(b, "pipeLife") }

// BenchmarkDuplexDestroy is one Duplex constructed and destroyed until
// 'close'; ns/op is per stream.
func BenchmarkDuplexDestroy(b *testing.B) { benchLife(b, "duplexDestroy") }

// benchLife runs a lifecycle op and checks that each reached 'close'.
func benchLife(b *testing.B, name string) {
	benchOp(b, name)
	r, _ := newBenchRuntime(b, name)
	fn, _ := newBenchOp(r, name)
	for i := 0; i < 3; i++ {
		r.Call(fn, goja.Undefined())
	}
	if n := r.VM.Get("benchTicks"); n == nil {
		b.Fatal("no benchTicks")
	} else if n.ToInteger() != 3 {
		b.Fatalf("%s: 'close' emitted %d times for 3 streams", name, n.ToInteger())
	}
}
func BenchmarkNewEventEmitter(b *testing.B)   { benchOp(b, "newEmitter") }
func BenchmarkPushFlowing(b *testing.B)       { benchOp(b, "push") }
func BenchmarkOnceEmit(b *testing.B)          { benchOp(b, "once") }
func BenchmarkEmptyMacrotask(b *testing.B)    { benchOp(b, "noop") }
func BenchmarkPushMacrotask(b *testing.B)     { benchOp(b, "pushOne") }
func BenchmarkWriteMacrotask(b *testing.B)    { benchOp(b, "writeOne") }
func BenchmarkWriteSync(b *testing.B)         { benchOp(b, "write") }
func BenchmarkWriteSyncCallback(b *testing.B) { benchOp(b, "writeCb") }
func BenchmarkEmit0(b *testing.B)             { benchOp(b, "emit0") }
func BenchmarkEmit1(b *testing.B)             { benchOp(b, "emit1") }
func BenchmarkEmit2Listeners(b *testing.B)    { benchOp(b, "emit2") }
func BenchmarkCall0(b *testing.B)             { benchOp(b, "call0") }
func BenchmarkRest0(b *testing.B)             { benchOp(b, "rest0") }
func BenchmarkRest1(b *testing.B)             { benchOp(b, "rest1") }
func BenchmarkMethod1(b *testing.B)           { benchOp(b, "method1") }
func BenchmarkNextTick(b *testing.B)          { benchOp(b, "nextTick") }
func BenchmarkNextTickArgs(b *testing.B)      { benchOp(b, "nextTickArgs") }
