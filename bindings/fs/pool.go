package fs

import (
	"os"
	"strconv"
	"sync"
)

// threadpoolSize is libuv's default UV_THREADPOOL_SIZE: Node runs file
// system requests on four threads, taking them first-in first-out.
const threadpoolSize = 4

// poolSize is UV_THREADPOOL_SIZE from the environment (1 to 1024, as
// libuv clamps it), or the default.
func poolSize() int {
	n, err := strconv.Atoi(os.Getenv("UV_THREADPOOL_SIZE"))
	if err != nil || n <= 0 {
		return threadpoolSize
	}
	if n > 1024 {
		return 1024
	}
	return n
}

// workPool runs submitted functions on a fixed set of goroutines, in
// submission order, as libuv's threadpool does. It is shared by every
// runtime in the process, like the threadpool is by every loop.
type workPool struct {
	mu      sync.Mutex
	cond    *sync.Cond
	queue   []func()
	started bool
}

var pool = newWorkPool()

func newWorkPool() *workPool {
	p := &workPool{}
	p.cond = sync.NewCond(&p.mu)
	return p
}

// submit queues fn; a free worker runs it.
func (p *workPool) submit(fn func()) {
	p.mu.Lock()
	if !p.started {
		p.started = true
		for i := 0; i < poolSize(); i++ {
			go p.worker()
		}
	}
	p.queue = append(p.queue, fn)
	p.mu.Unlock()
	p.cond.Signal()
}

func (p *workPool) worker() {
	for {
		p.mu.Lock()
		for len(p.queue) == 0 {
			p.cond.Wait()
		}
		fn := p.queue[0]
		p.queue[0] = nil
		p.queue = p.queue[1:]
		p.mu.Unlock()
		fn()
	}
}
