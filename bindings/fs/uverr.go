package fs

import (
	"errors"
	"strings"
	"syscall"

	"github.com/dop251/goja"

	"handshake/runtime"
)

// uvNames maps Linux errnos to libuv's code and description, the text Node
// puts in fs error messages ("ENOENT: no such file or directory, open 'x'").
var uvNames = map[syscall.Errno][2]string{
	syscall.EPERM:        {"EPERM", "operation not permitted"},
	syscall.ENOENT:       {"ENOENT", "no such file or directory"},
	syscall.ESRCH:        {"ESRCH", "no such process"},
	syscall.EINTR:        {"EINTR", "interrupted system call"},
	syscall.EIO:          {"EIO", "i/o error"},
	syscall.ENXIO:        {"ENXIO", "no such device or address"},
	syscall.E2BIG:        {"E2BIG", "argument list too long"},
	syscall.EBADF:        {"EBADF", "bad file descriptor"},
	syscall.EAGAIN:       {"EAGAIN", "resource temporarily unavailable"},
	syscall.ENOMEM:       {"ENOMEM", "not enough memory"},
	syscall.EACCES:       {"EACCES", "permission denied"},
	syscall.EFAULT:       {"EFAULT", "bad address in system call argument"},
	syscall.EBUSY:        {"EBUSY", "resource busy or locked"},
	syscall.EEXIST:       {"EEXIST", "file already exists"},
	syscall.EXDEV:        {"EXDEV", "cross-device link not permitted"},
	syscall.ENODEV:       {"ENODEV", "no such device"},
	syscall.ENOTDIR:      {"ENOTDIR", "not a directory"},
	syscall.EISDIR:       {"EISDIR", "illegal operation on a directory"},
	syscall.EINVAL:       {"EINVAL", "invalid argument"},
	syscall.ENFILE:       {"ENFILE", "file table overflow"},
	syscall.EMFILE:       {"EMFILE", "too many open files"},
	syscall.ENOTTY:       {"ENOTTY", "inappropriate ioctl for device"},
	syscall.ETXTBSY:      {"ETXTBSY", "text file is busy"},
	syscall.EFBIG:        {"EFBIG", "file too large"},
	syscall.ENOSPC:       {"ENOSPC", "no space left on device"},
	syscall.ESPIPE:       {"ESPIPE", "invalid seek"},
	syscall.EROFS:        {"EROFS", "read-only file system"},
	syscall.EMLINK:       {"EMLINK", "too many links"},
	syscall.EPIPE:        {"EPIPE", "broken pipe"},
	syscall.ERANGE:       {"ERANGE", "result too large"},
	syscall.ENAMETOOLONG: {"ENAMETOOLONG", "name too long"},
	syscall.ENOSYS:       {"ENOSYS", "function not implemented"},
	syscall.ENOTEMPTY:    {"ENOTEMPTY", "directory not empty"},
	syscall.ELOOP:        {"ELOOP", "too many symbolic links encountered"},
	syscall.ENODATA:      {"ENODATA", "no data available"},
	syscall.EOVERFLOW:    {"EOVERFLOW", "value too large for defined data type"},
	syscall.EILSEQ:       {"EILSEQ", "illegal byte sequence"},
	syscall.ENOTSUP:      {"ENOTSUP", "operation not supported on socket"},
	syscall.ECANCELED:    {"ECANCELED", "operation canceled"},
	syscall.ENOTSOCK:     {"ENOTSOCK", "socket operation on non-socket"},
	syscall.ECONNRESET:   {"ECONNRESET", "connection reset by peer"},
	syscall.ETIMEDOUT:    {"ETIMEDOUT", "connection timed out"},
}

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
	if n, ok := uvNames[en]; ok {
		return n[0], n[1]
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
