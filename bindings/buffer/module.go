// Package buffer implements Node's `buffer` module.
package buffer

import (
	_ "embed"

	"handshake/runtime"
)

//go:embed buffer.js
var source string

// Modules are the core modules this package provides.
var Modules = []runtime.Module{
	{Name: "buffer", Source: source},
}
