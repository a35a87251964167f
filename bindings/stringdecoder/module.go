// Package stringdecoder implements Node's `string_decoder` module.
package stringdecoder

import (
	_ "embed"

	"handshake/runtime"
)

//go:embed stringdecoder.js
var source string

// Modules are the core modules this package provides.
var Modules = []runtime.Module{
	{Name: "string_decoder", Source: source},
}
