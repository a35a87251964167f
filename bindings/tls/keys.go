package tls

import (
	"bytes"
	"crypto"
	"crypto/aes"
	"crypto/cipher"
	"crypto/des"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/md5"
	"crypto/pbkdf2"
	"crypto/rsa"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"crypto/x509"
	"encoding/asn1"
	"encoding/hex"
	"encoding/pem"
	"errors"
	"hash"
	"strings"

	"golang.org/x/crypto/scrypt"
	"software.sslmate.com/src/go-pkcs12"
)

// ParseCertChain parses a `cert` option value: PEM text with one or more
// CERTIFICATE blocks, the leaf first and then its chain (Node's
// SSL_CTX_use_certificate_chain). DER is refused as Node refuses it: with
// ErrPEMNoStartLine, also the error when no certificate is found.
func ParseCertChain(data []byte) ([]*x509.Certificate, error) {
	certs := parsePEMCerts(data)
	if len(certs) == 0 {
		return nil, ErrPEMNoStartLine
	}
	return certs, nil
}

// ParseCA parses a `ca` option value. Node adds every PEM certificate it
// finds and ignores the rest, without an error (even for garbage).
func ParseCA(data []byte) []*x509.Certificate {
	return parsePEMCerts(data)
}

func parsePEMCerts(data []byte) []*x509.Certificate {
	var out []*x509.Certificate
	for {
		var b *pem.Block
		b, data = pem.Decode(data)
		if b == nil {
			return out
		}
		if b.Type != "CERTIFICATE" && b.Type != "X509 CERTIFICATE" && b.Type != "TRUSTED CERTIFICATE" {
			continue
		}
		if c, err := x509.ParseCertificate(b.Bytes); err == nil {
			out = append(out, c)
		}
	}
}

// ParsePrivateKey parses a `key` option value the way Node's
// PEM_read_bio_PrivateKey call does: the first private-key PEM block
// ("PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY", or encrypted:
// "ENCRYPTED PRIVATE KEY" (PKCS#8, PBES2 with PBKDF2 and AES or 3DES) or
// a traditional block with "Proc-Type: 4,ENCRYPTED"), decrypted with
// passphrase. Errors: ErrKeyUnsupported when there is no usable key (also
// for DER input, as in Node), ErrBadDecrypt for a wrong or missing
// passphrase.
func ParsePrivateKey(data []byte, passphrase string) (crypto.Signer, error) {
	rest := data
	for {
		var b *pem.Block
		b, rest = pem.Decode(rest)
		if b == nil {
			return nil, ErrKeyUnsupported
		}
		switch {
		case b.Type == "ENCRYPTED PRIVATE KEY":
			der, err := decryptPKCS8(b.Bytes, passphrase)
			if err != nil {
				return nil, err
			}
			k, err := parseKeyDER(der)
			if err != nil {
				return nil, ErrBadDecrypt(false)
			}
			return k, nil
		case strings.HasSuffix(b.Type, "PRIVATE KEY"):
			der := b.Bytes
			legacy := b.Headers["Proc-Type"] == "4,ENCRYPTED"
			if legacy {
				var err error
				if der, err = decryptLegacyPEM(b, passphrase); err != nil {
					return nil, err
				}
			}
			k, err := parseKeyDER(der)
			if err != nil {
				if legacy {
					return nil, ErrBadDecrypt(true)
				}
				return nil, ErrKeyUnsupported
			}
			return k, nil
		}
	}
}

func parseKeyDER(der []byte) (crypto.Signer, error) {
	var k any
	var err error
	if k, err = x509.ParsePKCS8PrivateKey(der); err != nil {
		if k, err = x509.ParsePKCS1PrivateKey(der); err != nil {
			if k, err = x509.ParseECPrivateKey(der); err != nil {
				return nil, err
			}
		}
	}
	s, ok := k.(crypto.Signer)
	if !ok {
		return nil, errors.New("not a signing key")
	}
	return s, nil
}

