package crypto

import (
	"crypto"
	"crypto/ecdh"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/asn1"
	"encoding/base64"
	"encoding/pem"
	"errors"
	"math/big"
	"strings"
)

// keyHandle is the Go side of an asymmetric KeyObject.
type keyHandle struct {
	pub  crypto.PublicKey
	priv crypto.PrivateKey // nil for public keys; a crypto.Signer except for X25519
}

// publicOf returns the public half of a private key.
func publicOf(k crypto.PrivateKey) crypto.PublicKey {
	if p, ok := k.(interface{ Public() crypto.PublicKey }); ok {
		return p.Public()
	}
	return nil
}

// errKeyUnsupported is OpenSSL's DECODER "unsupported" (Node's error for
// key material it cannot read).
var errKeyUnsupported = errors.New("unsupported")

// parseKey reads a PEM or DER key. Private keys come from PKCS#8, PKCS#1
// or SEC1; public ones from SPKI, PKCS#1, certificates, or (wantPublic)
// the public half of a private key.
func parseKey(data []byte, format, typ string, wantPublic bool, passphrase []byte, hasPass bool) (*keyHandle, error) {
	var ders [][]byte
	var kinds []string
	if format == "der" {
		if typ == "pkcs8" && hasPass {
			if der, err := DecryptPKCS8(data, passphrase); err == nil {
				data = der
			} else if err == ErrBadDecrypt {
				return nil, err
			}
		}
		ders = append(ders, data)
		kinds = append(kinds, typ)
	} else {
		rest := data
		for {
			var b *pem.Block
			b, rest = pem.Decode(rest)
			if b == nil {
				break
			}
			der := b.Bytes
			if _, enc := b.Headers["Proc-Type"]; enc {
				if !hasPass {
					return nil, errNeedPassphrase
				}
				d, err := DecryptLegacyPEM(b, passphrase)
				if err != nil {
					return nil, ErrBadDecrypt
				}
				der = d
			} else if b.Type == "ENCRYPTED PRIVATE KEY" {
				if !hasPass {
					return nil, errNeedPassphrase
				}
				d, err := DecryptPKCS8(b.Bytes, passphrase)
				if err != nil {
					return nil, err
				}
				der = d
			}
			ders = append(ders, der)
			kinds = append(kinds, b.Type)
		}
		if len(ders) == 0 {
			return nil, errKeyUnsupported
		}
	}
	for i, der := range ders {
		switch kinds[i] {
		case "CERTIFICATE":
			if !wantPublic {
				continue
			}
			cert, err := x509.ParseCertificate(der)
			if err != nil {
				return nil, errKeyUnsupported
			}
			return &keyHandle{pub: cert.PublicKey}, nil
		case "PUBLIC KEY", "spki":
			if !wantPublic {
				continue
			}
			pub, err := x509.ParsePKIXPublicKey(der)
			if err != nil {
				return nil, derFailure(format, der, kinds[i], wantPublic)
			}
			return &keyHandle{pub: pub}, nil
		case "RSA PUBLIC KEY":
			if !wantPublic {
				continue
			}
			pub, err := x509.ParsePKCS1PublicKey(der)
			if err != nil {
				return nil, errKeyUnsupported
			}
			return &keyHandle{pub: pub}, nil
		case "pkcs1":
			if wantPublic {
				if pub, err := x509.ParsePKCS1PublicKey(der); err == nil {
					return &keyHandle{pub: pub}, nil
				}
			}
		}
		priv := ParsePrivateDER(der)
		if format == "der" {
			priv = parsePrivateTyped(der, kinds[i])
		}
		if priv != nil {
			h := &keyHandle{pub: publicOf(priv), priv: priv}
			if wantPublic {
				h.priv = nil
			}
			return h, nil
		}
	}
	if format == "der" {
		return nil, derFailure(format, data, typ, wantPublic)
	}
	return nil, errKeyUnsupported
}

// derFailure is the error for DER key input no parser accepted: the
// OpenSSL ASN.1 error Node throws for it where derKeyError models the
// input, else OpenSSL's DECODER "unsupported".
func derFailure(format string, der []byte, typ string, wantPublic bool) error {
	if format == "der" {
		if s := derKeyError(der, typ, wantPublic); s != "" {
			return errors.New(s)
		}
	}
	return errKeyUnsupported
}

