package tls

import (
	"testing"
	"time"
)

// Per-handshake costs of the groundwork: a client verifying a server chain
// and building its getPeerCertificate() object.
func BenchmarkVerifyChain(b *testing.B) {
	t := &testing.T{}
	chain, ca := readChain(t, "server-ec-chain.pem"), readChain(t, "ca.pem")
	now := time.Now()
	for i := 0; i < b.N; i++ {
		if code := VerifyChain(chain, ca, now, PurposeServer); code != "" {
			b.Fatal(code)
		}
	}
}

func BenchmarkVerifyChainNodeRoots(b *testing.B) {
	t := &testing.T{}
	chain := readChain(t, "server-ec-chain.pem")
	roots := append(NodeRoots()[:len(NodeRoots()):len(NodeRoots())], readChain(t, "ca.pem")...)
	now := time.Now()
	for i := 0; i < b.N; i++ {
		if code := VerifyChain(chain, roots, now, PurposeServer); code != "" {
			b.Fatal(code)
		}
	}
}

func BenchmarkLegacyCert(b *testing.B) {
	t := &testing.T{}
	c := readChain(t, "server-ec.pem")[0]
	for i := 0; i < b.N; i++ {
		LegacyCert(c)
	}
}
