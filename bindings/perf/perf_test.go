package perf

import (
	"testing"
	"time"
)

func TestNowIsMonotonicAndSinceOrigin(t *testing.T) {
	a := Now()
	time.Sleep(2 * time.Millisecond)
	b := Now()
	if !(b > a) || b-a < 1.5 {
		t.Fatalf("Now did not advance: %v then %v", a, b)
	}
	wall := float64(time.Now().UnixNano()) / 1e6
	if d := wall - (TimeOrigin() + b); d < -5 || d > 50 {
		t.Fatalf("timeOrigin+now = %v, wall clock %v", TimeOrigin()+b, wall)
	}
}
