// Package fetch implements the fetch API of Node 20 (fetch, Headers,
// Request, Response, FormData, and the ReadableStream bodies need) over the
// http and https modules, and the 'node-fetch' alias used when no
// node_modules copy exists.
package fetch

import (
	_ "embed"

	"handshake/runtime"
)

//go:embed fetch.js
var fetchSource string

//go:embed webstreams.js
var webstreamsSource string

//go:embed node_fetch.js
var nodeFetchSource string

// Modules are the core modules this package provides.
var Modules = []runtime.Module{
	{Name: "internal/fetch", Source: fetchSource, Binding: binding, Globals: []runtime.Global{
		{Name: "fetch", Property: "fetch"},
		{Name: "Headers", Property: "Headers"},
		{Name: "Request", Property: "Request"},
		{Name: "Response", Property: "Response"},
		{Name: "FormData", Property: "FormData"},
	}},
	{Name: "internal/webstreams", Source: webstreamsSource, Globals: []runtime.Global{
		{Name: "ReadableStream", Property: "ReadableStream"},
		{Name: "ReadableStreamDefaultReader", Property: "ReadableStreamDefaultReader"},
	}},
	{Name: "stream/web", Source: "module.exports = require('internal/webstreams');"},
	{Name: "internal/deps/node-fetch", Source: nodeFetchSource},
}
