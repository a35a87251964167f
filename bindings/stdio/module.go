// Package stdio implements Node's `internal/stdio` module.
package stdio

import (
	_ "embed"

	"handshake/runtime"
)

//go:embed stdio.js
var source string

// Modules are the core modules this package provides.
var Modules = []runtime.Module{
	{Name: "internal/stdio", Source: source},
}
