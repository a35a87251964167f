package buffer

import (
	"bytes"
	"testing"
	"unicode/utf16"

	"github.com/dop251/goja"
)

func u16(s string) []uint16 { return utf16.Encode([]rune(s)) }

func TestDecodeUTF8(t *testing.T) {
	cases := []struct {
		in   []byte
		want string
	}{
		{[]byte("hello"), "hello"},
		{[]byte("h\xc3\xa9"), "hé"},
		{[]byte{0xe2, 0x82, 0x41}, "\ufffdA"},
		{[]byte{0xff}, "\ufffd"},
		{[]byte{0xf0, 0x9f, 0x98}, "\ufffd"},
		{[]byte{0xf0, 0x9f, 0x98, 0x80}, "😀"},
		{[]byte{0xed, 0xa0, 0x80}, "\ufffd\ufffd\ufffd"},
		{[]byte{0xc0, 0xaf}, "\ufffd\ufffd"},
		{[]byte{0xf4, 0x90, 0x80, 0x80}, "\ufffd\ufffd\ufffd\ufffd"},
		{[]byte{0xe0, 0x80}, "\ufffd\ufffd"},
		{[]byte{0xe0, 0xa0}, "\ufffd"},
	}
	for _, c := range cases {
		got, ok := DecodeUTF8(nil, c.in, false)
		if !ok || string(utf16.Decode(got)) != c.want {
			t.Errorf("DecodeUTF8(% x) = %q, want %q", c.in, string(utf16.Decode(got)), c.want)
		}
		_, fatalOK := DecodeUTF8(nil, c.in, true)
		if fatalOK != (c.want == string(c.in)) {
			t.Errorf("DecodeUTF8(% x, fatal) ok = %v", c.in, fatalOK)
		}
	}
}

func TestIncompleteUTF8Tail(t *testing.T) {
	cases := []struct {
		in   []byte
		want int
	}{
		{[]byte("abc"), 0},
		{[]byte{0x41, 0xe2}, 1},
		{[]byte{0x41, 0xe2, 0x82}, 2},
		{[]byte{0x41, 0xe2, 0x82, 0xac}, 0},
		{[]byte{0xf0, 0x9f, 0x98}, 3},
		{[]byte{0xf0, 0x9f}, 2},
		{[]byte{0xe0, 0x80}, 0}, // invalid second byte: nothing to wait for
		{[]byte{0x80}, 0},
		{[]byte{0xff}, 0},
		{[]byte{0xc3}, 1},
	}
	for _, c := range cases {
		if got := IncompleteUTF8Tail(c.in); got != c.want {
			t.Errorf("IncompleteUTF8Tail(% x) = %d, want %d", c.in, got, c.want)
		}
	}
}

func jsStr(vm *goja.Runtime, s string) goja.String { return vm.ToValue(s).(goja.String) }

func TestHexBase64(t *testing.T) {
	vm := goja.New()
	hexCases := map[string]string{"abcd": "\xab\xcd", "abc": "\xab", "zzab": "", "abzz": "\xab", "ABCDEF": "\xab\xcd\xef", "0g12": ""}
	for in, want := range hexCases {
		if got := HexDecode(jsStr(vm, in)); string(got) != want {
			t.Errorf("HexDecode(%q) = %x, want %x", in, got, want)
		}
	}
	b64 := map[string]string{
		"aGVsbG8=": "hello", "aGVs bG8": "hello", "aGV\nsbG8=": "hello", "aG=Vsb": "h",
		"a": "", "ab": "i", "abc": "i\xb7", "a*b*c*d": "i\xb7\x1d", "-_-_": "\xfb\xff\xbf", "+/+/": "\xfb\xff\xbf",
	}
	for in, want := range b64 {
		if got := Base64Decode(jsStr(vm, in)); string(got) != want {
			t.Errorf("Base64Decode(%q) = %x, want %x", in, got, want)
		}
	}
	if got := Base64Encode([]byte{0xfb, 0xff}, true); got != "-_8" {
		t.Errorf("base64url = %q", got)
	}
	if got := HexEncode([]byte{0, 0xff, 0x1a}); got != "00ff1a" {
		t.Errorf("HexEncode = %q", got)
	}
}

