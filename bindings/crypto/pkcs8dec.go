package crypto

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/des"
	"crypto/md5"
	"crypto/pbkdf2"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/asn1"
	"encoding/hex"
	"encoding/pem"
	"errors"
	"hash"
	"strings"

	"golang.org/x/crypto/scrypt"
)

// Decrypting private keys, for crypto.createPrivateKey and for the tls
// package's `key` option: PKCS#8 EncryptedPrivateKeyInfo (PBES2 with
// PBKDF2 or scrypt and an AES or (3)DES CBC cipher, and PKCS#12's PBE
// with SHA-1 and 3DES) and the traditional "Proc-Type: 4,ENCRYPTED" PEM
// encryption of PKCS#1/SEC1 keys. Each caller turns the errors below into
// its own Node errors.

// Errors of DecryptPKCS8 and DecryptLegacyPEM. Their texts are what the
// keyParse binding hands to keys.js.
var (
	// ErrBadDecrypt: the data does not decrypt (a wrong or missing
	// passphrase, mostly).
	ErrBadDecrypt = errors.New("bad decrypt")
	// ErrUnsupportedEncryption: an encryption scheme, KDF, PRF or cipher
	// that Node's OpenSSL 3 refuses (RC2, RC4, single-DES PBES1) or this
	// package does not implement.
	ErrUnsupportedEncryption = errors.New("unsupported")
	// ErrMalformedEncryptedKey: DER or PEM headers that do not parse as
	// the structure they claim to be.
	ErrMalformedEncryptedKey = errors.New("unsupported")
)

var (
	oidHMACWithSHA224                = asn1.ObjectIdentifier{1, 2, 840, 113549, 2, 8}
	oidDESCBC                        = asn1.ObjectIdentifier{1, 3, 14, 3, 2, 7}
	oidScrypt                        = asn1.ObjectIdentifier{1, 3, 6, 1, 4, 1, 11591, 4, 11}
	oidPBEWithSHAAnd3KeyTripleDESCBC = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 12, 1, 3}
	oidPBEWithSHAAnd2KeyTripleDESCBC = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 12, 1, 4}
)

// DecryptPKCS8 decrypts the DER of an EncryptedPrivateKeyInfo to the DER
// of the PKCS#8 key inside. Errors: ErrMalformedEncryptedKey,
// ErrUnsupportedEncryption, ErrBadDecrypt.
func DecryptPKCS8(der, passphrase []byte) ([]byte, error) {
	var info encryptedPrivateKeyInfo
	if _, err := asn1.Unmarshal(der, &info); err != nil {
		return nil, ErrMalformedEncryptedKey
	}
	if info.Algo.Algorithm.Equal(oidPBEWithSHAAnd3KeyTripleDESCBC) ||
		info.Algo.Algorithm.Equal(oidPBEWithSHAAnd2KeyTripleDESCBC) {
		return decryptPBES1(info, passphrase)
	}
	if !info.Algo.Algorithm.Equal(oidPBES2) {
		return nil, ErrUnsupportedEncryption
	}
	var params pbes2Params
	if _, err := asn1.Unmarshal(info.Algo.Parameters.FullBytes, &params); err != nil {
		return nil, ErrMalformedEncryptedKey
	}
	if params.KDF.Algorithm.Equal(oidScrypt) {
		return decryptScrypt(params, info.Data, passphrase)
	}
	if !params.KDF.Algorithm.Equal(oidPBKDF2) {
		return nil, ErrUnsupportedEncryption
	}
	var kdf pbkdf2Params
	if _, err := asn1.Unmarshal(params.KDF.Parameters.FullBytes, &kdf); err != nil {
		return nil, ErrMalformedEncryptedKey
	}
	var prf func() hash.Hash
	switch alg := kdf.PRF.Algorithm; {
	case len(alg) == 0, alg.Equal(oidHMACWithSHA1):
		prf = sha1.New
	case alg.Equal(oidHMACWithSHA224):
		prf = sha256.New224
	case alg.Equal(oidHMACWithSHA256):
		prf = sha256.New
	case alg.Equal(oidHMACWithSHA384):
		prf = sha512.New384
	case alg.Equal(oidHMACWithSHA512):
		prf = sha512.New
	default:
		return nil, ErrUnsupportedEncryption
	}
	newCipher, keyLen, iv, err := schemeCipher(params)
	if err != nil {
		return nil, err
	}
	key, err := pbkdf2.Key(prf, string(passphrase), kdf.Salt, kdf.Iterations, keyLen)
	if err != nil {
		return nil, ErrBadDecrypt
	}
	return cbcDecrypt(newCipher, key, iv, info.Data)
}

