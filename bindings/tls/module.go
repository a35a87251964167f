// Package tls holds the Go side of Node's `tls` module: Node's legacy
// certificate object (certinfo.go), the translation of crypto/x509 and
// crypto/tls errors to Node's codes (errors.go), cipher, version and curve
// names (names.go) and key/certificate loading (keys.go).
package tls

import "handshake/runtime"

// Modules are the core modules this package provides (the JS layer is
// registered here once it exists).
var Modules = []runtime.Module{}
