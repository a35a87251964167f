// Package tls holds the Go side of Node's `tls` module: Node's legacy
// certificate object (certinfo.go), the translation of crypto/x509 and
// crypto/tls errors to Node's codes (errors.go), cipher, version and curve
// names (names.go) and key/certificate loading (keys.go).
package tls

import (
	_ "embed"

	"handshake/runtime"
)

//go:embed tls.js
var source string

//go:embed x509.js
var x509Source string

// Modules are the core modules this package provides.
var Modules = []runtime.Module{
	{Name: "tls", Source: source, Binding: binding},
	// crypto.X509Certificate: the crypto module loads it from here.
	{Name: "internal/crypto/x509", Source: x509Source},
}
