package url

import (
	"strconv"

	"github.com/dop251/goja"

	"handshake/runtime"
)

// components lists what the URL class caches from a record: href, origin,
// protocol, username, password, host, hostname, port, pathname, search,
// hash, and whether the path is opaque.
func components(vm *goja.Runtime, u *Record) goja.Value {
	host, hostname, port := "", "", ""
	if u.Host != nil {
		host, hostname = *u.Host, *u.Host
		if u.Port != -1 {
			port = strconv.Itoa(u.Port)
			host += ":" + port
		}
	}
	search, hash := "", ""
	if u.Query != nil && *u.Query != "" {
		search = "?" + *u.Query
	}
	if u.Fragment != nil && *u.Fragment != "" {
		hash = "#" + *u.Fragment
	}
	return vm.NewArray(u.Href(false), u.Origin(), u.Scheme+":", u.Username, u.Password, host, hostname, port,
		u.PathString(), search, hash, u.Opaque)
}

// parseWithBase parses input against base (when hasBase); ok is false when
// either fails.
func parseWithBase(input string, base string, hasBase bool) (*Record, bool) {
	var b *Record
	if hasBase {
		var ok bool
		if b, ok = Parse(base, nil); !ok {
			return nil, false
		}
	}
	return Parse(input, b)
}

// binding fills the ops of internal/url (Node's src/node_url.cc over ada).
func binding(r *runtime.Runtime, o *goja.Object) {
	vm := r.VM
	set := func(name string, fn func(goja.FunctionCall) goja.Value) { _ = o.Set(name, fn) }
	hasBase := func(c goja.FunctionCall) bool { return len(c.Arguments) > 1 && !goja.IsUndefined(c.Argument(1)) }

	// parse(input[, base]) -> components, or null when invalid.
	set("parse", func(c goja.FunctionCall) goja.Value {
		u, ok := parseWithBase(c.Argument(0).String(), c.Argument(1).String(), hasBase(c))
		if !ok {
			return goja.Null()
		}
		return components(vm, u)
	})
	set("canParse", func(c goja.FunctionCall) goja.Value {
		_, ok := parseWithBase(c.Argument(0).String(), c.Argument(1).String(), hasBase(c))
		return vm.ToValue(ok)
	})
	// update(href, setter, value) -> components after the setter ran.
	set("update", func(c goja.FunctionCall) goja.Value {
		u, ok := Parse(c.Argument(0).String(), nil)
		if !ok {
			return goja.Null()
		}
		u.Set(c.Argument(1).String(), c.Argument(2).String())
		return components(vm, u)
	})
	set("domainToASCII", func(c goja.FunctionCall) goja.Value {
		h, ok := parseHost(c.Argument(0).String(), false)
		if !ok {
			return vm.ToValue("")
		}
		return vm.ToValue(h)
	})
	set("domainToUnicode", func(c goja.FunctionCall) goja.Value {
		h, ok := parseHost(c.Argument(0).String(), false)
		if !ok {
			return vm.ToValue("")
		}
		return vm.ToValue(DomainToUnicode(h))
	})

}
