// Package all lists every core module handshake provides; cmd/handshake
// hands the list to runtime.New.
package all

import (
	"handshake/bindings/abort"
	"handshake/bindings/assert"
	"handshake/bindings/buffer"
	"handshake/bindings/compat"
	"handshake/bindings/console"
	"handshake/bindings/crypto"
	"handshake/bindings/dns"
	"handshake/bindings/encoding"
	"handshake/bindings/errors"
	"handshake/bindings/events"
	"handshake/bindings/fetch"
	"handshake/bindings/fs"
	"handshake/bindings/http"
	"handshake/bindings/https"
	"handshake/bindings/net"
	"handshake/bindings/os"
	"handshake/bindings/path"
	"handshake/bindings/perf"
	"handshake/bindings/querystring"
	"handshake/bindings/readline"
	"handshake/bindings/stdio"
	"handshake/bindings/stream"
	"handshake/bindings/stringdecoder"
	"handshake/bindings/timers"
	"handshake/bindings/tls"
	"handshake/bindings/url"
	"handshake/bindings/util"
	"handshake/runtime"
)

// Modules returns all core modules, ready for runtime.Options.Modules.
func Modules() []runtime.Module {
	var mods []runtime.Module
	for _, group := range [][]runtime.Module{
		abort.Modules,
		assert.Modules,
		buffer.Modules,
		compat.Modules,
		console.Modules,
		crypto.Modules,
		dns.Modules,
		encoding.Modules,
		errors.Modules,
		events.Modules,
		fetch.Modules,
		fs.Modules,
		http.Modules,
		https.Modules,
		net.Modules,
		os.Modules,
		path.Modules,
		perf.Modules,
		querystring.Modules,
		readline.Modules,
		stdio.Modules,
		stream.Modules,
		stringdecoder.Modules,
		timers.Modules,
		tls.Modules,
		url.Modules,
		util.Modules,
	} {
		mods = append(mods, group...)
	}
	return mods
}
