// Package stream implements Node's `stream` module.
package stream

import (
	_ "embed"

	"handshake/runtime"
)

//go:embed stream.js
var source string

// Modules are the core modules this package provides.
var Modules = []runtime.Module{
	{Name: "stream", Source: source},
}