// CheckKeyPair is Node's SSL_CTX_use_PrivateKey check against the
// certificate: a key of the same type that is not the certificate's key is
// ErrKeyValuesMismatch. A key of another type is accepted without error, as
// OpenSSL files it in another slot (the handshake then has no usable key
// for that certificate); ok reports whether key is cert's key.
func CheckKeyPair(cert *x509.Certificate, key crypto.Signer) (ok bool, err *NodeError) {
	type equaler interface{ Equal(crypto.PublicKey) bool }
	if eq, can := key.Public().(equaler); can && eq.Equal(cert.PublicKey) {
		return true, nil
	}
	if keyType(key.Public()) == keyType(cert.PublicKey) {
		return false, ErrKeyValuesMismatch
	}
	return false, nil
}

func keyType(k crypto.PublicKey) string {
	switch k.(type) {
	case *rsa.PublicKey:
		return "RSA"
	case *ecdsa.PublicKey:
		return "EC"
	case ed25519.PublicKey:
		return "Ed25519"
	}
	return "?"
}

// PFX is what a `pfx` option holds.
type PFX struct {
	Key  crypto.Signer
	Leaf *x509.Certificate
	// CA are the other certificates. Node sends them as the chain and also
	// trusts them for verifying peers.
	CA []*x509.Certificate
}

// ParsePFX decodes a PKCS#12 file with the passphrase, as OpenSSL 3 and
// older OpenSSLs write them (PBES2/AES and the legacy PBE algorithms).
// Errors are Node's: ErrPKCS12MacVerify for a wrong or missing passphrase,
// ErrPKCS12NotEnoughData / ErrPKCS12WrongTag for data that is not PKCS#12.
func ParsePFX(data []byte, passphrase string) (*PFX, error) {
	if err := checkOuterSequence(data); err != nil {
		return nil, err
	}
	key, leaf, ca, err := pkcs12.DecodeChain(data, passphrase)
	if usesLegacyPBE(data) && !errors.Is(err, pkcs12.ErrIncorrectPassword) {
		// Node's OpenSSL 3 checks the MAC, then cannot decrypt RC2/RC4.
		return nil, ErrPKCS12Unsupported
	}
	if err != nil {
		if errors.Is(err, pkcs12.ErrIncorrectPassword) || errors.Is(err, pkcs12.ErrDecryption) {
			return nil, ErrPKCS12MacVerify
		}
		return nil, ErrPKCS12WrongTag
	}
	signer, ok := key.(crypto.Signer)
	if !ok {
		return nil, ErrKeyUnsupported
	}
	return &PFX{Key: signer, Leaf: leaf, CA: ca}, nil
}

// ErrPKCS12Unsupported: a PFX encrypted with RC2 or RC4 (OpenSSL 1.x's
// default, `openssl pkcs12 -legacy`), which Node 20 cannot read.
var ErrPKCS12Unsupported = &NodeError{Name: "Error", Code: "ERR_CRYPTO_UNSUPPORTED_OPERATION", Message: "Unsupported PKCS12 PFX data"}

// usesLegacyPBE reports a PFX that names one of PKCS#12's RC2 or RC4
// algorithms (1.2.840.113549.1.12.1.1, .2, .5, .6).
func usesLegacyPBE(data []byte) bool {
	prefix := []byte{0x06, 0x0A, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x0C, 0x01}
	for _, last := range []byte{1, 2, 5, 6} {
		if bytes.Contains(data, append(prefix[:len(prefix):len(prefix)], last)) {
			return true
		}
	}
	return false
}

// checkOuterSequence mimics OpenSSL's first DER check of a PFX: a header
// whose length runs past the data is "not enough data", any tag but
// SEQUENCE "wrong tag".
func checkOuterSequence(data []byte) error {
	if len(data) < 2 {
		return ErrPKCS12NotEnoughData
	}
	n, hdr := int(data[1]), 2
	if n&0x80 != 0 {
		octets := n & 0x7f
		if octets == 0 || octets > 4 || len(data) < 2+octets {
			return ErrPKCS12NotEnoughData
		}
		n = 0
		for _, b := range data[2 : 2+octets] {
			n = n<<8 | int(b)
		}
		hdr += octets
	}
	if hdr+n > len(data) {
		return ErrPKCS12NotEnoughData
	}
	if data[0] != 0x30 {
		return ErrPKCS12WrongTag
	}
	return nil
}

