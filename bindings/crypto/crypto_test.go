package crypto

import (
	"encoding/hex"
	"testing"
)

func TestScryptVectors(t *testing.T) {
	// RFC 7914 §12 test vectors.
	cases := []struct {
		pass, salt string
		n, r, p, l int
		want       string
	}{
		{"", "", 16, 1, 1, 64, "77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906"},
		{"password", "NaCl", 1024, 8, 16, 64, "fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b3731622eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640"},
	}
	for _, c := range cases {
		got, err := Scrypt([]byte(c.pass), []byte(c.salt), c.n, c.r, c.p, c.l)
		if err != nil || hex.EncodeToString(got) != c.want {
			t.Errorf("Scrypt(%q,%q) = %x, %v", c.pass, c.salt, got, err)
		}
	}
	if _, err := Scrypt(nil, nil, 3, 1, 1, 8); err == nil {
		t.Error("N not a power of two accepted")
	}
}

func TestDigestNames(t *testing.T) {
	for _, n := range []string{"md5", "SHA256", "RSA-SHA256", "sha-256", "sha512-256", "sha3-512"} {
		if newDigest(n) == nil {
			t.Errorf("%s not supported", n)
		}
	}
	h, _ := newHash("shake256", 8)
	h.Write([]byte("a"))
	if got := hex.EncodeToString(h.Sum(nil)); got != "867e2cb04f5a04dc" {
		t.Errorf("shake256 = %s", got)
	}
}
