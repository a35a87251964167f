package net

import (
	"context"
	gonet "net"
	"strconv"
	"time"

	"github.com/dop251/goja"

	"handshake/runtime"
)

// server is a listening socket: an accept goroutine posts each connection
// to the JS handle's onconnection.
type server struct {
	id     int64
	ln     gonet.Listener
	handle *runtime.Handle
	obj    *goja.Object
	done   chan struct{}
}

func binding(r *runtime.Runtime, o *goja.Object) {
	vm := r.VM
	g := reg(r)
	set := func(name string, fn func(goja.FunctionCall) goja.Value) { _ = o.Set(name, fn) }
	stream := func(c goja.FunctionCall) *Stream {
		return g.streams[c.Argument(0).ToInteger()]
	}

	// listen(handle, host, port, backlog) → error object or undefined; sets
	// handle.id and starts accepting.
	set("listen", func(c goja.FunctionCall) goja.Value {
		obj := c.Argument(0).ToObject(vm)
		host := c.Argument(1).String()
		port := int(c.Argument(2).ToInteger())
		network := "tcp"
		if host == "0.0.0.0" {
			network = "tcp4"
		}
		addr := gonet.JoinHostPort(host, strconv.Itoa(port))
		if host == "::" || host == "" {
			addr = ":" + strconv.Itoa(port)
		}
		ln, err := gonet.Listen(network, addr)
		if err != nil {
			shown := host
			if shown == "" {
				shown = "::"
			}
			return listenError(r, err, shown, port)
		}
		g.next++
		s := &server{id: g.next, ln: ln, handle: r.Loop.NewHandle(), obj: obj, done: make(chan struct{})}
		g.servers[s.id] = s
		_ = obj.Set("id", s.id)
		go s.accept(r)
		return goja.Undefined()
	})
	set("serverAddress", func(c goja.FunctionCall) goja.Value {
		s := g.servers[c.Argument(0).ToInteger()]
		if s == nil {
			return goja.Null()
		}
		return addrObject(vm, s.ln.Addr())
	})
	set("serverClose", func(c goja.FunctionCall) goja.Value {
		if s := g.servers[c.Argument(0).ToInteger()]; s != nil {
			close(s.done)
			_ = s.ln.Close()
			s.handle.Close()
			delete(g.servers, s.id)
		}
		if cb := c.Argument(1); !goja.IsUndefined(cb) {
			// close(id, cb, this, arg): cb.call(this, arg), so callers
			// need no closure per handle
			if len(c.Arguments) >= 3 {
				this, arg := c.Argument(2), c.Argument(3)
				r.Loop.OnClose(func() { r.Call(cb, this, arg) })
			} else {
				r.Loop.OnClose(func() { r.Call(cb, goja.Undefined()) })
			}
		}
		return goja.Undefined()
	})
	set("serverRef", func(c goja.FunctionCall) goja.Value {
		if s := g.servers[c.Argument(0).ToInteger()]; s != nil {
			if c.Argument(1).ToBoolean() {
				s.handle.Ref()
			} else {
				s.handle.Unref()
			}
		}
		return goja.Undefined()
	})

	// lookup(host, family, cb(err, address, family)) resolves off the loop.
	set("lookup", func(c goja.FunctionCall) goja.Value {
		host := c.Argument(0).String()
		family := int(c.Argument(1).ToInteger())
		cb := c.Argument(2)
		done := r.Loop.Reserve()
		go func() {
			ip, fam, err := resolve(host, family)
			done(func() {
				if err != nil {
					r.Call(cb, goja.Undefined(), ErrorValue(r, err, "getaddrinfo", "", 0))
					return
				}
				r.Call(cb, goja.Undefined(), goja.Null(), vm.ToValue(ip), vm.ToValue(fam))
			})
		}()
		return goja.Undefined()
	})

	// connect(handle, address, port, timeoutMs, localAddress) dials off the
	// loop, then calls handle.onconnect(err) with handle.id set on success.
	set("connect", func(c goja.FunctionCall) goja.Value {
		obj := c.Argument(0).ToObject(vm)
		address := c.Argument(1).String()
		port := int(c.Argument(2).ToInteger())
		local := c.Argument(3)
		done := r.Loop.Reserve()
		go func() {
			d := gonet.Dialer{}
			if !goja.IsUndefined(local) && !goja.IsNull(local) && local.String() != "" {
				d.LocalAddr = &gonet.TCPAddr{IP: gonet.ParseIP(local.String())}
			}
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
			conn, err := d.DialContext(ctx, "tcp", gonet.JoinHostPort(address, strconv.Itoa(port)))
			cancel()
			done(func() {
				if err != nil {
					r.CallMethod(obj, "onconnect", ErrorValue(r, err, "connect", address, port))
					return
				}
				s := NewStream(r, conn, obj)
				_ = obj.Set("id", s.ID)
				r.CallMethod(obj, "onconnect", goja.Null())
			})
		}()
		return goja.Undefined()
	})

	// setHandlePrototype(proto): accepted connections' handles inherit
	// from proto.
	set("setHandlePrototype", func(c goja.FunctionCall) goja.Value {
		if o, ok := c.Argument(0).(*goja.Object); ok {
			g.handleProto = o
		}
		return goja.Undefined()
	})
	set("readStart", func(c goja.FunctionCall) goja.Value {
		if s := stream(c); s != nil {
			s.ReadStart()
		}
		return goja.Undefined()
	})
	set("readStop", func(c goja.FunctionCall) goja.Value {
		if s := stream(c); s != nil {
			s.ReadStop()
		}
		return goja.Undefined()
	})
	// write(id, data, reqID) → true when every byte went out at once (the
	// caller then completes the write synchronously, as Node does after a
	// successful uv_try_write); otherwise the rest is copied and queued and
	// onwrite(reqID) follows.
	set("write", func(c goja.FunctionCall) goja.Value {
		s := stream(c)
		if s == nil {
			return vm.ToValue(false)
		}
		src := runtime.BytesOf(vm, c.Argument(1))
		if handled, done := s.WriteNow(src, c.Argument(2).ToInteger()); handled {
			return vm.ToValue(done)
		}
		n := s.TryWrite(src)
		if n == len(src) && n > 0 {
			return vm.ToValue(true)
		}
		rest := make([]byte, len(src)-n)
		copy(rest, src[n:])
		s.Write(rest, c.Argument(2).ToInteger())
		return vm.ToValue(false)
	})
	set("shutdown", func(c goja.FunctionCall) goja.Value {
		if s := stream(c); s != nil {
			s.Shutdown(c.Argument(1).ToInteger())
		}
		return goja.Undefined()
	})
	// close(id, cb[, this, arg]): cb runs in the loop's close phase, where libuv runs
	// close callbacks (Node emits a socket's 'close' from there).
	set("close", func(c goja.FunctionCall) goja.Value {
		if s := stream(c); s != nil {
			s.Close()
		}
		if cb := c.Argument(1); !goja.IsUndefined(cb) {
			// close(id, cb, this, arg): cb.call(this, arg), so callers
			// need no closure per handle
			if len(c.Arguments) >= 3 {
				this, arg := c.Argument(2), c.Argument(3)
				r.Loop.OnClose(func() { r.Call(cb, this, arg) })
			} else {
				r.Loop.OnClose(func() { r.Call(cb, goja.Undefined()) })
			}
		}
		return goja.Undefined()
	})
	set("ref", func(c goja.FunctionCall) goja.Value {
		if s := stream(c); s != nil {
			if c.Argument(1).ToBoolean() {
				s.handle.Ref()
			} else {
				s.handle.Unref()
			}
		}
		return goja.Undefined()
	})
	set("setNoDelay", func(c goja.FunctionCall) goja.Value {
		if s := stream(c); s != nil {
			if tc, ok := s.conn.(*gonet.TCPConn); ok {
				_ = tc.SetNoDelay(c.Argument(1).ToBoolean())
			}
		}
		return goja.Undefined()
	})
	set("setKeepAlive", func(c goja.FunctionCall) goja.Value {
		if s := stream(c); s != nil {
			if tc, ok := s.conn.(*gonet.TCPConn); ok {
				_ = tc.SetKeepAlive(c.Argument(1).ToBoolean())
				if d := c.Argument(2).ToInteger(); d > 0 {
					_ = tc.SetKeepAlivePeriod(time.Duration(d) * time.Millisecond)
				}
			}
		}
		return goja.Undefined()
	})
	set("localAddress", func(c goja.FunctionCall) goja.Value {
		if s := stream(c); s != nil {
			return addrObject(vm, s.conn.LocalAddr())
		}
		return goja.Null()
	})
	set("remoteAddress", func(c goja.FunctionCall) goja.Value {
		if s := stream(c); s != nil {
			return addrObject(vm, s.conn.RemoteAddr())
		}
		return goja.Null()
	})
	set("bytes", func(c goja.FunctionCall) goja.Value {
		if s := stream(c); s != nil {
			return vm.NewArray(s.BytesRead.Load(), s.BytesWritten.Load())
		}
		return goja.Null()
	})
}

