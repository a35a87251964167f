package crypto

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/des"
	"crypto/subtle"
	"encoding/binary"
	"strings"

	"golang.org/x/crypto/chacha20"
	"golang.org/x/crypto/chacha20poly1305"
)

// cipherSpec describes one cipher Node's createCipheriv accepts.
type cipherSpec struct {
	name   string // OpenSSL's name (getCipherInfo)
	mode   string // cbc, ecb, ctr, ofb, cfb, gcm
	keyLen int
	ivLen  int // default IV length; 0 means no IV
	des    bool
}

var cipherSpecs = map[string]cipherSpec{}

func init() {
	for _, bits := range []int{128, 192, 256} {
		k := bits / 8
		p := "aes-" + itoa(bits) + "-"
		cipherSpecs[p+"cbc"] = cipherSpec{p + "cbc", "cbc", k, 16, false}
		cipherSpecs[p+"ecb"] = cipherSpec{p + "ecb", "ecb", k, 0, false}
		cipherSpecs[p+"ctr"] = cipherSpec{p + "ctr", "ctr", k, 16, false}
		cipherSpecs[p+"ofb"] = cipherSpec{p + "ofb", "ofb", k, 16, false}
		cipherSpecs[p+"cfb"] = cipherSpec{p + "cfb", "cfb", k, 16, false}
		cipherSpecs[p+"gcm"] = cipherSpec{"id-aes" + itoa(bits) + "-gcm", "gcm", k, 12, false}
		cipherSpecs["id-aes"+itoa(bits)+"-gcm"] = cipherSpecs[p+"gcm"]
		cipherSpecs["aes"+itoa(bits)] = cipherSpecs[p+"cbc"]
	}
	cipherSpecs["chacha20-poly1305"] = cipherSpec{"chacha20-poly1305", "chacha20-poly1305", 32, 12, false}
	cipherSpecs["chacha20"] = cipherSpec{"chacha20", "chacha20", 32, 16, false}
	cipherSpecs["des-ede3-cbc"] = cipherSpec{"des-ede3-cbc", "cbc", 24, 8, true}
	cipherSpecs["des3"] = cipherSpecs["des-ede3-cbc"]
	cipherSpecs["des-ede3"] = cipherSpec{"des-ede3", "ecb", 24, 0, true}
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}

func lookupCipher(name string) (cipherSpec, bool) {
	s, ok := cipherSpecs[strings.ToLower(name)]
	return s, ok
}

// cipherState is the Go side of a Cipheriv/Decipheriv.
type cipherState struct {
	spec    cipherSpec
	block   cipher.Block
	encrypt bool
	pad     bool
	iv      []byte
	pending []byte // cbc/ecb: bytes not yet forming a whole block (or held back for unpadding)
	stream  cipher.Stream
	// gcm
	counter [16]byte // next counter block (inc32)
	ks      []byte   // unused keystream bytes
	aad     []byte
	text    []byte // plaintext so far (for the tag)
	tagLen  int
	tag     []byte
	done    bool
	key     []byte // chacha20-poly1305 (the AEAD is built at final)
}

// newChaCha sets up chacha20 (16-byte IV: little-endian block counter,
// then the 96-bit nonce, as OpenSSL takes it) or chacha20-poly1305
// (keystream from block 1, tag from the AEAD over the buffered text).
func newChaCha(spec cipherSpec, key, iv []byte, encrypt bool, tagLen int) (*cipherState, string) {
	if len(iv) != spec.ivLen {
		return nil, cipherErrIV
	}
	s := &cipherState{spec: spec, encrypt: encrypt, iv: append([]byte(nil), iv...), tagLen: tagLen,
		key: append([]byte(nil), key...)}
	nonce, counter := iv, uint32(1)
	if spec.mode == "chacha20" {
		nonce, counter = iv[4:], binary.LittleEndian.Uint32(iv[:4])
	}
	c, err := chacha20.NewUnauthenticatedCipher(key, nonce)
	if err != nil {
		return nil, cipherErrKeyLen
	}
	c.SetCounter(counter)
	s.stream = c
	return s, ""
}

