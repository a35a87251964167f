package crypto

import (
	"bytes"
	"strings"
	"testing"
)

// TestDerKeyError checks the OpenSSL errors rebuilt for malformed DER
// against what Node v20 prints for the same bytes.
func TestDerKeyError(t *testing.T) {
	point := append([]byte{4, 0x9c}, bytes.Repeat([]byte{0x11}, 63)...) // 28 length bytes
	cases := []struct {
		name, typ string
		public    bool
		der       []byte
		want      string
	}{
		{"point spki", "spki", true, point, "asn1\nerror:0680007B:asn1 encoding routines::header too long\nerror:0688010A:asn1 encoding routines::nested asn1 error\nerror:06800066:asn1 encoding routines::bad object header"},
		{"empty spki", "spki", true, nil, "asn1\nerror:068000E0:asn1 encoding routines::too small\n"},
		{"empty pkcs8", "pkcs8", false, nil, "asn1\n"},
		{"short pkcs8", "pkcs8", false, []byte{1, 2, 3}, "asn1\nerror:0680008E:asn1 encoding routines::not enough data\n"},
		{"empty seq pkcs1", "pkcs1", true, []byte{0x30, 0}, "asn1\nerror:06800079:asn1 encoding routines::field missing\nerror:0688000D:asn1 encoding routines::ASN1 lib"},
		{"zeros sec1", "sec1", false, make([]byte, 16), "asn1\nerror:1E08010C:DECODER routines::unsupported\n" + strings.Join([]string{
			"error:0688010A:asn1 encoding routines::nested asn1 error", "error:068000A8:asn1 encoding routines::wrong tag",
			"error:0688010A:asn1 encoding routines::nested asn1 error", "error:068000A8:asn1 encoding routines::wrong tag",
			"error:1E08010C:DECODER routines::unsupported", "error:1E08010C:DECODER routines::unsupported"}, "\n")},
	}
	for _, c := range cases {
		if got := derKeyError(c.der, c.typ, c.public); got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}

// TestASN1Header checks the header reader on OpenSSL's edge cases.
func TestASN1Header(t *testing.T) {
	for _, c := range []struct {
		in  []byte
		bad string
	}{
		{[]byte{0x30}, "header too long"},
		{[]byte{0x30, 0x82, 0x01}, "header too long"},
		{[]byte{0x30, 0x03, 0x02, 0x01}, "too long"},
		{[]byte{0x30, 0x02, 0x02, 0x00}, ""},
		{[]byte{0x04, 0x80, 0x00}, "header too long"}, // indefinite primitive
		{[]byte{0x1f, 0x81}, "header too long"},
	} {
		if _, _, _, _, _, bad := asn1Header(c.in); bad != c.bad {
			t.Errorf("%x: got %q, want %q", c.in, bad, c.bad)
		}
	}
}
