package fs

import (
	"sort"
	"sync"

	"github.com/dop251/goja"

	"handshake/runtime"
)

// result turns an operation's Go result into the JavaScript value its
// callback receives; it runs on the loop. A nil result means the operation
// has no value (callbacks get only the error argument).
type result func(vm *goja.Runtime) goja.Value

// work is an operation's I/O part: plain Go, safe to run in a goroutine.
type work func() (result, error)

// prepFunc reads an operation's JavaScript arguments (on the loop) and
// returns its I/O part. async tells whether the work will run off the
// loop, so it must not alias JavaScript memory.
type prepFunc func(c goja.FunctionCall, async bool) work

// completions delivers finished operations on the loop in the order they
// were started, among those finished by the time the loop looks: libuv's
// threadpool tends to finish equal requests in submission order, and this
// keeps Go's goroutine scheduling from reordering them.
//
// libuv's poll phase also only runs the completions that were ready when
// it polled: one that finishes while those callbacks run waits for the
// next iteration, after the check phase (setImmediate). A completion added
// during a drain pass is therefore held back until an immediate queued by
// that pass has run.
type completions struct {
	loop     *runtime.Loop
	mu       sync.Mutex
	nextSeq  uint64
	ready    []completion
	draining bool   // a drain pass is running callbacks
	pass     uint64 // check phases passed since the first held-back completion
	immQueue bool   // the immediate that ends a pass is queued
}

type completion struct {
	seq       uint64
	run       func()
	notBefore uint64 // the pass from which it may run
}

// add records a finished operation (any goroutine).
func (q *completions) add(seq uint64, run func()) {
	q.mu.Lock()
	c := completion{seq: seq, run: run, notBefore: q.pass}
	if q.draining {
		c.notBefore = q.pass + 1
	}
	q.ready = append(q.ready, c)
	q.mu.Unlock()
}

// drain runs the finished operations that may run now, oldest first
// (loop goroutine).
func (q *completions) drain() {
	q.mu.Lock()
	var batch, held []completion
	for _, c := range q.ready {
		if c.notBefore <= q.pass {
			batch = append(batch, c)
		} else {
			held = append(held, c)
		}
	}
	q.ready = held
	q.draining = true
	q.mu.Unlock()
	sort.Slice(batch, func(i, j int) bool { return batch[i].seq < batch[j].seq })
	for _, c := range batch {
		c.run()
	}
	q.mu.Lock()
	q.draining = false
	pending := len(q.ready) > 0
	q.mu.Unlock()
	if pending && !q.immQueue {
		// end the pass at this iteration's check phase, then run what was
		// held back at the next one
		q.immQueue = true
		q.loop.NewImmediate(func() {
			q.immQueue = false
			q.mu.Lock()
			q.pass++
			q.mu.Unlock()
			q.loop.Post(q.drain)
		})
	}
}

// binding fills internalBinding('fs'). Every operation takes its
// arguments, then req: undefined runs it synchronously (the result is
// returned, a failure thrown as Node's error), a function runs the I/O on
// the worker pool and calls req(err) or req(null, value) on the loop, in
// the poll phase, as libuv's completions do.
func binding(r *runtime.Runtime, o *goja.Object) {
	vm := r.VM
	q := &completions{loop: r.Loop}
	for name, d := range ops() {
		name, d := name, d
		fnv := vm.ToValue(func(c goja.FunctionCall) goja.Value {
			req := c.Argument(d.nargs)
			_, async := goja.AssertFunction(req)
			w := d.prep(c, async)
			if !async {
				res, err := w()
				if err != nil {
					panic(toJS(r, err, true))
				}
				if res == nil {
					return goja.Undefined()
				}
				return res(vm)
			}
			q.nextSeq++
			seq := q.nextSeq
			done := r.Loop.Reserve()
			pool.submit(func() {
				res, err := w()
				q.add(seq, func() {
					if err != nil {
						r.Call(req, goja.Undefined(), toJS(r, err, false))
						return
					}
					if res == nil {
						r.Call(req, goja.Undefined(), goja.Null())
						return
					}
					v := res(vm)
					r.Call(req, goja.Undefined(), goja.Null(), v)
				})
				done(q.drain)
			})
			return goja.Undefined()
		})
		// stack frames name the operation, not the Go closure
		_ = fnv.(*goja.Object).DefineDataProperty("name", vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
		_ = o.Set(name, fnv)
	}
	_ = o.Set("kUsePromises", vm.NewObject())
	watchBinding(r, o)
}

// opDef is one binding operation: how many arguments precede req, and how
// to prepare its work.
type opDef struct {
	nargs int
	prep  prepFunc
}
