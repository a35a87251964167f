// Package dns implements Node's `dns` and `dns/promises` modules.
// dns.lookup and lookupService go through Go's system-style resolver
// (/etc/hosts, then DNS, as getaddrinfo/getnameinfo do); resolve*, reverse
// and Resolver send DNS queries themselves to the configured servers, as
// Node's c-ares does.
package dns

import (
	"context"
	_ "embed"
	"errors"
	gonet "net"
	"net/netip"
	"strconv"
	"strings"
	"time"

	"github.com/dop251/goja"
	"golang.org/x/net/idna"

	"handshake/runtime"
)

//go:embed dns.js
var dnsSource string

//go:embed promises.js
var promisesSource string

//go:embed core.js
var coreSource string

// Modules are the core modules this package provides.
var Modules = []runtime.Module{
	{Name: "dns", Source: dnsSource},
	{Name: "dns/promises", Source: promisesSource},
	{Name: "internal/dns/core", Source: coreSource, Binding: binding},
}

// lookupTimeout bounds a getaddrinfo-style lookup (Go's resolver also has
// resolv.conf's own timeouts).
const lookupTimeout = 15 * time.Second

func binding(r *runtime.Runtime, o *goja.Object) {
	vm := r.VM
	set := func(name string, fn func(goja.FunctionCall) goja.Value) { _ = o.Set(name, fn) }

	// isIP(s) is 4, 6 or 0 (zones allowed, as Node's isIP).
	set("isIP", func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(isIP(c.Argument(0).String()))
	})

	// toASCII(name) is the IDNA (punycode) form of a host name, or name
	// itself when it cannot be converted.
	set("toASCII", func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(toASCII(c.Argument(0).String()))
	})

	// systemServers() is [[ip, port], …] from /etc/resolv.conf.
	set("systemServers", func(goja.FunctionCall) goja.Value {
		return serversValue(vm, SystemServers())
	})

	// getaddrinfo(host, family, cb) resolves off the loop; cb(code) on
	// failure ("ENOTFOUND", "EAI_AGAIN"), else cb(null, [addr, family, …])
	// in the resolver's order. A name libuv refuses returns its code now.
	set("getaddrinfo", func(c goja.FunctionCall) goja.Value {
		host := toASCII(c.Argument(0).String())
		family := int(c.Argument(1).ToInteger())
		cb := c.Argument(2)
		if len(host) > 255 {
			return vm.ToValue("EINVAL") // libuv refuses it at once
		}
		done := r.Loop.Reserve()
		go func() {
			addrs, code := getaddrinfo(host, family)
			done(func() {
				if code != "" {
					r.Call(cb, goja.Undefined(), vm.ToValue(code))
					return
				}
				list := make([]any, 0, 2*len(addrs))
				for _, a := range addrs {
					fam := 6
					if a.Is4() {
						fam = 4
					}
					list = append(list, a.String(), fam)
				}
				r.Call(cb, goja.Undefined(), goja.Null(), vm.NewArray(list...))
			})
		}()
		return goja.Undefined()
	})

	// getnameinfo(address, port, cb) → cb(code) or cb(null, host, service).
	set("getnameinfo", func(c goja.FunctionCall) goja.Value {
		addr := c.Argument(0).String()
		port := int(c.Argument(1).ToInteger())
		cb := c.Argument(2)
		done := r.Loop.Reserve()
		go func() {
			host, code := getnameinfo(addr)
			service := serviceName(port)
			done(func() {
				if code != "" {
					r.Call(cb, goja.Undefined(), vm.ToValue(code))
					return
				}
				r.Call(cb, goja.Undefined(), goja.Null(), vm.ToValue(host), vm.ToValue(service))
			})
		}()
		return goja.Undefined()
	})

	// query(rrtype, name, servers, timeoutMs, tries, cb) sends a DNS query;
	// cb(code) or cb(null, records, ttls); an invalid name returns
	// "EBADNAME" at once. Records are strings (A, AAAA,
	// CNAME, NS, PTR), arrays of strings (TXT) or objects; for ANY each
	// object carries its type.
	set("query", func(c goja.FunctionCall) goja.Value {
		rrtype := c.Argument(0).String()
		name := toASCII(c.Argument(1).String())
		servers := serversOf(vm, c.Argument(2))
		timeout := time.Duration(c.Argument(3).ToInteger()) * time.Millisecond
		tries := int(c.Argument(4).ToInteger())
		cb := c.Argument(5)
		qtype, ok := Types[rrtype]
		if !ok {
			panic(r.NewError("TypeError", "ERR_INVALID_ARG_VALUE", "The argument 'rrtype' is invalid. Received '"+rrtype+"'"))
		}
		if !validName(name) {
			return vm.ToValue("EBADNAME") // c-ares fails it before sending
		}
		done := r.Loop.Reserve()
		go func() {
			ctx, cancel := context.WithTimeout(context.Background(), time.Duration(tries*len(servers)+1)*timeout)
			recs, err := Query(ctx, servers, name, qtype, timeout, tries)
			cancel()
			done(func() {
				if err != nil {
					r.Call(cb, goja.Undefined(), vm.ToValue(codeOf(err)))
					return
				}
				vals, ttls := recordsValue(vm, recs, rrtype == "ANY")
				r.Call(cb, goja.Undefined(), goja.Null(), vals, ttls)
			})
		}()
		return goja.Undefined()
	})

	// getHostByAddr(ip, servers, timeoutMs, tries, cb): /etc/hosts first
	// (its aliases, as c-ares reports them), then a PTR query.
	set("getHostByAddr", func(c goja.FunctionCall) goja.Value {
		addr, err := netip.ParseAddr(c.Argument(0).String())
		if err != nil {
			return vm.ToValue("EINVAL")
		}
		servers := serversOf(vm, c.Argument(1))
		timeout := time.Duration(c.Argument(2).ToInteger()) * time.Millisecond
		tries := int(c.Argument(3).ToInteger())
		cb := c.Argument(4)
		done := r.Loop.Reserve()
		go func() {
			var names []string
			var qerr error
			if hn := hostsNames(addr); len(hn) > 0 {
				names = hn[1:]
			} else {
				ctx, cancel := context.WithTimeout(context.Background(), time.Duration(tries*len(servers)+1)*timeout)
				recs, err := Query(ctx, servers, ReverseName(addr), Types["PTR"], timeout, tries)
				cancel()
				if err != nil {
					// c-ares moves on to its next source and ends with
					// ENOTFOUND whatever the query's failure was
					err = errCode("ENOTFOUND")
				}
				qerr = err
				for _, rec := range recs {
					names = append(names, rec.Value.(string))
				}
			}
			done(func() {
				if qerr != nil {
					r.Call(cb, goja.Undefined(), vm.ToValue(codeOf(qerr)))
					return
				}
				list := make([]any, len(names))
				for i, n := range names {
					list[i] = n
				}
				r.Call(cb, goja.Undefined(), goja.Null(), vm.NewArray(list...))
			})
		}()
		return goja.Undefined()
	})
}

