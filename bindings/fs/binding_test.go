package fs

import (
	"strings"
	"testing"

	"handshake/runtime"
)

func TestCompletionsRunOldestFirst(t *testing.T) {
	l := runtime.NewLoop()
	q := &completions{loop: l}
	var order []string
	d1, d2 := l.Reserve(), l.Reserve()
	q.add(2, func() { order = append(order, "2") })
	q.add(1, func() { order = append(order, "1") })
	d2(q.drain)
	d1(q.drain)
	l.Run()
	l.Close()
	if got := strings.Join(order, " "); got != "1 2" {
		t.Fatalf("order %q", got)
	}
}

func TestCompletionDuringPollCallbacksWaitsForCheckPhase(t *testing.T) {
	l := runtime.NewLoop()
	q := &completions{loop: l}
	var order []string
	d1 := l.Reserve()
	q.add(1, func() {
		order = append(order, "cb1")
		l.NewImmediate(func() { order = append(order, "immediate") })
		// operation 2 finishes while cb1 is still running
		d2 := l.Reserve()
		q.add(2, func() { order = append(order, "cb2") })
		d2(q.drain)
		order = append(order, "cb1 end")
	})
	d1(q.drain)
	l.Run()
	l.Close()
	if got := strings.Join(order, " "); got != "cb1 cb1 end immediate cb2" {
		t.Fatalf("order %q", got)
	}
}
