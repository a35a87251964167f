package net

import (
	"io"
	gonet "net"
	"os"
	"sync"
	"sync/atomic"
	"syscall"
	"unsafe"
)

// NBConn is a TCP connection whose writes never block the caller, as
// libuv's are for Node: what the kernel takes at once goes out at once,
// the rest waits in a buffer that a goroutine flushes. TLS connections sit
// on one, so a tls.Conn can encrypt and write on the loop goroutine and a
// write completes synchronously when nothing had to wait — Node's
// ordering of write callbacks, and no goroutine hop per write.
type NBConn struct {
	*gonet.TCPConn
	rc syscall.RawConn

	// nonblockRead makes Read return ErrWouldBlock instead of waiting
	// (set once the handshake is over: the stream's pump then waits for
	// readability itself, holding no read buffer while idle).
	nonblockRead atomic.Bool
	// the non-blocking read's arguments and results, and its callback made
	// once (Read runs on one goroutine at a time: crypto/tls's read lock)
	rbuf  []byte
	rn    int
	rerr  error
	rfunc func(fd uintptr) bool
	wait  func(fd uintptr) bool

	mu       sync.Mutex
	pending  []byte
	flushing bool
	err      error
	drained  []func(error) // run on the flusher once pending is empty
}

// NewNBConn wraps c.
func NewNBConn(c *gonet.TCPConn) (*NBConn, error) {
	rc, err := c.SyscallConn()
	if err != nil {
		return nil, err
	}
	return &NBConn{TCPConn: c, rc: rc}, nil
}

// Write never blocks: it reports len(p) written once the bytes are either
// in the kernel or queued behind earlier ones. A failed flush is reported
// by the next Write.
func (c *NBConn) Write(p []byte) (int, error) {
	c.mu.Lock()
	if c.err != nil {
		err := c.err
		c.mu.Unlock()
		return 0, err
	}
	if len(c.pending) > 0 || c.flushing {
		c.pending = append(c.pending, p...)
		c.mu.Unlock()
		return len(p), nil
	}
	c.mu.Unlock()
	n := 0
	var werr error
	_ = c.rc.Write(func(fd uintptr) bool {
		for n < len(p) {
			m, err := syscall.Write(int(fd), p[n:])
			if m > 0 {
				n += m
			}
			if err == syscall.EINTR {
				continue
			}
			if err != nil && err != syscall.EAGAIN {
				werr = err
			}
			if err != nil || m <= 0 {
				break
			}
		}
		return true
	})
	if werr != nil {
		return n, &gonet.OpError{Op: "write", Net: "tcp", Source: c.LocalAddr(), Addr: c.RemoteAddr(), Err: werr}
	}
	if n == len(p) {
		return n, nil
	}
	c.mu.Lock()
	c.pending = append(c.pending, p[n:]...)
	if !c.flushing {
		c.flushing = true
		go c.flush()
	}
	c.mu.Unlock()
	return len(p), nil
}

// Pending is how many bytes wait for the kernel.
func (c *NBConn) Pending() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.pending)
}

// OnDrained arranges for fn to run (on the flusher goroutine) once every
// byte written so far is in the kernel, with the flush error if any. It
// reports false, and does not keep fn, when nothing is pending.
func (c *NBConn) OnDrained(fn func(error)) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.pending) == 0 && !c.flushing {
		return false
	}
	c.drained = append(c.drained, fn)
	return true
}

func (c *NBConn) flush() {
	for {
		c.mu.Lock()
		chunk := c.pending
		c.pending = nil
		if len(chunk) == 0 {
			c.flushing = false
			fns := c.drained
			c.drained = nil
			c.mu.Unlock()
			for _, fn := range fns {
				fn(nil)
			}
			return
		}
		c.mu.Unlock()
		if _, err := c.TCPConn.Write(chunk); err != nil {
			c.mu.Lock()
			c.err = err
			c.pending = nil
			c.flushing = false
			fns := c.drained
			c.drained = nil
			c.mu.Unlock()
			for _, fn := range fns {
				fn(err)
			}
			return
		}
	}
}

