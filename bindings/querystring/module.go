// Package querystring implements Node's `querystring` module.
package querystring

import (
	_ "embed"

	"handshake/runtime"
)

//go:embed querystring.js
var source string

// Modules are the core modules this package provides.
var Modules = []runtime.Module{
	{Name: "querystring", Source: source},
}
