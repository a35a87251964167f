// Package os implements Node's `os` module.
package os

import (
	_ "embed"

	"handshake/runtime"
)

//go:embed os.js
var source string

// Modules are the core modules this package provides.
var Modules = []runtime.Module{
	{Name: "os", Source: source, Binding: binding},
}
