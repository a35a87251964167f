package fetch

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"io"

	"github.com/dop251/goja"

	"handshake/runtime"
)

// decoder inflates a gzip or deflate response body: fetch asks for
// compressed responses as undici does, so it must undo them. Compressed
// bytes are collected as they arrive and inflated at the end.
type decoder struct {
	kind string
	in   bytes.Buffer
}

func binding(r *runtime.Runtime, o *goja.Object) {
	vm := r.VM
	decoders := map[int64]*decoder{}
	var next int64
	_ = o.Set("newDecoder", func(c goja.FunctionCall) goja.Value {
		next++
		decoders[next] = &decoder{kind: c.Argument(0).String()}
		return vm.ToValue(next)
	})
	// decode(id, chunk, final): bytes out (empty until final).
	_ = o.Set("decode", func(c goja.FunctionCall) goja.Value {
		d := decoders[c.Argument(0).ToInteger()]
		if d == nil {
			return goja.Null()
		}
		d.in.Write(runtime.BytesOf(vm, c.Argument(1)))
		if !c.Argument(2).ToBoolean() {
			return goja.Null()
		}
		delete(decoders, c.Argument(0).ToInteger())
		out, err := inflate(d.kind, d.in.Bytes())
		if err != nil {
			r.ThrowError("Error", "Z_DATA_ERROR", err.Error())
		}
		return vm.ToValue(vm.NewArrayBuffer(out))
	})
}

func inflate(kind string, data []byte) ([]byte, error) {
	var rd io.Reader
	switch kind {
	case "deflate":
		// "deflate" is zlib-wrapped by the standard, raw by some servers
		if zr, err := zlib.NewReader(bytes.NewReader(data)); err == nil {
			rd = zr
		} else {
			rd = flate.NewReader(bytes.NewReader(data))
		}
	default:
		gr, err := gzip.NewReader(bytes.NewReader(data))
		if err != nil {
			return nil, err
		}
		rd = gr
	}
	return io.ReadAll(rd)
}
