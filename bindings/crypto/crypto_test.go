package crypto

import (
	"bytes"
	"crypto"
	"crypto/aes"
	"crypto/cipher"
	"encoding/hex"
	"os"
	"path/filepath"
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

func TestGCMMatchesAEAD(t *testing.T) {
	key := make([]byte, 16)
	for _, ivLen := range []int{1, 7, 12, 16, 33} {
		iv := make([]byte, ivLen)
		for i := range iv {
			iv[i] = byte(i + 1)
		}
		plain := []byte("the quick brown fox jumps over the lazy dog, twice over")
		enc, code := newCipherState("aes-128-gcm", key, iv, true, true, 16)
		if code != "" {
			t.Fatal(code)
		}
		enc.aad = []byte("header")
		var ct []byte
		for _, chunk := range [][]byte{plain[:5], plain[5:21], plain[21:]} {
			out, _ := enc.update(chunk)
			ct = append(ct, out...)
		}
		if _, code := enc.final(); code != "" {
			t.Fatal(code)
		}
		block, _ := aes.NewCipher(key)
		aead, _ := cipher.NewGCMWithNonceSize(block, ivLen)
		want := aead.Seal(nil, iv, plain, []byte("header"))
		if !bytes.Equal(append(ct, enc.tag...), want) {
			t.Errorf("iv %d: streamed GCM differs from Go's AEAD", ivLen)
		}
		dec, _ := newCipherState("aes-128-gcm", key, iv, true, false, 16)
		dec.aad = []byte("header")
		dec.tag = want[len(want)-16:]
		pt, _ := dec.update(ct)
		if _, code := dec.final(); code != "" || !bytes.Equal(pt, plain) {
			t.Errorf("iv %d: decrypt failed: %s", ivLen, code)
		}
	}
}

func TestCBCPadding(t *testing.T) {
	key, iv := make([]byte, 16), make([]byte, 16)
	for n := 0; n < 40; n++ {
		enc, _ := newCipherState("aes-128-cbc", key, iv, true, true, 16)
		ct, _ := enc.update(bytes.Repeat([]byte{'x'}, n))
		tail, _ := enc.final()
		ct = append(ct, tail...)
		if len(ct) != (n/16+1)*16 {
			t.Fatalf("len %d: ciphertext %d", n, len(ct))
		}
		dec, _ := newCipherState("aes-128-cbc", key, iv, true, false, 16)
		pt, _ := dec.update(ct)
		rest, code := dec.final()
		if code != "" || len(append(pt, rest...)) != n {
			t.Fatalf("len %d: round trip %q", n, code)
		}
	}
}

func TestEncryptedPKCS8RoundTrip(t *testing.T) {
	h, err := generateKey("ec", 0, 0, "prime256v1")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"aes-128-cbc", "aes-256-cbc", "des-ede3-cbc"} {
		pemOut, err := exportKey(h, true, "pem", "pkcs8", name, []byte("pw"))
		if err != nil {
			t.Fatal(name, err)
		}
		back, err := parseKey(pemOut, "pem", "", false, []byte("pw"), true)
		if err != nil || !back.priv.(interface{ Equal(crypto.PrivateKey) bool }).Equal(h.priv) {
			t.Fatalf("%s: round trip failed: %v", name, err)
		}
		if _, err := parseKey(pemOut, "pem", "", false, []byte("nope"), true); err == nil {
			t.Errorf("%s: wrong passphrase accepted", name)
		}
		if _, err := parseKey(pemOut, "pem", "", false, nil, false); err != errNeedPassphrase {
			t.Errorf("%s: missing passphrase gave %v", name, err)
		}
	}
}

func TestJWKRoundTrip(t *testing.T) {
	for _, typ := range []string{"rsa", "ec", "ed25519"} {
		h, err := generateKey(typ, 1024, 65537, "prime256v1")
		if err != nil {
			t.Fatal(typ, err)
		}
		kv, err := jwk(h, true)
		if err != nil {
			t.Fatal(typ, err)
		}
		m := map[string]string{}
		for i := 0; i+1 < len(kv); i += 2 {
			m[kv[i]] = kv[i+1]
		}
		back, err := keyFromJWK(m, true)
		if err != nil || !back.priv.(interface{ Equal(crypto.PrivateKey) bool }).Equal(h.priv) {
			t.Fatalf("%s: JWK round trip failed: %v", typ, err)
		}
	}
}

func TestAESKeyWrapRFC3394(t *testing.T) {
	kek, _ := hex.DecodeString("000102030405060708090A0B0C0D0E0F")
	key, _ := hex.DecodeString("00112233445566778899AABBCCDDEEFF")
	got := aesKeyWrap(kek, key)
	if hex.EncodeToString(got) != "1fa68b0a8112b447aef34bd8fb5a7b829d3e862371d2cfe5" {
		t.Fatalf("wrap = %x", got)
	}
	if back := aesKeyUnwrap(kek, got); !bytes.Equal(back, key) {
		t.Fatalf("unwrap = %x", back)
	}
	got[3] ^= 1
	if aesKeyUnwrap(kek, got) != nil {
		t.Fatal("tampered wrap accepted")
	}
}

// TestDecryptKeyForms reads the encrypted keys of testdata/certs/keys (all
// written by OpenSSL with passphrase "handshake", and all read by Node's
// crypto.createPrivateKey): PBES2 with PBKDF2 and each PRF and cipher,
// PBES2 with scrypt, PKCS#12's PBES1 and a traditional encrypted PEM.
func TestDecryptKeyForms(t *testing.T) {
	for _, name := range []string{"ec-pkcs8-aes128-sha1.pem", "ec-pkcs8-aes192-sha512.pem", "ec-pkcs8-des3.pem",
		"ec-pkcs8-pbes1.pem", "ec-pkcs8-scrypt.pem", "rsa-legacy-aes256.pem"} {
		data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "certs", "keys", name))
		if err != nil {
			t.Fatal(err)
		}
		h, err := parseKey(data, "pem", "", false, []byte("handshake"), true)
		if err != nil || h.priv == nil {
			t.Errorf("%s: %v", name, err)
		}
		if _, err := parseKey(data, "pem", "", false, []byte("nope"), true); err != ErrBadDecrypt {
			t.Errorf("%s: a wrong passphrase gave %v, want bad decrypt", name, err)
		}
	}
	if _, err := DecryptPKCS8([]byte{0x30, 0x03, 0x02, 0x01, 0x00}, nil); err != ErrMalformedEncryptedKey {
		t.Errorf("malformed EncryptedPrivateKeyInfo gave %v", err)
	}
}
