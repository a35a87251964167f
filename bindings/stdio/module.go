// Package stdio implements Node's `internal/stdio` module: process.stdout,
// process.stderr and process.stdin as streams over the runtime's standard
// streams. Writes are synchronous Go writes (as Node's stdout/stderr are
// for files, pipes and terminals on Linux); stdin is read by a goroutine
// while the stream wants data, and keeps the process alive only then.
package stdio

import (
	_ "embed"
	"errors"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"

	"handshake/runtime"
)

//go:embed stdio.js
var source string

// Modules are the core modules this package provides.
var Modules = []runtime.Module{
	{Name: "internal/stdio", Source: source, Binding: binding},
}

func init() {
	// Node ignores SIGPIPE: writing to a closed stdout pipe fails with
	// EPIPE (an 'error' event) instead of killing the process.
	signal.Ignore(syscall.SIGPIPE)
}

// readSize is how much one stdin read asks for (libuv reads 64 KiB).
const readSize = 64 * 1024

func binding(r *runtime.Runtime, o *goja.Object) {
	vm := r.VM
	set := func(name string, fn func(goja.FunctionCall) goja.Value) { _ = o.Set(name, fn) }

	// guessHandleType(fd) is "TTY", "FILE", "PIPE" or "UNKNOWN", as libuv's
	// uv_guess_handle answers (character devices other than terminals
	// count as files).
	set("guessHandleType", func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(guessHandleType(r, int(c.Argument(0).ToInteger())))
	})

	// writeSync(fd, data, fsStyle) writes a string (UTF-8) or bytes to
	// stdout (1) or stderr (2) before returning. A failure throws Node's fs
	// error when fsStyle is set (as fs.writeSync would), and otherwise
	// returns the negative errno for a stream error ("write EPIPE").
	set("writeSync", func(c goja.FunctionCall) goja.Value {
		w := r.Stdout()
		if c.Argument(0).ToInteger() == 2 {
			w = r.Stderr()
		}
		data := runtime.BytesOf(vm, c.Argument(1))
		if _, err := w.Write(data); err != nil {
			if c.Argument(2).ToBoolean() {
				panic(r.NewSystemError(err, "write", ""))
			}
			_, _, errno := runtime.UVCode(err)
			return vm.ToValue(errno)
		}
		return goja.Undefined()
	})

	// windowSize(fd) is [columns, rows] of a terminal, or undefined.
	set("windowSize", func(c goja.FunctionCall) goja.Value {
		f := fileOf(r, int(c.Argument(0).ToInteger()))
		if f == nil {
			return goja.Undefined()
		}
		ws, err := unix.IoctlGetWinsize(int(f.Fd()), unix.TIOCGWINSZ)
		if err != nil {
			return goja.Undefined()
		}
		return vm.NewArray(int(ws.Col), int(ws.Row))
	})

	// setRawMode(flag) switches a terminal stdin in or out of raw mode.
	var saved *unix.Termios
	set("setRawMode", func(c goja.FunctionCall) goja.Value {
		f := fileOf(r, 0)
		if f == nil {
			return vm.ToValue(false)
		}
		fd := int(f.Fd())
		if c.Argument(0).ToBoolean() {
			t, err := unix.IoctlGetTermios(fd, unix.TCGETS)
			if err != nil {
				return vm.ToValue(false)
			}
			if saved == nil {
				old := *t
				saved = &old
			}
			raw := *t
			raw.Iflag &^= unix.IGNBRK | unix.BRKINT | unix.PARMRK | unix.ISTRIP | unix.INLCR | unix.IGNCR | unix.ICRNL | unix.IXON
			raw.Oflag |= unix.OPOST
			raw.Lflag &^= unix.ECHO | unix.ECHONL | unix.ICANON | unix.ISIG | unix.IEXTEN
			raw.Cflag &^= unix.CSIZE | unix.PARENB
			raw.Cflag |= unix.CS8
			raw.Cc[unix.VMIN] = 1
			raw.Cc[unix.VTIME] = 0
			return vm.ToValue(unix.IoctlSetTermios(fd, unix.TCSETS, &raw) == nil)
		}
		if saved != nil {
			_ = unix.IoctlSetTermios(fd, unix.TCSETS, saved)
		}
		return vm.ToValue(true)
	})

	in := &stdin{r: r, src: r.Stdin()}
	// stdinStart(onread) starts (or resumes) reading; onread(bytes) gets
	// each chunk as an ArrayBuffer, onread(null) the end, and
	// onread(undefined, err) a failure.
	set("stdinStart", func(c goja.FunctionCall) goja.Value {
		in.onread = c.Argument(0)
		in.start()
		return goja.Undefined()
	})
	// stdinStop stops asking for data and lets the process exit.
	set("stdinStop", func(goja.FunctionCall) goja.Value {
		in.stop()
		return goja.Undefined()
	})
	// stdinRef(flag) makes reading keep the process alive (the default) or
	// not (socket.unref()).
	set("stdinRef", func(c goja.FunctionCall) goja.Value {
		in.setRef(c.Argument(0).ToBoolean())
		return goja.Undefined()
	})
	// stdinClose releases stdin for good.
	set("stdinClose", func(goja.FunctionCall) goja.Value {
		in.close()
		return goja.Undefined()
	})
}

