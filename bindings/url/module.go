// Package url implements Node's `url` module.
package url

import (
	_ "embed"

	"handshake/runtime"
)

//go:embed url.js
var source string

// Modules are the core modules this package provides.
var Modules = []runtime.Module{
	{Name: "url", Source: source},
}
