package crypto

import (
	"crypto/x509"
	"strings"
)

// This file reproduces the OpenSSL errors Node prints for malformed DER
// given to createPublicKey/createPrivateKey. Go's parsers only say "bad
// DER"; OpenSSL's template decoder (crypto/asn1/tasn_dec.c) stops at the
// first bad header, tag or missing field and raises a root error plus a
// "nested asn1 error" per template level. derParseError walks the same
// outer SEQUENCE and its leading fields as those templates and builds the
// same error queue. Deeper faults (inside an AlgorithmIdentifier, bad
// integer contents) are not modelled: they keep the DECODER error.

// OpenSSL reasons as Node prints them: "error:<hex>:<library>::<reason>".
var osslErrHex = map[string]string{
	"header too long":          "0680007B",
	"too small":                "068000E0",
	"too long":                 "0680009B",
	"not enough data":          "0680008E",
	"field missing":            "06800079",
	"wrong tag":                "068000A8",
	"too large":                "068000DF",
	"sequence not constructed": "06800095",
	"nested asn1 error":        "0688010A",
	"bad object header":        "06800066",
	"ASN1 lib":                 "0688000D",
	"unsupported":              "1E08010C",
	"decode error":             "03000072",
}

// osslErr formats one OpenSSL error line.
func osslErr(reason string) string {
	lib := "asn1 encoding routines"
	switch reason {
	case "unsupported":
		lib = "DECODER routines"
	case "decode error":
		lib = "digital envelope routines"
	}
	return "error:" + osslErrHex[reason] + ":" + lib + "::" + reason
}

// asn1Fault is a failed template decode: the root reason and the errors
// raised after it, in the order Node lists them in opensslErrorStack
// (latest first).
type asn1Fault struct {
	root  string
	after []string
}

// fieldSpec is one required leading field of a template: its universal
// tag, and whether it is embedded as an int32 (OpenSSL's INT32 version
// fields, which fail with "too large").
type fieldSpec struct {
	tag   int
	int32 bool
	sub   []fieldSpec // leading fields of a SEQUENCE field
}

const (
	tagInteger   = 2
	tagBitString = 3
	tagOctet     = 4
	tagOID       = 6
	tagSequence  = 16
)

var (
	tmplAlgID   = []fieldSpec{{tag: tagOID}}
	tmplSPKI    = []fieldSpec{{tag: tagSequence, sub: tmplAlgID}, {tag: tagBitString}}
	tmplRSAPub  = []fieldSpec{{tag: tagInteger}, {tag: tagInteger}}
	tmplPKCS8   = []fieldSpec{{tag: tagInteger}, {tag: tagSequence, sub: tmplAlgID}, {tag: tagOctet}}
	tmplRSAPriv = []fieldSpec{{tag: tagInteger, int32: true}, {tag: tagInteger}, {tag: tagInteger}, {tag: tagInteger}, {tag: tagInteger}, {tag: tagInteger}, {tag: tagInteger}, {tag: tagInteger}, {tag: tagInteger}}
	tmplECPriv  = []fieldSpec{{tag: tagInteger, int32: true}, {tag: tagOctet}}
	tmplX509Sig = []fieldSpec{{tag: tagSequence, sub: tmplAlgID}, {tag: tagOctet}}
)

