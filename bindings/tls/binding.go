package tls

import (
	"crypto/tls"
	"crypto/x509"
	"encoding/pem"
	"strings"
	"time"

	"github.com/dop251/goja"

	hsnet "handshake/bindings/net"
	"handshake/runtime"
)

// contexts holds a runtime's SecureContexts by id (loop goroutine only).
type contexts struct {
	next int64
	byID map[int64]*SecureContext
}

func binding(r *runtime.Runtime, o *goja.Object) {
	vm := r.VM
	ctxs := &contexts{byID: map[int64]*SecureContext{}}
	set := func(name string, fn func(goja.FunctionCall) goja.Value) { _ = o.Set(name, fn) }
	conn := func(c goja.FunctionCall) *Conn { return conns(r).conns[c.Argument(0).ToInteger()] }

	// createContext(options) → id; throws Node's errors for bad input.
	set("createContext", func(c goja.FunctionCall) goja.Value {
		sc, err := contextFromOptions(r, c.Argument(0))
		if err != nil {
			panic(err)
		}
		ctxs.next++
		ctxs.byID[ctxs.next] = sc
		return vm.ToValue(ctxs.next)
	})
	set("getTicketKeys", func(c goja.FunctionCall) goja.Value {
		if sc := ctxs.byID[c.Argument(0).ToInteger()]; sc != nil {
			return newBuffer(r, sc.ticketKeys48())
		}
		return goja.Undefined()
	})
	set("setTicketKeys", func(c goja.FunctionCall) goja.Value {
		if sc := ctxs.byID[c.Argument(0).ToInteger()]; sc != nil {
			sc.SetTicketKeys(runtime.BytesOf(vm, c.Argument(1)))
		}
		return goja.Undefined()
	})

	// wrap(streamId, ctxId, isServer, options): take over the stream's
	// connection and start the handshake.
	set("wrap", func(c goja.FunctionCall) goja.Value {
		st := hsnet.Lookup(r, c.Argument(0).ToInteger())
		sc := ctxs.byID[c.Argument(1).ToInteger()]
		if st == nil || sc == nil {
			r.ThrowError("Error", "ERR_SOCKET_CLOSED", "Socket is closed")
		}
		tc := &Conn{r: r, stream: st, ctx: sc, isServer: c.Argument(2).ToBoolean()}
		tc.opts = wrapOptionsFrom(vm, c.Argument(3).ToObject(vm))
		conns(r).conns[st.ID] = tc
		tc.start()
		return goja.Undefined()
	})
	set("peerCertificate", func(c goja.FunctionCall) goja.Value {
		if tc := conn(c); tc != nil && tc.done {
			return tc.peerCertificate(c.Argument(1).ToBoolean())
		}
		return goja.Null()
	})
	set("certificate", func(c goja.FunctionCall) goja.Value {
		tc := conn(c)
		if tc == nil || len(tc.ctx.Certs) == 0 {
			return vm.NewObject()
		}
		leaf := tc.ctx.Certs[0].Leaf
		if leaf == nil {
			var err error
			if leaf, err = x509.ParseCertificate(tc.ctx.Certs[0].Certificate[0]); err != nil {
				return vm.NewObject()
			}
		}
		return ObjectValue(r, LegacyCert(leaf))
	})
	set("exportKeyingMaterial", func(c goja.FunctionCall) goja.Value {
		tc := conn(c)
		if tc == nil || !tc.done {
			r.ThrowError("Error", "ERR_TLS_INVALID_STATE", "TLS socket connection must be securely established")
		}
		var ctx []byte
		if v := c.Argument(3); !goja.IsUndefined(v) {
			ctx = runtime.BytesOf(vm, v)
		}
		out, err := tc.state.ExportKeyingMaterial(c.Argument(2).String(), ctx, int(c.Argument(1).ToInteger()))
		if err != nil {
			r.ThrowError("Error", "ERR_CRYPTO_OPERATION_FAILED", err.Error())
		}
		return newBuffer(r, out)
	})
	set("finished", func(c goja.FunctionCall) goja.Value {
		tc := conn(c)
		if tc == nil || !tc.done || len(tc.state.TLSUnique) == 0 {
			return goja.Undefined()
		}
		return newBuffer(r, tc.state.TLSUnique)
	})
	// replyHello(streamId, ctxId|0, alpn, askedALPN, err)
	set("replyHello", func(c goja.FunctionCall) goja.Value {
		tc := conn(c)
		if tc == nil || tc.hooks == nil {
			return goja.Undefined()
		}
		var sc *SecureContext
		if id := c.Argument(1).ToInteger(); id != 0 {
			sc = ctxs.byID[id]
		}
		var err error
		if e := c.Argument(4); !goja.IsUndefined(e) && !goja.IsNull(e) {
			err = hookError(e.String())
		}
		tc.replyHello(sc, c.Argument(2), c.Argument(3).ToBoolean(), err)
		return goja.Undefined()
	})
	set("replySession", func(c goja.FunctionCall) goja.Value {
		tc := conn(c)
		if tc == nil || tc.hooks == nil {
			return goja.Undefined()
		}
		var data []byte
		if v := c.Argument(1); !goja.IsUndefined(v) && !goja.IsNull(v) {
			data = append([]byte(nil), runtime.BytesOf(vm, v)...)
		}
		select {
		case tc.hooks.session <- data:
		default:
		}
		return goja.Undefined()
	})
	set("replyNewSession", func(c goja.FunctionCall) goja.Value {
		if tc := conn(c); tc != nil && tc.hooks != nil {
			select {
			case tc.hooks.saved <- struct{}{}:
			default:
			}
		}
		return goja.Undefined()
	})
	set("extraCAWarning", func(goja.FunctionCall) goja.Value {
		defaultRoots()
		return vm.ToValue(extraCAWarning)
	})
	set("getCiphers", func(goja.FunctionCall) goja.Value {
		names := GetCiphers()
		out := make([]any, len(names))
		for i, n := range names {
			out[i] = n
		}
		return vm.NewArray(out...)
	})
	set("rootCertificates", func(goja.FunctionCall) goja.Value {
		return vm.ToValue(rootCertificatePEMs())
	})
}

