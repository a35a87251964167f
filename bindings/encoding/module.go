// Package encoding implements Node's `internal/encoding` module.
package encoding

import (
	_ "embed"

	"handshake/runtime"
)

//go:embed encoding.js
var source string

// Modules are the core modules this package provides.
var Modules = []runtime.Module{
	{Name: "internal/encoding", Source: source},
}
