// Package crypto implements Node's `crypto` module.
package crypto

import (
	_ "embed"

	"handshake/runtime"
)

//go:embed crypto.js
var source string

// Modules are the core modules this package provides.
var Modules = []runtime.Module{
	{Name: "crypto", Source: source},
}
