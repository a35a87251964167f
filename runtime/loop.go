package runtime

import (
	"container/heap"
	"sync"
	"time"
)

// Loop is the single-threaded event loop every runtime owns. It follows the
// phases libuv gives Node: expired timers, then I/O results posted by
// goroutines (the poll phase, which blocks when there is nothing else to do),
// then immediates. The loop stays alive while anything referenced remains:
// a ref'd Handle, a ref'd active Timer, a pending Reserve, or a queued
// immediate.
//
// Only the loop goroutine may call methods other than Post, Reserve's
// returned function and Done.
type Loop struct {
	mu     sync.Mutex
	posted []func()
	wake   chan struct{}
	done   chan struct{}
	closed bool

	refs       int // ref'd handles, ref'd timers and reservations
	timers     timerHeap
	timerSeq   uint64
	immediates []*Immediate
	immRefs    int
	closing    []func()
	now        time.Time
	stop       bool
	goTimer    *time.Timer
}

// NewLoop returns a loop that has not started.
func NewLoop() *Loop {
	return &Loop{
		wake: make(chan struct{}, 1),
		done: make(chan struct{}),
		now:  time.Now(),
	}
}

// Post queues fn to run on the loop goroutine. It is safe to call from any
// goroutine. It reports false when the loop has already finished, in which
// case fn will never run. Post alone does not keep the loop alive: use a
// Handle or Reserve for work whose result must be waited for.
func (l *Loop) Post(fn func()) bool {
	l.mu.Lock()
	if l.closed {
		l.mu.Unlock()
		return false
	}
	l.posted = append(l.posted, fn)
	l.mu.Unlock()
	select {
	case l.wake <- struct{}{}:
	default:
	}
	return true
}

// Done is closed when the loop has finished. Goroutines that wait for an
// answer from the loop (handshake hooks) select on it so they never hang.
func (l *Loop) Done() <-chan struct{} { return l.done }

// Reserve keeps the loop alive until the returned function is called, which
// must happen exactly once, from any goroutine, with the callback to run on
// the loop. Must be called on the loop goroutine.
func (l *Loop) Reserve() func(func()) {
	l.refs++
	var once sync.Once
	return func(fn func()) {
		once.Do(func() {
			l.Post(func() {
				l.refs--
				if fn != nil {
					fn()
				}
			})
		})
	}
}

// Now is the loop's cached time, updated at the start of each iteration as
// libuv does; timers are scheduled relative to it.
func (l *Loop) Now() time.Time { return l.now }

// Stop makes Run return after the current callback.
func (l *Loop) Stop() { l.stop = true }

// Stopped reports whether Stop was called.
func (l *Loop) Stopped() bool { return l.stop }

// Alive reports whether anything referenced remains.
func (l *Loop) Alive() bool {
	return l.refs > 0 || l.immRefs > 0
}

// Run runs the loop until nothing referenced remains or Stop is called.
// It may be called again after it returns (Node's 'beforeExit' can schedule
// more work).
func (l *Loop) Run() {
	l.now = time.Now()
	for !l.stop {
		l.now = time.Now()
		l.runTimers()
		if l.stop {
			break
		}
		if !l.Alive() && !l.hasPosted() {
			break
		}
		l.poll()
		if l.stop {
			break
		}
		l.runImmediates()
		l.runClosing()
		if !l.Alive() && !l.hasPosted() {
			break
		}
	}
}

// OnClose queues fn for the close phase at the end of this iteration, after
// immediates: where libuv runs handle close callbacks, and so where Node
// emits a socket's 'close'. It keeps the loop alive until it has run.
func (l *Loop) OnClose(fn func()) {
	l.closing = append(l.closing, fn)
	l.refs++
}

func (l *Loop) runClosing() {
	for len(l.closing) > 0 && !l.stop {
		batch := l.closing
		l.closing = nil
		for _, fn := range batch {
			l.refs--
			fn()
		}
	}
}

// Close marks the loop finished: later Posts are refused and Done is closed.
func (l *Loop) Close() {
	l.mu.Lock()
	if !l.closed {
		l.closed = true
		l.posted = nil
		close(l.done)
	}
	l.mu.Unlock()
	if l.goTimer != nil {
		l.goTimer.Stop()
	}
}

