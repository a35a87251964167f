package tls

import (
	"crypto/tls"
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