// asn1Header is OpenSSL's ASN1_get_object on b: the header's size, the
// tag, class bits, constructed bit and content length. bad is
// "header too long" when the header itself is cut or malformed, and
// "too long" when the content runs past b.
func asn1Header(b []byte) (hdr, tag int, class byte, cons bool, length int, bad string) {
	max := len(b)
	if max == 0 {
		return 0, 0, 0, false, 0, "header too long"
	}
	p := 0
	cons = b[0]&0x20 != 0
	class = b[0] & 0xc0
	if t := int(b[0] & 0x1f); t == 0x1f {
		p++
		if max--; max == 0 {
			return 0, 0, 0, false, 0, "header too long"
		}
		l := 0
		for b[p]&0x80 != 0 {
			l = l<<7 | int(b[p]&0x7f)
			p++
			if max--; max == 0 || l > 0x7fffffff>>7 {
				return 0, 0, 0, false, 0, "header too long"
			}
		}
		l = l<<7 | int(b[p]&0x7f)
		p++
		tag = l
		if max--; max == 0 {
			return 0, 0, 0, false, 0, "header too long"
		}
	} else {
		tag = t
		p++
		if max--; max == 0 {
			return 0, 0, 0, false, 0, "header too long"
		}
	}
	// asn1_get_length
	max--
	c := b[p]
	p++
	if c == 0x80 {
		// Indefinite length: only for constructed types; not modelled
		// further (the content is taken to run to the end).
		if !cons {
			return 0, 0, 0, false, 0, "header too long"
		}
		return p, tag, class, cons, len(b) - p, ""
	}
	if c&0x80 == 0 {
		length = int(c)
	} else {
		i := int(c & 0x7f)
		if max < i+1 {
			return 0, 0, 0, false, 0, "header too long"
		}
		for i > 0 && b[p] == 0 {
			p++
			i--
		}
		if i > 8 {
			return 0, 0, 0, false, 0, "header too long"
		}
		var v uint64
		for ; i > 0; i-- {
			v = v<<8 | uint64(b[p])
			p++
		}
		if v > 1<<63-1 {
			return 0, 0, 0, false, 0, "header too long"
		}
		length = int(v)
	}
	if length > len(b)-p {
		return p, tag, class, cons, length, "too long"
	}
	return p, tag, class, cons, length, ""
}

// templateFault decodes der's outer SEQUENCE and the leading fields of
// tmpl as tasn_dec.c does; nil when that much is well formed.
func templateFault(der []byte, tmpl []fieldSpec) *asn1Fault {
	nested := "nested asn1 error"
	if len(der) == 0 {
		return &asn1Fault{root: "too small"}
	}
	hdr, tag, class, cons, length, bad := asn1Header(der)
	if bad != "" {
		return &asn1Fault{root: bad, after: []string{nested, "bad object header"}}
	}
	if tag != tagSequence || class != 0 {
		return &asn1Fault{root: "wrong tag", after: []string{nested}}
	}
	if !cons {
		return &asn1Fault{root: "sequence not constructed"}
	}
	return fieldsFault(der[hdr:hdr+length], tmpl)
}

// fieldsFault decodes the leading fields of a SEQUENCE's contents.
func fieldsFault(body []byte, tmpl []fieldSpec) *asn1Fault {
	nested := "nested asn1 error"
	for _, f := range tmpl {
		if len(body) == 0 {
			return &asn1Fault{root: "field missing"}
		}
		h, t, cl, _, l, bad := asn1Header(body)
		if bad != "" {
			return &asn1Fault{root: bad, after: []string{nested, nested, "bad object header"}}
		}
		if t != f.tag || cl != 0 {
			return &asn1Fault{root: "wrong tag", after: []string{nested, nested}}
		}
		if f.sub != nil {
			// A SEQUENCE field's own fields: one more template level.
			if sub := fieldsFault(body[h:h+l], f.sub); sub != nil {
				sub.after = append([]string{nested}, sub.after...)
				return sub
			}
		}
		if f.int32 && t == tagInteger {
			v := body[h : h+l]
			for len(v) > 1 && v[0] == 0 {
				v = v[1:]
			}
			if len(v) > 4 || (len(v) == 4 && v[0]&0x80 != 0 && body[h] == 0) {
				return &asn1Fault{root: "too large", after: []string{nested}}
			}
		}
		body = body[h+l:]
	}
	return nil
}

