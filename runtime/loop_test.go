package runtime

import (
	goruntime "runtime"
	"testing"
	"time"
)

func TestLoopExitsWhenNothingReferenced(t *testing.T) {
	l := NewLoop()
	ran := false
	l.Post(func() { ran = true })
	done := make(chan struct{})
	go func() { l.Run(); close(done) }()
	select {
	case <-done:
	case <-time.After(2 * time.Second):
		t.Fatal("loop with nothing referenced did not exit")
	}
	if !ran {
		t.Fatal("posted task did not run before exit")
	}
}

func TestReserveKeepsLoopAlive(t *testing.T) {
	l := NewLoop()
	var got string
	l.Post(func() {
		done := l.Reserve()
		go func() {
			time.Sleep(50 * time.Millisecond)
			done(func() { got = "result" })
		}()
	})
	start := time.Now()
	l.Run()
	if got != "result" {
		t.Fatalf("loop exited before the reserved callback ran (got %q)", got)
	}
	if time.Since(start) < 50*time.Millisecond {
		t.Fatal("loop returned too early")
	}
	if l.Alive() {
		t.Fatal("loop still alive after the reservation completed")
	}
}

func TestTimersFireInFIFOOrderForEqualDelays(t *testing.T) {
	l := NewLoop()
	var order []int
	l.Post(func() {
		for i := 0; i < 200; i++ {
			i := i
			l.NewTimer(func() { order = append(order, i) }).Start(5 * time.Millisecond)
		}
	})
	l.Run()
	if len(order) != 200 {
		t.Fatalf("fired %d of 200 timers", len(order))
	}
	for i, v := range order {
		if v != i {
			t.Fatalf("timer %d fired at position %d", v, i)
		}
	}
}

func TestTimersOrderedByExpiry(t *testing.T) {
	l := NewLoop()
	var order []string
	l.Post(func() {
		l.NewTimer(func() { order = append(order, "20ms") }).Start(20 * time.Millisecond)
		l.NewTimer(func() { order = append(order, "1ms") }).Start(time.Millisecond)
		l.NewTimer(func() { order = append(order, "10ms") }).Start(10 * time.Millisecond)
	})
	l.Run()
	want := []string{"1ms", "10ms", "20ms"}
	for i := range want {
		if order[i] != want[i] {
			t.Fatalf("order %v, want %v", order, want)
		}
	}
}

func TestUnrefTimerDoesNotKeepLoopAlive(t *testing.T) {
	l := NewLoop()
	fired := false
	l.Post(func() {
		tm := l.NewTimer(func() { fired = true })
		tm.Start(time.Hour)
		tm.Unref()
	})
	start := time.Now()
	l.Run()
	if fired || time.Since(start) > time.Second {
		t.Fatal("an unref'd timer kept the loop alive")
	}
}

func TestUnrefTimerFiresWhileLoopAliveForOtherReasons(t *testing.T) {
	l := NewLoop()
	fired := false
	l.Post(func() {
		tm := l.NewTimer(func() { fired = true })
		tm.Start(5 * time.Millisecond)
		tm.Unref()
		l.NewTimer(func() {}).Start(30 * time.Millisecond)
	})
	l.Run()
	if !fired {
		t.Fatal("unref'd timer did not fire while a ref'd one kept the loop alive")
	}
}

func TestHandleRefUnref(t *testing.T) {
	l := NewLoop()
	var h *Handle
	l.Post(func() {
		h = l.NewHandle()
		l.NewTimer(func() { h.Unref() }).Start(10 * time.Millisecond)
	})
	done := make(chan struct{})
	go func() { l.Run(); close(done) }()
	select {
	case <-done:
	case <-time.After(2 * time.Second):
		t.Fatal("unref'd handle kept the loop alive")
	}
	if h.HasRef() {
		t.Fatal("handle reports a ref after Unref")
	}
	h.Ref()
	if !l.Alive() {
		t.Fatal("Ref on an open handle did not make the loop alive")
	}
	h.Close()
	if l.Alive() {
		t.Fatal("Close did not release the handle's ref")
	}
}

// An inactive handle (a stream past its EOF) keeps no ref whether or not
// it is ref'd; ref/unref made while inactive count once it is active again.
func TestHandleActive(t *testing.T) {
	l := NewLoop()
	h := l.NewHandle()
	h.SetActive(false)
	if l.Alive() {
		t.Fatal("an inactive handle kept the loop alive")
	}
	h.SetActive(false) // no change, no count
	h.Unref()
	h.Ref()
	if l.Alive() || !h.HasRef() {
		t.Fatalf("ref while inactive: alive=%v hasRef=%v", l.Alive(), h.HasRef())
	}
	h.SetActive(true)
	if !l.Alive() {
		t.Fatal("an active ref'd handle did not keep the loop alive")
	}
	h.Unref()
	h.SetActive(false)
	h.SetActive(true)
	if l.Alive() {
		t.Fatal("an unref'd handle kept the loop alive when it became active")
	}
	h.Ref()
	h.SetActive(false)
	h.Close()
	h.SetActive(true)
	if l.Alive() {
		t.Fatal("a closed handle kept the loop alive")
	}
}

func TestImmediatesRunAfterPostedAndQueueNewOnesForNextIteration(t *testing.T) {
	l := NewLoop()
	var order []string
	l.Post(func() {
		l.NewImmediate(func() {
			order = append(order, "imm1")
			l.NewImmediate(func() { order = append(order, "imm-nested") })
			l.NewTimer(func() { order = append(order, "timer0") }).Start(0)
		})
		l.NewImmediate(func() { order = append(order, "imm2") })
	})
	l.Run()
	want := []string{"imm1", "imm2", "timer0", "imm-nested"}
	if len(order) != len(want) {
		t.Fatalf("order %v, want %v", order, want)
	}
	for i := range want {
		if order[i] != want[i] {
			t.Fatalf("order %v, want %v", order, want)
		}
	}
}

func TestCancelledAndUnrefImmediates(t *testing.T) {
	l := NewLoop()
	ran := 0
	l.Post(func() {
		a := l.NewImmediate(func() { ran++ })
		a.Cancel()
		b := l.NewImmediate(func() { ran += 10 })
		b.Unref()
	})
	l.Run()
	if ran != 0 && ran != 10 {
		t.Fatalf("cancelled immediate ran (ran=%d)", ran)
	}
}

func TestStopAndPostAfterClose(t *testing.T) {
	l := NewLoop()
	l.Post(func() {
		l.NewHandle()
		l.Stop()
	})
	l.Run()
	if !l.Stopped() {
		t.Fatal("Stop not recorded")
	}
	l.Close()
	if l.Post(func() {}) {
		t.Fatal("Post after Close was accepted")
	}
	select {
	case <-l.Done():
	default:
		t.Fatal("Done not closed after Close")
	}
}

func TestNoGoroutineLeak(t *testing.T) {
	before := goruntime.NumGoroutine()
	for i := 0; i < 50; i++ {
		l := NewLoop()
		l.Post(func() {
			done := l.Reserve()
			go done(nil)
			l.NewTimer(func() {}).Start(time.Millisecond)
		})
		l.Run()
		l.Close()
	}
	deadline := time.Now().Add(2 * time.Second)
	for goruntime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if n := goruntime.NumGoroutine(); n > before {
		t.Fatalf("goroutines: %d before, %d after", before, n)
	}
}
