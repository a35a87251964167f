package tls

import (
	"crypto/ecdsa"
	"crypto/rsa"
	"encoding/pem"
	"os"
	"path/filepath"
	"testing"
)

func readCertFile(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(certsDir, name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestParsePrivateKey follows config-errors.js plus the extra key forms in
// testdata/certs/keys (all of which Node reads with passphrase "handshake").
func TestParsePrivateKey(t *testing.T) {
	ecCert := readChain(t, "server-ec.pem")[0]
	rsaCert := readChain(t, "server-rsa.pem")[0]
	for _, c := range []struct {
		file, pass string
		legacy     bool
		rsa        bool
		err        *NodeError
	}{
		{"server-ec-key.pem", "", false, false, nil},
		{"server-ec-key.pem", "ignored", false, false, nil},
		{"server-rsa-key.pem", "", false, true, nil},
		{"server-ec-key-encrypted.pem", "handshake", false, false, nil},
		{"server-ec-key-encrypted.pem", "wrong", false, false, ErrBadDecrypt(false)},
		{"server-ec-key-encrypted.pem", "", false, false, ErrBadDecrypt(false)},
		{"server-ec-key-legacy-encrypted.pem", "handshake", true, false, nil},
		{"server-ec-key-legacy-encrypted.pem", "wrong", true, false, ErrBadDecrypt(true)},
		{"server-ec-key-legacy-encrypted.pem", "", true, false, ErrBadDecrypt(true)},
		{"keys/ec-pkcs8-aes128-sha1.pem", "handshake", false, false, nil},
		{"keys/ec-pkcs8-aes192-sha512.pem", "handshake", false, false, nil},
		{"keys/ec-pkcs8-des3.pem", "handshake", false, false, nil},
		{"keys/ec-pkcs8-pbes1.pem", "handshake", false, false, nil},
		{"keys/ec-pkcs8-pbes1.pem", "nope", false, false, ErrBadDecrypt(false)},
		{"keys/ec-pkcs8-scrypt.pem", "handshake", false, false, nil},
		{"keys/ec-pkcs8-scrypt.pem", "nope", false, false, ErrBadDecrypt(false)},
		{"keys/ec-sec1.pem", "", false, false, nil},
		{"keys/rsa-pkcs1.pem", "", false, true, nil},
		{"keys/rsa-legacy-aes256.pem", "handshake", true, true, nil},
		{"keys/rsa-legacy-aes256.pem", "x", true, true, ErrBadDecrypt(true)},
		{"server-ec.pem", "", false, false, ErrKeyUnsupported},
		{"server-ec.pfx", "handshake", false, false, ErrKeyUnsupported},
	} {
		k, err := ParsePrivateKey(readCertFile(t, c.file), c.pass)
		if c.err != nil {
			ne, _ := err.(*NodeError)
			if ne == nil || ne.Code != c.err.Code || ne.Message != c.err.Message || len(ne.OpenSSLStack) != len(c.err.OpenSSLStack) {
				t.Errorf("%s/%q: got %v, want %+v", c.file, c.pass, err, c.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s/%q: %v", c.file, c.pass, err)
			continue
		}
		cert := ecCert
		if c.rsa {
			cert = rsaCert
			if _, ok := k.(*rsa.PrivateKey); !ok {
				t.Errorf("%s: %T", c.file, k)
			}
		} else if _, ok := k.(*ecdsa.PrivateKey); !ok {
			t.Errorf("%s: %T", c.file, k)
		}
		if ok, e := CheckKeyPair(cert, k); !ok || e != nil {
			t.Errorf("%s: not the certificate's key (%v)", c.file, e)
		}
	}
	for _, s := range []string{"not a key", "", "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"} {
		if _, err := ParsePrivateKey([]byte(s), ""); err != ErrKeyUnsupported {
			t.Errorf("%q: %v", s, err)
		}
	}
}

// Combined files as Node reads them: the first key block wins, other
// blocks are skipped, DER is refused.
func TestParsePrivateKeyCombined(t *testing.T) {
	ec := readChain(t, "server-ec.pem")[0]
	cert, key, client := readCertFile(t, "server-ec.pem"), readCertFile(t, "server-ec-key.pem"), readCertFile(t, "client-key.pem")
	for _, c := range []struct {
		name string
		data []byte
		want string // "ok", "mismatch" or an error code
	}{
		{"cert+key", append(append([]byte{}, cert...), key...), "ok"},
		{"key+cert", append(append([]byte{}, key...), cert...), "ok"},
		{"two keys (client first)", append(append([]byte{}, client...), key...), "mismatch"},
		{"DER key", readChainDER(t, key), "ERR_OSSL_UNSUPPORTED"},
	} {
		k, err := ParsePrivateKey(c.data, "")
		got := "ok"
		if err != nil {
			got = err.(*NodeError).Code
		} else if ok, _ := CheckKeyPair(ec, k); !ok {
			got = "mismatch"
		}
		if got != c.want {
			t.Errorf("%s: %s, want %s", c.name, got, c.want)
		}
	}
}

func readChainDER(t *testing.T, p []byte) []byte {
	b, _ := pem.Decode(p)
	if b == nil {
		t.Fatal("no PEM")
	}
	return b.Bytes
}

func TestCheckKeyPair(t *testing.T) {
	ec := readChain(t, "server-ec.pem")[0]
	other, _ := ParsePrivateKey(readCertFile(t, "client-key.pem"), "")
	rsaKey, _ := ParsePrivateKey(readCertFile(t, "server-rsa-key.pem"), "")
	if ok, err := CheckKeyPair(ec, other); ok || err != ErrKeyValuesMismatch {
		t.Errorf("ec/ec mismatch: %v %v", ok, err)
	}
	// Node accepts an RSA key with an EC certificate (config-errors.js).
	if ok, err := CheckKeyPair(ec, rsaKey); ok || err != nil {
		t.Errorf("rsa key, ec cert: %v %v", ok, err)
	}
}

func TestParseCerts(t *testing.T) {
	chain, err := ParseCertChain(readCertFile(t, "server-ec-chain.pem"))
	if err != nil || len(chain) != 2 || chain[0].Subject.CommonName != "localhost" ||
		chain[1].Subject.CommonName != "handshake Test Intermediate CA" {
		t.Errorf("chain: %v %v", chain, err)
	}
	der := readChain(t, "server-ec.pem")[0].Raw
	for _, bad := range [][]byte{[]byte("not a cert"), readCertFile(t, "server-ec-key.pem"), der, nil} {
		if _, err := ParseCertChain(bad); err != ErrPEMNoStartLine {
			t.Errorf("%.20q: %v", bad, err)
		}
	}
	if n := len(ParseCA([]byte("not a ca"))); n != 0 {
		t.Errorf("garbage ca gave %d certs", n)
	}
	if n := len(ParseCA(append(readCertFile(t, "ca.pem"), "junk"...))); n != 1 {
		t.Errorf("ca with junk gave %d certs", n)
	}
	if n := len(ParseCA(append(readCertFile(t, "ca.pem"), readCertFile(t, "untrusted-ca.pem")...))); n != 2 {
		t.Errorf("two cas gave %d", n)
	}
}

func TestParsePFX(t *testing.T) {
	p, err := ParsePFX(readCertFile(t, "server-ec.pfx"), "handshake")
	if err != nil {
		t.Fatal(err)
	}
	if p.Leaf.Subject.CommonName != "localhost" || len(p.CA) != 1 || p.CA[0].Subject.CommonName != "handshake Test Intermediate CA" {
		t.Errorf("pfx content: %v %v", p.Leaf.Subject, p.CA)
	}
	if ok, _ := CheckKeyPair(p.Leaf, p.Key); !ok {
		t.Error("pfx key does not match")
	}
	if _, err := ParsePFX(readCertFile(t, "client.pfx"), "handshake"); err != nil {
		t.Error(err)
	}
	if _, err := ParsePFX(readCertFile(t, "keys/server-ec-openssl.pfx"), "handshake"); err != nil {
		t.Errorf("openssl-written pfx: %v", err)
	}
	for _, c := range []struct {
		data []byte
		pass string
		want *NodeError
	}{
		{readCertFile(t, "server-ec.pfx"), "wrong", ErrPKCS12MacVerify},
		{readCertFile(t, "server-ec.pfx"), "", ErrPKCS12MacVerify},
		{[]byte("not a pfx"), "", ErrPKCS12NotEnoughData},
		{readCertFile(t, "server-ec.pem"), "", ErrPKCS12WrongTag},
		{readCertFile(t, "keys/server-ec-legacy.pfx"), "handshake", ErrPKCS12Unsupported},
		{readCertFile(t, "keys/server-ec-legacy.pfx"), "wrong", ErrPKCS12MacVerify},
	} {
		if _, err := ParsePFX(c.data, c.pass); err != c.want {
			t.Errorf("%.12q/%q: %v, want %v", c.data, c.pass, err, c.want)
		}
	}
}