// CloseWrite half-closes once the pending bytes are out. It blocks, so it
// runs on the stream's writer goroutine, never on the loop.
func (c *NBConn) CloseWrite() error {
	done := make(chan error, 1)
	if c.OnDrained(func(err error) { done <- err }) {
		if err := <-done; err != nil {
			return err
		}
	}
	return c.TCPConn.CloseWrite()
}

// ErrWouldBlock is what a non-blocking Read returns when the kernel has no
// data: a temporary net.Error, which crypto/tls treats as retryable (the
// record read so far stays buffered).
var ErrWouldBlock error = wouldBlockError{}

type wouldBlockError struct{}

func (wouldBlockError) Error() string   { return "read would block" }
func (wouldBlockError) Timeout() bool   { return true }
func (wouldBlockError) Temporary() bool { return true }

// SetNonBlockingRead switches Read between waiting for data (the
// handshake's reads) and returning ErrWouldBlock.
func (c *NBConn) SetNonBlockingRead(on bool) { c.nonblockRead.Store(on) }

// Read reads what the kernel has; without data it waits, or returns
// ErrWouldBlock in non-blocking mode.
func (c *NBConn) Read(p []byte) (int, error) {
	if !c.nonblockRead.Load() || len(p) == 0 {
		return c.TCPConn.Read(p)
	}
	if c.rfunc == nil {
		c.rfunc = c.readNow
	}
	c.rbuf, c.rn, c.rerr = p, 0, nil
	err := c.rc.Read(c.rfunc)
	n, rerr := c.rn, c.rerr
	c.rbuf, c.rerr = nil, nil
	if err != nil {
		return 0, &gonet.OpError{Op: "read", Net: "tcp", Source: c.LocalAddr(), Addr: c.RemoteAddr(), Err: err}
	}
	if rerr != nil && rerr != ErrWouldBlock && rerr != io.EOF {
		return n, &gonet.OpError{Op: "read", Net: "tcp", Source: c.LocalAddr(), Addr: c.RemoteAddr(), Err: os.NewSyscallError("read", rerr)}
	}
	return n, rerr
}

// readNow is Read's RawConn callback: one read of what the kernel has.
func (c *NBConn) readNow(fd uintptr) bool {
	for {
		m, err := syscall.Read(int(fd), c.rbuf)
		if err == syscall.EINTR {
			continue
		}
		if err == syscall.EAGAIN {
			c.rerr = ErrWouldBlock
		} else if err != nil {
			c.rerr = err
		} else if m == 0 {
			c.rerr = io.EOF
		}
		if m > 0 {
			c.rn = m
		}
		return true
	}
}

// WaitReadable waits until a Read would not block (data, EOF or an error),
// without reading. One goroutine (the stream's pump) calls it.
func (c *NBConn) WaitReadable() error {
	if c.wait == nil {
		c.wait = peekReadable
	}
	return c.rc.Read(c.wait)
}

// waitReadable parks until the socket has something to read, peeking at
// it so no read buffer is held while the connection is idle.
func waitReadable(rc syscall.RawConn) error { return rc.Read(peekReadable) }

// peekByte is where peekReadable's MSG_PEEK copies a byte no one reads.
var peekByte [1]byte

// peekReadable is a RawConn read callback that reports whether the socket
// has data, EOF or an error pending, without consuming anything.
func peekReadable(fd uintptr) bool {
	for {
		_, _, errno := syscall.Syscall6(syscall.SYS_RECVFROM, fd, uintptr(unsafe.Pointer(&peekByte[0])), 1,
			syscall.MSG_PEEK|syscall.MSG_DONTWAIT, 0, 0)
		if errno == syscall.EINTR {
			continue
		}
		return errno != syscall.EAGAIN
	}
}

// readableNow reports whether the socket has data, EOF or an error pending,
// without waiting (false when it cannot tell).
func readableNow(rc syscall.RawConn) bool {
	ok := false
	if rc == nil || rc.Control(func(fd uintptr) { ok = peekReadable(fd) }) != nil {
		return false
	}
	return ok
}
