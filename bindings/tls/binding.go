package tls

import (
	"crypto/tls"

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

	// newContext() → id of an empty SecureContext the ctx* ops fill.
	set("newContext", func(c goja.FunctionCall) goja.Value {
		ctxs.next++
		ctxs.byID[ctxs.next] = newSecureContext()
		return vm.ToValue(ctxs.next)
	})
	contextOps(r, o, ctxs)
	// releaseContext(id): a context no one will use again (tls.connect's
	// own, when its socket is destroyed), as Node's singleUse contexts.
	set("releaseContext", func(c goja.FunctionCall) goja.Value {
		delete(ctxs.byID, c.Argument(0).ToInteger())
		return goja.Undefined()
	})
	// releaseConn(streamId): the socket is destroyed; its TLS state goes.
	set("releaseConn", func(c goja.FunctionCall) goja.Value {
		if tc := conn(c); tc != nil && tc.muted != nil {
			// destroyed before its held Finished left (in 'secureConnect'
			// or by a failed check of the server): it never leaves
			tc.muted.dropHeld()
		}
		delete(conns(r).conns, c.Argument(0).ToInteger())
		return goja.Undefined()
	})
	x509Ops(r, o)

	// wrap(streamId, ctxId, isServer, flags, servername, alpnList, session):
	// take over the stream's connection and start the handshake (flags:
	// tls.js's kWrap* bits).
	set("wrap", func(c goja.FunctionCall) goja.Value {
		st := hsnet.Lookup(r, c.Argument(0).ToInteger())
		sc := ctxs.byID[c.Argument(1).ToInteger()]
		if st == nil || sc == nil {
			r.ThrowError("Error", "ERR_SOCKET_CLOSED", "Socket is closed")
		}
		tc := &Conn{r: r, stream: st, ctx: sc, isServer: c.Argument(2).ToBoolean()}
		tc.opts = wrapOptionsFrom(vm, c.Argument(3).ToInteger(), c.Argument(4), c.Argument(5), c.Argument(6))
		conns(r).conns[st.ID] = tc
		tc.start()
		return goja.Undefined()
	})
	// setSnapshotPrototype(proto): handshake snapshots inherit the common
	// values from proto.
	set("setSnapshotPrototype", func(c goja.FunctionCall) goja.Value {
		if p, ok := c.Argument(0).(*goja.Object); ok {
			snapState(r).proto = p
		}
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
		if tc == nil {
			return goja.Null()
		}
		leaf := tc.localLeaf()
		if leaf == nil {
			return vm.NewObject()
		}
		return ObjectValue(r, LegacyCert(leaf))
	})
	// ctxCertificate(ctxId): getCertificate() before the connection exists.
	set("ctxCertificate", func(c goja.FunctionCall) goja.Value {
		sc := ctxs.byID[c.Argument(0).ToInteger()]
		if sc == nil || sc.Leaf() == nil {
			return vm.NewObject()
		}
		return ObjectValue(r, LegacyCert(sc.Leaf()))
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
		// tls-unique is the client's Finished, or the server's when resumed
		clientSent := !tc.state.DidResume
		peer := c.Argument(1).ToBoolean()
		if clientSent != (tc.isServer == peer) {
			return goja.Undefined()
		}
		return newBuffer(r, tc.state.TLSUnique)
	})
	// replyHello(streamId, ctxId|0, alpn, askedALPN, err)
	set("replyHello", func(c goja.FunctionCall) goja.Value {
		tc := conn(c)
		if tc == nil {
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
		if tc == nil {
			return goja.Undefined()
		}
		var data []byte
		if v := c.Argument(1); !goja.IsUndefined(v) && !goja.IsNull(v) {
			data = append([]byte(nil), runtime.BytesOf(vm, v)...)
		}
		select {
		case tc.hookChans().session <- data:
		default:
		}
		return goja.Undefined()
	})
	set("sharedSigalgs", func(c goja.FunctionCall) goja.Value {
		tc := conn(c)
		var names []string
		if tc != nil && tc.done {
			names = SharedSigalgs(tc.sigalgs, tc.state.Version)
		}
		items := make([]any, len(names))
		for i, n := range names {
			items[i] = n
		}
		return vm.NewArray(items...)
	})
	set("ticket", func(c goja.FunctionCall) goja.Value {
		tc := conn(c)
		if tc == nil {
			return goja.Undefined()
		}
		tc.mu.Lock()
		t := tc.ticket
		tc.mu.Unlock()
		if t == nil {
			return goja.Undefined()
		}
		return newBuffer(r, t)
	})
	// replyOCSP(streamId, response|null, errorMessage|undefined)
	set("replyOCSP", func(c goja.FunctionCall) goja.Value {
		tc := conn(c)
		if tc == nil {
			return goja.Undefined()
		}
		var rep ocspReply
		if v := c.Argument(1); !goja.IsUndefined(v) && !goja.IsNull(v) {
			rep.staple = append([]byte(nil), runtime.BytesOf(vm, v)...)
		}
		if e := c.Argument(2); !goja.IsUndefined(e) && !goja.IsNull(e) {
			rep.err = hookError(e.String())
		}
		select {
		case tc.hookChans().ocsp <- rep:
		default:
		}
		return goja.Undefined()
	})
	set("serverSession", func(c goja.FunctionCall) goja.Value {
		tc := conn(c)
		if tc == nil {
			return goja.Undefined()
		}
		tc.mu.Lock()
		data := tc.serverSession
		tc.mu.Unlock()
		if data == nil {
			return goja.Undefined()
		}
		return newBuffer(r, data)
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
		pems := RootCertificates()
		items := make([]any, len(pems))
		for i, p := range pems {
			items[i] = p
		}
		return vm.NewArray(items...)
	})
}

type hookError string

func (e hookError) Error() string { return string(e) }

// The wrap flags tls.js passes (its kWrap* constants).
const (
	wrapRequestCert = 1 << iota
	wrapRejectUnauthorized
	wrapKeylog
	wrapSNI
	wrapALPNCallback
	wrapNewSession
	wrapResumeSession
	wrapOCSPRequest
)

func wrapOptionsFrom(vm *goja.Runtime, flags int64, servername, alpn, session goja.Value) wrapOptions {
	w := wrapOptions{
		ServerName:         str(servername),
		RequestCert:        flags&wrapRequestCert != 0,
		RejectUnauthorized: flags&wrapRejectUnauthorized != 0,
		Keylog:             flags&wrapKeylog != 0,
		SNI:                flags&wrapSNI != 0,
		ALPNCallback:       flags&wrapALPNCallback != 0,
		NewSession:         flags&wrapNewSession != 0,
		ResumeSession:      flags&wrapResumeSession != 0,
		OCSPRequest:        flags&wrapOCSPRequest != 0,
	}
	if session != nil && !goja.IsUndefined(session) && !goja.IsNull(session) {
		w.Session = append([]byte(nil), runtime.BytesOf(vm, session)...)
	}
	if v, ok := alpn.(*goja.Object); ok {
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

var _ = tls.VersionTLS13