var (
	oidPBES2      = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 5, 13}
	oidPBKDF2     = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 5, 12}
	oidHMACSHA1   = asn1.ObjectIdentifier{1, 2, 840, 113549, 2, 7}
	oidHMACSHA224 = asn1.ObjectIdentifier{1, 2, 840, 113549, 2, 8}
	oidHMACSHA256 = asn1.ObjectIdentifier{1, 2, 840, 113549, 2, 9}
	oidHMACSHA384 = asn1.ObjectIdentifier{1, 2, 840, 113549, 2, 10}
	oidHMACSHA512 = asn1.ObjectIdentifier{1, 2, 840, 113549, 2, 11}
	oidAES128CBC  = asn1.ObjectIdentifier{2, 16, 840, 1, 101, 3, 4, 1, 2}
	oidAES192CBC  = asn1.ObjectIdentifier{2, 16, 840, 1, 101, 3, 4, 1, 22}
	oidAES256CBC  = asn1.ObjectIdentifier{2, 16, 840, 1, 101, 3, 4, 1, 42}
	oidDESEDE3CBC = asn1.ObjectIdentifier{1, 2, 840, 113549, 3, 7}
	oidDESCBC     = asn1.ObjectIdentifier{1, 3, 14, 3, 2, 7}
)

type algorithmIdentifier struct {
	Algorithm  asn1.ObjectIdentifier
	Parameters asn1.RawValue `asn1:"optional"`
}

type encryptedPrivateKeyInfo struct {
	Algorithm algorithmIdentifier
	Data      []byte
}

type pbes2Params struct {
	KDF    algorithmIdentifier
	Cipher algorithmIdentifier
}

type pbkdf2Params struct {
	Salt      []byte
	Iter      int
	KeyLength int                 `asn1:"optional"`
	PRF       algorithmIdentifier `asn1:"optional"`
}

// ErrUnsupportedEncryption is returned for encrypted keys using algorithms
// other than PBES2 (PBKDF2 or scrypt, with AES-CBC or (3)DES-CBC) and
// PKCS#12's PBE with SHA-1 and 3DES; Node's OpenSSL 3 refuses the legacy
// ones (RC2, RC4, single DES PBES1) too.
var ErrUnsupportedEncryption = &NodeError{Name: "Error", Code: "ERR_OSSL_UNSUPPORTED",
	Message: "error:1E08010C:DECODER routines::unsupported", Library: "DECODER routines", Reason: "unsupported"}

// decryptPKCS8 decrypts an EncryptedPrivateKeyInfo (PBES2).
func decryptPKCS8(der []byte, passphrase string) ([]byte, error) {
	var info encryptedPrivateKeyInfo
	if _, err := asn1.Unmarshal(der, &info); err != nil {
		return nil, ErrKeyUnsupported
	}
	if info.Algorithm.Algorithm.Equal(oidPBEWithSHAAnd3KeyTripleDESCBC) ||
		info.Algorithm.Algorithm.Equal(oidPBEWithSHAAnd2KeyTripleDESCBC) {
		return decryptPBES1(info, passphrase)
	}
	if !info.Algorithm.Algorithm.Equal(oidPBES2) {
		return nil, ErrUnsupportedEncryption
	}
	var params pbes2Params
	if _, err := asn1.Unmarshal(info.Algorithm.Parameters.FullBytes, &params); err != nil {
		return nil, ErrKeyUnsupported
	}
	if params.KDF.Algorithm.Equal(oidScrypt) {
		return decryptScrypt(params, info.Data, passphrase)
	}
	if !params.KDF.Algorithm.Equal(oidPBKDF2) {
		return nil, ErrUnsupportedEncryption
	}
	var kdf pbkdf2Params
	if _, err := asn1.Unmarshal(params.KDF.Parameters.FullBytes, &kdf); err != nil {
		return nil, ErrKeyUnsupported
	}
	var prf func() hash.Hash
	switch {
	case len(kdf.PRF.Algorithm) == 0, kdf.PRF.Algorithm.Equal(oidHMACSHA1):
		prf = sha1.New
	case kdf.PRF.Algorithm.Equal(oidHMACSHA224):
		prf = sha256.New224
	case kdf.PRF.Algorithm.Equal(oidHMACSHA256):
		prf = sha256.New
	case kdf.PRF.Algorithm.Equal(oidHMACSHA384):
		prf = sha512.New384
	case kdf.PRF.Algorithm.Equal(oidHMACSHA512):
		prf = sha512.New
	default:
		return nil, ErrUnsupportedEncryption
	}
	var iv []byte
	if _, err := asn1.Unmarshal(params.Cipher.Parameters.FullBytes, &iv); err != nil {
		return nil, ErrKeyUnsupported
	}
	newCipher, keyLen := cbcCipher(params.Cipher.Algorithm)
	if newCipher == nil {
		return nil, ErrUnsupportedEncryption
	}
	key, err := pbkdf2.Key(prf, passphrase, kdf.Salt, kdf.Iter, keyLen)
	if err != nil {
		return nil, ErrBadDecrypt(false)
	}
	plain, ok := cbcDecrypt(newCipher, key, iv, info.Data)
	if !ok {
		return nil, ErrBadDecrypt(false)
	}
	return plain, nil
}

