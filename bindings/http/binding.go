package http

import (
	"bytes"
	"net/http/httputil"

	"github.com/dop251/goja"

	"handshake/runtime"
)

// binding fills internalBinding('http'): HTTP/1.1 parsers kept in Go by id
// (create, execute, expect, close) and the chunked framing of body writes.
func binding(r *runtime.Runtime, o *goja.Object) {
	vm := r.VM
	parsers := map[int64]*Parser{}
	var next int64
	set := func(name string, fn func(goja.FunctionCall) goja.Value) { _ = o.Set(name, fn) }
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
	// execute(id, bytes|null, eof) → [events] (undefined when none)
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
		out := make([]any, len(evs))
		for i, ev := range evs {
			out[i] = eventObject(vm, ev)
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
	// chunk(bytes) → the bytes framed as one chunk by httputil's chunked writer.
	set("chunk", func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(vm.NewArrayBuffer(Chunk(runtime.BytesOf(vm, c.Argument(0)))))
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

func eventObject(vm *goja.Runtime, ev Event) *goja.Object {
	o := vm.NewObject()
	_ = o.Set("kind", ev.Kind)
	switch ev.Kind {
	case EvHeaders:
		h := ev.Head
		_ = o.Set("method", h.Method)
		_ = o.Set("url", h.URL)
		_ = o.Set("major", h.Major)
		_ = o.Set("minor", h.Minor)
		_ = o.Set("statusCode", h.StatusCode)
		_ = o.Set("statusMessage", h.StatusMessage)
		raw := make([]any, len(h.RawHeaders))
		for i, s := range h.RawHeaders {
			raw[i] = s
		}
		_ = o.Set("rawHeaders", vm.NewArray(raw...))
		_ = o.Set("keepAlive", h.KeepAlive)
		_ = o.Set("upgrade", h.Upgrade)
	case EvBody, EvUpgrade:
		_ = o.Set("data", vm.NewArrayBuffer(ev.Data))
	case EvComplete:
		raw := make([]any, len(ev.Trailers))
		for i, s := range ev.Trailers {
			raw[i] = s
		}
		_ = o.Set("trailers", vm.NewArray(raw...))
	case EvError:
		_ = o.Set("code", ev.Code)
		_ = o.Set("reason", ev.Reason)
	}
	return o
}
