// Package buffer implements Node's `buffer` module: the Buffer class in
// JavaScript (buffer.js, following Node's lib/buffer.js) over Go ops that do
// the byte work (encoding, decoding, searching, comparing, copying).
package buffer

import (
	"bytes"
	_ "embed"
	"sync"
	"unicode/utf8"

	"github.com/dop251/goja"

	"handshake/runtime"
)

//go:embed buffer.js
var source string

//go:embed blob.js
var blobSource string

// Modules are the core modules this package provides.
var Modules = []runtime.Module{
	{Name: "buffer", Source: source, Binding: binding, Globals: []runtime.Global{
		{Name: "Buffer", Property: "Buffer"},
		{Name: "atob", Property: "atob", Enumerable: true},
		{Name: "btoa", Property: "btoa", Enumerable: true},
		{Name: "Blob", Property: "Blob"},
		{Name: "File", Property: "File"},
	}},
	{Name: "internal/blob", Source: blobSource},
}

// BytesOf returns the bytes a Uint8Array (Buffer), other typed array,
// DataView or ArrayBuffer value views, aliasing JavaScript memory. Other
// values give nil.
func BytesOf(v goja.Value) []byte {
	b, _ := runtime.ViewBytes(v)
	return b
}

func toString(v goja.Value) goja.String {
	if s, ok := v.(goja.String); ok {
		return s
	}
	return v.ToString().(goja.String)
}

// clamp limits i to [0, n].
func clamp(i int64, n int) int {
	if i < 0 {
		return 0
	}
	if i > int64(n) {
		return n
	}
	return int(i)
}

// fastBuffers holds each runtime's bufferClass, registered by buffer.js
// when it loads.
var fastBuffers sync.Map // *goja.Runtime -> bufferClass

// NewBuffer returns a Buffer viewing b (no copy; b must not be used by Go
// afterwards) for ops that hand bytes to JavaScript (sockets, files).
// Loop goroutine only.
func NewBuffer(r *runtime.Runtime, b []byte) goja.Value {
	v, ok := fastBuffers.Load(r.VM)
	if !ok {
		if _, err := r.Require("buffer"); err != nil {
			panic(r.VM.NewGoError(err))
		}
		v, _ = fastBuffers.Load(r.VM)
	}
	k, ok := v.(bufferClass)
	if !ok {
		panic(r.VM.NewTypeError("buffer module is not loaded"))
	}
	return wrapBytes(r.VM, k, b)
}

// bufferClass is what making a Buffer from Go needs: the intrinsic
// Uint8Array constructor and Buffer.prototype (captured when buffer.js
// loads, so user changes to globals do not matter).
type bufferClass struct {
	u8    *goja.Object
	proto *goja.Object
}

// wrapBytes makes a Buffer over b: a Uint8Array made natively and given
// Buffer.prototype, about twice as fast as running the FastBuffer class
// constructor and indistinguishable from it.
func wrapBytes(vm *goja.Runtime, k bufferClass, b []byte) goja.Value {
	buf, err := vm.New(k.u8, vm.ToValue(vm.NewArrayBuffer(b)))
	if err != nil {
		panic(err)
	}
	if err := buf.SetPrototype(k.proto); err != nil {
		panic(err)
	}
	return buf
}