// derKeyError is the error Node throws for DER key input that none of
// the parsers accepted, encoded for keys.js: fields separated by "\n",
// the first "asn1", then the message line (or "" for Node's plain
// "Failed to read private key"), then opensslErrorStack's lines. It
// returns "" when the input is not modelled (the caller keeps its
// DECODER error).
func derKeyError(der []byte, typ string, wantPublic bool) string {
	var msg string
	var stack []string
	fault := func(f *asn1Fault, prefix ...string) {
		msg = osslErr(f.root)
		for _, r := range prefix {
			stack = append(stack, osslErr(r))
		}
		for _, r := range f.after {
			stack = append(stack, osslErr(r))
		}
	}
	// decoder is OpenSSL's OSSL_DECODER path (private PKCS#1 and SEC1):
	// it tries the input as a PrivateKeyInfo and as the type's own
	// structure, then fails with "unsupported" twice.
	modelled := true
	decoder := func(own []fieldSpec) {
		msg = osslErr("unsupported")
		if _, err := x509.ParsePKCS8PrivateKey(der); err != nil {
			for _, t := range [][]fieldSpec{tmplPKCS8, own} {
				f := templateFault(der, t)
				if f == nil {
					modelled = false
					return
				}
				for _, r := range f.after {
					stack = append(stack, osslErr(r))
				}
				stack = append(stack, osslErr(f.root))
			}
		}
		stack = append(stack, osslErr("unsupported"), osslErr("unsupported"))
	}
	switch {
	case typ == "spki" && wantPublic:
		f := templateFault(der, tmplSPKI)
		if f == nil {
			// A well-formed SubjectPublicKeyInfo whose algorithm or key
			// bits do not decode: OpenSSL's EVP "decode error" (mostly;
			// faults deeper in the ASN.1 raise their own reason).
			f = &asn1Fault{root: "decode error"}
		}
		fault(f)
	case typ == "pkcs1" && wantPublic && !looksRSAPrivate(der):
		f := templateFault(der, tmplRSAPub)
		if f == nil {
			return ""
		}
		fault(f, "ASN1 lib")
	case typ == "pkcs1":
		decoder(tmplRSAPriv)
	case typ == "sec1":
		decoder(tmplECPriv)
	case typ == "pkcs8":
		// d2i_PKCS8_PRIV_KEY_INFO_bio reads one TLV first.
		if len(der) == 0 {
			return "asn1\n"
		}
		// asn1_d2i_read_bio parses the header in the first 8 bytes, then
		// reads the content it announces.
		head := der[:min(len(der), 8)]
		hdr, _, _, _, length, bad := asn1Header(head)
		switch {
		case bad == "header too long":
			msg = osslErr(bad)
		case bad == "too long" && length-(len(head)-hdr) > 1<<31-1:
			msg = osslErr("too long")
		case length > len(der)-hdr:
			msg = osslErr("not enough data")
		default:
			// Node reads a SEQUENCE not starting with an INTEGER as an
			// EncryptedPrivateKeyInfo (IsEncryptedPrivateKeyInfo).
			tmpl := tmplPKCS8
			if hdr+length > hdr && der[hdr] != tagInteger {
				tmpl = tmplX509Sig
			}
			f := templateFault(der[:hdr+length], tmpl)
			if f == nil {
				return ""
			}
			fault(f)
		}
	default:
		return ""
	}
	if !modelled {
		return ""
	}
	return "asn1\n" + msg + "\n" + strings.Join(stack, "\n")
}

// looksRSAPrivate is Node's IsRSAPrivateKey: a SEQUENCE whose first
// element is a one-byte INTEGER 0 or 1 (an RSAPrivateKey version, where an
// RSAPublicKey starts with its modulus).
func looksRSAPrivate(b []byte) bool {
	if len(b) < 2 || b[0] != 0x30 {
		return false
	}
	off, n := 2, int(b[1])
	if b[1]&0x80 != 0 {
		nb := int(b[1] & 0x7f)
		if nb+2 > len(b) || nb > 8 {
			return false
		}
		n = 0
		for i := 0; i < nb; i++ {
			n = n<<8 | int(b[i+2])
		}
		off = 2 + nb
		if n < 0 || n > len(b)-off {
			n = len(b) - off
		}
	} else if n > len(b)-2 {
		n = len(b) - 2
	}
	return n >= 3 && b[off] == 2 && b[off+1] == 1 && b[off+2]&0xfe == 0
}
