package buffer

import (
	"encoding/base64"
	"encoding/binary"
	"reflect"
	"unicode/utf16"
	"unicode/utf8"
	"unsafe"

	"github.com/dop251/goja"
)

// Encoding identifies one of Node's buffer encodings. The numbers are
// shared with buffer.js (see encodingIds there).
type Encoding int

// The encodings Buffer supports.
const (
	UTF8 Encoding = iota
	UTF16LE
	Latin1
	ASCII
	Base64
	Base64URL
	Hex
)

// ParseEncoding maps a normalised Node encoding name to an Encoding; ok is
// false for names Node does not know.
func ParseEncoding(name string) (Encoding, bool) {
	switch name {
	case "utf8", "utf-8", "":
		return UTF8, true
	case "ucs2", "ucs-2", "utf16le", "utf-16le":
		return UTF16LE, true
	case "latin1", "binary":
		return Latin1, true
	case "ascii":
		return ASCII, true
	case "base64":
		return Base64, true
	case "base64url":
		return Base64URL, true
	case "hex":
		return Hex, true
	}
	return 0, false
}

// isASCII reports whether every byte of b is below 0x80.
func isASCII(b []byte) bool {
	for len(b) >= 8 {
		if binary.LittleEndian.Uint64(b)&0x8080808080808080 != 0 {
			return false
		}
		b = b[8:]
	}
	for _, c := range b {
		if c >= 0x80 {
			return false
		}
	}
	return true
}

// DecodeUTF8 turns UTF-8 bytes into UTF-16 code units the way V8 and the
// WHATWG Encoding Standard do: every maximal invalid subsequence becomes one
// U+FFFD. With fatal set it stops at the first error and returns ok=false.
func DecodeUTF8(dst []uint16, b []byte, fatal bool) ([]uint16, bool) {
	for i := 0; i < len(b); {
		c := b[i]
		if c < 0x80 {
			dst = append(dst, uint16(c))
			i++
			continue
		}
		var need int
		var cp rune
		lo, hi := byte(0x80), byte(0xBF)
		switch {
		case c >= 0xC2 && c <= 0xDF:
			need, cp = 1, rune(c&0x1F)
		case c >= 0xE0 && c <= 0xEF:
			need, cp = 2, rune(c&0x0F)
			if c == 0xE0 {
				lo = 0xA0
			} else if c == 0xED {
				hi = 0x9F
			}
		case c >= 0xF0 && c <= 0xF4:
			need, cp = 3, rune(c&0x07)
			if c == 0xF0 {
				lo = 0x90
			} else if c == 0xF4 {
				hi = 0x8F
			}
		default:
			if fatal {
				return dst, false
			}
			dst = append(dst, 0xFFFD)
			i++
			continue
		}
		j := i + 1
		bad := false
		for k := 0; k < need; k++ {
			if j >= len(b) || b[j] < lo || b[j] > hi {
				bad = true
				break
			}
			cp = cp<<6 | rune(b[j]&0x3F)
			lo, hi = 0x80, 0xBF
			j++
		}
		if bad {
			if fatal {
				return dst, false
			}
			dst = append(dst, 0xFFFD)
			i = j
			continue
		}
		if cp >= 0x10000 {
			r1, r2 := utf16.EncodeRune(cp)
			dst = append(dst, uint16(r1), uint16(r2))
		} else {
			dst = append(dst, uint16(cp))
		}
		i = j
	}
	return dst, true
}

// IncompleteUTF8Tail returns how many bytes at the end of b begin a UTF-8
// sequence that more input could still complete (0 to 3). A streaming
// decoder keeps them for the next chunk.
func IncompleteUTF8Tail(b []byte) int {
	n := len(b)
	for k := 1; k <= 3 && k <= n; k++ {
		c := b[n-k]
		if c < 0x80 {
			return 0
		}
		if c >= 0xC0 {
			var need int
			switch {
			case c >= 0xC2 && c <= 0xDF:
				need = 1
			case c >= 0xE0 && c <= 0xEF:
				need = 2
			case c >= 0xF0 && c <= 0xF4:
				need = 3
			default:
				return 0
			}
			if need < k {
				return 0
			}
			// The bytes after the lead must be a valid prefix.
			lo, hi := byte(0x80), byte(0xBF)
			switch c {
			case 0xE0:
				lo = 0xA0
			case 0xED:
				hi = 0x9F
			case 0xF0:
				lo = 0x90
			case 0xF4:
				hi = 0x8F
			}
			for j := n - k + 1; j < n; j++ {
				if b[j] < lo || b[j] > hi {
					return 0
				}
				lo, hi = 0x80, 0xBF
			}
			if need == k-1 {
				return 0
			}
			if need >= k {
				return k
			}
			return 0
		}
	}
	return 0
}

