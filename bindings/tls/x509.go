package tls

import (
	"bytes"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"crypto/x509"
	"encoding/asn1"
	"encoding/pem"
	"net"
	"strings"

	"github.com/dop251/goja"

	"handshake/runtime"
)

// The Go half of crypto.X509Certificate (x509.js, Node's
// lib/internal/crypto/x509.js): parsing and the properties computed from
// certinfo, plus the check* and verify methods on the DER bytes.

// parseX509Input reads X509Certificate's argument: the first PEM
// CERTIFICATE block, or DER.
func parseX509Input(data []byte) (*x509.Certificate, error) {
	if certs := parsePEMCerts(data); len(certs) > 0 {
		return certs[0], nil
	}
	if c, err := x509.ParseCertificate(data); err == nil {
		return c, nil
	}
	return nil, ErrPEMNoStartLine
}

func x509Ops(r *runtime.Runtime, o *goja.Object) {
	vm := r.VM
	set := func(name string, fn func(goja.FunctionCall) goja.Value) { _ = o.Set(name, fn) }
	certArg := func(c goja.FunctionCall, i int) *x509.Certificate {
		cert, err := x509.ParseCertificate(runtime.BytesOf(vm, c.Argument(i)))
		if err != nil {
			throwErr(r, ErrPEMNoStartLine)
		}
		return cert
	}

	// x509Parse(bytes) → the certificate's fixed properties.
	set("x509Parse", func(c goja.FunctionCall) goja.Value {
		cert, err := parseX509Input(runtime.BytesOf(vm, c.Argument(0)))
		if err != nil {
			throwErr(r, err)
		}
		p := vm.NewObject()
		_ = p.Set("raw", newBuffer(r, cert.Raw))
		_ = p.Set("subject", multilineName(cert.RawSubject))
		_ = p.Set("issuer", multilineName(cert.RawIssuer))
		if ext := findExt(cert, oidSubjectAltName); ext != nil {
			if s, ok := subjectAltName(ext); ok {
				_ = p.Set("subjectAltName", s)
			}
		}
		if ext := findExt(cert, oidAuthorityInfoAccess); ext != nil {
			if s, ok := infoAccessString(ext); ok {
				_ = p.Set("infoAccess", s)
			}
		}
		_ = p.Set("validFrom", ASN1Time(cert.NotBefore))
		_ = p.Set("validTo", ASN1Time(cert.NotAfter))
		s1, s256, s512 := sha1.Sum(cert.Raw), sha256.Sum256(cert.Raw), sha512.Sum512(cert.Raw)
		_ = p.Set("fingerprint", Fingerprint(s1[:]))
		_ = p.Set("fingerprint256", Fingerprint(s256[:]))
		_ = p.Set("fingerprint512", Fingerprint(s512[:]))
		if ext := findExt(cert, oidExtKeyUsage); ext != nil {
			var oids []asn1.ObjectIdentifier
			if _, err := asn1.Unmarshal(ext, &oids); err == nil {
				items := make([]any, len(oids))
				for i, id := range oids {
					items[i] = id.String()
				}
				_ = p.Set("keyUsage", vm.NewArray(items...))
			}
		}
		_ = p.Set("serialNumber", SerialHex(cert.SerialNumber))
		_ = p.Set("ca", isCA(cert))
		_ = p.Set("pem", string(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: cert.Raw})))
		return p
	})
	set("x509Legacy", func(c goja.FunctionCall) goja.Value {
		return ObjectValue(r, LegacyCert(certArg(c, 0)))
	})
	// x509CheckHost(der, name, wildcards, partialWildcards, subject) → matched name or undefined
	set("x509CheckHost", func(c goja.FunctionCall) goja.Value {
		cert := certArg(c, 0)
		if m, ok := checkHost(cert, c.Argument(1).String(), c.Argument(2).ToBoolean(), c.Argument(3).ToBoolean(), c.Argument(4).String()); ok {
			return vm.ToValue(m)
		}
		return goja.Undefined()
	})
	set("x509CheckIP", func(c goja.FunctionCall) goja.Value {
		cert := certArg(c, 0)
		ip := ParseIPAsOpenSSL(c.Argument(1).String())
		if ip == nil {
			r.ThrowError("TypeError", "ERR_INVALID_ARG_VALUE", "Invalid IP")
		}
		for _, a := range cert.IPAddresses {
			// OpenSSL compares the bytes: an IPv4-mapped IPv6 address does
			// not match an IPv4 entry
			if v4 := a.To4(); v4 != nil && len(a) == net.IPv4len {
				a = v4
			}
			if bytes.Equal(a, ip) {
				return c.Argument(1)
			}
		}
		return goja.Undefined()
	})
	set("x509CheckEmail", func(c goja.FunctionCall) goja.Value {
		cert := certArg(c, 0)
		want := c.Argument(1).String()
		for _, e := range cert.EmailAddresses {
			if strings.EqualFold(e, want) {
				return vm.ToValue(e)
			}
		}
		if len(cert.EmailAddresses) == 0 || c.Argument(2).String() == "always" {
			rdns, _ := parseName(cert.RawSubject)
			for _, rdn := range rdns {
				for _, a := range rdn {
					if a.shortName() == "emailAddress" {
						if v := asn1StringUTF8(a.Value); strings.EqualFold(v, want) {
							return vm.ToValue(v)
						}
					}
				}
			}
		}
		return goja.Undefined()
	})
	set("x509CheckIssued", func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(checkIssued(certArg(c, 1), certArg(c, 0)))
	})
	// x509Verify(der, spkiDER): the certificate's signature under the key.
	set("x509Verify", func(c goja.FunctionCall) goja.Value {
		cert := certArg(c, 0)
		pub, err := x509.ParsePKIXPublicKey(runtime.BytesOf(vm, c.Argument(1)))
		if err != nil {
			return vm.ToValue(false)
		}
		issuer := &x509.Certificate{PublicKey: pub, PublicKeyAlgorithm: publicKeyAlgorithm(pub)}
		return vm.ToValue(issuer.CheckSignature(cert.SignatureAlgorithm, cert.RawTBSCertificate, cert.Signature) == nil)
	})
	// x509CheckPrivateKey(der, pkcs8DER)
	set("x509CheckPrivateKey", func(c goja.FunctionCall) goja.Value {
		cert := certArg(c, 0)
		key, err := parseKeyDER(runtime.BytesOf(vm, c.Argument(1)))
		if err != nil {
			return vm.ToValue(false)
		}
		ok, _ := CheckKeyPair(cert, key)
		return vm.ToValue(ok)
	})
}