func (l *Loop) hasPosted() bool {
	l.mu.Lock()
	n := len(l.posted)
	l.mu.Unlock()
	return n > 0
}

// runPosted runs the tasks posted before it started, as libuv's poll phase
// handles the events one epoll_wait returned: work posted while they run
// (an I/O completion, a fs callback's next step) waits for the next
// iteration, after the check phase.
func (l *Loop) runPosted() {
	l.mu.Lock()
	batch := l.posted
	l.posted = nil
	l.mu.Unlock()
	for i, fn := range batch {
		fn()
		if l.stop {
			// keep what did not run, in order, for a later Run
			l.mu.Lock()
			l.posted = append(batch[i+1:len(batch):len(batch)], l.posted...)
			l.mu.Unlock()
			return
		}
	}
}

// poll waits for posted work, bounded by the next timer; it does not block
// when immediates are queued or nothing keeps the loop alive.
func (l *Loop) poll() {
	if len(l.immediates) > 0 || len(l.closing) > 0 || l.hasPosted() {
		l.runPosted()
		return
	}
	if !l.Alive() {
		return
	}
	var timeout <-chan time.Time
	if len(l.timers) > 0 {
		d := l.timers[0].when.Sub(time.Now())
		if d <= 0 {
			return
		}
		if l.goTimer == nil {
			l.goTimer = time.NewTimer(d)
		} else {
			l.goTimer.Reset(d)
		}
		timeout = l.goTimer.C
	}
	select {
	case <-l.wake:
	case <-timeout:
	}
	if l.goTimer != nil {
		l.goTimer.Stop()
	}
	l.now = time.Now()
	l.runPosted()
}

// Timer is a one-shot loop timer. Interval behaviour is built on top by
// restarting it from the callback, as Node's timers do.
type Timer struct {
	loop   *Loop
	fn     func()
	argFn  func(any)
	arg    any
	when   time.Time
	seq    uint64
	index  int // position in the heap, -1 when inactive
	refed  bool
	active bool
}

// NewTimer returns an inactive, ref'd timer that calls fn on the loop.
func (l *Loop) NewTimer(fn func()) *Timer {
	return &Timer{loop: l, fn: fn, index: -1, refed: true}
}

// NewTimerArg returns an inactive, ref'd timer that calls fn(arg) on the
// loop: one callback made once can serve many timers, where NewTimer needs
// a closure per timer.
func (l *Loop) NewTimerArg(fn func(any), arg any) *Timer {
	return &Timer{loop: l, argFn: fn, arg: arg, index: -1, refed: true}
}

// Reset makes an inactive timer call fn(arg) and be ref'd, as if new from
// NewTimerArg, so a binding can reuse a fired or stopped Timer.
func (t *Timer) Reset(fn func(any), arg any) {
	t.Stop()
	t.fn, t.argFn, t.arg, t.refed = nil, fn, arg, true
}

// Start (re)arms the timer to fire d after the loop's cached now. Timers with
// the same expiry fire in the order they were started.
func (t *Timer) Start(d time.Duration) {
	t.Stop()
	l := t.loop
	// Node refreshes the loop time when a timer is started (GetNow calls
	// uv_update_time), so a slow main script does not make timers early.
	l.now = time.Now()
	t.when = l.now.Add(d)
	l.timerSeq++
	t.seq = l.timerSeq
	t.active = true
	heap.Push(&l.timers, t)
	if t.refed {
		l.refs++
	}
}

// Stop disarms the timer.
func (t *Timer) Stop() {
	if !t.active {
		return
	}
	heap.Remove(&t.loop.timers, t.index)
	t.active = false
	if t.refed {
		t.loop.refs--
	}
}

// Active reports whether the timer is armed.
func (t *Timer) Active() bool { return t.active }

// Ref makes an armed timer keep the loop alive (the default).
func (t *Timer) Ref() {
	if !t.refed {
		t.refed = true
		if t.active {
			t.loop.refs++
		}
	}
}

// Unref lets the loop exit while the timer is armed.
func (t *Timer) Unref() {
	if t.refed {
		t.refed = false
		if t.active {
			t.loop.refs--
		}
	}
}

// HasRef reports whether the timer is ref'd.
func (t *Timer) HasRef() bool { return t.refed }

