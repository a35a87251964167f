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
type completions struct {
	mu      sync.Mutex
	nextSeq uint64
	ready   []completion
}

type completion struct {
	seq uint64
	run func()
}

// add records a finished operation (any goroutine).
func (q *completions) add(seq uint64, run func()) {
	q.mu.Lock()
	q.ready = append(q.ready, completion{seq, run})
	q.mu.Unlock()
}

// drain runs every finished operation, oldest first (loop goroutine).
func (q *completions) drain() {
	q.mu.Lock()
	batch := q.ready
	q.ready = nil
	q.mu.Unlock()
	sort.Slice(batch, func(i, j int) bool { return batch[i].seq < batch[j].seq })
	for _, c := range batch {
		c.run()
	}
}

// binding fills internalBinding('fs'). Every operation takes its
// arguments, then req: undefined runs it synchronously (the result is
// returned, a failure thrown as Node's error), a function runs the I/O on
// the worker pool and calls req(err) or req(null, value) on the loop, in
// the poll phase, as libuv's completions do.
func binding(r *runtime.Runtime, o *goja.Object) {
	vm := r.VM
	q := &completions{}
	for name, d := range ops() {
		name, d := name, d
		_ = o.Set(name, func(c goja.FunctionCall) goja.Value {
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
