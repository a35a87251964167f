package runtime

import (
	"errors"
	"io/fs"
	"os"
	"strings"
	"syscall"

	"github.com/dop251/goja"
)

// uvErrors maps errnos to libuv's code names and messages, which Node puts
// in err.code and err.message.
var uvErrors = map[syscall.Errno][2]string{
	syscall.EPERM:         {"EPERM", "operation not permitted"},
	syscall.ENOENT:        {"ENOENT", "no such file or directory"},
	syscall.ESRCH:         {"ESRCH", "no such process"},
	syscall.EINTR:         {"EINTR", "interrupted system call"},
	syscall.EIO:           {"EIO", "i/o error"},
	syscall.ENXIO:         {"ENXIO", "no such device or address"},
	syscall.E2BIG:         {"E2BIG", "argument list too long"},
	syscall.EBADF:         {"EBADF", "bad file descriptor"},
	syscall.EAGAIN:        {"EAGAIN", "resource temporarily unavailable"},
	syscall.ENOMEM:        {"ENOMEM", "not enough memory"},
	syscall.EACCES:        {"EACCES", "permission denied"},
	syscall.EFAULT:        {"EFAULT", "bad address in system call argument"},
	syscall.EBUSY:         {"EBUSY", "resource busy or locked"},
	syscall.EEXIST:        {"EEXIST", "file already exists"},
	syscall.EXDEV:         {"EXDEV", "cross-device link not permitted"},
	syscall.ENODEV:        {"ENODEV", "no such device"},
	syscall.ENOTDIR:       {"ENOTDIR", "not a directory"},
	syscall.EISDIR:        {"EISDIR", "illegal operation on a directory"},
	syscall.EINVAL:        {"EINVAL", "invalid argument"},
	syscall.ENFILE:        {"ENFILE", "file table overflow"},
	syscall.EMFILE:        {"EMFILE", "too many open files"},
	syscall.ENOTTY:        {"ENOTTY", "inappropriate ioctl for device"},
	syscall.ETXTBSY:       {"ETXTBSY", "text file is busy"},
	syscall.EFBIG:         {"EFBIG", "file too large"},
	syscall.ENOSPC:        {"ENOSPC", "no space left on device"},
	syscall.ESPIPE:        {"ESPIPE", "invalid seek"},
	syscall.EROFS:         {"EROFS", "read-only file system"},
	syscall.EMLINK:        {"EMLINK", "too many links"},
	syscall.EPIPE:         {"EPIPE", "broken pipe"},
	syscall.ERANGE:        {"ERANGE", "result too large"},
	syscall.ENAMETOOLONG:  {"ENAMETOOLONG", "name too long"},
	syscall.ENOSYS:        {"ENOSYS", "function not implemented"},
	syscall.ENOTEMPTY:     {"ENOTEMPTY", "directory not empty"},
	syscall.ELOOP:         {"ELOOP", "too many symbolic links encountered"},
	syscall.ENODATA:       {"ENODATA", "no data available"},
	syscall.EOVERFLOW:     {"EOVERFLOW", "value too large for defined data type"},
	syscall.EILSEQ:        {"EILSEQ", "illegal byte sequence"},
	syscall.ENOTSUP:       {"ENOTSUP", "operation not supported on socket"},
	syscall.ECANCELED:     {"ECANCELED", "operation canceled"},
	syscall.ENOTSOCK:      {"ENOTSOCK", "socket operation on non-socket"},
	syscall.ECONNRESET:    {"ECONNRESET", "connection reset by peer"},
	syscall.ETIMEDOUT:     {"ETIMEDOUT", "connection timed out"},
	syscall.ECONNREFUSED:  {"ECONNREFUSED", "connection refused"},
	syscall.ECONNABORTED:  {"ECONNABORTED", "software caused connection abort"},
	syscall.EADDRINUSE:    {"EADDRINUSE", "address already in use"},
	syscall.EADDRNOTAVAIL: {"EADDRNOTAVAIL", "address not available"},
	syscall.EHOSTUNREACH:  {"EHOSTUNREACH", "host is unreachable"},
	syscall.ENETUNREACH:   {"ENETUNREACH", "network is unreachable"},
	syscall.ENOTCONN:      {"ENOTCONN", "socket is not connected"},
}

// Errno extracts the errno behind a Go error, or 0.
func Errno(err error) syscall.Errno {
	var en syscall.Errno
	if errors.As(err, &en) {
		return en
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return syscall.ENOENT
	case errors.Is(err, fs.ErrExist):
		return syscall.EEXIST
	case errors.Is(err, fs.ErrPermission):
		return syscall.EACCES
	}
	return 0
}

// UVCode returns libuv's code ("ENOENT") and message for err; unknown errors
// give "UNKNOWN" and Go's text.
func UVCode(err error) (code, message string, errno int) {
	en := Errno(err)
	if e, ok := uvErrors[en]; ok {
		return e[0], e[1], -int(en)
	}
	if en != 0 {
		return "UNKNOWN", en.Error(), -int(en)
	}
	return "UNKNOWN", "unknown error", -4094
}

// UVName returns libuv's code ("ENOENT") and description ("no such file or
// directory") for an errno; ok is false for one libuv has no name for.
func UVName(en syscall.Errno) (code, desc string, ok bool) {
	e, ok := uvErrors[en]
	return e[0], e[1], ok
}

func errnoMessage(err error) string {
	_, m, _ := UVCode(err)
	return m
}

// NewSystemError builds Node's fs-style system error:
// "ENOENT: no such file or directory, open 'x'" with errno, code, syscall
// and path properties.
func (r *Runtime) NewSystemError(err error, syscallName, path string) *goja.Object {
	code, msg, errno := UVCode(err)
	text := code + ": " + msg + ", " + syscallName
	if path != "" {
		text += " '" + path + "'"
	}
	o := r.NewError("Error", "", text)
	_ = o.Set("errno", errno)
	_ = o.Set("code", code)
	_ = o.Set("syscall", syscallName)
	if path != "" {
		_ = o.Set("path", path)
	}
	return o
}

// Received formats the " Received …" tail of Node's ERR_INVALID_ARG_TYPE
// messages.
func Received(vm *goja.Runtime, v goja.Value) string {
	if v == nil || goja.IsUndefined(v) {
		return " Received undefined"
	}
	if goja.IsNull(v) {
		return " Received null"
	}
	if o, ok := v.(*goja.Object); ok {
		if _, isFn := goja.AssertFunction(v); isFn {
			name := o.Get("name")
			if name == nil || name.String() == "" {
				return " Received function "
			}
			return " Received function " + name.String()
		}
		if c, ok := o.Get("constructor").(*goja.Object); ok {
			if n := c.Get("name"); n != nil && n.String() != "" {
				return " Received an instance of " + n.String()
			}
		}
		return " Received [object Object]"
	}
	t := typeOf(v)
	s := v.String()
	if t == "string" {
		if len(s) > 28 {
			s = s[:25] + "..."
		}
		s = "'" + s + "'"
	} else if t == "bigint" {
		s += "n"
	}
	return " Received type " + t + " (" + s + ")"
}

func typeOf(v goja.Value) string {
	switch v.ExportType().Kind().String() {
	case "string":
		return "string"
	case "bool":
		return "boolean"
	case "int64", "float64":
		return "number"
	}
	if strings.HasPrefix(v.ExportType().String(), "*big.Int") {
		return "bigint"
	}
	if _, ok := v.Export().(goja.Value); ok {
		return "symbol"
	}
	return "object"
}

var _ = os.ErrNotExist
