package net

import (
	"context"
	"errors"
	gonet "net"
	"strconv"
	"syscall"

	"github.com/dop251/goja"

	"handshake/runtime"
)

// ErrorValue builds Node's network error for err: "connect ECONNREFUSED
// 127.0.0.1:9" with errno, code, syscall, address and port, or
// "getaddrinfo ENOTFOUND host" for failed lookups. Loop goroutine only.
//
// An error that knows its own JavaScript form (a TLS alert read from a
// tls.Conn, say) provides it with JSError.
func ErrorValue(r *runtime.Runtime, err error, syscallName, address string, port int) *goja.Object {
	var own interface {
		JSError(r *runtime.Runtime) *goja.Object
	}
	if errors.As(err, &own) {
		return own.JSError(r)
	}
	var dnsErr *gonet.DNSError
	if errors.As(err, &dnsErr) {
		code, errno := "ENOTFOUND", -3008
		if dnsErr.IsTimeout {
			code, errno = "EAI_AGAIN", -3001
		}
		o := r.NewError("Error", "", "getaddrinfo "+code+" "+dnsErr.Name)
		_ = o.Set("errno", errno)
		_ = o.Set("code", code)
		_ = o.Set("syscall", "getaddrinfo")
		_ = o.Set("hostname", dnsErr.Name)
		return o
	}
	if errors.Is(err, context.DeadlineExceeded) {
		err = syscall.ETIMEDOUT
	}
	if errors.Is(err, errClosed) || errors.Is(err, gonet.ErrClosed) {
		err = syscall.EPIPE
	}
	code, _, errno := runtime.UVCode(err)
	msg := syscallName + " " + code
	if code == "UNKNOWN" {
		msg = syscallName + " " + err.Error()
	}
	if address != "" {
		msg += " " + address
		if port > 0 {
			msg += ":" + strconv.Itoa(port)
		}
	}
	o := r.NewError("Error", "", msg)
	_ = o.Set("errno", errno)
	_ = o.Set("code", code)
	_ = o.Set("syscall", syscallName)
	if address != "" {
		_ = o.Set("address", address)
		if port > 0 {
			_ = o.Set("port", port)
		}
	}
	return o
}

// listenError is Node's "listen EADDRINUSE: address already in use
// 127.0.0.1:8080", whose key order differs from connect errors.
func listenError(r *runtime.Runtime, err error, address string, port int) *goja.Object {
	code, desc, errno := runtime.UVCode(err)
	o := r.NewError("Error", "", "listen "+code+": "+desc+" "+address+":"+strconv.Itoa(port))
	_ = o.Set("code", code)
	_ = o.Set("errno", errno)
	_ = o.Set("syscall", "listen")
	_ = o.Set("address", address)
	_ = o.Set("port", port)
	return o
}
