// Package abort implements Node's internal/event_target and
// internal/abort_controller modules and the EventTarget, Event,
// CustomEvent, AbortController and AbortSignal globals. DOMException comes
// from bindings/encoding.
package abort

import (
	_ "embed"

	"handshake/runtime"
)

//go:embed event_target.js
var eventTargetSource string

//go:embed abort_controller.js
var abortControllerSource string

// Modules are the core modules this package provides.
var Modules = []runtime.Module{
	{Name: "internal/event_target", Source: eventTargetSource, Globals: []runtime.Global{
		{Name: "EventTarget", Property: "EventTarget"},
		{Name: "Event", Property: "Event"},
		{Name: "CustomEvent", Property: "CustomEvent"},
	}},
	{Name: "internal/abort_controller", Source: abortControllerSource, Globals: []runtime.Global{
		{Name: "AbortController", Property: "AbortController"},
		{Name: "AbortSignal", Property: "AbortSignal"},
	}},
}