func TestStringEncoders(t *testing.T) {
	vm := goja.New()
	s := goja.StringFromUTF16(append([]uint16{0xd800, 'x', 0xdc00}, u16("é€")...))
	if got := UTF8Bytes(s); !bytes.Equal(got, []byte("\xef\xbf\xbdx\xef\xbf\xbd\xc3\xa9\xe2\x82\xac")) {
		t.Errorf("UTF8Bytes = % x", got)
	}
	if got := UTF8Length(s); got != 3+1+3+2+3 {
		t.Errorf("UTF8Length = %d", got)
	}
	if got := UTF8Length(goja.StringFromUTF16(u16("😀a"))); got != 5 {
		t.Errorf("UTF8Length pair = %d", got)
	}
	if got := Latin1Bytes(s); !bytes.Equal(got, []byte{0x00, 'x', 0x00, 0xe9, 0xac}) {
		t.Errorf("Latin1Bytes = % x", got)
	}
	if got := UTF16LEBytes(jsStr(vm, "A€")); !bytes.Equal(got, []byte{0x41, 0, 0xac, 0x20}) {
		t.Errorf("UTF16LEBytes = % x", got)
	}
	if got := ASCIIString(vm, []byte{0x80, 0xff, 0x41}).String(); got != "\x00\x7fA" {
		t.Errorf("ASCIIString = %q", got)
	}
	if got := Latin1String(vm, []byte{0xe9, 0x41}).String(); got != "éA" {
		t.Errorf("Latin1String = %q", got)
	}
	if got := UTF16LEString([]byte{0x41, 0, 0x42}).String(); got != "A" {
		t.Errorf("UTF16LEString = %q", got)
	}
}

func TestWriteStringAndIndexOf(t *testing.T) {
	vm := goja.New()
	dst := make([]byte, 4)
	if n := writeString(dst, jsStr(vm, "ab€"), UTF8); n != 2 {
		t.Errorf("writeString utf8 partial char = %d, want 2", n)
	}
	if n := writeString(dst, jsStr(vm, "abc"), UTF16LE); n != 4 {
		t.Errorf("writeString utf16 = %d, want 4", n)
	}
	b := []byte("abcabc")
	for _, c := range []struct {
		needle  string
		off     int64
		forward bool
		want    int
	}{
		{"bc", 0, true, 1}, {"bc", 2, true, 4}, {"bc", -2, true, 4}, {"bc", 6, false, 4},
		{"bc", 3, false, 1}, {"x", 0, true, -1}, {"", 10, true, 6}, {"abc", -100, true, 0},
		{"abc", -100, false, -1}, {"c", 100, false, 5}, {"c", 100, true, -1},
	} {
		if got := indexOf(b, []byte(c.needle), c.off, c.forward, 1); got != c.want {
			t.Errorf("indexOf(%q, %d, %v) = %d, want %d", c.needle, c.off, c.forward, got, c.want)
		}
	}
}

func TestGuard(t *testing.T) {
	vm := goja.New()
	_ = vm.Set("boom", Guard(vm, func(goja.FunctionCall) goja.Value {
		var s []int
		return vm.ToValue(s[3])
	}))
	_ = vm.Set("typed", Guard(vm, func(goja.FunctionCall) goja.Value {
		panic(vm.NewTypeError("typed error"))
	}))
	v, err := vm.RunString(`let r = []; try { boom() } catch (e) { r.push(e instanceof Error, /index out of range/.test(e.message)) }
		try { typed() } catch (e) { r.push(e instanceof TypeError, e.message) } r.join()`)
	if err != nil || v.String() != "true,true,true,typed error" {
		t.Fatalf("guard: %v %v", v, err)
	}
}
