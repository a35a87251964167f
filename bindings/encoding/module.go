// Package encoding implements the WHATWG encoding globals (TextEncoder,
// TextDecoder), DOMException and structuredClone.
package encoding

import (
	_ "embed"
	"math"
	"unicode/utf16"

	"github.com/dop251/goja"

	"handshake/bindings/buffer"
	"handshake/runtime"
)

//go:embed encoding.js
var source string

//go:embed domexception.js
var domexceptionSource string

//go:embed structured_clone.js
var structuredCloneSource string

// Modules are the core modules this package provides.
var Modules = []runtime.Module{
	{Name: "internal/encoding", Source: source, Binding: binding, Globals: []runtime.Global{
		{Name: "TextEncoder", Property: "TextEncoder"},
		{Name: "TextDecoder", Property: "TextDecoder"},
	}},
	{Name: "internal/per_context/domexception", Source: domexceptionSource, Globals: []runtime.Global{
		{Name: "DOMException"},
	}},
	{Name: "internal/structured_clone", Source: structuredCloneSource, Binding: cloneBinding, Globals: []runtime.Global{
		{Name: "structuredClone", Property: "structuredClone", Enumerable: true},
	}},
}

func str(v goja.Value) goja.String {
	if s, ok := v.(goja.String); ok {
		return s
	}
	return v.ToString().(goja.String)
}

// binding fills internalBinding('internal/encoding').
func binding(r *runtime.Runtime, o *goja.Object) {
	vm := r.VM
	set := func(name string, fn func(c goja.FunctionCall) goja.Value) { _ = o.Set(name, buffer.Guard(vm, fn)) }
	set("encodeUtf8", func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(vm.NewArrayBuffer(buffer.UTF8Bytes(str(c.Argument(0)))))
	})
	// encodeInto(src, dest, results): results[0] = UTF-16 units read,
	// results[1] = bytes written; whole characters only.
	set("encodeInto", func(c goja.FunctionCall) goja.Value {
		s := str(c.Argument(0))
		dst := buffer.BytesOf(c.Argument(1))
		read, written := encodeInto(s, dst)
		res := buffer.BytesOf(c.Argument(2))
		if len(res) >= 16 {
			putFloat(res[0:8], float64(read))
			putFloat(res[8:16], float64(written))
		}
		return goja.Undefined()
	})
	set("utf8Tail", func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(buffer.IncompleteUTF8Tail(buffer.BytesOf(c.Argument(0))))
	})
	set("decodeUtf8", func(c goja.FunctionCall) goja.Value {
		b := buffer.BytesOf(c.Argument(0))
		if !c.Argument(1).ToBoolean() {
			return buffer.UTF8String(vm, b)
		}
		u, ok := buffer.DecodeUTF8(make([]uint16, 0, len(b)), b, true)
		if !ok {
			return goja.Null()
		}
		return goja.StringFromUTF16(u)
	})
	set("decodeUtf16", func(c goja.FunctionCall) goja.Value {
		u, ok := DecodeUTF16(buffer.BytesOf(c.Argument(0)), c.Argument(1).ToBoolean(), c.Argument(2).ToBoolean())
		if !ok {
			return goja.Null()
		}
		return goja.StringFromUTF16(u)
	})
	// legacyName(label) → WHATWG name of a legacy encoding, or undefined.
	set("legacyName", func(c goja.FunctionCall) goja.Value {
		name, _ := legacyName(c.Argument(0).String())
		if name == "" {
			return goja.Undefined()
		}
		return vm.ToValue(name)
	})
	set("legacyNew", func(c goja.FunctionCall) goja.Value {
		_, enc := legacyName(c.Argument(0).String())
		if enc == nil {
			return goja.Null()
		}
		return vm.ToValue(newLegacyDecoder(enc))
	})
	// legacyDecode(handle, bytes, stream) → string
	set("legacyDecode", func(c goja.FunctionCall) goja.Value {
		d, ok := c.Argument(0).Export().(*legacyDecoder)
		if !ok {
			panic(vm.NewTypeError("invalid decoder"))
		}
		return vm.ToValue(d.decode(buffer.BytesOf(c.Argument(1)), c.Argument(2).ToBoolean()))
	})
	set("decodeLatin1", func(c goja.FunctionCall) goja.Value {
		return buffer.Latin1String(vm, buffer.BytesOf(c.Argument(0)))
	})
}

