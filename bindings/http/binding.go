package http

import (
	"bytes"
	"net/http/httputil"
	"reflect"
	"strconv"

	"github.com/dop251/goja"

	"handshake/bindings/buffer"
	"handshake/runtime"
)

// binding fills internalBinding('http'): HTTP/1.1 parsers kept in Go by id
// (create, execute, expect, close) and the chunked framing of body writes.
func binding(r *runtime.Runtime, o *goja.Object) {
	vm := r.VM
	parsers := map[int64]*Parser{}
	var next int64
	set := func(name string, fn func(goja.FunctionCall) goja.Value) { _ = o.Set(name, fn) }
	vals := &headValues{vm: vm, strs: map[string]goja.Value{}}
	get := func(c goja.FunctionCall) *Parser { return parsers[c.Argument(0).ToInteger()] }

	// create(isResponse, maxHeaderSize) → id
	set("create", func(c goja.FunctionCall) goja.Value {
		kind := Request
		if c.Argument(0).ToBoolean() {
			kind = Response
		}
		p := NewParser(kind)
		if n := c.Argument(1).ToInteger(); n > 0 {
			p.MaxHeaderSize = int(n)
		}
		next++
		parsers[next] = p
		return vm.ToValue(next)
	})
	// execute(id, bytes|null, eof) → the events, flat (see appendEvent;
	// undefined when none)
	set("execute", func(c goja.FunctionCall) goja.Value {
		p := get(c)
		if p == nil {
			return goja.Undefined()
		}
		var data []byte
		if a := c.Argument(1); !goja.IsNull(a) && !goja.IsUndefined(a) {
			data = runtime.BytesOf(vm, a)
		}
		evs := p.Execute(data, c.Argument(2).ToBoolean())
		if len(evs) == 0 {
			return goja.Undefined()
		}
		out := make([]any, 0, 12*len(evs))
		for _, ev := range evs {
			out = appendEvent(r, vals, out, ev)
		}
		return vm.NewArray(out...)
	})
	// expect(id, method): a request was sent on a response parser's connection.
	set("expect", func(c goja.FunctionCall) goja.Value {
		if p := get(c); p != nil {
			p.ExpectMethod(c.Argument(1).String())
		}
		return goja.Undefined()
	})
	// finish(id) → the peer ended its side: whether a message was
	// half-parsed, alone when the end completes nothing, else first in an
	// array followed by the events (as execute's)
	set("finish", func(c goja.FunctionCall) goja.Value {
		p := get(c)
		if p == nil {
			return goja.Undefined()
		}
		in := p.InMessage()
		evs := p.Execute(nil, true)
		if len(evs) == 0 {
			return vm.ToValue(in)
		}
		out := make([]any, 1, 1+12*len(evs))
		out[0] = in
		for _, ev := range evs {
			out = appendEvent(r, vals, out, ev)
		}
		return vm.NewArray(out...)
	})
	// inMessage(id) → whether a message is half-parsed.
	set("inMessage", func(c goja.FunctionCall) goja.Value {
		p := get(c)
		return vm.ToValue(p != nil && p.InMessage())
	})
	set("close", func(c goja.FunctionCall) goja.Value {
		id := c.Argument(0).ToInteger()
		if p := parsers[id]; p != nil {
			p.Close()
			delete(parsers, id)
		}
		return goja.Undefined()
	})
	// endBody(head, chunk, latin1, chunked) → a Buffer of a message's
	// head and its last body chunk for one socket write (see endBody).
	set("endBody", func(c goja.FunctionCall) goja.Value {
		return buffer.NewBuffer(r, EndBody(jsString(c.Argument(0)), jsString(c.Argument(1)),
			c.Argument(2).ToBoolean(), c.Argument(3).ToBoolean()))
	})
	// validHeader(name, value) → whether name and value pass Node's
	// validateHeaderName and validateHeaderValue (see ValidHeader).
	set("validHeader", func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(ValidHeader(c.Argument(0), c.Argument(1)))
	})
	// chunk(bytes) → a Buffer of the bytes framed as one chunk by httputil's
	// chunked writer.
	set("chunk", func(c goja.FunctionCall) goja.Value {
		return buffer.NewBuffer(r, Chunk(runtime.BytesOf(vm, c.Argument(0))))
	})
}

