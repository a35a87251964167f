package tls

import (
	"crypto/tls"
	"sync"

	"github.com/dop251/goja"

	"handshake/runtime"
)

// snapshot is the immutable handshake result tls.js reads its getters from.
// It inherits the common values (no ALPN, no OCSP response, not resumed,
// verified, no peer certificate) from tls.js's prototype and owns only
// what differs, and cipher objects are shared per suite (tls.js copies
// them before a script sees one): fewer objects and properties per
// connection.
func (c *Conn) snapshot() goja.Value {
	vm := c.r.VM
	cs := c.state
	st := snapState(c.r)
	var o *goja.Object
	if st.proto != nil {
		o = vm.CreateObject(st.proto)
	} else {
		o = vm.NewObject()
	}
	full := st.proto == nil
	_ = o.Set("protocol", ProtocolName(cs.Version))
	_ = o.Set("cipher", st.cipher(c.r, cs))
	if cs.NegotiatedProtocol != "" {
		_ = o.Set("alpnProtocol", cs.NegotiatedProtocol)
	} else if full {
		_ = o.Set("alpnProtocol", false)
	}
	if cs.ServerName != "" || full {
		_ = o.Set("servername", cs.ServerName)
	}
	if len(cs.OCSPResponse) > 0 {
		_ = o.Set("ocspResponse", vm.ToValue(vm.NewArrayBuffer(append([]byte(nil), cs.OCSPResponse...))))
	} else if full {
		_ = o.Set("ocspResponse", goja.Null())
	}
	if cs.DidResume || full {
		_ = o.Set("reused", cs.DidResume)
	}
	if c.verifyCode != "" {
		ve := VerifyError(c.verifyCode)
		e := vm.NewObject()
		_ = e.Set("code", ve.Code)
		_ = e.Set("message", ve.Message)
		_ = o.Set("verifyError", e)
	} else if full {
		_ = o.Set("verifyError", goja.Null())
	}
	if peer := len(c.peerChain) > 0 || len(cs.PeerCertificates) > 0; peer || full {
		_ = o.Set("peerCertificate", peer)
	}
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

// snapshotState is one runtime's snapshot prototype and shared cipher
// objects (loop goroutine only).
type snapshotState struct {
	proto   *goja.Object
	ciphers map[[2]uint16]*goja.Object // (suite, version) -> { name, standardName, version }
}

var snapStates sync.Map // *runtime.Runtime -> *snapshotState

func snapState(r *runtime.Runtime) *snapshotState {
	if v, ok := snapStates.Load(r); ok {
		return v.(*snapshotState)
	}
	v, _ := snapStates.LoadOrStore(r, &snapshotState{ciphers: map[[2]uint16]*goja.Object{}})
	return v.(*snapshotState)
}

func (st *snapshotState) cipher(r *runtime.Runtime, cs tls.ConnectionState) *goja.Object {
	key := [2]uint16{cs.CipherSuite, cs.Version}
	if o, ok := st.ciphers[key]; ok {
		return o
	}
	vm := r.VM
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
	st.ciphers[key] = cipher
	return cipher
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
