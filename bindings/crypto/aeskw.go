package crypto

import (
	"crypto/aes"
	"crypto/subtle"
	"encoding/binary"
)

// aesKWIV is RFC 3394's default initial value.
var aesKWIV = []byte{0xA6, 0xA6, 0xA6, 0xA6, 0xA6, 0xA6, 0xA6, 0xA6}

// aesKeyWrap wraps plaintext (a multiple of 8 bytes, at least 16) with
// AES Key Wrap (RFC 3394).
func aesKeyWrap(kek, plaintext []byte) []byte {
	block, err := aes.NewCipher(kek)
	if err != nil || len(plaintext)%8 != 0 || len(plaintext) < 16 {
		return nil
	}
	n := len(plaintext) / 8
	a := append([]byte(nil), aesKWIV...)
	r := append([]byte(nil), plaintext...)
	var buf [16]byte
	for j := 0; j < 6; j++ {
		for i := 0; i < n; i++ {
			copy(buf[:8], a)
			copy(buf[8:], r[i*8:i*8+8])
			block.Encrypt(buf[:], buf[:])
			t := uint64(n*j + i + 1)
			binary.BigEndian.PutUint64(a, binary.BigEndian.Uint64(buf[:8])^t)
			copy(r[i*8:], buf[8:])
		}
	}
	return append(a, r...)
}

// aesKeyUnwrap reverses aesKeyWrap; nil when the integrity check fails.
func aesKeyUnwrap(kek, wrapped []byte) []byte {
	block, err := aes.NewCipher(kek)
	if err != nil || len(wrapped)%8 != 0 || len(wrapped) < 24 {
		return nil
	}
	n := len(wrapped)/8 - 1
	a := append([]byte(nil), wrapped[:8]...)
	r := append([]byte(nil), wrapped[8:]...)
	var buf [16]byte
	for j := 5; j >= 0; j-- {
		for i := n - 1; i >= 0; i-- {
			t := uint64(n*j + i + 1)
			binary.BigEndian.PutUint64(buf[:8], binary.BigEndian.Uint64(a)^t)
			copy(buf[8:], r[i*8:i*8+8])
			block.Decrypt(buf[:], buf[:])
			copy(a, buf[:8])
			copy(r[i*8:], buf[8:])
		}
	}
	if subtle.ConstantTimeCompare(a, aesKWIV) != 1 {
		return nil
	}
	return r
}
