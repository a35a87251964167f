package crypto

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/des"
	"crypto/pbkdf2"
	"crypto/rand"
	"crypto/sha256"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/pem"
	"errors"
	"strings"
)

// Encrypting private keys: PKCS#8 EncryptedPrivateKeyInfo with PBES2
// (PBKDF2 + a CBC cipher), as OpenSSL 3 writes them, and the legacy PEM
// encryption ("Proc-Type: 4,ENCRYPTED") for PKCS#1/SEC1 keys. Decrypting
// them is in pkcs8dec.go.

var (
	oidPBES2          = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 5, 13}
	oidPBKDF2         = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 5, 12}
	oidHMACWithSHA1   = asn1.ObjectIdentifier{1, 2, 840, 113549, 2, 7}
	oidHMACWithSHA256 = asn1.ObjectIdentifier{1, 2, 840, 113549, 2, 9}
	oidHMACWithSHA384 = asn1.ObjectIdentifier{1, 2, 840, 113549, 2, 10}
	oidHMACWithSHA512 = asn1.ObjectIdentifier{1, 2, 840, 113549, 2, 11}
	oidAES128CBC      = asn1.ObjectIdentifier{2, 16, 840, 1, 101, 3, 4, 1, 2}
	oidAES192CBC      = asn1.ObjectIdentifier{2, 16, 840, 1, 101, 3, 4, 1, 22}
	oidAES256CBC      = asn1.ObjectIdentifier{2, 16, 840, 1, 101, 3, 4, 1, 42}
	oidDESEDE3CBC     = asn1.ObjectIdentifier{1, 2, 840, 113549, 3, 7}
)

var errNeedPassphrase = errors.New("interrupted or cancelled")

type encryptedPrivateKeyInfo struct {
	Algo pkix.AlgorithmIdentifier
	Data []byte
}

type pbes2Params struct {
	KDF    pkix.AlgorithmIdentifier
	Scheme pkix.AlgorithmIdentifier
}

type pbkdf2Params struct {
	Salt       []byte
	Iterations int
	KeyLength  int                      `asn1:"optional"`
	PRF        pkix.AlgorithmIdentifier `asn1:"optional"`
}

// pkcs8Cipher maps a Node cipher name to its OID, key size and block
// cipher constructor.
func pkcs8Cipher(name string) (asn1.ObjectIdentifier, int, func([]byte) (cipher.Block, error)) {
	switch strings.ToLower(name) {
	case "aes-128-cbc", "aes128":
		return oidAES128CBC, 16, aes.NewCipher
	case "aes-192-cbc", "aes192":
		return oidAES192CBC, 24, aes.NewCipher
	case "aes-256-cbc", "aes256":
		return oidAES256CBC, 32, aes.NewCipher
	case "des-ede3-cbc", "des3":
		return oidDESEDE3CBC, 24, des.NewTripleDESCipher
	}
	return nil, 0, nil
}

// encryptPKCS8 wraps a PKCS#8 DER key in PBES2 (PBKDF2-HMAC-SHA256, 2048
// iterations, random salt and IV), as OpenSSL 3 does by default.
func encryptPKCS8(der []byte, cipherName string, passphrase []byte) ([]byte, error) {
	oid, keyLen, newBlock := pkcs8Cipher(cipherName)
	if oid == nil {
		return nil, errKeyUnsupported
	}
	salt := make([]byte, 16)
	_, _ = rand.Read(salt)
	key, err := pbkdf2.Key(sha256.New, string(passphrase), salt, 2048, keyLen)
	if err != nil {
		return nil, err
	}
	block, err := newBlock(key)
	if err != nil {
		return nil, err
	}
	iv := make([]byte, block.BlockSize())
	_, _ = rand.Read(iv)
	p := block.BlockSize() - len(der)%block.BlockSize()
	padded := append(append([]byte(nil), der...), bytesRepeat(byte(p), p)...)
	out := make([]byte, len(padded))
	cipher.NewCBCEncrypter(block, iv).CryptBlocks(out, padded)
	null := asn1.RawValue{Tag: asn1.TagNull}
	kdfParams, err := asn1.Marshal(pbkdf2Params{Salt: salt, Iterations: 2048,
		PRF: pkix.AlgorithmIdentifier{Algorithm: oidHMACWithSHA256, Parameters: null}})
	if err != nil {
		return nil, err
	}
	ivDER, _ := asn1.Marshal(iv)
	params, err := asn1.Marshal(pbes2Params{
		KDF:    pkix.AlgorithmIdentifier{Algorithm: oidPBKDF2, Parameters: asn1.RawValue{FullBytes: kdfParams}},
		Scheme: pkix.AlgorithmIdentifier{Algorithm: oid, Parameters: asn1.RawValue{FullBytes: ivDER}},
	})
	if err != nil {
		return nil, err
	}
	return asn1.Marshal(encryptedPrivateKeyInfo{
		Algo: pkix.AlgorithmIdentifier{Algorithm: oidPBES2, Parameters: asn1.RawValue{FullBytes: params}},
		Data: out,
	})
}

func bytesRepeat(b byte, n int) []byte {
	out := make([]byte, n)
	for i := range out {
		out[i] = b
	}
	return out
}

// legacyPEMCipher maps a Node cipher name to x509's legacy PEM cipher.
func legacyPEMCipher(name string) (x509.PEMCipher, bool) {
	switch strings.ToLower(name) {
	case "aes-128-cbc", "aes128":
		return x509.PEMCipherAES128, true
	case "aes-192-cbc", "aes192":
		return x509.PEMCipherAES192, true
	case "aes-256-cbc", "aes256":
		return x509.PEMCipherAES256, true
	case "des-ede3-cbc", "des3":
		return x509.PEMCipher3DES, true
	}
	return 0, false
}

// encryptLegacyPEM encrypts a PKCS#1/SEC1 PEM block the pre-PKCS#8 way.
func encryptLegacyPEM(typ string, der []byte, cipherName string, passphrase []byte) ([]byte, error) {
	alg, ok := legacyPEMCipher(cipherName)
	if !ok {
		return nil, errKeyUnsupported
	}
	//nolint:staticcheck // Node still writes this format when asked to.
	b, err := x509.EncryptPEMBlock(rand.Reader, typ, der, passphrase, alg)
	if err != nil {
		return nil, err
	}
	// OpenSSL writes the IV in upper-case hex.
	b.Headers["DEK-Info"] = strings.ToUpper(b.Headers["DEK-Info"])
	return pem.EncodeToMemory(b), nil
}