// Cipher error codes returned to JavaScript, which builds Node's errors.
const (
	cipherErrUnknown  = "unknown"
	cipherErrKeyLen   = "keylen"
	cipherErrIV       = "iv"
	cipherErrBadFinal = "wrong_final_block_length"
	cipherErrDecrypt  = "bad_decrypt"
	cipherErrAuth     = "auth"
	cipherErrState    = "state"
)

func newCipherState(name string, key, iv []byte, hasIV, encrypt bool, tagLen int) (*cipherState, string) {
	spec, ok := lookupCipher(name)
	if !ok {
		return nil, cipherErrUnknown
	}
	if len(key) != spec.keyLen {
		return nil, cipherErrKeyLen
	}
	if spec.mode == "gcm" {
		if !hasIV || len(iv) == 0 {
			return nil, cipherErrIV
		}
	} else if spec.ivLen == 0 {
		if hasIV && len(iv) != 0 {
			return nil, cipherErrIV
		}
	} else if len(iv) != spec.ivLen {
		return nil, cipherErrIV
	}
	if spec.mode == "chacha20" || spec.mode == "chacha20-poly1305" {
		return newChaCha(spec, key, iv, encrypt, tagLen)
	}
	var block cipher.Block
	var err error
	if spec.des {
		block, err = des.NewTripleDESCipher(key)
	} else {
		block, err = aes.NewCipher(key)
	}
	if err != nil {
		return nil, cipherErrKeyLen
	}
	s := &cipherState{spec: spec, block: block, encrypt: encrypt, pad: true, iv: append([]byte(nil), iv...), tagLen: tagLen}
	switch spec.mode {
	case "cbc":
		// CBC chaining is done by hand (see blocks) so no BlockMode is kept.
	case "ctr":
		s.stream = cipher.NewCTR(block, iv)
	case "ofb":
		s.stream = cipher.NewOFB(block, iv)
	case "cfb":
		if encrypt {
			s.stream = cipher.NewCFBEncrypter(block, iv)
		} else {
			s.stream = cipher.NewCFBDecrypter(block, iv)
		}
	case "gcm":
		s.counter = s.j0()
		inc32(&s.counter)
	}
	return s, ""
}

// j0 is GCM's pre-counter block for the IV.
func (s *cipherState) j0() [16]byte {
	var j [16]byte
	if len(s.iv) == 12 {
		copy(j[:], s.iv)
		j[15] = 1
		return j
	}
	var h [16]byte
	s.block.Encrypt(h[:], h[:])
	var y [16]byte
	ghash(&y, h, s.iv)
	var lens [16]byte
	binary.BigEndian.PutUint64(lens[8:], uint64(len(s.iv))*8)
	ghash(&y, h, lens[:])
	return y
}

// ghash folds data (zero-padded to whole blocks) into y with key h.
func ghash(y *[16]byte, h [16]byte, data []byte) {
	for len(data) > 0 {
		var blk [16]byte
		n := copy(blk[:], data)
		data = data[n:]
		for i := range y {
			y[i] ^= blk[i]
		}
		*y = gfMul(*y, h)
	}
}

// gfMul multiplies in GF(2^128) as GCM defines it (SP 800-38D, Alg. 1).
func gfMul(x, y [16]byte) [16]byte {
	var z [16]byte
	v := y
	for i := 0; i < 128; i++ {
		if x[i/8]>>(7-uint(i%8))&1 == 1 {
			for k := range z {
				z[k] ^= v[k]
			}
		}
		lsb := v[15] & 1
		for k := 15; k > 0; k-- {
			v[k] = v[k]>>1 | v[k-1]<<7
		}
		v[0] >>= 1
		if lsb == 1 {
			v[0] ^= 0xe1
		}
	}
	return z
}

func inc32(c *[16]byte) {
	binary.BigEndian.PutUint32(c[12:], binary.BigEndian.Uint32(c[12:])+1)
}

// gcmXOR applies GCM's counter-mode keystream to src.
func (s *cipherState) gcmXOR(src []byte) []byte {
	out := make([]byte, len(src))
	for i := range src {
		if len(s.ks) == 0 {
			var blk [16]byte
			s.block.Encrypt(blk[:], s.counter[:])
			inc32(&s.counter)
			s.ks = blk[:]
		}
		out[i] = src[i] ^ s.ks[0]
		s.ks = s.ks[1:]
	}
	return out
}