func isIP(s string) int {
	a, err := netip.ParseAddr(s)
	if err != nil {
		return 0
	}
	if a.Is4() {
		return 4
	}
	return 6
}

func toASCII(name string) string {
	for i := 0; i < len(name); i++ {
		if name[i] >= 0x80 {
			if a, err := idna.Lookup.ToASCII(name); err == nil {
				return a
			}
			return name
		}
	}
	return name
}

func codeOf(err error) string {
	var qe *queryError
	if errors.As(err, &qe) {
		return qe.code
	}
	return "EBADRESP"
}

// getaddrinfo looks host up and keeps the addresses of family (0 = both).
func getaddrinfo(host string, family int) ([]netip.Addr, string) {
	// getaddrinfo takes inet_aton's numeric forms (127.1, 0x7f000001)
	if a, ok := inetAton(host); ok {
		if family == 6 {
			return nil, "EAI_ADDRFAMILY"
		}
		return []netip.Addr{a}, ""
	}
	ctx, cancel := context.WithTimeout(context.Background(), lookupTimeout)
	defer cancel()
	addrs, err := gonet.DefaultResolver.LookupNetIP(ctx, "ip", host)
	if err != nil {
		var de *gonet.DNSError
		if errors.As(err, &de) && (de.IsTimeout || de.IsTemporary) && !de.IsNotFound {
			return nil, "EAI_AGAIN"
		}
		if errors.Is(err, context.DeadlineExceeded) {
			return nil, "EAI_AGAIN"
		}
		return nil, "ENOTFOUND"
	}
	var out []netip.Addr
	for _, a := range addrs {
		a = a.Unmap()
		if (family == 4 && !a.Is4()) || (family == 6 && a.Is4()) {
			continue
		}
		out = append(out, a)
	}
	if len(out) == 0 {
		return nil, "ENOTFOUND"
	}
	sortRFC6724(out, sourceFor)
	return out, ""
}