// parsePrivateTyped reads DER of the type a caller named, as Node's
// OpenSSL does: 'pkcs8' only a PrivateKeyInfo; 'pkcs1' and 'sec1' their
// own structure or a PrivateKeyInfo holding a key of their kind (RSA, EC).
func parsePrivateTyped(der []byte, typ string) crypto.PrivateKey {
	k, err := x509.ParsePKCS8PrivateKey(der)
	if err != nil || publicOf(k) == nil {
		k = nil
	}
	switch typ {
	case "pkcs8":
		return k
	case "pkcs1":
		if _, ok := k.(*rsa.PrivateKey); ok {
			return k
		}
		if k, err := x509.ParsePKCS1PrivateKey(der); err == nil {
			return k
		}
	case "sec1":
		if _, ok := k.(*ecdsa.PrivateKey); ok {
			return k
		}
		if k, err := x509.ParseECPrivateKey(der); err == nil {
			return k
		}
	default:
		return ParsePrivateDER(der)
	}
	return nil
}

// ParsePrivateDER reads the DER of a PKCS#8, PKCS#1 (RSA) or SEC1 (EC)
// private key, trying them in that order; nil when none parses. The tls
// package reads its `key` option's blocks with it too.
func ParsePrivateDER(der []byte) crypto.PrivateKey {
	if k, err := x509.ParsePKCS8PrivateKey(der); err == nil && publicOf(k) != nil {
		return k
	}
	if k, err := x509.ParsePKCS1PrivateKey(der); err == nil {
		return k
	}
	if k, err := x509.ParseECPrivateKey(der); err == nil {
		return k
	}
	return nil
}

// keyType is Node's asymmetricKeyType.
func keyType(pub crypto.PublicKey) string {
	switch pub.(type) {
	case *rsa.PublicKey:
		return "rsa"
	case *ecdsa.PublicKey:
		return "ec"
	case ed25519.PublicKey:
		return "ed25519"
	case *ecdh.PublicKey:
		return "x25519"
	}
	return ""
}

// curveName is OpenSSL's name for an EC curve (Node's namedCurve).
func curveName(c elliptic.Curve) string {
	switch c {
	case elliptic.P256():
		return "prime256v1"
	case elliptic.P384():
		return "secp384r1"
	case elliptic.P521():
		return "secp521r1"
	case elliptic.P224():
		return "secp224r1"
	}
	return c.Params().Name
}

func curveByName(name string) elliptic.Curve {
	switch name {
	case "prime256v1", "P-256", "secp256r1":
		return elliptic.P256()
	case "secp384r1", "P-384":
		return elliptic.P384()
	case "secp521r1", "P-521":
		return elliptic.P521()
	case "secp224r1", "P-224":
		return elliptic.P224()
	}
	return nil
}

// exportKey encodes a key as Node's KeyObject.export does; a cipher name
// (with passphrase) encrypts a private key.
func exportKey(h *keyHandle, private bool, format, typ, cipherName string, passphrase []byte) ([]byte, error) {
	var der []byte
	var pemType string
	var err error
	if private {
		switch typ {
		case "pkcs8":
			der, err = x509.MarshalPKCS8PrivateKey(h.priv)
			pemType = "PRIVATE KEY"
		case "pkcs1":
			k, ok := h.priv.(*rsa.PrivateKey)
			if !ok {
				return nil, errKeyUnsupported
			}
			der, pemType = x509.MarshalPKCS1PrivateKey(k), "RSA PRIVATE KEY"
		case "sec1":
			k, ok := h.priv.(*ecdsa.PrivateKey)
			if !ok {
				return nil, errKeyUnsupported
			}
			der, err = x509.MarshalECPrivateKey(k)
			pemType = "EC PRIVATE KEY"
		default:
			return nil, errKeyUnsupported
		}
	} else {
		switch typ {
		case "spki":
			der, err = x509.MarshalPKIXPublicKey(h.pub)
			pemType = "PUBLIC KEY"
		case "pkcs1":
			k, ok := h.pub.(*rsa.PublicKey)
			if !ok {
				return nil, errKeyUnsupported
			}
			der, pemType = x509.MarshalPKCS1PublicKey(k), "RSA PUBLIC KEY"
		default:
			return nil, errKeyUnsupported
		}
	}
	if err != nil {
		return nil, err
	}
	if private && cipherName != "" {
		if typ == "pkcs8" {
			enc, err := encryptPKCS8(der, cipherName, passphrase)
			if err != nil || format == "der" {
				return enc, err
			}
			return pem.EncodeToMemory(&pem.Block{Type: "ENCRYPTED PRIVATE KEY", Bytes: enc}), nil
		}
		if format == "der" {
			return nil, errKeyUnsupported
		}
		return encryptLegacyPEM(pemType, der, cipherName, passphrase)
	}
	if format == "der" {
		return der, nil
	}
	return pem.EncodeToMemory(&pem.Block{Type: pemType, Bytes: der}), nil
}

