package encoding

import (
	"testing"
	"unicode/utf16"

	"github.com/dop251/goja"
)

func TestDecodeUTF16(t *testing.T) {
	cases := []struct {
		in     []byte
		little bool
		want   []uint16
		fatal  bool // decodes under fatal
	}{
		{[]byte{0x41, 0x00}, true, []uint16{0x41}, true},
		{[]byte{0x00, 0x41}, false, []uint16{0x41}, true},
		{[]byte{0x00, 0xd8}, true, []uint16{0xfffd}, false},
		{[]byte{0x00, 0xd8, 0x41}, true, []uint16{0xfffd}, false},
		{[]byte{0x00, 0xdc, 0x41, 0x00}, true, []uint16{0xfffd, 0x41}, false},
		{[]byte{0x3d, 0xd8, 0x00, 0xde}, true, []uint16{0xd83d, 0xde00}, true},
		{[]byte{0x41, 0x00, 0x42}, true, []uint16{0x41, 0xfffd}, false},
		{[]byte{0x00, 0xd8, 0x41, 0x00}, true, []uint16{0xfffd, 0x41}, false},
	}
	for _, c := range cases {
		got, ok := DecodeUTF16(c.in, false, c.little)
		if !ok || string(utf16.Decode(got)) != string(utf16.Decode(c.want)) || len(got) != len(c.want) {
			t.Errorf("DecodeUTF16(% x) = %x, want %x", c.in, got, c.want)
		}
		if _, ok := DecodeUTF16(c.in, true, c.little); ok != c.fatal {
			t.Errorf("DecodeUTF16(% x, fatal) ok = %v, want %v", c.in, ok, c.fatal)
		}
	}
}

func TestEncodeInto(t *testing.T) {
	vm := goja.New()
	cases := []struct {
		src           goja.String
		size          int
		read, written int
	}{
		{vm.ToValue("héllo€").(goja.String), 4, 3, 4},
		{vm.ToValue("abc").(goja.String), 10, 3, 3},
		{vm.ToValue("😀x").(goja.String), 3, 0, 0},
		{vm.ToValue("😀x").(goja.String), 5, 3, 5},
		{goja.StringFromUTF16([]uint16{0xd800, 'a'}), 3, 1, 3},
		{goja.StringFromUTF16([]uint16{0xdc00}), 2, 0, 0},
	}
	for _, c := range cases {
		dst := make([]byte, c.size)
		r, w := encodeInto(c.src, dst)
		if r != c.read || w != c.written {
			t.Errorf("encodeInto(%q, %d) = %d, %d; want %d, %d", c.src.String(), c.size, r, w, c.read, c.written)
		}
	}
}