// UTF8String decodes b as UTF-8 into a JavaScript string.
func UTF8String(vm *goja.Runtime, b []byte) goja.Value {
	// Valid UTF-8 becomes a Go-backed string that goja converts to UTF-16
	// only if JavaScript looks inside it.
	if utf8.Valid(b) {
		return vm.ToValue(string(b))
	}
	u, _ := DecodeUTF8(make([]uint16, 0, len(b)), b, false)
	return goja.StringFromUTF16(u)
}

// unicodeType is the dynamic type goja uses for strings holding non-ASCII
// UTF-16; converting those to Go strings is costly, so encoders read their
// code units directly.
var unicodeType = reflect.TypeOf(goja.StringFromUTF16([]uint16{0x100}))

// asciiOf returns s as a Go string and true when s is all ASCII; for other
// strings ok is false and gs is only set when it was cheap to get.
func asciiOf(s goja.String) (gs string, ok bool) {
	if reflect.TypeOf(s) == unicodeType {
		return "", false
	}
	gs = s.String()
	// Same length in UTF-8 bytes and UTF-16 units means all ASCII.
	return gs, len(gs) == s.Length()
}

// UTF8Bytes encodes a JavaScript string as UTF-8 (lone surrogates become
// U+FFFD, as in V8).
func UTF8Bytes(s goja.String) []byte {
	gs, ok := asciiOf(s)
	if ok || gs != "" {
		return []byte(gs)
	}
	n := s.Length()
	out := make([]byte, UTF8Length(s))
	w := 0
	for i := 0; i < n; i++ {
		c := rune(s.CharAt(i))
		switch {
		case c < 0x80:
			out[w] = byte(c)
			w++
			continue
		case c < 0x800:
			out[w] = byte(0xC0 | c>>6)
			out[w+1] = byte(0x80 | c&0x3F)
			w += 2
			continue
		case c >= 0xD800 && c <= 0xDBFF && i+1 < n:
			if c2 := rune(s.CharAt(i + 1)); c2 >= 0xDC00 && c2 <= 0xDFFF {
				c = (c-0xD800)<<10 + (c2 - 0xDC00) + 0x10000
				out[w] = byte(0xF0 | c>>18)
				out[w+1] = byte(0x80 | (c>>12)&0x3F)
				out[w+2] = byte(0x80 | (c>>6)&0x3F)
				out[w+3] = byte(0x80 | c&0x3F)
				w += 4
				i++
				continue
			}
			c = 0xFFFD
		case c >= 0xD800 && c <= 0xDFFF:
			c = 0xFFFD
		}
		out[w] = byte(0xE0 | c>>12)
		out[w+1] = byte(0x80 | (c>>6)&0x3F)
		out[w+2] = byte(0x80 | c&0x3F)
		w += 3
	}
	return out
}

// UTF8Length is the UTF-8 byte length of a JavaScript string.
func UTF8Length(s goja.String) int {
	if gs, ok := asciiOf(s); ok || gs != "" {
		return len(gs)
	}
	n := s.Length()
	total := 0
	for i := 0; i < n; i++ {
		c := s.CharAt(i)
		switch {
		case c < 0x80:
			total++
		case c < 0x800:
			total += 2
		case c >= 0xD800 && c <= 0xDBFF && i+1 < n && s.CharAt(i+1) >= 0xDC00 && s.CharAt(i+1) <= 0xDFFF:
			total += 4
			i++
		default:
			total += 3
		}
	}
	return total
}

// Latin1Bytes keeps the low byte of every UTF-16 unit (Node's latin1,
// binary and ascii encoders).
func Latin1Bytes(s goja.String) []byte {
	if gs, ok := asciiOf(s); ok {
		return []byte(gs)
	}
	n := s.Length()
	b := make([]byte, n)
	for i := 0; i < n; i++ {
		b[i] = byte(s.CharAt(i))
	}
	return b
}

// UTF16LEBytes is the string's code units in little-endian order.
func UTF16LEBytes(s goja.String) []byte {
	n := s.Length()
	b := make([]byte, 2*n)
	for i := 0; i < n; i++ {
		c := s.CharAt(i)
		b[2*i] = byte(c)
		b[2*i+1] = byte(c >> 8)
	}
	return b
}

