package crypto

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha3"
	"crypto/sha512"
	"encoding"
	"errors"
	"hash"
	"strings"

	"golang.org/x/crypto/blake2b"
	"golang.org/x/crypto/blake2s"
	"golang.org/x/crypto/ripemd160" //nolint:staticcheck // Node still offers RIPEMD-160
)

// recording keeps what was written so a hash without marshalable state
// (x/crypto's RIPEMD-160) can still be copied: the copy replays it.
type recording struct {
	hash.Hash
	mk   func() hash.Hash
	data []byte
}

func newRecording(mk func() hash.Hash) func() hash.Hash {
	return func() hash.Hash { return &recording{Hash: mk(), mk: mk} }
}

func (r *recording) Write(p []byte) (int, error) {
	r.data = append(r.data, p...)
	return r.Hash.Write(p)
}

func (r *recording) Reset() { r.Hash.Reset(); r.data = nil }

func (r *recording) MarshalBinary() ([]byte, error) { return append([]byte(nil), r.data...), nil }

func (r *recording) UnmarshalBinary(p []byte) error {
	r.Hash = r.mk()
	r.data = append([]byte(nil), p...)
	_, err := r.Hash.Write(r.data)
	return err
}

var newRIPEMD160 = newRecording(ripemd160.New)

func newBlake2b512() hash.Hash {
	h, _ := blake2b.New512(nil)
	return h
}

func newBlake2s256() hash.Hash {
	h, _ := blake2s.New256(nil)
	return h
}

// md5sha1 is OpenSSL's "md5-sha1": MD5 and SHA-1 digests concatenated.
type md5sha1 struct{ m, s hash.Hash }

func newMD5SHA1() hash.Hash { return &md5sha1{md5.New(), sha1.New()} }

func (h *md5sha1) Write(p []byte) (int, error) { h.m.Write(p); return h.s.Write(p) }
func (h *md5sha1) Sum(b []byte) []byte         { return h.s.Sum(h.m.Sum(b)) }
func (h *md5sha1) Reset()                      { h.m.Reset(); h.s.Reset() }
func (h *md5sha1) Size() int                   { return 36 }
func (h *md5sha1) BlockSize() int              { return 64 }
func (h *md5sha1) MarshalBinary() ([]byte, error) {
	a, err := h.m.(encoding.BinaryMarshaler).MarshalBinary()
	if err != nil {
		return nil, err
	}
	b, err := h.s.(encoding.BinaryMarshaler).MarshalBinary()
	if err != nil {
		return nil, err
	}
	return append([]byte{byte(len(a))}, append(a, b...)...), nil
}
func (h *md5sha1) UnmarshalBinary(p []byte) error {
	if len(p) == 0 || int(p[0]) >= len(p) {
		return errors.New("md5-sha1: bad state")
	}
	n := int(p[0])
	if err := h.m.(encoding.BinaryUnmarshaler).UnmarshalBinary(p[1 : 1+n]); err != nil {
		return err
	}
	return h.s.(encoding.BinaryUnmarshaler).UnmarshalBinary(p[1+n:])
}

// digestAlgorithms maps the lower-cased names OpenSSL (and so Node)
// accepts to Go constructors. SHAKE functions are handled separately.
var digestAlgorithms = map[string]func() hash.Hash{
	"md5":                         md5.New,
	"rsa-md5":                     md5.New,
	"ssl3-md5":                    md5.New,
	"md5withrsaencryption":        md5.New,
	"sha1":                        sha1.New,
	"sha-1":                       sha1.New,
	"rsa-sha1":                    sha1.New,
	"rsa-sha1-2":                  sha1.New,
	"ssl3-sha1":                   sha1.New,
	"sha1withrsaencryption":       sha1.New,
	"sha224":                      sha256.New224,
	"sha-224":                     sha256.New224,
	"sha2-224":                    sha256.New224,
	"rsa-sha224":                  sha256.New224,
	"sha224withrsaencryption":     sha256.New224,
	"sha256":                      sha256.New,
	"sha-256":                     sha256.New,
	"sha2-256":                    sha256.New,
	"rsa-sha256":                  sha256.New,
	"sha256withrsaencryption":     sha256.New,
	"sha384":                      sha512.New384,
	"sha-384":                     sha512.New384,
	"sha2-384":                    sha512.New384,
	"rsa-sha384":                  sha512.New384,
	"sha384withrsaencryption":     sha512.New384,
	"sha512":                      sha512.New,
	"sha-512":                     sha512.New,
	"sha2-512":                    sha512.New,
	"rsa-sha512":                  sha512.New,
	"sha512withrsaencryption":     sha512.New,
	"sha512-224":                  sha512.New512_224,
	"sha-512/224":                 sha512.New512_224,
	"sha2-512/224":                sha512.New512_224,
	"rsa-sha512/224":              sha512.New512_224,
	"sha512-224withrsaencryption": sha512.New512_224,
	"sha512-256":                  sha512.New512_256,
	"sha-512/256":                 sha512.New512_256,
	"sha2-512/256":                sha512.New512_256,
	"rsa-sha512/256":              sha512.New512_256,
	"sha512-256withrsaencryption": sha512.New512_256,
	"ripemd160":                   newRIPEMD160,
	"ripemd":                      newRIPEMD160,
	"rmd160":                      newRIPEMD160,
	"ripemd-160":                  newRIPEMD160,
	"rsa-ripemd160":               newRIPEMD160,
	"ripemd160withrsa":            newRIPEMD160,
	"blake2b512":                  newBlake2b512,
	"blake2s256":                  newBlake2s256,
	"md5-sha1":                    newMD5SHA1,
	"sha3-224":                    func() hash.Hash { return sha3.New224() },
	"sha3-256":                    func() hash.Hash { return sha3.New256() },
	"sha3-384":                    func() hash.Hash { return sha3.New384() },
	"sha3-512":                    func() hash.Hash { return sha3.New512() },
	"rsa-sha3-224":                func() hash.Hash { return sha3.New224() },
	"rsa-sha3-256":                func() hash.Hash { return sha3.New256() },
	"rsa-sha3-384":                func() hash.Hash { return sha3.New384() },
	"rsa-sha3-512":                func() hash.Hash { return sha3.New512() },
}