// binding fills internalBinding('buffer').
func binding(r *runtime.Runtime, o *goja.Object) {
	vm := r.VM
	var class bufferClass
	// newBuffer wraps Go bytes (no copy) in a Buffer.
	newBuffer := func(b []byte) goja.Value { return wrapBytes(vm, class, b) }
	set := func(name string, fn func(c goja.FunctionCall) goja.Value) { _ = o.Set(name, Guard(vm, fn)) }
	intv := func(n int) goja.Value { return vm.ToValue(n) }
	enc := func(v goja.Value) Encoding { return Encoding(v.ToInteger()) }

	set("setFastBuffer", func(c goja.FunctionCall) goja.Value {
		fb, ok := c.Argument(0).(*goja.Object)
		if !ok {
			panic(vm.NewTypeError("setFastBuffer needs a class"))
		}
		proto, ok := fb.Get("prototype").(*goja.Object)
		if !ok || fb.Prototype() == nil {
			panic(vm.NewTypeError("setFastBuffer needs a class"))
		}
		class = bufferClass{u8: fb.Prototype(), proto: proto} // FastBuffer extends Uint8Array
		fastBuffers.Store(vm, class)
		done := r.Loop.Done()
		go func() { <-done; fastBuffers.Delete(vm) }()
		return goja.Undefined()
	})
	set("byteLengthUtf8", func(c goja.FunctionCall) goja.Value {
		return intv(UTF8Length(toString(c.Argument(0))))
	})
	// fromString(string, encoding) → Buffer
	set("fromString", func(c goja.FunctionCall) goja.Value {
		return newBuffer(Encode(toString(c.Argument(0)), enc(c.Argument(1))))
	})
	// toString(buf, encoding, start, end) → string; start/end already valid.
	set("toString", func(c goja.FunctionCall) goja.Value {
		b := BytesOf(c.Argument(0))
		start := clamp(c.Argument(2).ToInteger(), len(b))
		end := clamp(c.Argument(3).ToInteger(), len(b))
		if end < start {
			end = start
		}
		return Decode(vm, b[start:end], enc(c.Argument(1)))
	})
	// write(buf, string, encoding, offset, length) → bytes written
	set("write", func(c goja.FunctionCall) goja.Value {
		b := BytesOf(c.Argument(0))
		off := clamp(c.Argument(3).ToInteger(), len(b))
		room := clamp(c.Argument(4).ToInteger(), len(b)-off)
		return intv(writeString(b[off:off+room], toString(c.Argument(1)), enc(c.Argument(2))))
	})
	// compare(a, aStart, aEnd, b, bStart, bEnd) → -1, 0, 1
	set("compare", func(c goja.FunctionCall) goja.Value {
		a, b := BytesOf(c.Argument(0)), BytesOf(c.Argument(3))
		if len(c.Arguments) > 2 {
			as, ae := clamp(c.Argument(1).ToInteger(), len(a)), clamp(c.Argument(2).ToInteger(), len(a))
			bs, be := clamp(c.Argument(4).ToInteger(), len(b)), clamp(c.Argument(5).ToInteger(), len(b))
			if ae < as {
				ae = as
			}
			if be < bs {
				be = bs
			}
			a, b = a[as:ae], b[bs:be]
		} else {
			b = BytesOf(c.Argument(1))
		}
		return intv(bytes.Compare(a, b))
	})
	// indexOf(buf, needle, byteOffset, forward) → index or -1
	set("indexOf", func(c goja.FunctionCall) goja.Value {
		return intv(indexOf(BytesOf(c.Argument(0)), BytesOf(c.Argument(1)), c.Argument(2).ToInteger(), c.Argument(3).ToBoolean(), 1))
	})
	// indexOfString(buf, string, encoding, byteOffset, forward)
	set("indexOfString", func(c goja.FunctionCall) goja.Value {
		e := enc(c.Argument(2))
		needle := Encode(toString(c.Argument(1)), e)
		step := 1
		if e == UTF16LE {
			step = 2
		}
		return intv(indexOf(BytesOf(c.Argument(0)), needle, c.Argument(3).ToInteger(), c.Argument(4).ToBoolean(), step))
	})
	// fill(buf, pattern, start, end): pattern repeated over [start, end).
	set("fill", func(c goja.FunctionCall) goja.Value {
		b := BytesOf(c.Argument(0))
		p := BytesOf(c.Argument(1))
		start, end := clamp(c.Argument(2).ToInteger(), len(b)), clamp(c.Argument(3).ToInteger(), len(b))
		if len(p) == 0 || end <= start {
			return goja.Undefined()
		}
		dst := b[start:end]
		n := copy(dst, p)
		for n < len(dst) {
			n += copy(dst[n:], dst[:n])
		}
		return goja.Undefined()
	})
	// fillString(buf, string, encoding, start, end) → -1 if the string
	// encodes to nothing, else 0.
	set("fillString", func(c goja.FunctionCall) goja.Value {
		b := BytesOf(c.Argument(0))
		p := Encode(toString(c.Argument(1)), enc(c.Argument(2)))
		start, end := clamp(c.Argument(3).ToInteger(), len(b)), clamp(c.Argument(4).ToInteger(), len(b))
		if len(p) == 0 {
			return intv(-1)
		}
		if end > start {
			dst := b[start:end]
			n := copy(dst, p)
			for n < len(dst) {
				n += copy(dst[n:], dst[:n])
			}
		}
		return intv(0)
	})
	// copy(source, target, targetStart, sourceStart, sourceEnd) → copied
	set("copy", func(c goja.FunctionCall) goja.Value {
		src, dst := BytesOf(c.Argument(0)), BytesOf(c.Argument(1))
		ts := clamp(c.Argument(2).ToInteger(), len(dst))
		ss := clamp(c.Argument(3).ToInteger(), len(src))
		se := clamp(c.Argument(4).ToInteger(), len(src))
		if se < ss {
			return intv(0)
		}
		return intv(copy(dst[ts:], src[ss:se]))
	})
	// swap(buf, size) reverses every size-byte group in place.
	set("swap", func(c goja.FunctionCall) goja.Value {
		b := BytesOf(c.Argument(0))
		size := int(c.Argument(1).ToInteger())
		for i := 0; i+size <= len(b); i += size {
			for l, h := i, i+size-1; l < h; l, h = l+1, h-1 {
				b[l], b[h] = b[h], b[l]
			}
		}
		return goja.Undefined()
	})
	set("isUtf8", func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(utf8.Valid(BytesOf(c.Argument(0))))
	})
	set("isAscii", func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(isASCII(BytesOf(c.Argument(0))))
	})
	// atob(string) → latin1 string, or null when the input is not valid
	// forgiving-base64.
	set("atob", func(c goja.FunctionCall) goja.Value {
		b, ok := forgivingBase64(toString(c.Argument(0)))
		if !ok {
			return goja.Null()
		}
		return Latin1String(vm, b)
	})
}

