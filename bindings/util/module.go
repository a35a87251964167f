// Package util implements Node's `util` module.
package util

import (
	_ "embed"

	"handshake/runtime"
)

//go:embed util.js
var source string

// Modules are the core modules this package provides.
var Modules = []runtime.Module{
	{Name: "util", Source: source},
}