func b64url(b []byte) string { return base64.RawURLEncoding.EncodeToString(b) }

// jwk returns the JSON Web Key members of a key, in Node's order.
func jwk(h *keyHandle, private bool) ([]string, error) {
	switch pub := h.pub.(type) {
	case *rsa.PublicKey:
		out := []string{"kty", "RSA", "n", b64url(pub.N.Bytes()), "e", b64url(big.NewInt(int64(pub.E)).Bytes())}
		if private {
			k := h.priv.(*rsa.PrivateKey)
			k.Precompute()
			out = append(out, "d", b64url(k.D.Bytes()), "p", b64url(k.Primes[0].Bytes()), "q", b64url(k.Primes[1].Bytes()),
				"dp", b64url(k.Precomputed.Dp.Bytes()), "dq", b64url(k.Precomputed.Dq.Bytes()), "qi", b64url(k.Precomputed.Qinv.Bytes()))
		}
		return out, nil
	case *ecdsa.PublicKey:
		size := (pub.Curve.Params().BitSize + 7) / 8
		crv := map[string]string{"prime256v1": "P-256", "secp384r1": "P-384", "secp521r1": "P-521"}[curveName(pub.Curve)]
		if crv == "" {
			return nil, errKeyUnsupported
		}
		ecdhPub, err := pub.ECDH()
		if err != nil {
			return nil, err
		}
		raw := ecdhPub.Bytes() // 0x04 || X || Y
		out := []string{"kty", "EC", "x", b64url(raw[1 : 1+size]), "y", b64url(raw[1+size:]), "crv", crv}
		if private {
			k := h.priv.(*ecdsa.PrivateKey)
			d := make([]byte, size)
			k.D.FillBytes(d)
			out = append(out, "d", b64url(d))
		}
		return out, nil
	case *ecdh.PublicKey:
		if pub.Curve() != ecdh.X25519() {
			return nil, errKeyUnsupported
		}
		if private {
			return []string{"crv", "X25519", "d", b64url(h.priv.(*ecdh.PrivateKey).Bytes()), "x", b64url(pub.Bytes()), "kty", "OKP"}, nil
		}
		return []string{"crv", "X25519", "x", b64url(pub.Bytes()), "kty", "OKP"}, nil
	case ed25519.PublicKey:
		if private {
			return []string{"crv", "Ed25519", "d", b64url(h.priv.(ed25519.PrivateKey).Seed()), "x", b64url(pub), "kty", "OKP"}, nil
		}
		return []string{"crv", "Ed25519", "x", b64url(pub), "kty", "OKP"}, nil
	}
	return nil, errKeyUnsupported
}

// signOptions are Node's sign/verify key options.
type signOptions struct {
	digest      string // "" for Ed25519 (null digest)
	pss         bool   // RSA_PKCS1_PSS_PADDING
	saltLength  int    // -1 digest length, -2 max (Node's constants)
	ieeeP1363   bool   // dsaEncoding 'ieee-p1363'
	hasSaltOpts bool
}

var errInvalidDigest = errors.New("invalid digest")