func (s *server) accept(r *runtime.Runtime) {
	for {
		conn, err := s.ln.Accept()
		if err != nil {
			select {
			case <-s.done:
				return
			default:
			}
			if ne, ok := err.(gonet.Error); ok && ne.Timeout() {
				continue
			}
			r.Loop.Post(func() {
				r.CallMethod(s.obj, "onerror", ErrorValue(r, err, "accept", "", 0))
			})
			return
		}
		r.Loop.Post(func() {
			select {
			case <-s.done:
				_ = conn.Close()
				return
			default:
			}
			var h *goja.Object
			if proto := reg(r).handleProto; proto != nil {
				h = r.VM.CreateObject(proto)
			} else {
				h = r.VM.NewObject()
			}
			st := NewStream(r, conn, h)
			_ = h.Set("id", st.ID)
			r.CallMethod(s.obj, "onconnection", h)
		})
	}
}

// addrObject is Node's { address, family, port } for a TCP address.
func addrObject(vm *goja.Runtime, a gonet.Addr) goja.Value {
	ta, ok := a.(*gonet.TCPAddr)
	if !ok {
		return vm.NewObject()
	}
	o := vm.NewObject()
	ip := ta.IP
	family := "IPv6"
	addr := ip.String()
	if ip4 := ip.To4(); ip4 != nil && len(ip) == gonet.IPv4len {
		family = "IPv4"
	} else if ip.To4() != nil && !ip.Equal(gonet.IPv4zero) {
		// IPv4 seen through a dual-stack socket: Node shows ::ffff:a.b.c.d
		addr = "::ffff:" + ip.To4().String()
	} else if ip.Equal(gonet.IPv4zero) || ip.IsUnspecified() {
		addr = "::"
	}
	_ = o.Set("address", addr)
	_ = o.Set("family", family)
	_ = o.Set("port", ta.Port)
	return o
}

// resolve looks a host up as Node's dns.lookup does (first address of the
// requested family; 0 = any, IPv4 first as Node 20's default "verbatim"
// order usually yields from /etc/hosts).
func resolve(host string, family int) (string, int, error) {
	if ip := gonet.ParseIP(host); ip != nil {
		if ip.To4() != nil {
			return ip.String(), 4, nil
		}
		return ip.String(), 6, nil
	}
	if host == "localhost" && family != 6 {
		return "127.0.0.1", 4, nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	ips, err := gonet.DefaultResolver.LookupIPAddr(ctx, host)
	if err != nil {
		return "", 0, err
	}
	for _, ip := range ips {
		if ip.IP.To4() != nil && family != 6 {
			return ip.IP.String(), 4, nil
		}
		if ip.IP.To4() == nil && family != 4 {
			return ip.IP.String(), 6, nil
		}
	}
	return "", 0, &gonet.DNSError{Err: "no such host", Name: host, IsNotFound: true}
}