func cbcCipher(oid asn1.ObjectIdentifier) (func([]byte) (cipher.Block, error), int) {
	switch {
	case oid.Equal(oidAES128CBC):
		return aes.NewCipher, 16
	case oid.Equal(oidAES192CBC):
		return aes.NewCipher, 24
	case oid.Equal(oidAES256CBC):
		return aes.NewCipher, 32
	case oid.Equal(oidDESEDE3CBC):
		return des.NewTripleDESCipher, 24
	case oid.Equal(oidDESCBC):
		return des.NewCipher, 8
	}
	return nil, 0
}

// cbcDecrypt decrypts and strips PKCS#7 padding; ok is false when the
// data or padding is wrong (a wrong passphrase, mostly).
func cbcDecrypt(newCipher func([]byte) (cipher.Block, error), key, iv, data []byte) ([]byte, bool) {
	block, err := newCipher(key)
	if err != nil || len(iv) != block.BlockSize() || len(data) == 0 || len(data)%block.BlockSize() != 0 {
		return nil, false
	}
	out := make([]byte, len(data))
	cipher.NewCBCDecrypter(block, iv).CryptBlocks(out, data)
	p := int(out[len(out)-1])
	if p == 0 || p > block.BlockSize() || !bytes.Equal(out[len(out)-p:], bytes.Repeat([]byte{byte(p)}, p)) {
		return nil, false
	}
	return out[:len(out)-p], true
}

// decryptLegacyPEM decrypts a traditional "Proc-Type: 4,ENCRYPTED" block:
// OpenSSL's EVP_BytesToKey (MD5, one round, the IV's first 8 bytes as salt).
func decryptLegacyPEM(b *pem.Block, passphrase string) ([]byte, error) {
	name, ivHex, _ := strings.Cut(b.Headers["DEK-Info"], ",")
	iv, err := hex.DecodeString(strings.TrimSpace(ivHex))
	if err != nil || len(iv) < 8 {
		return nil, ErrKeyUnsupported
	}
	var newCipher func([]byte) (cipher.Block, error)
	keyLen := 0
	switch strings.ToUpper(strings.TrimSpace(name)) {
	case "DES-CBC":
		newCipher, keyLen = des.NewCipher, 8
	case "DES-EDE3-CBC":
		newCipher, keyLen = des.NewTripleDESCipher, 24
	case "AES-128-CBC":
		newCipher, keyLen = aes.NewCipher, 16
	case "AES-192-CBC":
		newCipher, keyLen = aes.NewCipher, 24
	case "AES-256-CBC":
		newCipher, keyLen = aes.NewCipher, 32
	default:
		return nil, ErrUnsupportedEncryption
	}
	var key, prev []byte
	for len(key) < keyLen {
		h := md5.New()
		h.Write(prev)
		h.Write([]byte(passphrase))
		h.Write(iv[:8])
		prev = h.Sum(nil)
		key = append(key, prev...)
	}
	plain, ok := cbcDecrypt(newCipher, key[:keyLen], iv, b.Bytes)
	if !ok {
		return nil, ErrBadDecrypt(true)
	}
	return plain, nil
}

var (
	oidScrypt                        = asn1.ObjectIdentifier{1, 3, 6, 1, 4, 1, 11591, 4, 11}
	oidPBEWithSHAAnd3KeyTripleDESCBC = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 12, 1, 3}
	oidPBEWithSHAAnd2KeyTripleDESCBC = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 12, 1, 4}
)

