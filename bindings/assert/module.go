// Package assert implements Node's `assert` and `assert/strict` modules,
// AssertionError (internal/assert/assertion_error) and CallTracker.
package assert

import (
	_ "embed"

	"handshake/runtime"
)

var (
	//go:embed assert.js
	source string
	//go:embed assertion_error.js
	assertionErrorSource string
	//go:embed calltracker.js
	callTrackerSource string
)

// Modules are the core modules this package provides.
var Modules = []runtime.Module{
	{Name: "assert", Source: source, Binding: binding},
	{Name: "assert/strict", Source: "module.exports = require('assert').strict;\n"},
	{Name: "internal/assert/assertion_error", Source: assertionErrorSource},
	{Name: "internal/assert/calltracker", Source: callTrackerSource},
}
