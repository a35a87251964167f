package tls

import (
	"crypto/tls"
	"crypto/x509"
	"strings"

	"github.com/dop251/goja"

	"handshake/runtime"
)

// The native SecureContext setters tls.js calls while it walks the options
// as Node's configSecureContext does (lib/internal/tls/secure-context.js):
// each op does what the C++ setter of the same name does and throws Node's
// error for input OpenSSL would refuse.

// contextOps adds the ctx* ops to the binding object.
func contextOps(r *runtime.Runtime, o *goja.Object, ctxs *contexts) {
	vm := r.VM
	set := func(name string, fn func(sc *SecureContext, c goja.FunctionCall) goja.Value) {
		_ = o.Set(name, func(c goja.FunctionCall) goja.Value {
			sc := ctxs.byID[c.Argument(0).ToInteger()]
			if sc == nil {
				r.ThrowError("Error", "ERR_TLS_INVALID_CONTEXT", "context must be a SecureContext")
			}
			if v := fn(sc, c); v != nil {
				return v
			}
			return goja.Undefined()
		})
	}
	bytesArg := func(c goja.FunctionCall, i int) []byte {
		return append([]byte(nil), runtime.BytesOf(vm, c.Argument(i))...)
	}

	// ctxInit(id, secureProtocol, min, max): versions are already numbers.
	set("ctxInit", func(sc *SecureContext, c goja.FunctionCall) goja.Value {
		sc.MinVersion = uint16(c.Argument(2).ToInteger())
		sc.MaxVersion = uint16(c.Argument(3).ToInteger())
		if sp, ok := c.Argument(1).Export().(string); ok {
			mn, mx, msg := SecureProtocol(sp)
			if msg != "" {
				throwNode(r, ErrInvalidProtocolMethod(msg))
			}
			sc.MinVersion, sc.MaxVersion = mn, mx
		}
		return nil
	})
	// ctxSetOptions(id, secureOptions): only SSL_OP_CIPHER_SERVER_PREFERENCE
	// (honorCipherOrder) changes what a Go server does.
	set("ctxSetOptions", func(sc *SecureContext, c goja.FunctionCall) goja.Value {
		sc.ServerPreference = c.Argument(1).ToInteger()&0x400000 != 0
		return nil
	})
	set("ctxGetProto", func(sc *SecureContext, c goja.FunctionCall) goja.Value {
		return vm.NewArray(int(sc.MinVersion), int(sc.MaxVersion))
	})
	set("ctxSetMinProto", func(sc *SecureContext, c goja.FunctionCall) goja.Value {
		sc.MinVersion = uint16(c.Argument(1).ToInteger())
		return nil
	})
	set("ctxSetMaxProto", func(sc *SecureContext, c goja.FunctionCall) goja.Value {
		sc.MaxVersion = uint16(c.Argument(1).ToInteger())
		return nil
	})
	set("ctxSetCipherSuites", func(sc *SecureContext, c goja.FunctionCall) goja.Value {
		ids, err := ParseCipherSuites(c.Argument(1).String())
		if err != nil {
			throwNode(r, ErrNoCipherMatch)
		}
		// a TLS 1.2 standard name here joins OpenSSL's list ahead of the
		// set_cipher_list part; the TLS 1.3 list may end up empty
		sc.TLS13Suites, sc.tls12Prefix = []uint16{}, []uint16{}
		for _, id := range ids {
			if isTLS13Suite(id) {
				sc.TLS13Suites = append(sc.TLS13Suites, id)
			} else {
				sc.tls12Prefix = append(sc.tls12Prefix, id)
			}
		}
		return nil
	})
	// ctxSetCiphers: "" is accepted (TLS 1.3 only), as Node special-cases it.
	set("ctxSetCiphers", func(sc *SecureContext, c goja.FunctionCall) goja.Value {
		list := c.Argument(1).String()
		sc.SecLevel0 = strings.Contains(list, "@SECLEVEL=0")
		if list == "" {
			// OpenSSL's list is then the set_ciphersuites part alone: the
			// TLS 1.2 standard names given there, if any
			if sc.tls12Prefix != nil {
				sc.CipherSuites = append([]uint16{}, sc.tls12Prefix...)
			}
			return nil
		}
		ids, err := ParseCipherList(list)
		if err != nil {
			throwNode(r, ErrNoCipherMatch)
		}
		if len(sc.tls12Prefix) > 0 {
			ids = prependSuites(sc.tls12Prefix, ids)
		}
		sc.CipherSuites = ids
		return nil
	})
	set("ctxAddRootCerts", func(sc *SecureContext, c goja.FunctionCall) goja.Value {
		sc.UseDefaultRoots()
		defaultRoots()
		if extraCAWarning != "" && !extraCAWarned {
			extraCAWarned = true
			_, _ = r.Stderr().Write([]byte(extraCAWarning))
		}
		return nil
	})
	set("ctxAddCACert", func(sc *SecureContext, c goja.FunctionCall) goja.Value {
		sc.AddCA(ParseCA(bytesArg(c, 1)))
		return nil
	})
	set("ctxSetCert", func(sc *SecureContext, c goja.FunctionCall) goja.Value {
		chain, err := ParseCertChain(bytesArg(c, 1))
		if err != nil {
			throwErr(r, err)
		}
		sc.SetCert(chain)
		return nil
	})
	set("ctxSetKey", func(sc *SecureContext, c goja.FunctionCall) goja.Value {
		pass := ""
		if p := c.Argument(2); !goja.IsUndefined(p) && !goja.IsNull(p) {
			pass = p.String()
		}
		key, err := ParsePrivateKey(bytesArg(c, 1), pass)
		if err != nil {
			throwErr(r, err)
		}
		if err := sc.SetKey(key); err != nil {
			throwErr(r, err)
		}
		return nil
	})
	set("ctxLoadPKCS12", func(sc *SecureContext, c goja.FunctionCall) goja.Value {
		pass := ""
		if p := c.Argument(2); !goja.IsUndefined(p) && !goja.IsNull(p) {
			pass = string(runtime.BytesOf(vm, p))
		}
		pfx, err := ParsePFX(bytesArg(c, 1), pass)
		if err != nil {
			throwErr(r, err)
		}
		chain := append([]*x509.Certificate{pfx.Leaf}, pfx.CA...)
		sc.SetCert(chain)
		if err := sc.SetKey(pfx.Key); err != nil {
			throwErr(r, err)
		}
		sc.pfxCAs = append(sc.pfxCAs, pfx.CA...)
		return nil
	})
	set("ctxSetECDHCurve", func(sc *SecureContext, c goja.FunctionCall) goja.Value {
		ids, ok := ParseCurves(c.Argument(1).String())
		if !ok {
			throwNode(r, ErrECDHCurve)
		}
		sc.Curves = ids
		return nil
	})
	set("ctxSetTicketKeys", func(sc *SecureContext, c goja.FunctionCall) goja.Value {
		sc.SetTicketKeys(bytesArg(c, 1))
		return nil
	})
	set("ctxGetTicketKeys", func(sc *SecureContext, c goja.FunctionCall) goja.Value {
		return newBuffer(r, sc.ticketKeys48())
	})
	set("ctxSetSessionTimeout", func(sc *SecureContext, c goja.FunctionCall) goja.Value {
		sc.SessionTimeout = int(c.Argument(1).ToInteger())
		return nil
	})
	set("ctxSetSigalgs", func(sc *SecureContext, c goja.FunctionCall) goja.Value {
		// crypto/tls chooses signature algorithms itself; names are accepted
		// when OpenSSL would accept them (a form check only).
		for _, a := range strings.Split(c.Argument(1).String(), ":") {
			if a == "" {
				throwNode(r, &NodeError{Name: "Error", Code: "ERR_CRYPTO_OPERATION_FAILED", Message: "Failed to set signature algorithms"})
			}
		}
		if !ValidSigalgsList(c.Argument(1).String()) {
			// SSL_CTX_set1_sigalgs_list fails without queuing an error
			throwNode(r, &NodeError{Name: "Error", Message: "error:00000000:lib(0)::reason(0)"})
		}
		return nil
	})
}

