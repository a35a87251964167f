// Package errors implements Node's `internal/errors` module.
package errors

import (
	_ "embed"

	"handshake/runtime"
)

//go:embed errors.js
var source string

// Modules are the core modules this package provides.
var Modules = []runtime.Module{
	{Name: "internal/errors", Source: source},
}
