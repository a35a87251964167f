package http

import (
	"testing"

	"github.com/dop251/goja"
)

// jsStr makes a goja string from s (non-ASCII becomes goja's UTF-16 form).
func jsStr(vm *goja.Runtime, s string) goja.String {
	return vm.ToValue(s).(goja.String)
}

// TestEndBody holds EndBody to the bytes Node writes for end(chunk): the
// head in the chunk's encoding without framing; with chunked framing the
// head in latin1, the chunk's byte length in hex, the chunk, the last chunk.
func TestEndBody(t *testing.T) {
	vm := goja.New()
	cases := []struct {
		name            string
		head, chunk     goja.String
		latin1, chunked bool
		want            string
	}{
		{"ascii", jsStr(vm, "H\r\n\r\n"), jsStr(vm, "hello"), false, false, "H\r\n\r\nhello"},
		{"ascii chunked", jsStr(vm, "H\r\n\r\n"), jsStr(vm, "hello world\n"), false, true, "H\r\n\r\nc\r\nhello world\n\r\n0\r\n\r\n"},
		{"utf8 chunk, chunked", jsStr(vm, "H\r\n\r\n"), jsStr(vm, "héllo"), false, true, "H\r\n\r\n6\r\nh\xc3\xa9llo\r\n0\r\n\r\n"},
		{"latin1 head, chunked", jsStr(vm, "X: é\r\n\r\n"), jsStr(vm, "é"), false, true, "X: \xe9\r\n\r\n2\r\n\xc3\xa9\r\n0\r\n\r\n"},
		{"utf8 head, not chunked", jsStr(vm, "X: é\r\n\r\n"), jsStr(vm, "é"), false, false, "X: \xc3\xa9\r\n\r\n\xc3\xa9"},
		{"latin1 chunk", jsStr(vm, "X: é\r\n\r\n"), jsStr(vm, "é\u0101"), true, true, "X: \xe9\r\n\r\n2\r\n\xe9\x01\r\n0\r\n\r\n"},
		{"latin1 not chunked", jsStr(vm, "X: é\r\n\r\n"), jsStr(vm, "é"), true, false, "X: \xe9\r\n\r\n\xe9"},
		{"lone surrogate", jsStr(vm, "H\r\n\r\n"), goja.StringFromUTF16([]uint16{'a', 0xD800}), false, true, "H\r\n\r\n4\r\na\xef\xbf\xbd\r\n0\r\n\r\n"},
	}
	for _, c := range cases {
		if got := string(EndBody(c.head, c.chunk, c.latin1, c.chunked)); got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}

// TestHeadFlags: Host and Expect are found in any ASCII case, and only by
// their exact names (not values, not other names, not non-ASCII letters
// that Unicode case folding would match).
func TestHeadFlags(t *testing.T) {
	cases := []struct {
		raw  []string
		want int
	}{
		{nil, 0},
		{[]string{"Host", "x"}, FlagHost},
		{[]string{"HOST", "", "eXpEcT", "100-continue"}, FlagHost | FlagExpect},
		{[]string{"User-Agent", "host", "Hosts", "x", "expec", "y"}, 0},
		{[]string{"Ho\u017ft", "x"}, 0},
		{[]string{"Expect", "x", "Content-Type", "text/plain"}, FlagExpect},
	}
	for _, c := range cases {
		if got := HeadFlags(c.raw); got != c.want {
			t.Errorf("HeadFlags(%q) = %d, want %d", c.raw, got, c.want)
		}
	}
}

// TestValidHeader holds ValidHeader to Node's tokenRegExp and
// headerCharRegex: tokens only for names; tab, 0x20-0x7e and 0x80-0xff
// code units for string values; numbers always; other values never.
func TestValidHeader(t *testing.T) {
	vm := goja.New()
	v := vm.ToValue
	cases := []struct {
		name, value goja.Value
		want        bool
	}{
		{v("Content-Type"), v("text/plain"), true},
		{v("x!#$%&'*+-.^_`|~09"), v("a\tb ~"), true},
		{v("X"), v("caf\u00e9 \u00ff"), true},
		{v("X"), v(12), true},
		{v("X"), v(1.5), true},
		{v(""), v("a"), false},
		{v("a b"), v("a"), false},
		{v("a:b"), v("a"), false},
		{v("caf\u00e9"), v("a"), false},
		{v("X"), v("a\r\nb"), false},
		{v("X"), v("a\x7f"), false},
		{v("X"), v("a\x00"), false},
		{v("X"), v("\u0100"), false},
		{v("X"), goja.Undefined(), false},
		{v("X"), v(true), false},
		{v(5), v("a"), false},
	}
	for _, c := range cases {
		if got := ValidHeader(c.name, c.value); got != c.want {
			t.Errorf("ValidHeader(%v, %v) = %v, want %v", c.name, c.value, got, c.want)
		}
	}
}