func (l *Loop) runTimers() {
	for len(l.timers) > 0 && !l.stop {
		t := l.timers[0]
		if t.when.After(l.now) {
			return
		}
		t.Stop()
		if t.argFn != nil {
			t.argFn(t.arg)
		} else {
			t.fn()
		}
	}
}

// Immediate is a callback queued for the check phase (setImmediate).
type Immediate struct {
	loop     *Loop
	fn       func()
	refed    bool
	canceled bool
}

// NewImmediate queues fn for the check phase of this or the next iteration.
func (l *Loop) NewImmediate(fn func()) *Immediate {
	im := &Immediate{loop: l, fn: fn, refed: true}
	l.immediates = append(l.immediates, im)
	l.immRefs++
	return im
}

// Cancel removes the immediate if it has not run.
func (im *Immediate) Cancel() {
	if im.canceled {
		return
	}
	im.canceled = true
	if im.refed {
		im.loop.immRefs--
	}
}

// Ref makes the immediate keep the loop alive (the default).
func (im *Immediate) Ref() {
	if !im.refed && !im.canceled {
		im.refed = true
		im.loop.immRefs++
	}
}

// Unref lets the loop exit with the immediate still queued.
func (im *Immediate) Unref() {
	if im.refed && !im.canceled {
		im.refed = false
		im.loop.immRefs--
	}
}

// HasRef reports whether the immediate is ref'd.
func (im *Immediate) HasRef() bool { return im.refed }

func (l *Loop) runImmediates() {
	// immediates queued while running wait for the next iteration
	batch := l.immediates
	l.immediates = nil
	for i, im := range batch {
		if l.stop {
			l.immediates = append(batch[i:len(batch):len(batch)], l.immediates...)
			return
		}
		if im.canceled {
			continue
		}
		im.Cancel()
		im.fn()
	}
}

// Handle is a long-lived resource (a listening server, an open socket) that
// keeps the loop alive while ref'd and open. Loop goroutine only.
type Handle struct {
	loop     *Loop
	refed    bool
	inactive bool // no work that waits for the outside (SetActive)
	closed   bool
}

// NewHandle returns an open, ref'd, active handle.
func (l *Loop) NewHandle() *Handle {
	l.refs++
	return &Handle{loop: l, refed: true}
}

// Ref makes the handle keep the loop alive (while it is active).
func (h *Handle) Ref() {
	if !h.refed && !h.closed {
		h.refed = true
		if !h.inactive {
			h.loop.refs++
		}
	}
}

// Unref lets the loop exit while the handle is open.
func (h *Handle) Unref() {
	if h.refed && !h.closed {
		h.refed = false
		if !h.inactive {
			h.loop.refs--
		}
	}
}

// SetActive says whether the handle has work that waits for the outside,
// as libuv's active handles: a ref'd handle keeps the loop alive only while
// it is active. A stream that has read its EOF and has no write in flight
// is inactive (libuv stops a stream's handle at EOF), so a script whose
// socket was never read to its end still exits when nothing else is left,
// as it does under node.
func (h *Handle) SetActive(active bool) {
	if h.closed || h.inactive == !active {
		return
	}
	h.inactive = !active
	if h.refed {
		if active {
			h.loop.refs++
		} else {
			h.loop.refs--
		}
	}
}

// HasRef reports whether the handle is ref'd.
func (h *Handle) HasRef() bool { return h.refed && !h.closed }

// Close releases the handle's ref for good.
func (h *Handle) Close() {
	if h.closed {
		return
	}
	h.Unref()
	h.closed = true
}

type timerHeap []*Timer

func (h timerHeap) Len() int { return len(h) }
func (h timerHeap) Less(i, j int) bool {
	if h[i].when.Equal(h[j].when) {
		return h[i].seq < h[j].seq
	}
	return h[i].when.Before(h[j].when)
}
func (h timerHeap) Swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	h[i].index = i
	h[j].index = j
}
func (h *timerHeap) Push(x any) {
	t := x.(*Timer)
	t.index = len(*h)
	*h = append(*h, t)
}
func (h *timerHeap) Pop() any {
	old := *h
	t := old[len(old)-1]
	old[len(old)-1] = nil
	*h = old[:len(old)-1]
	t.index = -1
	return t
}