type hookError string

func (e hookError) Error() string { return string(e) }

func wrapOptionsFrom(vm *goja.Runtime, o *goja.Object) wrapOptions {
	b := func(k string) bool { v := o.Get(k); return v != nil && v.ToBoolean() }
	w := wrapOptions{
		ServerName:         str(o.Get("servername")),
		RequestCert:        b("requestCert"),
		RejectUnauthorized: b("rejectUnauthorized"),
		Keylog:             b("keylog"),
		SNI:                b("sni"),
		ALPNCallback:       b("alpnCallback"),
		NewSession:         b("newSession"),
		ResumeSession:      b("resumeSession"),
	}
	if v := o.Get("handshakeTimeout"); v != nil && !goja.IsUndefined(v) {
		w.HandshakeTimeout = time.Duration(v.ToFloat() * float64(time.Millisecond))
	}
	if v := o.Get("session"); v != nil && !goja.IsUndefined(v) && !goja.IsNull(v) {
		w.Session = append([]byte(nil), runtime.BytesOf(vm, v)...)
	}
	if v, ok := o.Get("ALPNProtocols").(*goja.Object); ok {
		var list []string
		_ = vm.ExportTo(v, &list)
		w.ALPN = list
	}
	return w
}

func str(v goja.Value) string {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return ""
	}
	return v.String()
}

// rootCertificatePEMs is tls.rootCertificates: the system store as PEM.
func rootCertificatePEMs() []string {
	var out []string
	for _, path := range []string{"/etc/ssl/certs/ca-certificates.crt", "/etc/pki/tls/certs/ca-bundle.crt"} {
		data, err := readFile(path)
		if err != nil {
			continue
		}
		for {
			var block *pem.Block
			block, data = pem.Decode(data)
			if block == nil {
				break
			}
			if block.Type == "CERTIFICATE" {
				out = append(out, strings.TrimSpace(string(pem.EncodeToMemory(block))))
			}
		}
		break
	}
	return out
}

var _ = tls.VersionTLS13