// encodeInto writes the UTF-8 form of s into dst, stopping before a
// character that does not fit.
func encodeInto(s goja.String, dst []byte) (read, written int) {
	n := s.Length()
	for read < n {
		c := rune(s.CharAt(read))
		units := 1
		if utf16.IsSurrogate(c) {
			if c < 0xDC00 && read+1 < n {
				if c2 := rune(s.CharAt(read + 1)); c2 >= 0xDC00 && c2 <= 0xDFFF {
					c = utf16.DecodeRune(c, c2)
					units = 2
				} else {
					c = 0xFFFD
				}
			} else {
				c = 0xFFFD
			}
		}
		var size int
		switch {
		case c < 0x80:
			size = 1
		case c < 0x800:
			size = 2
		case c < 0x10000:
			size = 3
		default:
			size = 4
		}
		if written+size > len(dst) {
			return read, written
		}
		switch size {
		case 1:
			dst[written] = byte(c)
		case 2:
			dst[written] = byte(0xC0 | c>>6)
			dst[written+1] = byte(0x80 | c&0x3F)
		case 3:
			dst[written] = byte(0xE0 | c>>12)
			dst[written+1] = byte(0x80 | (c>>6)&0x3F)
			dst[written+2] = byte(0x80 | c&0x3F)
		default:
			dst[written] = byte(0xF0 | c>>18)
			dst[written+1] = byte(0x80 | (c>>12)&0x3F)
			dst[written+2] = byte(0x80 | (c>>6)&0x3F)
			dst[written+3] = byte(0x80 | c&0x3F)
		}
		written += size
		read += units
	}
	return read, written
}

// DecodeUTF16 decodes UTF-16 (little- or big-endian) per the WHATWG
// Encoding Standard: unpaired surrogates and a dangling final byte each
// become U+FFFD (or fail when fatal).
func DecodeUTF16(b []byte, fatal, little bool) ([]uint16, bool) {
	out := make([]uint16, 0, len(b)/2+1)
	lead := -1
	i := 0
	for ; i+1 < len(b); i += 2 {
		var u int
		if little {
			u = int(b[i]) | int(b[i+1])<<8
		} else {
			u = int(b[i])<<8 | int(b[i+1])
		}
		if lead >= 0 {
			if u >= 0xDC00 && u <= 0xDFFF {
				out = append(out, uint16(lead), uint16(u))
				lead = -1
				continue
			}
			lead = -1
			if fatal {
				return nil, false
			}
			out = append(out, 0xFFFD)
		}
		switch {
		case u >= 0xD800 && u <= 0xDBFF:
			lead = u
		case u >= 0xDC00 && u <= 0xDFFF:
			if fatal {
				return nil, false
			}
			out = append(out, 0xFFFD)
		default:
			out = append(out, uint16(u))
		}
	}
	if lead >= 0 || i < len(b) {
		if fatal {
			return nil, false
		}
		out = append(out, 0xFFFD)
	}
	return out, true
}

func putFloat(b []byte, f float64) {
	bits := math.Float64bits(f)
	for i := 0; i < 8; i++ {
		b[i] = byte(bits >> (8 * i))
	}
}

// cloneBinding fills internalBinding('internal/structured_clone').
func cloneBinding(r *runtime.Runtime, o *goja.Object) {
	vm := r.VM
	arrayBuffer := func(v goja.Value) goja.ArrayBuffer {
		ab, ok := v.Export().(goja.ArrayBuffer)
		if !ok {
			panic(vm.NewTypeError("not an ArrayBuffer"))
		}
		return ab
	}
	// share(arrayBuffer) returns a new ArrayBuffer over the same bytes;
	// detach(arrayBuffer) then empties the original. Together they move a
	// buffer (structuredClone's transfer list).
	_ = o.Set("share", buffer.Guard(vm, func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(vm.NewArrayBuffer(arrayBuffer(c.Argument(0)).Bytes()))
	}))
	_ = o.Set("detach", func(c goja.FunctionCall) goja.Value {
		arrayBuffer(c.Argument(0)).Detach()
		return goja.Undefined()
	})
}