var extraCAWarned bool

// throwErr raises err in JavaScript: a *NodeError as Node's error, anything
// else with Go's message.
func throwErr(r *runtime.Runtime, err error) {
	if ne, ok := err.(*NodeError); ok {
		throwNode(r, ne)
	}
	panic(r.NewError("Error", "", err.Error()))
}

func throwNode(r *runtime.Runtime, e *NodeError) {
	panic(nodeErrorObject(r, e))
}

// nodeErrorObject builds the JavaScript error for e: OpenSSL errors carry
// opensslErrorStack, library, reason and code in Node's property order and
// no "[CODE]" in their stack header; Node's own errors (ERR_*) do.
func nodeErrorObject(r *runtime.Runtime, e *NodeError) *goja.Object {
	if e.Library == "" && e.Code != "" && strings.HasPrefix(e.Code, "ERR_") && !strings.HasPrefix(e.Code, "ERR_SSL_") && !strings.HasPrefix(e.Code, "ERR_OSSL_") {
		return r.NewError(e.Name, e.Code, e.Message)
	}
	o := r.NewError(e.Name, "", e.Message)
	if len(e.OpenSSLStack) > 0 {
		items := make([]any, len(e.OpenSSLStack))
		for i, s := range e.OpenSSLStack {
			items[i] = s
		}
		_ = o.Set("opensslErrorStack", r.VM.NewArray(items...))
	}
	if e.Library != "" {
		_ = o.Set("library", e.Library)
		_ = o.Set("reason", e.Reason)
	}
	if e.Code != "" {
		_ = o.Set("code", e.Code)
	}
	return o
}

var _ = tls.VersionTLS13
