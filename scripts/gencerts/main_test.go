package main

import (
	"crypto/x509"
	"encoding/pem"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"software.sslmate.com/src/go-pkcs12"
)

// TestGenerate regenerates everything into a temporary folder and checks
// that the file set is the committed one and that every file parses.
func TestGenerate(t *testing.T) {
	dir := t.TempDir()
	if err := run(dir); err != nil {
		t.Fatal(err)
	}
	got, _ := filepath.Glob(filepath.Join(dir, "*"))
	committed, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "certs", "*.p*"))
	var gotNames, wantNames []string
	for _, f := range got {
		gotNames = append(gotNames, filepath.Base(f))
	}
	for _, f := range committed {
		wantNames = append(wantNames, filepath.Base(f))
	}
	sort.Strings(gotNames)
	sort.Strings(wantNames)
	if strings.Join(gotNames, " ") != strings.Join(wantNames, " ") {
		t.Errorf("generated %v\ncommitted %v", gotNames, wantNames)
	}
	now := time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, name := range gotNames {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case strings.HasSuffix(name, ".pfx"):
			if _, _, _, err := pkcs12.DecodeChain(data, Passphrase); err != nil {
				t.Errorf("%s: %v", name, err)
			}
		case strings.Contains(name, "-key"):
			b, _ := pem.Decode(data)
			if b == nil || !strings.HasSuffix(b.Type, "PRIVATE KEY") {
				t.Errorf("%s: not a key", name)
			}
		default:
			rest := data
			n := 0
			for {
				var b *pem.Block
				b, rest = pem.Decode(rest)
				if b == nil {
					break
				}
				c, err := x509.ParseCertificate(b.Bytes)
				if err != nil {
					t.Errorf("%s: %v", name, err)
					break
				}
				n++
				valid := !now.Before(c.NotBefore) && !now.After(c.NotAfter)
				if valid != (name != "server-expired.pem" && name != "server-notyet.pem") {
					t.Errorf("%s: validity %v..%v", name, c.NotBefore, c.NotAfter)
				}
			}
			if n == 0 || (strings.HasSuffix(name, "-chain.pem") != (n == 2)) {
				t.Errorf("%s: %d certificates", name, n)
			}
		}
	}
}
