package tls

import (
	"crypto/tls"
	"crypto/x509"
	"encoding/pem"
	"os"
	"strings"

	"github.com/dop251/goja"

	"handshake/runtime"
)

func readFile(p string) ([]byte, error) { return os.ReadFile(p) }

// pemItem is one key or certificate input: PEM/DER bytes and the passphrase
// that goes with it.
type pemItem struct {
	data       []byte
	passphrase string
}

// items reads Node's "string | Buffer | Array<string | Buffer | {pem,
// passphrase}>" option shape.
func items(vm *goja.Runtime, v goja.Value, passphrase string) []pemItem {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return nil
	}
	if o, ok := v.(*goja.Object); ok && o.ClassName() == "Array" {
		var out []pemItem
		n := int(o.Get("length").ToInteger())
		for i := 0; i < n; i++ {
			el := o.Get(itoa(i))
			if eo, ok := el.(*goja.Object); ok && eo.Get("pem") != nil && !goja.IsUndefined(eo.Get("pem")) {
				pp := passphrase
				if p := eo.Get("passphrase"); p != nil && !goja.IsUndefined(p) {
					pp = p.String()
				}
				out = append(out, pemItem{data: runtime.BytesOf(vm, eo.Get("pem")), passphrase: pp})
				continue
			}
			out = append(out, pemItem{data: runtime.BytesOf(vm, el), passphrase: passphrase})
		}
		return out
	}
	return []pemItem{{data: runtime.BytesOf(vm, v), passphrase: passphrase}}
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	s := ""
	for i > 0 {
		s = string(rune('0'+i%10)) + s
		i /= 10
	}
	return s
}

// contextFromOptions builds a SecureContext from tls.createSecureContext's
// options, throwing Node's errors for what OpenSSL would reject.
func contextFromOptions(r *runtime.Runtime, v goja.Value) (*SecureContext, *goja.Object) {
	vm := r.VM
	sc := &SecureContext{SessionTimeout: 300}
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return sc, nil
	}
	o := v.ToObject(vm)
	get := func(k string) goja.Value {
		x := o.Get(k)
		if x == nil || goja.IsUndefined(x) || goja.IsNull(x) {
			return nil
		}
		return x
	}
	passphrase := ""
	if p := get("passphrase"); p != nil {
		passphrase = p.String()
	}

	// protocol versions
	sc.MinVersion, sc.MaxVersion = tls.VersionTLS12, tls.VersionTLS13
	if sp := get("secureProtocol"); sp != nil {
		mn, mx, msg := SecureProtocol(sp.String())
		if msg != "" {
			return nil, r.NewError("TypeError", "ERR_TLS_INVALID_PROTOCOL_METHOD", msg)
		}
		sc.MinVersion, sc.MaxVersion = mn, mx
	}
	for _, k := range []string{"minVersion", "maxVersion"} {
		x := get(k)
		if x == nil {
			continue
		}
		ver, ok := ProtocolVersion(x.String())
		if !ok {
			return nil, r.NewError("TypeError", "ERR_TLS_INVALID_PROTOCOL_VERSION", "'"+x.String()+"' is not a valid TLS protocol version")
		}
		if k == "minVersion" {
			sc.MinVersion = ver
		} else {
			sc.MaxVersion = ver
		}
	}

	// ciphers: TLS 1.3 names go to the suites list, the rest to the 1.2 list
	if c := get("ciphers"); c != nil {
		var list, suites []string
		for _, name := range strings.Split(c.String(), ":") {
			if strings.HasPrefix(name, "TLS_") {
				suites = append(suites, name)
			} else if name != "" {
				list = append(list, name)
			}
		}
		if len(list) > 0 {
			ids, err := ParseCipherList(strings.Join(list, ":"))
			if err != nil {
				return nil, noCipherMatch(r)
			}
			sc.CipherSuites = ids
		} else if len(suites) > 0 && sc.MinVersion < tls.VersionTLS13 {
			sc.MinVersion = tls.VersionTLS13
		}
		if len(suites) > 0 {
			if _, err := ParseCipherSuites(strings.Join(suites, ":")); err != nil {
				return nil, noCipherMatch(r)
			}
		} else if sc.MaxVersion > tls.VersionTLS12 && sc.MinVersion < tls.VersionTLS13 && len(list) > 0 && !strings.Contains(c.String(), "DEFAULT") {
			// Node: a cipher list without TLS 1.3 suites caps the context at 1.2
			sc.MaxVersion = tls.VersionTLS12
		}
	}
	if e := get("ecdhCurve"); e != nil {
		ids, ok := ParseCurves(e.String())
		if !ok {
			return nil, r.NewError("Error", "ERR_CRYPTO_OPERATION_FAILED", "Failed to set ECDH curve")
		}
		sc.Curves = ids
	}
	if sc.Curves == nil {
		sc.Curves = DefaultCurves
	}

	// key and certificate
	keys := items(vm, get("key"), passphrase)
	certs := items(vm, get("cert"), passphrase)
	if len(certs) > 0 || len(keys) > 0 {
		pairs, err := keyPairs(r, certs, keys)
		if err != nil {
			return nil, err
		}
		sc.Certs = append(sc.Certs, pairs...)
	}
	if pfx := get("pfx"); pfx != nil {
		for _, it := range items(vm, pfx, passphrase) {
			cert, roots, err := loadPFX(r, it.data, it.passphrase)
			if err != nil {
				return nil, err
			}
			sc.Certs = append(sc.Certs, cert)
			if roots != nil && sc.Roots == nil {
				sc.Roots = roots
				sc.ClientCAs = roots
			}
		}
	}
	if ca := get("ca"); ca != nil {
		pool := x509.NewCertPool()
		for _, it := range items(vm, ca, "") {
			if !appendCerts(pool, it.data) {
				return nil, osslError(r, "ERR_OSSL_PEM_NO_START_LINE", "error:0480006C:PEM routines::no start line", "PEM routines", "no start line")
			}
		}
		sc.Roots = pool
		sc.ClientCAs = pool
	}
	if tk := get("ticketKeys"); tk != nil {
		b := runtime.BytesOf(vm, tk)
		if len(b) != 48 {
			return nil, r.NewError("TypeError", "ERR_INVALID_ARG_VALUE", "The property 'options.ticketKeys' must be exactly 48 bytes. Received "+inspectBuffer(b))
		}
		sc.TicketKeys = append([]byte(nil), b...)
	}
	if st := get("sessionTimeout"); st != nil {
		sc.SessionTimeout = int(st.ToInteger())
	}
	return sc, nil
}

