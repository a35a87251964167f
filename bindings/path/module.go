// Package path implements Node's `path` module.
package path

import (
	_ "embed"

	"handshake/runtime"
)

//go:embed path.js
var source string

// Modules are the core modules this package provides.
var Modules = []runtime.Module{
	{Name: "path", Source: source},
}