// writeString encodes s into dst without splitting a character (UTF-8,
// UTF-16) and returns the bytes written.
func writeString(dst []byte, s goja.String, e Encoding) int {
	switch e {
	case UTF8:
		gs, ok := asciiOf(s)
		if !ok && gs == "" && s.Length() > 0 {
			gs = string(UTF8Bytes(s))
		}
		if len(gs) <= len(dst) {
			return copy(dst, gs)
		}
		n := 0
		for n < len(gs) {
			_, size := utf8.DecodeRuneInString(gs[n:])
			if n+size > len(dst) {
				break
			}
			n += size
		}
		return copy(dst, gs[:n])
	case UTF16LE:
		m := s.Length()
		if m > len(dst)/2 {
			m = len(dst) / 2
		}
		for i := 0; i < m; i++ {
			c := s.CharAt(i)
			dst[2*i] = byte(c)
			dst[2*i+1] = byte(c >> 8)
		}
		return 2 * m
	case Latin1, ASCII:
		m := s.Length()
		if m > len(dst) {
			m = len(dst)
		}
		for i := 0; i < m; i++ {
			dst[i] = byte(s.CharAt(i))
		}
		return m
	}
	return copy(dst, Encode(s, e))
}

// indexOf finds needle in b as Node's indexOf/lastIndexOf do: byteOffset is
// resolved like C++ IndexOfOffset (negative counts from the end), then the
// search runs forwards from it or backwards from it. step 2 keeps matches
// on UTF-16 unit boundaries.
func indexOf(b, needle []byte, byteOffset int64, forward bool, step int) int {
	n, nl := int64(len(b)), int64(len(needle))
	var opt int64
	if byteOffset < 0 {
		switch {
		case byteOffset+n >= 0:
			opt = n + byteOffset
		case forward || nl == 0:
			opt = 0
		default:
			return -1
		}
	} else {
		switch {
		case byteOffset+nl <= n:
			opt = byteOffset
		case nl == 0:
			opt = n
		case forward:
			return -1
		default:
			opt = n - 1
		}
	}
	if nl == 0 {
		return int(opt)
	}
	if n == 0 || opt < 0 {
		return -1
	}
	if step == 2 {
		opt &^= 1
	}
	if forward {
		for start := int(opt); start <= len(b); {
			i := bytes.Index(b[start:], needle)
			if i < 0 {
				return -1
			}
			if (start+i)%step == 0 {
				return start + i
			}
			start += i + 1
		}
		return -1
	}
	if last := n - nl; opt > last {
		opt = last
	}
	for i := int(opt); i >= 0; i-- {
		if i%step == 0 && bytes.Equal(b[i:i+len(needle)], needle) {
			return i
		}
	}
	return -1
}

// forgivingBase64 is the WHATWG forgiving-base64 decode atob uses.
func forgivingBase64(s goja.String) ([]byte, bool) {
	n := s.Length()
	clean := make([]byte, 0, n)
	for i := 0; i < n; i++ {
		c := s.CharAt(i)
		switch c {
		case ' ', '\t', '\n', '\f', '\r':
			continue
		}
		if c > 0x7F {
			return nil, false
		}
		clean = append(clean, byte(c))
	}
	if len(clean)%4 == 0 && len(clean) > 0 {
		if clean[len(clean)-1] == '=' {
			clean = clean[:len(clean)-1]
			if clean[len(clean)-1] == '=' {
				clean = clean[:len(clean)-1]
			}
		}
	}
	if len(clean)%4 == 1 {
		return nil, false
	}
	for _, c := range clean {
		if c == '-' || c == '_' || base64Value[c] < 0 {
			return nil, false
		}
	}
	out := make([]byte, 0, len(clean)*3/4)
	var acc uint32
	bits := 0
	for _, c := range clean {
		acc = acc<<6 | uint32(base64Value[c])
		bits += 6
		if bits >= 8 {
			bits -= 8
			out = append(out, byte(acc>>uint(bits)))
		}
	}
	return out, true
}
