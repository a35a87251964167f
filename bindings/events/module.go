// Package events implements Node's `events` module.
package events

import (
	_ "embed"

	"handshake/runtime"
)

//go:embed events.js
var source string

// Modules are the core modules this package provides.
var Modules = []runtime.Module{
	{Name: "events", Source: source},
}
