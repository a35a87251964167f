package fs

import (
	"errors"
	"strings"
	"syscall"

	"github.com/dop251/goja"

	"handshake/runtime"
)

// uvError is a failed file system call: the errno and what Node names in
// the message (syscall, path, dest).
type uvError struct {
	errno   syscall.Errno
	syscall string
	path    string
	dest    string
	hasPath bool
	hasDest bool
}

func (e *uvError) Error() string { return e.message() }

// codeOf returns libuv's code and description for an errno.
func codeOf(en syscall.Errno) (string, string) {
	if code, desc, ok := runtime.UVName(en); ok {
		return code, desc
	}
	return "UNKNOWN", "unknown error"
}

func (e *uvError) message() string {
	code, desc := codeOf(e.errno)
	m := code + ": " + desc + ", " + e.syscall
	if e.hasPath {
		m += " '" + e.path + "'"
	}
	if e.hasDest {
		m += " -> '" + e.dest + "'"
	}
	return m
}

// errnoOf extracts the errno from a Go error (EIO when unknown).
func errnoOf(err error) syscall.Errno {
	var ue *uvError
	if errors.As(err, &ue) {
		return ue.errno
	}
	if en := runtime.Errno(err); en != 0 {
		return en
	}
	return syscall.EIO
}

// fail wraps err as a uvError for syscall on path (and dest when given).
func fail(err error, sys string, paths ...string) error {
	if err == nil {
		return nil
	}
	var ue *uvError
	if errors.As(err, &ue) {
		return ue
	}
	e := &uvError{errno: errnoOf(err), syscall: sys}
	if len(paths) > 0 {
		e.path, e.hasPath = paths[0], true
	}
	if len(paths) > 1 {
		e.dest, e.hasDest = paths[1], true
	}
	return e
}

// toJS builds Node's error object for e: an Error whose message is the
// libuv text, with errno, code, syscall, path and dest in Node's order.
// Built from Go with no JavaScript on the stack (async completions) its
// stack is the message alone, as Node's are.
//
// Node's writeSync still builds its error in JavaScript from a context
// object, which puts syscall before code; sync says the error is thrown
// synchronously.
func toJS(r *runtime.Runtime, err error, sync bool) *goja.Object {
	var ue *uvError
	if !errors.As(err, &ue) {
		ue = &uvError{errno: errnoOf(err), syscall: "unknown"}
	}
	code, _ := codeOf(ue.errno)
	o, e := r.VM.New(r.VM.Get("Error"), r.VM.ToValue(ue.message()))
	if e != nil {
		return r.VM.NewGoError(err)
	}
	if st := o.Get("stack"); st != nil && strings.HasSuffix(st.String(), "\n") {
		// no JavaScript frames: the stack is the header alone, as in Node
		_ = o.DefineDataProperty("stack", r.VM.ToValue(strings.TrimRight(st.String(), "\n")),
			goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	_ = o.Set("errno", -int(ue.errno))
	if (sync && ue.syscall == "write") || ue.syscall == "watch" {
		_ = o.Set("syscall", ue.syscall)
		_ = o.Set("code", code)
	} else {
		_ = o.Set("code", code)
		_ = o.Set("syscall", ue.syscall)
	}
	if ue.hasPath {
		_ = o.Set("path", ue.path)
	}
	if ue.hasDest {
		_ = o.Set("dest", ue.dest)
	}
	return o
}