func noCipherMatch(r *runtime.Runtime) *goja.Object {
	return osslError(r, "ERR_SSL_NO_CIPHER_MATCH", "No cipher match", "", "")
}

// osslError is an OpenSSL-originated Error as Node shows it: message,
// code, and library/reason when OpenSSL gives them.
func osslError(r *runtime.Runtime, code, message, library, reason string) *goja.Object {
	o := r.NewError("Error", "", message)
	if library != "" {
		_ = o.Set("library", library)
		_ = o.Set("reason", reason)
	}
	_ = o.Set("code", code)
	return o
}

func appendCerts(pool *x509.CertPool, data []byte) bool {
	if pool.AppendCertsFromPEM(data) {
		return true
	}
	if c, err := x509.ParseCertificate(data); err == nil {
		pool.AddCert(c)
		return true
	}
	return false
}

// inspectBuffer renders b as util.inspect shows a Buffer.
func inspectBuffer(b []byte) string {
	const hex = "0123456789abcdef"
	var sb strings.Builder
	sb.WriteString("<Buffer")
	for i, c := range b {
		if i == 50 {
			sb.WriteString(" ... " + itoa(len(b)-50) + " more bytes")
			break
		}
		sb.WriteByte(' ')
		sb.WriteByte(hex[c>>4])
		sb.WriteByte(hex[c&15])
	}
	sb.WriteString(">")
	return sb.String()
}

// keyPairs pairs certificates with keys: Node loads the cert chain and the
// key(s) separately and OpenSSL matches them; here each cert chain gets
// the key whose public half matches its leaf.
func keyPairs(r *runtime.Runtime, certs, keys []pemItem) ([]tls.Certificate, *goja.Object) {
	var out []tls.Certificate
	var parsedKeys []any
	for _, k := range keys {
		key, err := parseKey(k.data, k.passphrase)
		if err != nil {
			return nil, keyError(r, err)
		}
		parsedKeys = append(parsedKeys, key)
	}
	for _, c := range certs {
		chain, err := parseCertChain(c.data)
		if err != nil || len(chain) == 0 {
			return nil, osslError(r, "ERR_OSSL_PEM_NO_START_LINE", "error:0480006C:PEM routines::no start line", "PEM routines", "no start line")
		}
		leaf, err := x509.ParseCertificate(chain[0])
		if err != nil {
			return nil, osslError(r, "ERR_OSSL_PEM_NO_START_LINE", "error:0480006C:PEM routines::no start line", "PEM routines", "no start line")
		}
		var match any
		for _, k := range parsedKeys {
			if publicKeyMatches(leaf, k) {
				match = k
				break
			}
		}
		if match == nil {
			if len(parsedKeys) > 0 {
				return nil, osslError(r, "ERR_OSSL_X509_KEY_VALUES_MISMATCH", "error:05800074:x509 certificate routines::key values mismatch", "x509 certificate routines", "key values mismatch")
			}
			continue
		}
		out = append(out, tls.Certificate{Certificate: chain, PrivateKey: match, Leaf: leaf})
	}
	return out, nil
}

func parseCertChain(data []byte) ([][]byte, error) {
	var chain [][]byte
	rest := data
	for {
		var block *pem.Block
		block, rest = pem.Decode(rest)
		if block == nil {
			break
		}
		if block.Type == "CERTIFICATE" {
			chain = append(chain, block.Bytes)
		}
	}
	if len(chain) == 0 {
		if _, err := x509.ParseCertificate(data); err == nil {
			chain = append(chain, data)
		}
	}
	return chain, nil
}