// schemeCipher is the block cipher, key length and IV of a PBES2
// encryption scheme (whichever KDF derives the key).
func schemeCipher(params pbes2Params) (func([]byte) (cipher.Block, error), int, []byte, error) {
	var iv []byte
	if _, err := asn1.Unmarshal(params.Scheme.Parameters.FullBytes, &iv); err != nil {
		return nil, 0, nil, ErrMalformedEncryptedKey
	}
	switch oid := params.Scheme.Algorithm; {
	case oid.Equal(oidAES128CBC):
		return aes.NewCipher, 16, iv, nil
	case oid.Equal(oidAES192CBC):
		return aes.NewCipher, 24, iv, nil
	case oid.Equal(oidAES256CBC):
		return aes.NewCipher, 32, iv, nil
	case oid.Equal(oidDESEDE3CBC):
		return des.NewTripleDESCipher, 24, iv, nil
	case oid.Equal(oidDESCBC):
		return des.NewCipher, 8, iv, nil
	}
	return nil, 0, nil, ErrUnsupportedEncryption
}

// cbcDecrypt decrypts and strips PKCS#7 padding; ErrBadDecrypt when the
// data or padding is wrong (a wrong passphrase, mostly).
func cbcDecrypt(newCipher func([]byte) (cipher.Block, error), key, iv, data []byte) ([]byte, error) {
	block, err := newCipher(key)
	if err != nil || len(iv) != block.BlockSize() || len(data) == 0 || len(data)%block.BlockSize() != 0 {
		return nil, ErrBadDecrypt
	}
	out := make([]byte, len(data))
	cipher.NewCBCDecrypter(block, iv).CryptBlocks(out, data)
	p := int(out[len(out)-1])
	if p == 0 || p > block.BlockSize() || !bytes.Equal(out[len(out)-p:], bytes.Repeat([]byte{byte(p)}, p)) {
		return nil, ErrBadDecrypt
	}
	return out[:len(out)-p], nil
}

// DecryptLegacyPEM decrypts a traditional "Proc-Type: 4,ENCRYPTED" block
// to the DER inside: OpenSSL's EVP_BytesToKey (MD5, one round, the IV's
// first 8 bytes as salt). Errors: ErrMalformedEncryptedKey (a DEK-Info IV
// that is not hex), ErrUnsupportedEncryption, ErrBadDecrypt.
func DecryptLegacyPEM(b *pem.Block, passphrase []byte) ([]byte, error) {
	name, ivHex, _ := strings.Cut(b.Headers["DEK-Info"], ",")
	iv, err := hex.DecodeString(strings.TrimSpace(ivHex))
	if err != nil || len(iv) < 8 {
		return nil, ErrMalformedEncryptedKey
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
		h.Write(passphrase)
		h.Write(iv[:8])
		prev = h.Sum(nil)
		key = append(key, prev...)
	}
	return cbcDecrypt(newCipher, key[:keyLen], iv, b.Bytes)
}

type scryptParams struct {
	Salt                     []byte
	CostParameter            int
	BlockSize                int
	ParallelizationParameter int
	KeyLength                int `asn1:"optional"`
}

// decryptScrypt is PBES2 with the scrypt KDF (RFC 7914), what
// `openssl pkcs8 -scrypt` writes.
func decryptScrypt(params pbes2Params, data, passphrase []byte) ([]byte, error) {
	var kdf scryptParams
	if _, err := asn1.Unmarshal(params.KDF.Parameters.FullBytes, &kdf); err != nil {
		return nil, ErrMalformedEncryptedKey
	}
	newCipher, keyLen, iv, err := schemeCipher(params)
	if err != nil {
		return nil, err
	}
	key, err := scrypt.Key(passphrase, kdf.Salt, kdf.CostParameter, kdf.BlockSize, kdf.ParallelizationParameter, keyLen)
	if err != nil {
		return nil, ErrBadDecrypt
	}
	return cbcDecrypt(newCipher, key, iv, data)
}

type pbes1Params struct {
	Salt []byte
	Iter int
}

// decryptPBES1 is PKCS#12's password-based encryption with SHA-1 and
// two- or three-key 3DES (`openssl pkcs8 -v1 PBE-SHA1-3DES`).
func decryptPBES1(info encryptedPrivateKeyInfo, passphrase []byte) ([]byte, error) {
	var p pbes1Params
	if _, err := asn1.Unmarshal(info.Algo.Parameters.FullBytes, &p); err != nil {
		return nil, ErrMalformedEncryptedKey
	}
	pass := bmpString(string(passphrase))
	key := pkcs12KDF(pass, p.Salt, p.Iter, 1, 24)
	if info.Algo.Algorithm.Equal(oidPBEWithSHAAnd2KeyTripleDESCBC) {
		key = append(key[:16:16], key[:8]...)
	}
	iv := pkcs12KDF(pass, p.Salt, p.Iter, 2, 8)
	return cbcDecrypt(des.NewTripleDESCipher, key, iv, info.Data)
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
