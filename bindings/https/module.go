// Package https implements Node's `https` module: an http server over
// tls.Server and a client Agent over tls.connect, in embedded JavaScript on
// the http package's internals.
package https

import (
	_ "embed"

	"handshake/runtime"
)

//go:embed https.js
var source string

// Modules are the core modules this package provides.
var Modules = []runtime.Module{
	{Name: "https", Source: source},
}
