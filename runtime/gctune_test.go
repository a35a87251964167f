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
