package runtime

import (
	"os"
	goruntime "runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
)

// gcHeadroom is the least the heap may grow over the live heap before the
// next collection. Go's default (GOGC=100: collect when the heap has
// doubled) makes a small heap, which a server's is (a few MiB of modules
// and sockets), collect every few MiB of garbage; goja allocates for most
// of what JavaScript does, so a busy server spent 25-35 % of its CPU in the
// collector and its write barriers. With the headroom a small heap collects
// every 16 MiB (2-3 % of a keep-alive https server's CPU goes to marking).
const gcHeadroom = 16 << 20

// gcGrowthPercent is how far a heap larger than gcHeadroom may grow over
// its live size: half, where Go's default lets it double. A server's live
// heap is mostly its idle connections (about 15 KiB each here), and the
// process's peak RSS is about its peak heap: with 1000 keep-alive https
// connections (28 MiB live) GOGC=100 made a 56 MiB heap goal and an 86 MiB
// peak RSS; half the growth makes 44 MiB and 72 MiB, for one more
// collection per 14 MiB allocated (marking costs in proportion to the live
// heap, so a larger heap pays more per collection, not more collections).
const gcGrowthPercent = 50

// gcPercent is the GOGC that tuneGC sets for a live heap of live bytes:
// growth by max(gcHeadroom, live*gcGrowthPercent/100), at most GOGC=1000
// (a nearly empty heap).
func gcPercent(live uint64) int {
	if live == 0 {
		return 1000
	}
	return min(1000, max(gcGrowthPercent, int(gcHeadroom*100/live)))
}

var gcTuneOnce sync.Once

// tuneGC applies gcPercent, unless GOGC is set (the user's choice wins):
// after each collection (a finalizer re-armed per cycle) it sets GOGC for
// the live heap that collection left.
func tuneGC() {
	gcTuneOnce.Do(func() {
		if os.Getenv("GOGC") != "" {
			return
		}
		// before the first cycle: Go's 4 MiB minimum heap, scaled to 32 MiB
		// (start-up compiles the modules a script requires: a collection
		// during it would find most of that garbage, but costs start-up time)
		debug.SetGCPercent(800)
		last := 800
		sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
		var arm func()
		arm = func() {
			goruntime.SetFinalizer(&gcSentinel{}, func(*gcSentinel) {
				metrics.Read(sample)
				if sample[0].Value.Kind() == metrics.KindUint64 {
					if live := sample[0].Value.Uint64(); live > 0 {
						pct := gcPercent(live)
						if pct < last*9/10 || pct > last*11/10 {
							debug.SetGCPercent(pct)
							last = pct
						}
					}
				}
				arm()
			})
		}
		arm()
	})
}

// gcSentinel is the object whose finalizer marks the end of a cycle (big
// enough not to share a tiny-allocator block).
type gcSentinel struct{ _ [16]byte }