func publicKeyAlgorithm(pub any) x509.PublicKeyAlgorithm {
	switch keyType(pub) {
	case "RSA":
		return x509.RSA
	case "EC":
		return x509.ECDSA
	case "Ed25519":
		return x509.Ed25519
	}
	return x509.UnknownPublicKeyAlgorithm
}

// multilineName formats a DER Name as X509Certificate's subject and issuer
// (X509_NAME_print_ex with XN_FLAG_SEP_MULTILINE): one "SN=value" line
// per RDN in certificate order, multi-valued RDNs joined by " + ".
func multilineName(der []byte) string {
	rdns, _ := parseName(der)
	lines := make([]string, 0, len(rdns))
	for _, rdn := range rdns {
		avas := make([]string, 0, len(rdn))
		for _, a := range rdn {
			var v string
			if !a.known() || !isStringTag(a.Value) {
				v = "#" + strings.ToUpper(hexString(a.Value.FullBytes))
			} else {
				v = escape2253(asn1StringUTF8(a.Value))
			}
			avas = append(avas, a.shortName()+"="+v)
		}
		lines = append(lines, strings.Join(avas, " + "))
	}
	return strings.Join(lines, "\n")
}

func hexString(b []byte) string {
	const digits = "0123456789abcdef"
	out := make([]byte, 2*len(b))
	for i, c := range b {
		out[2*i], out[2*i+1] = digits[c>>4], digits[c&15]
	}
	return string(out)
}

