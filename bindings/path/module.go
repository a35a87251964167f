// Package path implements Node's `path` module (and `path/posix`,
// `path/win32`).
package path

import (
	_ "embed"

	"handshake/runtime"
)

//go:embed path.js
var source string

// Modules are the core modules this package provides.
var Modules = []runtime.Module{
	{Name: "path", Source: source},
	{Name: "path/posix", Source: "module.exports = require('path').posix;"},
	{Name: "path/win32", Source: "module.exports = require('path').win32;"},
}
