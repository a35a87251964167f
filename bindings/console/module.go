// Package console implements Node's `console` module and the global
// console object.
package console

import (
	_ "embed"

	"handshake/runtime"
)

//go:embed console.js
var source string

// Modules are the core modules this package provides.
var Modules = []runtime.Module{
	{Name: "console", Source: source, Globals: []runtime.Global{{Name: "console"}}},
}
