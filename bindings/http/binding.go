package http

import (
	"bytes"
	"net/http/httputil"
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
	// chunk(bytes) → a Buffer of the bytes framed as one chunk by httputil's
	// chunked writer.
	set("chunk", func(c goja.FunctionCall) goja.Value {
		return buffer.NewBuffer(r, Chunk(runtime.BytesOf(vm, c.Argument(0))))
	})
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
//	            statusCode, statusMessage, rawHeaders, keepAlive, upgrade
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
		raw := make([]any, len(h.RawHeaders))
		for i, s := range h.RawHeaders {
			raw[i] = r.VM.ToValue(s)
		}
		out = append(out, vals.str(h.Method), r.VM.ToValue(h.URL), vals.version(h.Major, h.Minor), h.Major, h.Minor,
			h.StatusCode, vals.str(h.StatusMessage), r.VM.NewArray(raw...), h.KeepAlive, h.Upgrade)
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
