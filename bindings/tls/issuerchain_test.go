package tls

import (
	"crypto/sha256"
	"crypto/x509"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// TestIssuerChainMatchesNode compares with expected/chains.json, written by
// node from getPeerCertificate(true) (testdata/certs/expected/chains.js).
func TestIssuerChainMatchesNode(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(certsDir, "expected", "chains.json"))
	if err != nil {
		t.Fatal(err)
	}
	var scenarios []struct {
		Cert    string
		CA      *string
		Chain   []string
		SelfRef bool
	}
	if err := json.Unmarshal(data, &scenarios); err != nil {
		t.Fatal(err)
	}
	for _, s := range scenarios {
		var roots []*x509.Certificate
		pool := x509.NewCertPool()
		ca := "none"
		if s.CA != nil {
			ca = *s.CA
			roots = readChain(t, ca)
			for _, c := range roots {
				pool.AddCert(c)
			}
		}
		peer := readChain(t, s.Cert)
		for _, variant := range []string{"list", "pool"} {
			var chain []*x509.Certificate
			var selfRef bool
			if variant == "list" {
				chain, selfRef = IssuerChain(peer, roots)
			} else {
				chain, selfRef = IssuerChainPool(peer, pool)
			}
			var got []string
			for _, c := range chain {
				sum := sha256.Sum256(c.Raw)
				got = append(got, Fingerprint(sum[:]))
			}
			if len(got) != len(s.Chain) || selfRef != s.SelfRef {
				t.Errorf("%s ca=%s (%s): got %d certs selfRef=%v, want %d selfRef=%v", s.Cert, ca, variant, len(got), selfRef, len(s.Chain), s.SelfRef)
				continue
			}
			for i := range got {
				if got[i] != s.Chain[i] {
					t.Errorf("%s ca=%s (%s): cert %d differs", s.Cert, ca, variant, i)
				}
			}
		}
	}
}