// fileOf returns the *os.File behind fd 0, 1 or 2, when it is one.
func fileOf(r *runtime.Runtime, fd int) *os.File {
	var v any
	switch fd {
	case 0:
		v = r.Stdin()
	case 1:
		v = r.Stdout()
	case 2:
		v = r.Stderr()
	}
	f, _ := v.(*os.File)
	return f
}

func guessHandleType(r *runtime.Runtime, fd int) string {
	f := fileOf(r, fd)
	if f == nil {
		if fd == 0 || fd == 1 || fd == 2 {
			return "PIPE"
		}
		return "UNKNOWN"
	}
	if _, err := unix.IoctlGetTermios(int(f.Fd()), unix.TCGETS); err == nil {
		return "TTY"
	}
	st, err := f.Stat()
	if err != nil {
		return "UNKNOWN"
	}
	m := st.Mode()
	switch {
	case m.IsRegular(), m&os.ModeCharDevice != 0, m&os.ModeDevice != 0:
		return "FILE"
	case m&os.ModeNamedPipe != 0, m&os.ModeSocket != 0:
		return "PIPE"
	}
	return "UNKNOWN"
}

// stdin reads the runtime's standard input one chunk at a time while
// JavaScript wants data. Its fields are touched on the loop goroutine only;
// the reading goroutine sees just src and its own buffer.
type stdin struct {
	r        *runtime.Runtime
	src      io.Reader
	onread   goja.Value
	handle   *runtime.Handle // ref'd while reading
	reading  bool
	inflight bool
	done     bool
	unrefed  bool
}

func (s *stdin) start() {
	if s.done {
		return
	}
	s.reading = true
	if s.handle == nil {
		s.handle = s.r.Loop.NewHandle()
	}
	if s.unrefed {
		s.handle.Unref()
	} else {
		s.handle.Ref()
	}
	s.readMore()
}

func (s *stdin) readMore() {
	if s.inflight || s.done || !s.reading {
		return
	}
	s.inflight = true
	src := s.src
	go func() {
		buf := make([]byte, readSize)
		n, err := src.Read(buf)
		data := buf[:n]
		s.r.Loop.Post(func() { s.deliver(data, err) })
	}()
}

func (s *stdin) deliver(data []byte, err error) {
	s.inflight = false
	if s.done || s.r.Exiting() {
		return
	}
	vm := s.r.VM
	if len(data) > 0 {
		s.r.Call(s.onread, goja.Undefined(), vm.ToValue(vm.NewArrayBuffer(data)))
	}
	if err != nil {
		s.finish()
		if errors.Is(err, io.EOF) {
			s.r.Call(s.onread, goja.Undefined(), goja.Null())
		} else {
			e := s.r.NewSystemError(err, "read", "")
			s.r.Call(s.onread, goja.Undefined(), goja.Undefined(), e)
		}
		return
	}
	s.readMore()
}

func (s *stdin) setRef(ref bool) {
	s.unrefed = !ref
	if s.handle == nil || !s.reading {
		return
	}
	if ref {
		s.handle.Ref()
	} else {
		s.handle.Unref()
	}
}

func (s *stdin) stop() {
	s.reading = false
	if s.handle != nil {
		s.handle.Unref()
	}
}

func (s *stdin) finish() {
	s.done = true
	s.reading = false
	if s.handle != nil {
		s.handle.Close()
	}
}

func (s *stdin) close() {
	s.finish()
}
