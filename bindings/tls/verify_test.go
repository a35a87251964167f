package tls

import (
	"bufio"
	"crypto/x509"
	"encoding/pem"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

func readChain(t *testing.T, name string) []*x509.Certificate {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(certsDir, name))
	if err != nil {
		t.Fatal(err)
	}
	var out []*x509.Certificate
	for {
		var b *pem.Block
		b, data = pem.Decode(data)
		if b == nil {
			return out
		}
		c, err := x509.ParseCertificate(b.Bytes)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, c)
	}
}

// The server certificates of testdata/node/tls-probe/verify-errors.js.
var probeServers = map[string]string{
	"self-signed leaf":           "server-selfsigned.pem",
	"untrusted root in chain":    "server-untrusted-chain.pem",
	"untrusted leaf alone":       "server-untrusted.pem",
	"leaf without intermediate":  "server-ec.pem",
	"chain without trusted root": "server-ec-chain.pem",
	"expired":                    "server-expired.pem",
	"not yet valid":              "server-notyet.pem",
	"wrong host":                 "server-wronghost.pem",
	"good chain":                 "server-ec-chain.pem",
	"good rsa chain":             "server-rsa-chain.pem",
	"root-signed leaf":           "server-root-signed.pem",
}

// TestVerifyChainMatchesNode replays every case of verify-errors.js against
// Node's recorded authorizationError.
func TestVerifyChainMatchesNode(t *testing.T) {
	f, err := os.Open("../../testdata/node/tls-probe/verify-errors.node.out")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	head := regexp.MustCompile(`^# (.+) ca=(\S+) reject=false servername=localhost$`)
	result := regexp.MustCompile(`authorizationError=(\S+)`)
	ca := readChain(t, "ca.pem")
	var name, caOpt string
	checked := 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if m := head.FindStringSubmatch(line); m != nil {
			name, caOpt = m[1], m[2]
			continue
		}
		if strings.HasPrefix(line, "#") {
			name = ""
			continue
		}
		m := result.FindStringSubmatch(line)
		if name == "" || m == nil {
			continue
		}
		want := strings.Trim(m[1], `"`)
		if want == "null" || want == "ERR_TLS_CERT_ALTNAME_INVALID" {
			want = ""
		}
		var roots []*x509.Certificate
		if caOpt == "ca.pem" {
			roots = ca
		}
		got := VerifyChain(readChain(t, probeServers[name]), roots, time.Now(), PurposeServer)
		if got != want {
			t.Errorf("%s ca=%s: got %q, want %q", name, caOpt, got, want)
		}
		checked++
	}
	if checked != 2*len(probeServers) {
		t.Fatalf("checked %d cases, want %d", checked, 2*len(probeServers))
	}
}

func TestVerifyChainCases(t *testing.T) {
	ca := readChain(t, "ca.pem")
	inter := readChain(t, "intermediate.pem")
	now := time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		name    string
		peer    []*x509.Certificate
		roots   []*x509.Certificate
		at      time.Time
		purpose Purpose
		want    string
	}{
		{"no certificate", nil, ca, now, PurposeClient, "UNABLE_TO_GET_ISSUER_CERT"},
		{"client cert", readChain(t, "client.pem"), ca, now, PurposeClient, ""},
		{"client cert as server", readChain(t, "client.pem"), ca, now, PurposeServer, "INVALID_PURPOSE"},
		{"server cert as client (handshake-errors.js)", readChain(t, "server-root-signed.pem"), ca, now, PurposeClient, "INVALID_PURPOSE"},
		{"rsa cert has both usages", readChain(t, "server-rsa-chain.pem"), ca, now, PurposeClient, ""},
		{"untrusted client", readChain(t, "client-untrusted.pem"), ca, now, PurposeClient, "UNABLE_TO_VERIFY_LEAF_SIGNATURE"},
		{"intermediate trusted as root only", readChain(t, "server-ec.pem"), inter, now, PurposeServer, "UNABLE_TO_GET_ISSUER_CERT"}, // Node: tls/ca-option.js
		{"leaf trusted directly", readChain(t, "server-selfsigned.pem"), readChain(t, "server-selfsigned.pem"), now, PurposeServer, ""},
		{"chain after root's end", readChain(t, "server-ec-chain.pem"), ca, time.Date(2080, 1, 1, 0, 0, 0, 0, time.UTC), PurposeServer, "CERT_HAS_EXPIRED"},
		{"chain before start", readChain(t, "server-ec-chain.pem"), ca, time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC), PurposeServer, "CERT_NOT_YET_VALID"},
		{"expired self-signed", readChain(t, "server-selfsigned.pem"), nil, time.Date(2080, 1, 1, 0, 0, 0, 0, time.UTC), PurposeServer, "CERT_HAS_EXPIRED"},
		{"leaf used as CA", append(readChain(t, "server-ec.pem"), readChain(t, "server-root-signed.pem")...), ca, now, PurposeServer, "UNABLE_TO_VERIFY_LEAF_SIGNATURE"},
	} {
		if got := VerifyChain(c.peer, c.roots, c.at, c.purpose); got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}

// The pool form must agree with the list form on every probe case.
func TestVerifyChainPoolAgrees(t *testing.T) {
	ca := readChain(t, "ca.pem")
	pool := x509.NewCertPool()
	pool.AddCert(ca[0])
	files := []string{"server-selfsigned.pem", "server-untrusted-chain.pem", "server-untrusted.pem",
		"server-ec.pem", "server-ec-chain.pem", "server-expired.pem", "server-notyet.pem",
		"server-wronghost.pem", "server-rsa-chain.pem", "server-root-signed.pem", "client.pem"}
	for _, f := range files {
		for _, at := range []time.Time{time.Now(), time.Date(2080, 1, 1, 0, 0, 0, 0, time.UTC)} {
			chain := readChain(t, f)
			a := VerifyChain(chain, ca, at, PurposeServer)
			b := VerifyChainPool(chain, pool, at, PurposeServer)
			c := VerifyChainPool(chain, nil, at, PurposeServer)
			d := VerifyChain(chain, nil, at, PurposeServer)
			if a != b || c != d {
				t.Errorf("%s at %v: list %q pool %q; empty list %q nil pool %q", f, at, a, b, d, c)
			}
		}
	}
	// A self-signed certificate that is itself in the pool is trusted.
	self := readChain(t, "server-selfsigned.pem")
	p := x509.NewCertPool()
	p.AddCert(self[0])
	if got := VerifyChainPool(self, p, time.Now(), PurposeServer); got != "" {
		t.Errorf("trusted self-signed: %q", got)
	}
}

func TestVerifyChainSignatures(t *testing.T) {
	ca := readChain(t, "ca.pem")
	leaf := readChain(t, "server-root-signed.pem")[0]
	der := append([]byte(nil), leaf.Raw...)
	der[len(der)-3] ^= 0x55 // inside the signature value
	bad, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)
	if got := VerifyChain([]*x509.Certificate{bad}, ca, now, PurposeServer); got != "CERT_SIGNATURE_FAILURE" {
		t.Errorf("corrupted signature: %q", got)
	}
	// An expired certificate with a bad signature reports the later check.
	if got := VerifyChain([]*x509.Certificate{bad}, ca, time.Date(2090, 1, 1, 0, 0, 0, 0, time.UTC), PurposeServer); got != "CERT_HAS_EXPIRED" {
		t.Errorf("corrupted and expired: %q", got)
	}
}