// EndBody is the bytes Node writes for end(chunk) after a head not yet
// sent: without chunked framing, the head and the chunk in the chunk's
// encoding (Node's _send prefixes the head to a string chunk); chunked,
// the head in latin1 (Node writes it with the chunk size), the chunk's
// size in hex, the chunk, and the last chunk "0\r\n\r\n". The chunk is
// UTF-8 unless latin1.
func EndBody(head, chunk goja.String, latin1, chunked bool) []byte {
	enc := buffer.UTF8
	if latin1 {
		enc = buffer.Latin1
	}
	hs, hascii := asciiString(head)
	cs, cascii := asciiString(chunk)
	var body []byte
	n := len(cs)
	if !cascii {
		body = buffer.Encode(chunk, enc)
		n = len(body)
	}
	out := make([]byte, 0, len(hs)+n+32)
	if hascii {
		out = append(out, hs...)
	} else if chunked {
		out = append(out, buffer.Latin1Bytes(head)...)
	} else {
		out = append(out, buffer.Encode(head, enc)...)
	}
	if chunked {
		out = strconv.AppendInt(out, int64(n), 16)
		out = append(out, '\r', '\n')
	}
	if cascii {
		out = append(out, cs...)
	} else {
		out = append(out, body...)
	}
	if chunked {
		out = append(out, "\r\n0\r\n\r\n"...)
	}
	return out
}

// ValidHeader reports whether a header passes Node's validateHeaderName
// (a string matching tokenRegExp) and validateHeaderValue (defined, and
// its string form free of what headerCharRegex rejects: code units other
// than tab, 0x20-0x7e and 0x80-0xff) for the values it knows: a string or
// a number (whose string form is always valid). Anything else is false,
// for the JavaScript checks to decide and throw.
func ValidHeader(name, value goja.Value) bool {
	n, ok := name.(goja.String)
	if !ok {
		return false
	}
	ns, ascii := asciiString(n)
	if !ascii || !validToken(ns) {
		return false
	}
	if v, ok := value.(goja.String); ok {
		if vs, ascii := asciiString(v); ascii {
			for i := 0; i < len(vs); i++ {
				if c := vs[i]; c < 0x20 && c != '\t' || c == 0x7f {
					return false
				}
			}
			return true
		}
		for i, l := 0, v.Length(); i < l; i++ {
			if c := v.CharAt(i); c < 0x20 && c != '\t' || c == 0x7f || c > 0xff {
				return false
			}
		}
		return true
	}
	switch value.ExportType() {
	case reflectInt64, reflectFloat64:
		return true
	}
	return false
}

var (
	reflectInt64   = reflect.TypeOf(int64(0))
	reflectFloat64 = reflect.TypeOf(float64(0))
)

// jsString is v as a goja.String (ToString of a string is itself).
func jsString(v goja.Value) goja.String {
	if s, ok := v.(goja.String); ok {
		return s
	}
	s, _ := v.ToString().(goja.String)
	return s
}

// asciiString returns s as a Go string and true when s is all ASCII (the
// same length in UTF-8 bytes as in UTF-16 units); s's Go string is then
// its bytes in every encoding EndBody uses.
func asciiString(s goja.String) (string, bool) {
	gs := s.String()
	return gs, len(gs) == s.Length()
}

// Chunk frames data as one chunk of a chunked body ("size\r\ndata\r\n").
func Chunk(data []byte) []byte {
	var b bytes.Buffer
	b.Grow(len(data) + 12)
	w := httputil.NewChunkedWriter(&b)
	_, _ = w.Write(data)
	return b.Bytes()
}