// digestFor maps a Node digest name to Go's crypto.Hash identifier (used
// for RSA's DigestInfo).
func digestFor(name string) (crypto.Hash, error) {
	f := newDigest(name)
	if f == nil {
		return 0, errInvalidDigest
	}
	n := strings.ToLower(name)
	switch {
	case strings.Contains(n, "sha3-224"):
		return crypto.SHA3_224, nil
	case strings.Contains(n, "sha3-256"):
		return crypto.SHA3_256, nil
	case strings.Contains(n, "sha3-384"):
		return crypto.SHA3_384, nil
	case strings.Contains(n, "sha3-512"):
		return crypto.SHA3_512, nil
	case strings.Contains(n, "ripemd"), strings.Contains(n, "rmd160"):
		return crypto.RIPEMD160, nil
	case n == "md5-sha1":
		return crypto.MD5SHA1, nil
	case strings.HasPrefix(n, "blake2"):
		return 0, errInvalidDigest
	case strings.Contains(n, "512-224"), strings.Contains(n, "512/224"):
		return crypto.SHA512_224, nil
	case strings.Contains(n, "512-256"), strings.Contains(n, "512/256"):
		return crypto.SHA512_256, nil
	}
	switch f().Size() {
	case 16:
		return crypto.MD5, nil
	case 20:
		return crypto.SHA1, nil
	case 28:
		return crypto.SHA224, nil
	case 32:
		return crypto.SHA256, nil
	case 48:
		return crypto.SHA384, nil
	}
	return crypto.SHA512, nil
}

// ripemd160Prefix is the DigestInfo OpenSSL writes for RIPEMD-160 (OID
// 1.3.36.3.2.1); Go's table uses a different OID, so the prefix is added
// here and the signature made over the prefixed value.
var ripemd160Prefix = []byte{0x30, 0x21, 0x30, 0x09, 0x06, 0x05, 0x2b, 0x24, 0x03, 0x02, 0x01, 0x05, 0x00, 0x04, 0x14}

func hashData(name string, data []byte) ([]byte, crypto.Hash, error) {
	id, err := digestFor(name)
	if err != nil {
		return nil, 0, err
	}
	h := newDigest(name)()
	h.Write(data)
	return h.Sum(nil), id, nil
}

// pkcs1Input adapts a digest for rsa.SignPKCS1v15/VerifyPKCS1v15.
func pkcs1Input(sum []byte, id crypto.Hash) ([]byte, crypto.Hash) {
	if id == crypto.RIPEMD160 {
		return append(append([]byte(nil), ripemd160Prefix...), sum...), 0
	}
	return sum, id
}

// hashData hashes data for an RSA or ECDSA signature with the options'
// digest, SHA-256 when none was named (Node's default for those keys).
func (opt signOptions) hashData(data []byte) ([]byte, crypto.Hash, error) {
	if opt.digest == "" {
		return hashData("sha256", data)
	}
	return hashData(opt.digest, data)
}

// pssOptions are the options' PSS salt length: Node's default (the
// largest, Go's "auto") unless saltLength was given.
func (opt signOptions) pssOptions() *rsa.PSSOptions {
	salt := rsa.PSSSaltLengthAuto
	if opt.hasSaltOpts {
		switch opt.saltLength {
		case -1:
			salt = rsa.PSSSaltLengthEqualsHash
		case -2:
			salt = rsa.PSSSaltLengthAuto
		default:
			salt = opt.saltLength
		}
	}
	return &rsa.PSSOptions{SaltLength: salt}
}

func signData(h *keyHandle, data []byte, opt signOptions) ([]byte, error) {
	switch k := h.priv.(type) {
	case ed25519.PrivateKey:
		return ed25519.Sign(k, data), nil
	case *rsa.PrivateKey:
		sum, id, err := opt.hashData(data)
		if err != nil {
			return nil, err
		}
		if opt.pss {
			return rsa.SignPSS(rand.Reader, k, id, sum, opt.pssOptions())
		}
		in, hid := pkcs1Input(sum, id)
		return rsa.SignPKCS1v15(nil, k, hid, in)
	case *ecdsa.PrivateKey:
		sum, _, err := opt.hashData(data)
		if err != nil {
			return nil, err
		}
		sig, err := ecdsa.SignASN1(rand.Reader, k, sum)
		if err != nil || !opt.ieeeP1363 {
			return sig, err
		}
		return derToP1363(sig, (k.Curve.Params().BitSize+7)/8)
	}
	return nil, errKeyUnsupported
}

