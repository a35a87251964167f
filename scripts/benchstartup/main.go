// Command benchstartup compares the start-up time of handshake with node's,
// side by side: both run a trivial script (`-e 0`) in turn, A B A B …, and
// it prints each one's median wall time and the ratio handshake/node.
//
//	go build -o /tmp/handshake ./cmd/handshake
//	go run ./scripts/benchstartup -handshake /tmp/handshake -n 30
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"sort"
	"time"
)

func main() {
	hs := flag.String("handshake", "handshake", "the handshake binary")
	node := flag.String("node", "node", "the node binary")
	n := flag.Int("n", 20, "runs of each")
	flag.Parse()
	var a, b []time.Duration
	for i := 0; i < *n+1; i++ {
		da, err := timeRun(*hs, "-e", "0")
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		db, err := timeRun(*node, "-e", "0")
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		if i > 0 { // the first pair warms the page cache
			a, b = append(a, da), append(b, db)
		}
	}
	ma, mb := median(a), median(b)
	fmt.Printf("handshake -e 0: median %.1f ms over %d runs\n", ms(ma), len(a))
	fmt.Printf("node -e 0:      median %.1f ms over %d runs\n", ms(mb), len(b))
	fmt.Printf("ratio handshake/node: %.2f (goal: at most 0.50)\n", ms(ma)/ms(mb))
}

func timeRun(name string, args ...string) (time.Duration, error) {
	start := time.Now()
	err := exec.Command(name, args...).Run()
	return time.Since(start), err
}

func median(ds []time.Duration) time.Duration {
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	return s[len(s)/2]
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