// inetAton parses the IPv4 forms inet_aton accepts: one to four parts,
// each decimal, octal (leading 0) or hex (0x), the last one filling the
// remaining bytes.
func inetAton(s string) (netip.Addr, bool) {
	parts := strings.Split(s, ".")
	if len(parts) == 0 || len(parts) > 4 {
		return netip.Addr{}, false
	}
	vals := make([]uint64, len(parts))
	for i, p := range parts {
		if p == "" {
			return netip.Addr{}, false
		}
		base := 10
		switch {
		case len(p) > 2 && (p[:2] == "0x" || p[:2] == "0X"):
			base, p = 16, p[2:]
		case len(p) > 1 && p[0] == '0':
			base, p = 8, p[1:]
		}
		v, err := strconv.ParseUint(p, base, 32)
		if err != nil {
			return netip.Addr{}, false
		}
		vals[i] = v
	}
	last := len(vals) - 1
	for i := 0; i < last; i++ {
		if vals[i] > 0xff {
			return netip.Addr{}, false
		}
	}
	if vals[last] >= 1<<(8*uint(4-last)) {
		return netip.Addr{}, false
	}
	n := vals[last]
	for i := 0; i < last; i++ {
		n |= vals[i] << (8 * uint(3-i))
	}
	return netip.AddrFrom4([4]byte{byte(n >> 24), byte(n >> 16), byte(n >> 8), byte(n)}), true
}

// getnameinfo finds the host name of an address (NI_NAMEREQD: no name is
// an error).
func getnameinfo(addr string) (string, string) {
	a, err := netip.ParseAddr(addr)
	if err != nil {
		return "", "ENOTFOUND"
	}
	if names := hostsNames(a); len(names) > 0 {
		return names[0], ""
	}
	ctx, cancel := context.WithTimeout(context.Background(), lookupTimeout)
	defer cancel()
	names, err := gonet.DefaultResolver.LookupAddr(ctx, a.String())
	if err != nil || len(names) == 0 {
		var de *gonet.DNSError
		if errors.As(err, &de) && de.IsTimeout {
			return "", "EAI_AGAIN"
		}
		return "", "ENOTFOUND"
	}
	return strings.TrimSuffix(names[0], "."), ""
}

func serversValue(vm *goja.Runtime, servers []Server) goja.Value {
	list := make([]any, len(servers))
	for i, s := range servers {
		list[i] = vm.NewArray(s.IP, s.Port)
	}
	return vm.NewArray(list...)
}

func serversOf(vm *goja.Runtime, v goja.Value) []Server {
	var out []Server
	o, ok := v.(*goja.Object)
	if !ok {
		return nil
	}
	n := int(o.Get("length").ToInteger())
	for i := 0; i < n; i++ {
		e := o.Get(strconv.Itoa(i)).ToObject(vm)
		out = append(out, Server{IP: e.Get("0").String(), Port: int(e.Get("1").ToInteger())})
	}
	return out
}

// recordsValue converts records to JavaScript: values, and the TTLs
// (A/AAAA, for the ttl option).
func recordsValue(vm *goja.Runtime, recs []Record, isAny bool) (goja.Value, goja.Value) {
	list := make([]any, len(recs))
	ttls := make([]any, len(recs))
	for i, rec := range recs {
		ttls[i] = rec.TTL
		if !isAny {
			if rec.Fields == nil {
				list[i] = valueOf(vm, rec.Value)
			} else {
				list[i] = objectOf(vm, rec.Fields)
			}
			continue
		}
		// resolveAny: every answer is an object with its type last
		var fields []Field
		switch rec.Type {
		case "A", "AAAA":
			fields = []Field{{"address", rec.Value}, {"ttl", rec.TTL}}
		case "CNAME", "NS", "PTR":
			fields = []Field{{"value", rec.Value}}
		case "TXT":
			fields = []Field{{"entries", rec.Value}}
		case "SOA":
			fields = append(append(fields, rec.Fields...), Field{"ttl", rec.TTL})
		default:
			fields = rec.Fields
		}
		fields = append(fields, Field{"type", rec.Type})
		list[i] = objectOf(vm, fields)
	}
	return vm.NewArray(list...), vm.NewArray(ttls...)
}

func valueOf(vm *goja.Runtime, v any) goja.Value {
	if ss, ok := v.([]string); ok {
		list := make([]any, len(ss))
		for i, s := range ss {
			list[i] = s
		}
		return vm.NewArray(list...)
	}
	return vm.ToValue(v)
}

func objectOf(vm *goja.Runtime, fields []Field) *goja.Object {
	o := vm.NewObject()
	for _, f := range fields {
		_ = o.Set(f.Name, valueOf(vm, f.Value))
	}
	return o
}