// newDigest returns the hash for a Node algorithm name, or nil.
func newDigest(name string) func() hash.Hash {
	return digestAlgorithms[strings.ToLower(name)]
}

// hashNames is what Node v20's crypto.getHashes() returns (OpenSSL 3's
// list); names handshake cannot compute (ripemd, blake2, sm3, md5-sha1)
// make createHash throw "Digest method not supported".
var hashNames = []string{"RSA-MD5", "RSA-RIPEMD160", "RSA-SHA1", "RSA-SHA1-2", "RSA-SHA224", "RSA-SHA256",
	"RSA-SHA3-224", "RSA-SHA3-256", "RSA-SHA3-384", "RSA-SHA3-512", "RSA-SHA384", "RSA-SHA512",
	"RSA-SHA512/224", "RSA-SHA512/256", "RSA-SM3", "blake2b512", "blake2s256",
	"id-rsassa-pkcs1-v1_5-with-sha3-224", "id-rsassa-pkcs1-v1_5-with-sha3-256",
	"id-rsassa-pkcs1-v1_5-with-sha3-384", "id-rsassa-pkcs1-v1_5-with-sha3-512", "md5", "md5-sha1",
	"md5WithRSAEncryption", "ripemd", "ripemd160", "ripemd160WithRSA", "rmd160", "sha1",
	"sha1WithRSAEncryption", "sha224", "sha224WithRSAEncryption", "sha256", "sha256WithRSAEncryption",
	"sha3-224", "sha3-256", "sha3-384", "sha3-512", "sha384", "sha384WithRSAEncryption", "sha512",
	"sha512-224", "sha512-224WithRSAEncryption", "sha512-256", "sha512-256WithRSAEncryption",
	"sha512WithRSAEncryption", "shake128", "shake256", "sm3", "sm3WithRSAEncryption", "ssl3-md5",
	"ssl3-sha1"}

// shakeHash adapts SHA-3's SHAKE XOFs to hash.Hash with a fixed output
// length (Node's outputLength option; defaults 16 and 32 bytes).
type shakeHash struct {
	s      *sha3.SHAKE
	size   int
	strong bool // shake256
}

func newShake(name string, size int) *shakeHash {
	switch strings.ToLower(name) {
	case "shake128":
		if size < 0 {
			size = 16
		}
		return &shakeHash{s: sha3.NewSHAKE128(), size: size}
	case "shake256":
		if size < 0 {
			size = 32
		}
		return &shakeHash{s: sha3.NewSHAKE256(), size: size, strong: true}
	}
	return nil
}

func (h *shakeHash) Write(p []byte) (int, error) { return h.s.Write(p) }
func (h *shakeHash) Sum(b []byte) []byte {
	out := make([]byte, h.size)
	_, _ = h.s.Read(out)
	return append(b, out...)
}
func (h *shakeHash) Reset()         { h.s.Reset() }
func (h *shakeHash) Size() int      { return h.size }
func (h *shakeHash) BlockSize() int { return h.s.BlockSize() }
func (h *shakeHash) MarshalBinary() ([]byte, error) {
	return h.s.MarshalBinary()
}
func (h *shakeHash) UnmarshalBinary(b []byte) error {
	return h.s.UnmarshalBinary(b)
}
