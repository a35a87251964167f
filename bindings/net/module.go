// Package net implements Node's `net` module: TCP servers and sockets as Go
// ops (listen/accept/dial, read pump, ordered writer) under embedded
// JavaScript classes that decide what to emit, as Node's lib/net.js does
// over its libuv handles.
package net

import (
	_ "embed"

	"handshake/runtime"
)

//go:embed net.js
var source string

// Modules are the core modules this package provides.
var Modules = []runtime.Module{
	{Name: "net", Source: source, Binding: binding},
}
