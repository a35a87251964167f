package tls

import (
	"crypto/tls"
	"crypto/x509"
	"testing"
)

// The "1.2 curve ..." cases of cipher-names.js: an ECDSA P-256 server and a
// TLS 1.2 client restricted to one group.
func TestSuitesForClientAsNode(t *testing.T) {
	ec := keyPair(t, "server-ec-key.pem", "server-ec-chain.pem")
	leaf := readChain(t, "server-ec.pem")[0]
	for _, c := range []struct {
		curve             tls.CurveID
		clientErr, srvErr string
		wantOK            bool
	}{
		{tls.X25519, "ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE", "ERR_SSL_NO_SHARED_CIPHER", false},
		{tls.CurveP256, "", "", true},
		{tls.CurveP384, "ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE", "ERR_SSL_NO_SHARED_CIPHER", false},
	} {
		server := &tls.Config{Certificates: []tls.Certificate{ec},
			GetConfigForClient: func(hello *tls.ClientHelloInfo) (*tls.Config, error) {
				return &tls.Config{Certificates: []tls.Certificate{ec}, MaxVersion: tls.VersionTLS12,
					CipherSuites: SuitesForClient(hello, leaf, nil)}, nil
			}}
		client := &tls.Config{InsecureSkipVerify: true, MaxVersion: tls.VersionTLS12,
			CurvePreferences: []tls.CurveID{c.curve},
			CipherSuites:     []uint16{tls.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256}}
		ce, se := handshake(t, server, client)
		code := func(err error, srv bool) string {
			if e := TranslateHandshakeError(err, srv); e != nil {
				return e.Code
			}
			return ""
		}
		if code(ce, false) != c.clientErr || code(se, true) != c.srvErr {
			t.Errorf("curve %v: client %v, server %v", c.curve, ce, se)
		}
	}
	// RSA certificates and clients without the extension are untouched.
	rsaLeaf := readChain(t, "server-rsa.pem")[0]
	hello := &tls.ClientHelloInfo{SupportedCurves: []tls.CurveID{tls.X25519}}
	if got := SuitesForClient(hello, rsaLeaf, nil); got != nil {
		t.Errorf("rsa: %v", got)
	}
	if got := SuitesForClient(&tls.ClientHelloInfo{}, leaf, []uint16{1}); len(got) != 1 {
		t.Errorf("no curves sent: %v", got)
	}
	if got := SuitesForClient(hello, leaf, []uint16{tls.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256}); len(got) != 1 || got[0] != tls.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256 {
		t.Errorf("only ECDSA suites: %v", got)
	}
}

func TestTLS13SuiteShared(t *testing.T) {
	hello := &tls.ClientHelloInfo{SupportedVersions: []uint16{tls.VersionTLS13, tls.VersionTLS12},
		CipherSuites: []uint16{tls.TLS_AES_256_GCM_SHA384, tls.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256}}
	if !TLS13SuiteShared(hello, nil) || !TLS13SuiteShared(hello, []uint16{tls.TLS_AES_256_GCM_SHA384}) {
		t.Error("shared suite refused")
	}
	if TLS13SuiteShared(hello, []uint16{tls.TLS_CHACHA20_POLY1305_SHA256}) {
		t.Error("unshared suite accepted")
	}
	hello.SupportedVersions = []uint16{tls.VersionTLS12}
	if !TLS13SuiteShared(hello, []uint16{tls.TLS_CHACHA20_POLY1305_SHA256}) {
		t.Error("TLS 1.2 client refused")
	}
	if e := TranslateHandshakeError(ErrNoSharedTLS13Suite, true); e.Code != "ERR_SSL_NO_SHARED_CIPHER" {
		t.Errorf("translation: %+v", e)
	}
}

// ChooseSuite picks as OpenSSL's server does: the client's order, or the
// server's with honorCipherOrder, among suites the certificate can use.
func TestChooseSuite(t *testing.T) {
	ec := readChain(t, "server-ec.pem")[0]
	rsaLeaf := readChain(t, "server-rsa.pem")[0]
	a128 := tls.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256
	a256 := tls.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384
	r128 := tls.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256
	hello := &tls.ClientHelloInfo{CipherSuites: []uint16{r128, a256, a128}, SupportedCurves: []tls.CurveID{tls.X25519}}
	curves := DefaultCurves
	for _, c := range []struct {
		name       string
		server     []uint16
		serverPref bool
		leaf       *x509.Certificate
		version    uint16
		want       uint16
		ok         bool
	}{
		{"client order, ECDSA cert skips RSA suite", []uint16{a128, a256, r128}, false, ec, tls.VersionTLS12, a256, true},
		{"server order", []uint16{a128, a256}, true, ec, tls.VersionTLS12, a128, true},
		{"RSA cert", []uint16{a128, a256, r128}, false, rsaLeaf, tls.VersionTLS12, r128, true},
		{"TLS 1.3 left to crypto/tls", []uint16{a128}, false, ec, tls.VersionTLS13, 0, false},
		{"GCM needs TLS 1.2", []uint16{a128, a256}, false, ec, tls.VersionTLS11, 0, false},
		{"nothing shared", []uint16{tls.TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256}, false, ec, tls.VersionTLS12, 0, false},
	} {
		got, ok := ChooseSuite(hello, c.server, c.serverPref, c.leaf, c.version, curves)
		if got != c.want || ok != c.ok {
			t.Errorf("%s: got %04x %v, want %04x %v", c.name, got, ok, c.want, c.ok)
		}
	}
	noCurves := &tls.ClientHelloInfo{CipherSuites: []uint16{a128}}
	if _, ok := ChooseSuite(noCurves, []uint16{a128}, false, ec, tls.VersionTLS12, curves); ok {
		t.Error("a hello without groups should leave the choice to crypto/tls")
	}
}

// NoCiphersForMax is OpenSSL's "No ciphers enabled for max supported
// SSL/TLS version".
func TestNoCiphersForMax(t *testing.T) {
	sc := newSecureContext()
	if sc.NoCiphersForMax() {
		t.Error("defaults have ciphers")
	}
	sc.MaxVersion = tls.VersionTLS12
	sc.CipherSuites = []uint16{}
	if !sc.NoCiphersForMax() {
		t.Error("TLS 1.2 max with no TLS 1.2 suite")
	}
	sc.MaxVersion = tls.VersionTLS13
	sc.TLS13Suites = []uint16{}
	if !sc.NoCiphersForMax() {
		t.Error("TLS 1.3 max with no TLS 1.3 suite")
	}
	sc.TLS13Suites = []uint16{tls.TLS_AES_128_GCM_SHA256}
	if sc.NoCiphersForMax() {
		t.Error("TLS 1.3 suite present")
	}
}