type scryptParams struct {
	Salt                     []byte
	CostParameter            int
	BlockSize                int
	ParallelizationParameter int
	KeyLength                int `asn1:"optional"`
}

// decryptScrypt is PBES2 with the scrypt KDF (RFC 7914), what
// `openssl pkcs8 -scrypt` writes.
func decryptScrypt(params pbes2Params, data []byte, passphrase string) ([]byte, error) {
	var kdf scryptParams
	if _, err := asn1.Unmarshal(params.KDF.Parameters.FullBytes, &kdf); err != nil {
		return nil, ErrKeyUnsupported
	}
	var iv []byte
	if _, err := asn1.Unmarshal(params.Cipher.Parameters.FullBytes, &iv); err != nil {
		return nil, ErrKeyUnsupported
	}
	newCipher, keyLen := cbcCipher(params.Cipher.Algorithm)
	if newCipher == nil {
		return nil, ErrUnsupportedEncryption
	}
	key, err := scrypt.Key([]byte(passphrase), kdf.Salt, kdf.CostParameter, kdf.BlockSize, kdf.ParallelizationParameter, keyLen)
	if err != nil {
		return nil, ErrBadDecrypt(false)
	}
	plain, ok := cbcDecrypt(newCipher, key, iv, data)
	if !ok {
		return nil, ErrBadDecrypt(false)
	}
	return plain, nil
}

type pbes1Params struct {
	Salt []byte
	Iter int
}

// decryptPBES1 is PKCS#12's password-based encryption with SHA-1 and
// two- or three-key 3DES (`openssl pkcs8 -v1 PBE-SHA1-3DES`).
func decryptPBES1(info encryptedPrivateKeyInfo, passphrase string) ([]byte, error) {
	var p pbes1Params
	if _, err := asn1.Unmarshal(info.Algorithm.Parameters.FullBytes, &p); err != nil {
		return nil, ErrKeyUnsupported
	}
	pass := bmpString(passphrase)
	key := pkcs12KDF(pass, p.Salt, p.Iter, 1, 24)
	if info.Algorithm.Algorithm.Equal(oidPBEWithSHAAnd2KeyTripleDESCBC) {
		key = append(key[:16:16], key[:8]...)
	}
	iv := pkcs12KDF(pass, p.Salt, p.Iter, 2, 8)
	plain, ok := cbcDecrypt(des.NewTripleDESCipher, key, iv, info.Data)
	if !ok {
		return nil, ErrBadDecrypt(false)
	}
	return plain, nil
}

// bmpString is a password as PKCS#12 uses it: UTF-16BE with a final NUL.
func bmpString(s string) []byte {
	var out []byte
	for _, r := range s {
		if r > 0xffff {
			r = 0xfffd
		}
		out = append(out, byte(r>>8), byte(r))
	}
	return append(out, 0, 0)
}

// pkcs12KDF is the key derivation of RFC 7292 appendix B.2 with SHA-1; id
// is 1 for key material, 2 for the IV.
func pkcs12KDF(pass, salt []byte, iter int, id byte, n int) []byte {
	const v = 64
	d := bytes.Repeat([]byte{id}, v)
	fill := func(b []byte) []byte {
		if len(b) == 0 {
			return nil
		}
		l := v * ((len(b) + v - 1) / v)
		out := make([]byte, l)
		for i := range out {
			out[i] = b[i%len(b)]
		}
		return out
	}
	I := append(fill(salt), fill(pass)...)
	var out []byte
	for len(out) < n {
		h := sha1.New()
		h.Write(d)
		h.Write(I)
		a := h.Sum(nil)
		for j := 1; j < iter; j++ {
			s := sha1.Sum(a)
			a = s[:]
		}
		out = append(out, a...)
		if len(out) >= n {
			break
		}
		b := fill(a)
		for j := 0; j < len(I); j += v {
			carry := 1
			for k := v - 1; k >= 0; k-- {
				x := int(I[j+k]) + int(b[k]) + carry
				I[j+k] = byte(x)
				carry = x >> 8
			}
		}
	}
	return out[:n]
}