func verifyData(h *keyHandle, data, sig []byte, opt signOptions) (bool, error) {
	switch k := h.pub.(type) {
	case ed25519.PublicKey:
		return ed25519.Verify(k, data, sig), nil
	case *rsa.PublicKey:
		sum, id, err := opt.hashData(data)
		if err != nil {
			return false, err
		}
		if opt.pss {
			return rsa.VerifyPSS(k, id, sum, sig, opt.pssOptions()) == nil, nil
		}
		in, hid := pkcs1Input(sum, id)
		return rsa.VerifyPKCS1v15(k, hid, in, sig) == nil, nil
	case *ecdsa.PublicKey:
		sum, _, err := opt.hashData(data)
		if err != nil {
			return false, err
		}
		if opt.ieeeP1363 {
			size := (k.Curve.Params().BitSize + 7) / 8
			if len(sig) != 2*size {
				return false, nil
			}
			r := new(big.Int).SetBytes(sig[:size])
			s := new(big.Int).SetBytes(sig[size:])
			return ecdsa.Verify(k, sum, r, s), nil
		}
		return ecdsa.VerifyASN1(k, sum, sig), nil
	}
	return false, errKeyUnsupported
}

func derToP1363(der []byte, size int) ([]byte, error) {
	var s struct{ R, S *big.Int }
	if _, err := asn1.Unmarshal(der, &s); err != nil {
		return nil, err
	}
	out := make([]byte, 2*size)
	s.R.FillBytes(out[:size])
	s.S.FillBytes(out[size:])
	return out, nil
}

// generateKey makes a key pair for generateKeyPair(Sync).
func generateKey(typ string, modulusLength, publicExponent int, curve string) (*keyHandle, error) {
	switch typ {
	case "rsa":
		if publicExponent != 65537 && publicExponent != 0 {
			return nil, errKeyUnsupported
		}
		k, err := rsa.GenerateKey(rand.Reader, modulusLength)
		if err != nil {
			return nil, err
		}
		return &keyHandle{pub: &k.PublicKey, priv: k}, nil
	case "ec":
		c := curveByName(curve)
		if c == nil {
			return nil, errKeyUnsupported
		}
		k, err := ecdsa.GenerateKey(c, rand.Reader)
		if err != nil {
			return nil, err
		}
		return &keyHandle{pub: &k.PublicKey, priv: k}, nil
	case "ed25519":
		pub, priv, err := ed25519.GenerateKey(rand.Reader)
		if err != nil {
			return nil, err
		}
		return &keyHandle{pub: pub, priv: priv}, nil
	case "x25519":
		k, err := ecdh.X25519().GenerateKey(rand.Reader)
		if err != nil {
			return nil, err
		}
		return &keyHandle{pub: k.PublicKey(), priv: k}, nil
	}
	return nil, errKeyUnsupported
}

// rsaCrypt runs Node's publicEncrypt/privateDecrypt/privateEncrypt/
// publicDecrypt. padding uses Node's constants (1 PKCS#1, 3 none, 4 OAEP).
// Errors are OpenSSL reason strings that JavaScript turns into Node's errors.
func rsaCrypt(op string, h *keyHandle, data []byte, padding int, oaepHash string, label []byte) ([]byte, string) {
	pub, ok := h.pub.(*rsa.PublicKey)
	if !ok {
		return nil, "operation not supported for this keytype"
	}
	k := pub.Size()
	raw := func(x []byte, exp *big.Int) []byte {
		m := new(big.Int).SetBytes(x)
		out := make([]byte, k)
		new(big.Int).Exp(m, exp, pub.N).FillBytes(out)
		return out
	}
	switch op {
	case "publicEncrypt":
		switch padding {
		case 3:
			if len(data) != k {
				return nil, "data too large for key size"
			}
			if new(big.Int).SetBytes(data).Cmp(pub.N) >= 0 {
				return nil, "data too large for modulus"
			}
			return raw(data, big.NewInt(int64(pub.E))), ""
		case 1:
			out, err := rsa.EncryptPKCS1v15(rand.Reader, pub, data)
			if err != nil {
				return nil, "data too large for key size"
			}
			return out, ""
		}
		f := newDigest(oaepHash)
		if f == nil {
			return nil, "invalid digest"
		}
		out, err := rsa.EncryptOAEP(f(), rand.Reader, pub, data, label)
		if err != nil {
			return nil, "data too large for key size"
		}
		return out, ""
	case "privateDecrypt", "privateEncrypt":
		priv, _ := h.priv.(*rsa.PrivateKey)
		if priv == nil {
			return nil, "operation not supported for this keytype"
		}
		if padding == 3 {
			if len(data) != k {
				return nil, "data too large for key size"
			}
			return raw(data, priv.D), ""
		}
		if op == "privateEncrypt" {
			out, err := rsa.SignPKCS1v15(nil, priv, 0, data)
			if err != nil {
				return nil, "data too large for key size"
			}
			return out, ""
		}
		f := newDigest(oaepHash)
		if f == nil {
			return nil, "invalid digest"
		}
		out, err := rsa.DecryptOAEP(f(), nil, priv, data, label)
		if err != nil {
			return nil, "oaep decoding error"
		}
		return out, ""
	case "publicDecrypt":
		if len(data) != k {
			return nil, "invalid padding"
		}
		m := raw(data, big.NewInt(int64(pub.E)))
		if padding == 3 {
			return m, ""
		}
		if m[0] != 0 || m[1] != 1 {
			return nil, "invalid padding"
		}
		i := 2
		for i < len(m) && m[i] == 0xff {
			i++
		}
		if i == len(m) || m[i] != 0 || i < 10 {
			return nil, "invalid padding"
		}
		return m[i+1:], ""
	}
	return nil, "operation not supported for this keytype"
}