// appendEvent appends one event to the flat array execute returns, its
// kind then its fields by position (common.js's _dispatch reads them so):
//
//	EvHeaders:  kind, method, url, httpVersion ("1.1"), major, minor,
//	            statusCode, statusMessage, rawHeaders, keepAlive, upgrade,
//	            flags (HeadFlags)
//	EvBody:     kind, Buffer
//	EvUpgrade:  kind, Buffer (the bytes after the head)
//	EvComplete: kind, trailers (raw pairs) or undefined
//	EvError:    kind, code, reason
//
// A flat array of primitives costs goja far less than an object per event
// with a property per field, and bodies arrive as Buffers made in Go.
func appendEvent(r *runtime.Runtime, vals *headValues, out []any, ev Event) []any {
	out = append(out, ev.Kind)
	switch ev.Kind {
	case EvHeaders:
		h := ev.Head
		// goja values, not Go strings: a string in an any is one more
		// allocation before NewArray converts it
		// header names repeat from message to message: shared values
		raw := make([]any, len(h.RawHeaders))
		for i, s := range h.RawHeaders {
			if i%2 == 0 {
				raw[i] = vals.str(s)
			} else {
				raw[i] = r.VM.ToValue(s)
			}
		}
		out = append(out, vals.str(h.Method), r.VM.ToValue(h.URL), vals.version(h.Major, h.Minor), h.Major, h.Minor,
			h.StatusCode, vals.str(h.StatusMessage), r.VM.NewArray(raw...), h.KeepAlive, h.Upgrade,
			HeadFlags(h.RawHeaders))
	case EvBody, EvUpgrade:
		out = append(out, buffer.NewBuffer(r, ev.Data))
	case EvComplete:
		if len(ev.Trailers) == 0 {
			out = append(out, goja.Undefined())
			break
		}
		raw := make([]any, len(ev.Trailers))
		for i, s := range ev.Trailers {
			raw[i] = s
		}
		out = append(out, r.VM.NewArray(raw...))
	case EvError:
		out = append(out, ev.Code, ev.Reason)
	}
	return out
}

// The bits of HeadFlags: which of the headers a server looks at for
// every request the head has.
const (
	FlagHost   = 1
	FlagExpect = 2
)

// HeadFlags reports which of Host and Expect appear among the raw
// headers' names (in any case): the server's checks of req.headers.host
// and req.headers.expect, without building req.headers in JavaScript.
func HeadFlags(raw []string) int {
	flags := 0
	for i := 0; i < len(raw); i += 2 {
		switch name := raw[i]; len(name) {
		case 4:
			if asciiLowerEq(name, "host") {
				flags |= FlagHost
			}
		case 6:
			if asciiLowerEq(name, "expect") {
				flags |= FlagExpect
			}
		}
	}
	return flags
}

// asciiLowerEq reports whether s lower-cased in ASCII (as JavaScript's
// toLowerCase does for ASCII letters) is lower, which is lower case ASCII.
// strings.EqualFold would also fold non-ASCII letters such as U+017F.
func asciiLowerEq(s, lower string) bool {
	if len(s) != len(lower) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lower[i] {
			return false
		}
	}
	return true
}

// headValues holds the goja strings that recur in heads (methods, status
// messages, versions), made once instead of per message.
type headValues struct {
	vm   *goja.Runtime
	strs map[string]goja.Value
}

// str returns s as a goja value, shared for the few short strings heads
// repeat (at most 64 of them are kept).
func (v *headValues) str(s string) goja.Value {
	if val, ok := v.strs[s]; ok {
		return val
	}
	val := v.vm.ToValue(s)
	if len(v.strs) < 64 && len(s) <= 32 {
		v.strs[s] = val
	}
	return val
}

// version is a head's httpVersion, "major.minor".
func (v *headValues) version(major, minor int) goja.Value {
	if major == 1 && minor == 1 {
		return v.str("1.1")
	}
	if major == 1 && minor == 0 {
		return v.str("1.0")
	}
	return v.vm.ToValue(strconv.Itoa(major) + "." + strconv.Itoa(minor))
}