func (s *cipherState) update(data []byte) ([]byte, string) {
	if s.done {
		return nil, cipherErrState
	}
	switch s.spec.mode {
	case "ctr", "ofb", "cfb", "chacha20":
		out := make([]byte, len(data))
		s.stream.XORKeyStream(out, data)
		return out, ""
	case "chacha20-poly1305":
		out := make([]byte, len(data))
		s.stream.XORKeyStream(out, data)
		if s.encrypt {
			s.text = append(s.text, data...)
		} else {
			s.text = append(s.text, out...)
		}
		return out, ""
	case "gcm":
		out := s.gcmXOR(data)
		if s.encrypt {
			s.text = append(s.text, data...)
		} else {
			s.text = append(s.text, out...)
		}
		return out, ""
	}
	// cbc / ecb
	bs := s.block.BlockSize()
	s.pending = append(s.pending, data...)
	n := len(s.pending) / bs * bs
	if !s.encrypt && s.pad && n == len(s.pending) && n > 0 {
		n -= bs // keep the last block: it may be padding
	}
	out := s.blocks(s.pending[:n])
	s.pending = append([]byte(nil), s.pending[n:]...)
	return out, ""
}

// blocks runs whole blocks through CBC or ECB.
func (s *cipherState) blocks(in []byte) []byte {
	bs := s.block.BlockSize()
	out := make([]byte, len(in))
	for i := 0; i < len(in); i += bs {
		src, dst := in[i:i+bs], out[i:i+bs]
		if s.spec.mode == "ecb" {
			if s.encrypt {
				s.block.Encrypt(dst, src)
			} else {
				s.block.Decrypt(dst, src)
			}
			continue
		}
		if s.encrypt {
			subtle.XORBytes(dst, src, s.iv)
			s.block.Encrypt(dst, dst)
			copy(s.iv, dst)
		} else {
			next := append([]byte(nil), src...)
			s.block.Decrypt(dst, src)
			subtle.XORBytes(dst, dst, s.iv)
			s.iv = next
		}
	}
	return out
}

func (s *cipherState) final() ([]byte, string) {
	if s.done {
		return nil, cipherErrState
	}
	s.done = true
	switch s.spec.mode {
	case "ctr", "ofb", "cfb", "chacha20":
		return []byte{}, ""
	case "gcm", "chacha20-poly1305":
		var aead cipher.AEAD
		var err error
		if s.spec.mode == "gcm" {
			aead, err = cipher.NewGCMWithNonceSize(s.block, len(s.iv))
		} else {
			aead, err = chacha20poly1305.New(s.key)
		}
		if err != nil {
			return nil, cipherErrIV
		}
		sealed := aead.Seal(nil, s.iv, s.text, s.aad)
		full := sealed[len(sealed)-16:]
		if s.encrypt {
			s.tag = append([]byte(nil), full[:s.tagLen]...)
			return []byte{}, ""
		}
		if len(s.tag) == 0 || subtle.ConstantTimeCompare(full[:len(s.tag)], s.tag) != 1 {
			return nil, cipherErrAuth
		}
		return []byte{}, ""
	}
	bs := s.block.BlockSize()
	if s.encrypt {
		if s.pad {
			p := bs - len(s.pending)%bs
			for i := 0; i < p; i++ {
				s.pending = append(s.pending, byte(p))
			}
		} else if len(s.pending)%bs != 0 {
			return nil, cipherErrBadFinal
		}
		return s.blocks(s.pending), ""
	}
	if len(s.pending)%bs != 0 {
		return nil, cipherErrBadFinal
	}
	out := s.blocks(s.pending)
	if !s.pad {
		return out, ""
	}
	if len(out) == 0 {
		return nil, cipherErrBadFinal
	}
	p := int(out[len(out)-1])
	if p == 0 || p > bs || p > len(out) {
		return nil, cipherErrDecrypt
	}
	for _, c := range out[len(out)-p:] {
		if int(c) != p {
			return nil, cipherErrDecrypt
		}
	}
	return out[:len(out)-p], ""
}
