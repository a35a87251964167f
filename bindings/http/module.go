// Package http implements Node's `http` module and its internal parts
// (_http_common, _http_incoming, _http_outgoing, _http_server, _http_client,
// _http_agent) as embedded JavaScript over net sockets, with an incremental
// HTTP/1.1 parser in Go built from the standard library's readers.
package http

import (
	_ "embed"

	"handshake/runtime"
)

var (
	//go:embed http.js
	httpSource string
	//go:embed common.js
	commonSource string
	//go:embed incoming.js
	incomingSource string
	//go:embed outgoing.js
	outgoingSource string
	//go:embed server.js
	serverSource string
	//go:embed client.js
	clientSource string
	//go:embed agent.js
	agentSource string
)

// Modules are the core modules this package provides.
var Modules = []runtime.Module{
	{Name: "http", Source: httpSource, Binding: binding},
	{Name: "_http_common", Source: commonSource},
	{Name: "_http_incoming", Source: incomingSource},
	{Name: "_http_outgoing", Source: outgoingSource},
	{Name: "_http_server", Source: serverSource},
	{Name: "_http_client", Source: clientSource},
	{Name: "_http_agent", Source: agentSource},
}
