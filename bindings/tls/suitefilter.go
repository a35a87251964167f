package tls

import (
	"crypto/ecdsa"
	"crypto/rsa"
	"crypto/tls"
	"crypto/x509"
)

// SuitesForClient returns the TLS ≤ 1.2 suites a server may use with this
// client and certificate, as OpenSSL decides: with an ECDSA certificate,
// the ECDSA suites only if the client's supported groups (when it sent any)
// include the certificate's curve. crypto/tls skips this check when the
// server has a single certificate, so an OpenSSL client offering only
// X25519 would get a P-256 ECDSA server under Go but "no shared cipher"
// under Node. Put the result in the per-connection Config's CipherSuites
// (from GetConfigForClient): with no suite left crypto/tls fails as OpenSSL
// does (ERR_SSL_NO_SHARED_CIPHER, handshake_failure alert). suites nil
// means crypto/tls's defaults. TLS 1.3 is unaffected (it has no such rule).
func SuitesForClient(hello *tls.ClientHelloInfo, leaf *x509.Certificate, suites []uint16) []uint16 {
	pub, ok := leaf.PublicKey.(*ecdsa.PublicKey)
	if !ok || len(hello.SupportedCurves) == 0 {
		return suites
	}
	want := tls.CurveID(0)
	for _, c := range Curves {
		if curveMatches(c.ID, pub) {
			want = c.ID
		}
	}
	for _, c := range hello.SupportedCurves {
		if c == want {
			return suites
		}
	}
	if suites == nil {
		for _, s := range tls.CipherSuites() {
			suites = append(suites, s.ID)
		}
	}
	var out []uint16
	for _, id := range suites {
		if s, ok := SuiteByID(id); ok && s.au == "ECDSA" {
			continue
		}
		out = append(out, id)
	}
	if len(out) == 0 {
		// An empty list means "defaults" to crypto/tls: keep one suite the
		// client cannot use with this certificate, so the handshake fails.
		out = []uint16{tls.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256}
	}
	return out
}

func curveMatches(id tls.CurveID, pub *ecdsa.PublicKey) bool {
	name, _ := curveNames(pub.Curve)
	c, ok := CurveByID(id)
	return ok && c.Name == name
}

// ErrNoSharedTLS13Suite is what GetConfigForClient can return when
// TLS13SuiteShared is false: TranslateHandshakeError maps it to Node's
// ERR_SSL_NO_SHARED_CIPHER on the server. (crypto/tls then sends an
// internal_error alert where OpenSSL sends handshake_failure.)
var ErrNoSharedTLS13Suite = errorString("tls: no cipher suite supported by both client and server (TLS 1.3 ciphers option)")

type errorString string

func (e errorString) Error() string { return string(e) }

// TLS13SuiteShared reports whether a client that may negotiate TLS 1.3
// offers one of the TLS 1.3 suites the `ciphers` option allows (configured,
// from ParseCipherSuites; nil allows all). crypto/tls cannot restrict TLS
// 1.3 suites, but it can refuse a client that shares none, as OpenSSL does.
func TLS13SuiteShared(hello *tls.ClientHelloInfo, configured []uint16) bool {
	if configured == nil {
		return true
	}
	tls13 := false
	for _, v := range hello.SupportedVersions {
		if v == tls.VersionTLS13 {
			tls13 = true
		}
	}
	if !tls13 {
		return true
	}
	for _, offered := range hello.CipherSuites {
		for _, c := range configured {
			if offered == c {
				return true
			}
		}
	}
	return false
}

// ChooseSuite is the TLS ≤ 1.2 suite OpenSSL's server picks
// (ssl3_choose_cipher): the first suite of the client's list that the
// server's list allows, or with serverPref (honorCipherOrder) the first of
// the server's list that the client offers, skipping suites this
// certificate, the versions or the shared groups rule out. crypto/tls
// chooses by its own fixed order instead, so the server's Config is
// narrowed to the one suite. ok is false when the choice is left to
// crypto/tls: TLS 1.3 will be negotiated, no list or no groups to judge
// by, or nothing fits (crypto/tls then fails as OpenSSL does).
func ChooseSuite(hello *tls.ClientHelloInfo, server []uint16, serverPref bool, leaf *x509.Certificate,
	version uint16, curves []tls.CurveID) (uint16, bool) {
	if version == 0 || version >= tls.VersionTLS13 || server == nil || leaf == nil || len(hello.SupportedCurves) == 0 {
		return 0, false
	}
	_, isEC := leaf.PublicKey.(*ecdsa.PublicKey)
	_, isRSA := leaf.PublicKey.(*rsa.PublicKey)
	sharedCurve := false
	for _, c := range hello.SupportedCurves {
		for _, o := range curves {
			sharedCurve = sharedCurve || c == o
		}
	}
	usable := func(id uint16) bool {
		s, ok := SuiteByID(id)
		if !ok || !s.Node || s.TLS13 {
			return false
		}
		if s.Version == "TLSv1.2" && version < tls.VersionTLS12 {
			return false
		}
		switch s.au {
		case "ECDSA":
			if !isEC {
				return false
			}
		case "RSA":
			if !isRSA {
				return false
			}
		}
		return s.kx != "ECDHE" || sharedCurve
	}
	prio, allow := hello.CipherSuites, server
	if serverPref {
		prio, allow = server, hello.CipherSuites
	}
	for _, id := range prio {
		for _, a := range allow {
			if a == id && usable(id) {
				return id, true
			}
		}
	}
	return 0, false
}

// GoCertificateChoice is the certificate crypto/tls's server presents from
// a Config's Certificates: the first one the client supports, else the
// first.
func GoCertificateChoice(hello *tls.ClientHelloInfo, certs []tls.Certificate) *tls.Certificate {
	for i := range certs {
		if hello.SupportsCertificate(&certs[i]) == nil {
			return &certs[i]
		}
	}
	return &certs[0]
}
