// Package fs implements Node's `fs` module.
package fs

import (
	_ "embed"

	"handshake/runtime"
)

//go:embed fs.js
var source string

// Modules are the core modules this package provides.
var Modules = []runtime.Module{
	{Name: "fs", Source: source},
}
