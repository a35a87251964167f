package runtime

import (
	"os"
	"runtime/debug"
	"testing"
)

// A small heap gets more than GOGC=100's headroom once tuneGC has run.
func TestTuneGCRaisesPercentForSmallHeap(t *testing.T) {
	if os.Getenv("GOGC") != "" {
		t.Skip("GOGC is set: tuneGC leaves it alone")
	}
	tuneGC()
	p := debug.SetGCPercent(100)
	debug.SetGCPercent(p)
	if p <= 100 {
		t.Fatalf("GC percent after tuneGC = %d, want > 100 for a small heap", p)
	}
}

// gcPercent gives a small heap gcHeadroom to grow, a large one half its
// size, and a nearly empty one GOGC=1000.
func TestGCPercent(t *testing.T) {
	const mib = 1 << 20
	for _, c := range []struct {
		live uint64
		want int
	}{
		{0, 1000},
		{1 * mib, 1000}, // 16 MiB of headroom would be 1600 %
		{8 * mib, 200},  // +16 MiB
		{28 * mib, 57},  // +16 MiB (1000 keep-alive https connections)
		{32 * mib, 50},  // where the two rules meet
		{200 * mib, 50}, // +100 MiB
	} {
		if got := gcPercent(c.live); got != c.want {
			t.Errorf("gcPercent(%d MiB) = %d, want %d", c.live/mib, got, c.want)
		}
	}
}
