// Package assert implements Node's `assert` module.
package assert

import (
	_ "embed"

	"handshake/runtime"
)

//go:embed assert.js
var source string

// Modules are the core modules this package provides.
var Modules = []runtime.Module{
	{Name: "assert", Source: source},
}