// checkHost is X509_check_host with Node's flags: DNS subjectAltNames
// (the subject's CN only when there are none, or always with subject
// "always"; never with "never"), case-insensitive, a wildcard allowed in
// the leftmost label of a name with at least three labels. It returns the
// certificate's name that matched.
func checkHost(cert *x509.Certificate, host string, wildcards, partial bool, subject string) (string, bool) {
	host = strings.TrimSuffix(host, ".")
	var names []string
	names = append(names, cert.DNSNames...)
	if subject == "always" || (subject != "never" && len(cert.DNSNames) == 0) {
		rdns, _ := parseName(cert.RawSubject)
		for i := len(rdns) - 1; i >= 0; i-- {
			for _, a := range rdns[i] {
				if a.shortName() == "CN" {
					names = append(names, asn1StringUTF8(a.Value))
				}
			}
		}
	}
	for _, n := range names {
		if hostMatches(n, host, wildcards, partial) {
			return n, true
		}
	}
	return "", false
}

func hostMatches(pattern, host string, wildcards, partial bool) bool {
	if strings.EqualFold(pattern, host) {
		return true
	}
	if !wildcards {
		return false
	}
	star := strings.IndexByte(pattern, '*')
	if star < 0 || strings.Count(pattern, "*") > 1 {
		return false
	}
	dot := strings.IndexByte(pattern, '.')
	if dot < 0 || star > dot || strings.Count(pattern[dot:], ".") < 2 {
		return false
	}
	if !partial && (star != 0 || dot != 1) {
		return false
	}
	hdot := strings.IndexByte(host, '.')
	if hdot < 0 || !strings.EqualFold(pattern[dot:], host[hdot:]) {
		return false
	}
	label := host[:hdot]
	prefix, suffix := pattern[:star], pattern[star+1:dot]
	return len(label) >= len(prefix)+len(suffix) && len(label) > 0 &&
		strings.HasPrefix(strings.ToLower(label), strings.ToLower(prefix)) &&
		strings.HasSuffix(strings.ToLower(label), strings.ToLower(suffix))
}

// ParseIPAsOpenSSL reads an address as OpenSSL's a2i_IPADDRESS does: with
// a ':' an IPv6 address (no zone), otherwise IPv4 as sscanf("%d.%d.%d.%d")
// reads it (blanks and a sign before each number, anything after the
// fourth ignored), each part 0..255. nil when it is not one.
func ParseIPAsOpenSSL(s string) net.IP {
	if strings.Contains(s, ":") {
		if strings.Contains(s, "%") {
			return nil
		}
		return net.ParseIP(s)
	}
	var parts [4]byte
	rest := s
	for i := 0; i < 4; i++ {
		if i > 0 {
			if !strings.HasPrefix(rest, ".") {
				return nil
			}
			rest = rest[1:]
		}
		rest = strings.TrimLeft(rest, " \t\n\v\f\r")
		neg := false
		if rest != "" && (rest[0] == '+' || rest[0] == '-') {
			neg = rest[0] == '-'
			rest = rest[1:]
		}
		n, digits := 0, 0
		for digits < len(rest) && rest[digits] >= '0' && rest[digits] <= '9' {
			if n < 1000 {
				n = n*10 + int(rest[digits]-'0')
			}
			digits++
		}
		if digits == 0 || (neg && n != 0) || n > 255 {
			return nil
		}
		parts[i] = byte(n)
		rest = rest[digits:]
	}
	if rest != "" && !strings.ContainsRune(" \t\n\v\f\r", rune(rest[0])) {
		return nil
	}
	return net.IP(parts[:])
}
