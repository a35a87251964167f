// Package fs implements Node's `fs` and `fs/promises` modules: the
// JavaScript API (after Node's lib/fs.js, lib/internal/fs/*.js) over Go
// operations that make the system calls, synchronously or in goroutines.
package fs

import (
	_ "embed"

	"handshake/runtime"
)

//go:embed fs.js
var source string

//go:embed utils.js
var utilsSource string

//go:embed promises.js
var promisesSource string

//go:embed streams.js
var streamsSource string

//go:embed dir.js
var dirSource string

//go:embed cp.js
var cpSource string

// Modules are the core modules this package provides.
var Modules = []runtime.Module{
	{Name: "fs", Source: source, Binding: binding},
	{Name: "internal/fs/utils", Source: utilsSource},
	{Name: "fs/promises", Source: promisesSource},
	{Name: "internal/fs/streams", Source: streamsSource},
	{Name: "internal/fs/dir", Source: dirSource},
	{Name: "internal/fs/cp", Source: cpSource},
}
