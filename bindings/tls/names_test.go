package tls

import (
	"crypto/tls"
	"reflect"
	"strings"
	"testing"
)

// nodeGetCiphers is tls.getCiphers() under Node v20.20.2.
const nodeGetCiphers = "aes128-gcm-sha256,aes128-sha,aes128-sha256,aes256-gcm-sha384,aes256-sha,aes256-sha256,dhe-psk-aes128-cbc-sha,dhe-psk-aes128-cbc-sha256,dhe-psk-aes128-gcm-sha256,dhe-psk-aes256-cbc-sha,dhe-psk-aes256-cbc-sha384,dhe-psk-aes256-gcm-sha384,dhe-psk-chacha20-poly1305,dhe-rsa-aes128-gcm-sha256,dhe-rsa-aes128-sha,dhe-rsa-aes128-sha256,dhe-rsa-aes256-gcm-sha384,dhe-rsa-aes256-sha,dhe-rsa-aes256-sha256,dhe-rsa-chacha20-poly1305,ecdhe-ecdsa-aes128-gcm-sha256,ecdhe-ecdsa-aes128-sha,ecdhe-ecdsa-aes128-sha256,ecdhe-ecdsa-aes256-gcm-sha384,ecdhe-ecdsa-aes256-sha,ecdhe-ecdsa-aes256-sha384,ecdhe-ecdsa-chacha20-poly1305,ecdhe-psk-aes128-cbc-sha,ecdhe-psk-aes128-cbc-sha256,ecdhe-psk-aes256-cbc-sha,ecdhe-psk-aes256-cbc-sha384,ecdhe-psk-chacha20-poly1305,ecdhe-rsa-aes128-gcm-sha256,ecdhe-rsa-aes128-sha,ecdhe-rsa-aes128-sha256,ecdhe-rsa-aes256-gcm-sha384,ecdhe-rsa-aes256-sha,ecdhe-rsa-aes256-sha384,ecdhe-rsa-chacha20-poly1305,psk-aes128-cbc-sha,psk-aes128-cbc-sha256,psk-aes128-gcm-sha256,psk-aes256-cbc-sha,psk-aes256-cbc-sha384,psk-aes256-gcm-sha384,psk-chacha20-poly1305,rsa-psk-aes128-cbc-sha,rsa-psk-aes128-cbc-sha256,rsa-psk-aes128-gcm-sha256,rsa-psk-aes256-cbc-sha,rsa-psk-aes256-cbc-sha384,rsa-psk-aes256-gcm-sha384,rsa-psk-chacha20-poly1305,srp-aes-128-cbc-sha,srp-aes-256-cbc-sha,srp-rsa-aes-128-cbc-sha,srp-rsa-aes-256-cbc-sha,tls_aes_128_ccm_8_sha256,tls_aes_128_ccm_sha256,tls_aes_128_gcm_sha256,tls_aes_256_gcm_sha384,tls_chacha20_poly1305_sha256"

func TestGetCiphers(t *testing.T) {
	node := map[string]bool{}
	for _, n := range strings.Split(nodeGetCiphers, ",") {
		node[n] = true
	}
	got := GetCiphers()
	if len(got) != 20 {
		t.Errorf("got %d ciphers: %v", len(got), got)
	}
	for i, n := range got {
		if !node[n] {
			t.Errorf("%s is not in Node's list", n)
		}
		if i > 0 && got[i-1] >= n {
			t.Errorf("not sorted at %s", n)
		}
	}
}

func TestSuitesAgreeWithCryptoTLS(t *testing.T) {
	goSuites := map[uint16]string{}
	for _, s := range append(tls.CipherSuites(), tls.InsecureCipherSuites()...) {
		goSuites[s.ID] = s.Name
	}
	seen := map[uint16]bool{}
	for _, s := range Suites {
		if seen[s.ID] {
			t.Errorf("%s listed twice", s.IANA)
		}
		seen[s.ID] = true
		if goSuites[s.ID] != s.IANA {
			t.Errorf("%04x: IANA %s, crypto/tls says %s", s.ID, s.IANA, goSuites[s.ID])
		}
		if s.TLS13 != (s.Version == "TLSv1.3") {
			t.Errorf("%s: TLS13 flag and version %s disagree", s.IANA, s.Version)
		}
	}
	for id, name := range goSuites {
		if !seen[id] {
			t.Errorf("crypto/tls suite %s missing", name)
		}
	}
}

