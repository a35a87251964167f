package runtime

import (
	"os"
	goruntime "runtime"
	"strings"
)

// Go samples one allocation per 512 KiB for heap profiles in every
// program, and the first sample makes its profiling hash table (1.4 MiB,
// of which the buckets' scattered pages become resident). Nothing reads
// those samples unless $HANDSHAKE_MEMPROFILE asks for the heap profile at
// exit (or GODEBUG sets memprofilerate, or a test asks with -memprofile,
// which sets the rate after this), so they are off otherwise: about
// 0.5 MB less RSS for a server, and no sampling on allocation.
func init() {
	if os.Getenv("HANDSHAKE_MEMPROFILE") == "" && !strings.Contains(os.Getenv("GODEBUG"), "memprofilerate") {
		goruntime.MemProfileRate = 0
	}
}
