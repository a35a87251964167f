package tls

import (
	"crypto/tls"

	"github.com/dop251/goja"

	"handshake/runtime"
)

// snapshot is the immutable handshake result tls.js reads its getters from.
func (c *Conn) snapshot() goja.Value {
	vm := c.r.VM
	cs := c.state
	o := vm.NewObject()
	_ = o.Set("protocol", ProtocolName(cs.Version))
	cipher := vm.NewObject()
	if suite, ok := SuiteByID(cs.CipherSuite); ok {
		_ = cipher.Set("name", suite.OpenSSL)
		_ = cipher.Set("standardName", suite.IANA)
		_ = cipher.Set("version", suite.Version)
	} else {
		_ = cipher.Set("name", tls.CipherSuiteName(cs.CipherSuite))
		_ = cipher.Set("standardName", tls.CipherSuiteName(cs.CipherSuite))
		_ = cipher.Set("version", ProtocolName(cs.Version))
	}
	_ = o.Set("cipher", cipher)
	if cs.NegotiatedProtocol != "" {
		_ = o.Set("alpnProtocol", cs.NegotiatedProtocol)
	} else {
		_ = o.Set("alpnProtocol", false)
	}
	_ = o.Set("servername", cs.ServerName)
	if len(cs.OCSPResponse) > 0 {
		_ = o.Set("ocspResponse", vm.ToValue(vm.NewArrayBuffer(append([]byte(nil), cs.OCSPResponse...))))
	} else {
		_ = o.Set("ocspResponse", goja.Null())
	}
	_ = o.Set("reused", cs.DidResume)
	if c.verifyCode != "" {
		ve := VerifyError(c.verifyCode)
		e := vm.NewObject()
		_ = e.Set("code", ve.Code)
		_ = e.Set("message", ve.Message)
		_ = o.Set("verifyError", e)
	} else {
		_ = o.Set("verifyError", goja.Null())
	}
	_ = o.Set("peerCertificate", len(c.peerChain) > 0 || len(cs.PeerCertificates) > 0)
	if !c.isServer {
		ek := vm.NewObject()
		if name, size, ok := curveInfo(cs.CurveID); ok {
			_ = ek.Set("type", "ECDH")
			_ = ek.Set("name", name)
			_ = ek.Set("size", size)
		}
		_ = o.Set("ephemeralKeyInfo", ek)
	}
	return o
}

// curveInfo is getEphemeralKeyInfo's name and size for a key exchange group.
func curveInfo(id tls.CurveID) (string, int, bool) {
	if c, ok := CurveByID(id); ok {
		return c.Name, c.Size, true
	}
	return "", 0, false
}

// peerCertificate builds getPeerCertificate(detailed): Node's legacy object
// for the leaf, and with detailed each issuerCertificate chained up to the
// root, which references itself.
func (c *Conn) peerCertificate(detailed bool) goja.Value {
	if !c.isServer && c.state.DidResume {
		// Node's client reports no peer certificate on a resumed session
		// (OpenSSL's SSL_get_peer_cert_chain is empty then); the server
		// still reports the client's.
		return c.r.VM.NewObject()
	}
	chain := c.state.PeerCertificates
	if len(chain) == 0 {
		chain = c.peerChain
	}
	if len(chain) == 0 {
		return c.r.VM.NewObject()
	}
	if !detailed {
		return ObjectValue(c.r, LegacyCert(chain[0]))
	}
	full, selfRef := c.active.IssuerChain(chain)
	objs := make([]*goja.Object, len(full))
	for i, cert := range full {
		objs[i] = ObjectValue(c.r, LegacyCert(cert)).(*goja.Object)
	}
	for i := range objs {
		if i+1 < len(objs) {
			_ = objs[i].Set("issuerCertificate", objs[i+1])
		} else if selfRef {
			_ = objs[i].Set("issuerCertificate", objs[i])
		}
	}
	return objs[0]
}

// ObjectValue converts certinfo's plain Object into a JavaScript value:
// null-prototype objects where Node has them, Buffers for bytes.
func ObjectValue(r *runtime.Runtime, v any) goja.Value {
	vm := r.VM
	switch x := v.(type) {
	case *Object:
		o := vm.NewObject()
		if x.NullProto {
			_ = o.SetPrototype(nil)
		}
		for _, f := range x.Fields {
			_ = o.Set(f.Key, ObjectValue(r, f.Value))
		}
		return o
	case []string:
		items := make([]any, len(x))
		for i, s := range x {
			items[i] = s
		}
		return vm.NewArray(items...)
	case Buffer:
		return newBuffer(r, x)
	case []any:
		items := make([]any, len(x))
		for i, s := range x {
			items[i] = ObjectValue(r, s)
		}
		return vm.NewArray(items...)
	}
	return vm.ToValue(v)
}

// newBuffer makes a Node Buffer over a copy of b.
func newBuffer(r *runtime.Runtime, b []byte) goja.Value {
	ab := r.VM.NewArrayBuffer(append([]byte(nil), b...))
	bufMod, err := r.Require("buffer")
	if err != nil {
		return r.VM.ToValue(ab)
	}
	from, ok := goja.AssertFunction(bufMod.ToObject(r.VM).Get("Buffer").ToObject(r.VM).Get("from"))
	if !ok {
		return r.VM.ToValue(ab)
	}
	v, err := from(bufMod.ToObject(r.VM).Get("Buffer"), r.VM.ToValue(ab))
	if err != nil {
		return r.VM.ToValue(ab)
	}
	return v
}
