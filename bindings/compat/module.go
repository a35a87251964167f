// Package compat provides small core modules that older and widely used
// npm packages require even in TLS scripts: tty, constants and
// diagnostics_channel.
package compat

import (
	_ "embed"

	"handshake/runtime"
)

//go:embed tty.js
var ttySource string

//go:embed constants.js
var constantsSource string

//go:embed diagnostics_channel.js
var diagnosticsSource string

// Modules are the core modules this package provides.
var Modules = []runtime.Module{
	{Name: "tty", Source: ttySource},
	{Name: "constants", Source: constantsSource},
	{Name: "diagnostics_channel", Source: diagnosticsSource},
}