// Latin1String maps each byte to the code point of the same value.
func Latin1String(vm *goja.Runtime, b []byte) goja.Value {
	if isASCII(b) {
		return vm.ToValue(string(b))
	}
	u := make([]uint16, len(b))
	for i, c := range b {
		u[i] = uint16(c)
	}
	return goja.StringFromUTF16(u)
}

// ASCIIString clears the high bit of every byte (Node's ascii decoder).
func ASCIIString(vm *goja.Runtime, b []byte) goja.Value {
	if isASCII(b) {
		return vm.ToValue(string(b))
	}
	out := make([]byte, len(b))
	for i, c := range b {
		out[i] = c & 0x7F
	}
	return vm.ToValue(string(out))
}

// UTF16LEString decodes pairs of bytes as UTF-16 units; an odd last byte is
// dropped.
func UTF16LEString(b []byte) goja.Value {
	u := make([]uint16, len(b)/2)
	for i := range u {
		u[i] = uint16(b[2*i]) | uint16(b[2*i+1])<<8
	}
	return goja.StringFromUTF16(u)
}

const hexDigits = "0123456789abcdef"

// HexEncode writes two lowercase hex digits per byte.
func HexEncode(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	out := make([]byte, 2*len(b))
	for i, c := range b {
		out[2*i] = hexDigits[c>>4]
		out[2*i+1] = hexDigits[c&15]
	}
	return ownedString(out)
}

func unhex(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// HexDecode decodes pairs of hex digits, stopping at the first pair that is
// not valid (as Node does); a final odd digit is ignored.
func HexDecode(s goja.String) []byte {
	n := s.Length() / 2
	out := make([]byte, 0, n)
	for i := 0; i < n; i++ {
		// Node looks at the low byte of each UTF-16 unit.
		a, b := unhex(byte(s.CharAt(2*i))), unhex(byte(s.CharAt(2*i+1)))
		if a < 0 || b < 0 {
			break
		}
		out = append(out, byte(a<<4|b))
	}
	return out
}

// Base64Encode encodes b with the standard alphabet and padding, or the
// URL alphabet without padding.
func Base64Encode(b []byte, url bool) string {
	enc := base64.StdEncoding
	if url {
		enc = base64.RawURLEncoding
	}
	if len(b) == 0 {
		return ""
	}
	out := make([]byte, enc.EncodedLen(len(b)))
	enc.Encode(out, b)
	return ownedString(out)
}

// ownedString turns a freshly made byte slice that nothing else refers to
// into a string without copying it again.
func ownedString(b []byte) string {
	return unsafe.String(unsafe.SliceData(b), len(b))
}

var base64Value [256]int8

func init() {
	for i := range base64Value {
		base64Value[i] = -1
	}
	const std = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	for i := 0; i < len(std); i++ {
		base64Value[std[i]] = int8(i)
	}
	base64Value['-'] = 62
	base64Value['_'] = 63
}

// Base64Decode decodes either base64 alphabet leniently, as Node does:
// characters outside the alphabet are skipped, '=' ends the data, and a
// trailing partial group yields the whole bytes it holds.
func Base64Decode(s goja.String) []byte {
	n := s.Length()
	out := make([]byte, 0, n*3/4+3)
	var acc uint32
	bits := 0
	for i := 0; i < n; i++ {
		// Node looks at the low byte of each UTF-16 unit.
		c := byte(s.CharAt(i))
		if c == '=' {
			break
		}
		v := base64Value[c]
		if v < 0 {
			continue
		}
		acc = acc<<6 | uint32(v)
		bits += 6
		if bits >= 8 {
			bits -= 8
			out = append(out, byte(acc>>uint(bits)))
		}
	}
	return out
}

// Encode turns a JavaScript string into bytes in the given encoding.
func Encode(s goja.String, enc Encoding) []byte {
	switch enc {
	case UTF16LE:
		return UTF16LEBytes(s)
	case Latin1, ASCII:
		return Latin1Bytes(s)
	case Base64, Base64URL:
		return Base64Decode(s)
	case Hex:
		return HexDecode(s)
	}
	return UTF8Bytes(s)
}

// Decode turns bytes into a JavaScript string in the given encoding.
func Decode(vm *goja.Runtime, b []byte, enc Encoding) goja.Value {
	switch enc {
	case UTF16LE:
		return UTF16LEString(b)
	case Latin1:
		return Latin1String(vm, b)
	case ASCII:
		return ASCIIString(vm, b)
	case Base64:
		return vm.ToValue(Base64Encode(b, false))
	case Base64URL:
		return vm.ToValue(Base64Encode(b, true))
	case Hex:
		return vm.ToValue(HexEncode(b))
	}
	return UTF8String(vm, b)
}
