package tls

import (
	"bytes"
	"crypto"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/rsa"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"strings"

	"software.sslmate.com/src/go-pkcs12"

	nodecrypto "handshake/bindings/crypto"
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
// "ENCRYPTED PRIVATE KEY" (PKCS#8) or a traditional block with
// "Proc-Type: 4,ENCRYPTED"), decrypted with passphrase by the crypto
// binding's DecryptPKCS8 and DecryptLegacyPEM, which crypto.createPrivateKey
// uses too. Errors: ErrKeyUnsupported when there is no usable key (also
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
			der, err := nodecrypto.DecryptPKCS8(b.Bytes, []byte(passphrase))
			if err != nil {
				return nil, decryptError(err, false)
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
				if der, err = nodecrypto.DecryptLegacyPEM(b, []byte(passphrase)); err != nil {
					return nil, decryptError(err, true)
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

// decryptError is Node's error for an error of the crypto package's key
// decryption; legacy marks a "Proc-Type: 4,ENCRYPTED" PEM block.
func decryptError(err error, legacy bool) error {
	switch err {
	case nodecrypto.ErrBadDecrypt:
		return ErrBadDecrypt(legacy)
	case nodecrypto.ErrUnsupportedEncryption:
		return ErrUnsupportedEncryption
	}
	return ErrKeyUnsupported
}

// parseKeyDER is the signing key in a private key's DER (PKCS#8, PKCS#1
// or SEC1, read by the crypto binding's ParsePrivateDER).
func parseKeyDER(der []byte) (crypto.Signer, error) {
	s, ok := nodecrypto.ParsePrivateDER(der).(crypto.Signer)
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

// ErrUnsupportedEncryption is returned for encrypted keys using algorithms
// other than PBES2 (PBKDF2 or scrypt, with AES-CBC or (3)DES-CBC) and
// PKCS#12's PBE with SHA-1 and 3DES; Node's OpenSSL 3 refuses the legacy
// ones (RC2, RC4, single DES PBES1) too.
var ErrUnsupportedEncryption = &NodeError{Name: "Error", Code: "ERR_OSSL_UNSUPPORTED",
	Message: "error:1E08010C:DECODER routines::unsupported", Library: "DECODER routines", Reason: "unsupported"}