// keyFromJWK builds a key from JSON Web Key members (base64url strings).
// kty is RSA, EC or OKP; private keys need d (and p, q for RSA).
func keyFromJWK(m map[string]string, private bool) (*keyHandle, error) {
	num := func(name string) (*big.Int, error) {
		b, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(m[name], "="))
		if err != nil || len(b) == 0 {
			return nil, errKeyUnsupported
		}
		return new(big.Int).SetBytes(b), nil
	}
	switch m["kty"] {
	case "RSA":
		n, err := num("n")
		if err != nil {
			return nil, err
		}
		e, err := num("e")
		if err != nil || !e.IsInt64() {
			return nil, errKeyUnsupported
		}
		pub := &rsa.PublicKey{N: n, E: int(e.Int64())}
		if !private {
			return &keyHandle{pub: pub}, nil
		}
		d, err1 := num("d")
		p, err2 := num("p")
		q, err3 := num("q")
		if err1 != nil || err2 != nil || err3 != nil {
			return nil, errKeyUnsupported
		}
		k := &rsa.PrivateKey{PublicKey: *pub, D: d, Primes: []*big.Int{p, q}}
		if k.Validate() != nil {
			return nil, errKeyUnsupported
		}
		k.Precompute()
		return &keyHandle{pub: &k.PublicKey, priv: k}, nil
	case "EC":
		c := curveByName(m["crv"])
		if c == nil {
			return nil, errKeyUnsupported
		}
		x, err1 := num("x")
		y, err2 := num("y")
		if err1 != nil || err2 != nil || !c.IsOnCurve(x, y) {
			return nil, errKeyUnsupported
		}
		pub := &ecdsa.PublicKey{Curve: c, X: x, Y: y}
		if !private {
			return &keyHandle{pub: pub}, nil
		}
		d, err := num("d")
		if err != nil {
			return nil, err
		}
		k := &ecdsa.PrivateKey{PublicKey: *pub, D: d}
		return &keyHandle{pub: pub, priv: k}, nil
	case "OKP":
		if m["crv"] == "X25519" {
			x, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(m["x"], "="))
			if err != nil {
				return nil, errKeyUnsupported
			}
			pub, err := ecdh.X25519().NewPublicKey(x)
			if err != nil {
				return nil, errKeyUnsupported
			}
			if !private {
				return &keyHandle{pub: pub}, nil
			}
			d, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(m["d"], "="))
			if err != nil {
				return nil, errKeyUnsupported
			}
			k, err := ecdh.X25519().NewPrivateKey(d)
			if err != nil {
				return nil, errKeyUnsupported
			}
			return &keyHandle{pub: k.PublicKey(), priv: k}, nil
		}
		if m["crv"] != "Ed25519" {
			return nil, errKeyUnsupported
		}
		x, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(m["x"], "="))
		if err != nil || len(x) != ed25519.PublicKeySize {
			return nil, errKeyUnsupported
		}
		if !private {
			return &keyHandle{pub: ed25519.PublicKey(x)}, nil
		}
		seed, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(m["d"], "="))
		if err != nil || len(seed) != ed25519.SeedSize {
			return nil, errKeyUnsupported
		}
		k := ed25519.NewKeyFromSeed(seed)
		return &keyHandle{pub: k.Public(), priv: k}, nil
	}
	return nil, errKeyUnsupported
}
