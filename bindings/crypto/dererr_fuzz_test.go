package crypto

import (
	"strings"
	"testing"
)

// FuzzDerKeyError feeds arbitrary bytes to the DER error walk for every
// key type and public/private choice: it must never panic (a panic would
// reach the user's script as a Go crash). "" is a valid answer (not
// modelled: the caller keeps its DECODER error); a text must have the
// "asn1" tag and a message line.
func FuzzDerKeyError(f *testing.F) {
	for _, seed := range [][]byte{nil, {0x30}, {0x30, 0x00}, {0x30, 0x81}, {0x1f, 0xff, 0xff}, {0x04, 0x41, 0x04}, {0x30, 0x84, 0xff, 0xff, 0xff, 0xff}} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, der []byte) {
		for _, typ := range []string{"spki", "pkcs1", "pkcs8", "sec1"} {
			for _, pub := range []bool{true, false} {
				if e := derKeyError(der, typ, pub); e != "" && !strings.HasPrefix(e, "asn1\n") {
					t.Fatalf("malformed error text %q for %x (%s, public %v)", e, der, typ, pub)
				}
			}
		}
		asn1Header(der)
	})
}