// Observed getCipher() values under Node (handshakes with each suite).
func TestSuiteNamesAsNode(t *testing.T) {
	for _, c := range []struct{ openssl, iana, version string }{
		{"ECDHE-RSA-AES128-SHA", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA", "TLSv1.0"},
		{"AES128-SHA", "TLS_RSA_WITH_AES_128_CBC_SHA", "SSLv3"},
		{"AES256-SHA", "TLS_RSA_WITH_AES_256_CBC_SHA", "SSLv3"},
		{"AES128-SHA256", "TLS_RSA_WITH_AES_128_CBC_SHA256", "TLSv1.2"},
		{"AES128-GCM-SHA256", "TLS_RSA_WITH_AES_128_GCM_SHA256", "TLSv1.2"},
		{"ECDHE-RSA-AES128-SHA256", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256", "TLSv1.2"},
		{"ECDHE-RSA-CHACHA20-POLY1305", "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256", "TLSv1.2"},
		{"ECDHE-RSA-AES256-GCM-SHA384", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", "TLSv1.2"},
		{"ECDHE-ECDSA-AES128-SHA", "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA", "TLSv1.0"},
		{"ECDHE-ECDSA-AES256-SHA", "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA", "TLSv1.0"},
		{"ECDHE-ECDSA-AES128-SHA256", "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256", "TLSv1.2"},
		{"ECDHE-ECDSA-AES128-GCM-SHA256", "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", "TLSv1.2"},
		{"TLS_AES_256_GCM_SHA384", "TLS_AES_256_GCM_SHA384", "TLSv1.3"},
	} {
		s, ok := SuiteByName(c.iana)
		if !ok || s.OpenSSL != c.openssl || s.Version != c.version {
			t.Errorf("%s: got %+v", c.iana, s)
		}
		if s2, ok := SuiteByName(c.openssl); !ok || s2.ID != s.ID {
			t.Errorf("%s: lookup by OpenSSL name failed", c.openssl)
		}
	}
}

func TestProtocolVersions(t *testing.T) {
	for name, v := range map[string]uint16{"TLSv1": tls.VersionTLS10, "TLSv1.1": tls.VersionTLS11,
		"TLSv1.2": tls.VersionTLS12, "TLSv1.3": tls.VersionTLS13} {
		got, ok := ProtocolVersion(name)
		if !ok || got != v || ProtocolName(v) != name {
			t.Errorf("%s: %x %v %s", name, got, ok, ProtocolName(v))
		}
	}
	for _, bad := range []string{"TLSv1.4", "SSLv3", "tlsv1.2", "", "TLSv1.0"} {
		if _, ok := ProtocolVersion(bad); ok {
			t.Errorf("%q accepted", bad)
		}
	}
	if ProtocolName(0x0305) != "unknown" {
		t.Error("unknown version name")
	}
}

func TestSecureProtocol(t *testing.T) {
	for _, c := range []struct {
		method   string
		min, max uint16
		err      string
	}{
		{"TLSv1_2_method", tls.VersionTLS12, tls.VersionTLS12, ""},
		{"TLS_method", tls.VersionTLS10, tls.VersionTLS13, ""},
		{"SSLv23_client_method", tls.VersionTLS10, tls.VersionTLS13, ""},
		{"TLSv1_1_server_method", tls.VersionTLS11, tls.VersionTLS11, ""},
		{"foo", 0, 0, "Unknown method: foo"},
		{"SSLv3_method", 0, 0, "SSLv3 methods disabled"},
		{"SSLv2_method", 0, 0, "SSLv2 methods disabled"},
	} {
		min, max, err := SecureProtocol(c.method)
		if min != c.min || max != c.max || err != c.err {
			t.Errorf("%s: %x %x %q", c.method, min, max, err)
		}
	}
}

func TestParseCurves(t *testing.T) {
	for _, c := range []struct {
		spec string
		want []tls.CurveID
		ok   bool
	}{
		{"auto", nil, true},
		{"P-256:x25519", []tls.CurveID{tls.CurveP256, tls.X25519}, true},
		{"prime256v1", []tls.CurveID{tls.CurveP256}, true},
		{"secp384r1:P-521", []tls.CurveID{tls.CurveP384, tls.CurveP521}, true},
		{"X448", []tls.CurveID{}, true},
		{"secp256k1", []tls.CurveID{}, true},
		{"foo", nil, false},
		{"P-256:foo", nil, false},
		{"", nil, false},
	} {
		got, ok := ParseCurves(c.spec)
		if ok != c.ok || !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q: got %v %v", c.spec, got, ok)
		}
	}
	if c, ok := CurveByID(tls.X25519); !ok || c.Name != "X25519" || c.Size != 253 {
		t.Errorf("X25519: %+v", c)
	}
	if c, _ := CurveByID(tls.CurveP256); c.Name != "prime256v1" || c.Size != 256 {
		t.Errorf("P-256: %+v", c)
	}
}

// What Node 20's OpenSSL accepts as a sigalgs list.
func TestValidSigalgsList(t *testing.T) {
	for s, want := range map[string]bool{
		"ECDSA+SHA256": true, "ecdsa_secp256r1_sha256": true, "rsa_pss_rsae_sha256": true, "RSA+SHA1": true,
		"ed25519": true, "ECDSA+SHA256:RSA-PSS+SHA256": true, "ecdsa+sha256": false, "RSA+SHA224": true,
		"DSA+SHA256": true, "ECDSA+MD5": false, "ECDSA": false, "rsa_pkcs1_sha256": true, "PSS+SHA256": true,
		"ecdsa_sha1": false, "NOPE+SHA1": false, "ECDSA+SHA256:ECDSA+SHA256": false, "SHA256+ECDSA": true, "RSA+": false,
	} {
		if got := ValidSigalgsList(s); got != want {
			t.Errorf("%q: got %v, want %v", s, got, want)
		}
	}
}

// X509Certificate.checkIP's parsing, as OpenSSL's a2i_IPADDRESS.
func TestParseIPAsOpenSSL(t *testing.T) {
	for s, want := range map[string]string{
		"127.0.0.1": "127.0.0.1", "127.0.0.1 ": "127.0.0.1", " 127.0.0.1": "127.0.0.1", "+127.0.0.1": "127.0.0.1",
		"127.0.0.01": "127.0.0.1", "127.0.0.1x": "", "1.2.3.4.5": "", "127.0.0.256": "", "1.2.3": "", "": "",
		"::1": "::1", "fe80::1%eth0": "", "::g": "",
	} {
		ip := ParseIPAsOpenSSL(s)
		got := ""
		if ip != nil {
			got = ip.String()
		}
		if got != want {
			t.Errorf("%q: got %q, want %q", s, got, want)
		}
	}
}
