// Package url implements Node's `url` module: the WHATWG URL parser (in Go,
// following the URL Standard like Node's ada), URL and URLSearchParams
// (internal/url), and the legacy url.parse/format/resolve API.
package url

import (
	_ "embed"

	"handshake/runtime"
)

var (
	//go:embed url.js
	source string
	//go:embed internal_url.js
	internalSource string
)

// Modules are the core modules this package provides.
var Modules = []runtime.Module{
	{Name: "url", Source: source},
	{Name: "internal/url", Source: internalSource, Binding: binding, Globals: []runtime.Global{
		{Name: "URL", Property: "URL"},
		{Name: "URLSearchParams", Property: "URLSearchParams"},
	}},
}
