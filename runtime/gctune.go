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
// every 32 MiB; once the live heap is larger than that, GOGC=100 applies
// as before, so big heaps use no more memory than they did.
const gcHeadroom = 32 << 20

var gcTuneOnce sync.Once

// tuneGC applies gcHeadroom, unless GOGC is set (the user's choice wins).
// After each collection (a finalizer re-armed per cycle) it sets GOGC so
// that the next goal is at least live+gcHeadroom.
func tuneGC() {
	gcTuneOnce.Do(func() {
		if os.Getenv("GOGC") != "" {
			return
		}
		// before the first cycle: Go's 4 MiB minimum heap, scaled to 32 MiB
		debug.SetGCPercent(800)
		last := 800
		sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
		var arm func()
		arm = func() {
			goruntime.SetFinalizer(&gcSentinel{}, func(*gcSentinel) {
				metrics.Read(sample)
				if sample[0].Value.Kind() == metrics.KindUint64 {
					if live := sample[0].Value.Uint64(); live > 0 {
						pct := 100
						if live < gcHeadroom {
							pct = int(gcHeadroom * 100 / live)
						}
						pct = min(pct, 1000)
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
