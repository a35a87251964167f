// Package readline implements Node's `readline` and `readline/promises`
// modules: line-by-line reading of a stream (process.stdin, a socket, any
// Readable), questions, prompts, async iteration, and terminal line editing
// with ANSI cursor control. It is JavaScript only.
package readline

import (
	_ "embed"

	"handshake/runtime"
)

//go:embed readline.js
var readlineSource string

//go:embed promises.js
var promisesSource string

//go:embed interface.js
var interfaceSource string

//go:embed callbacks.js
var callbacksSource string

//go:embed keypress.js
var keypressSource string

// Modules are the core modules this package provides.
var Modules = []runtime.Module{
	{Name: "readline", Source: readlineSource},
	{Name: "readline/promises", Source: promisesSource},
	{Name: "internal/readline/interface", Source: interfaceSource},
	{Name: "internal/readline/callbacks", Source: callbacksSource},
	{Name: "internal/readline/emitKeypressEvents", Source: keypressSource},
}
