package net

import (
	"encoding/binary"
	"os"
	"sync"
	"sync/atomic"
	"syscall"
	"unsafe"
)

// The idle poller: a read pump that finds nothing to read does not park its
// goroutine in Go's netpoller (a goroutine stack of 4 KiB or more per idle
// connection: the pumps' stacks grow past 2 KiB on the read path and never
// use little enough of 4 KiB to be shrunk back). It registers the socket in
// one shared epoll instance and returns; when the socket becomes readable
// (data, EOF or an error) the poller starts a fresh pump for it. This is
// libuv's shape: one poller for every idle connection. The poller's own
// goroutine waits on the epoll descriptor through Go's netpoller (an epoll
// descriptor is itself pollable), so it holds no thread while idle, and it
// exits when no pump is parked.
//
// Ownership: while Stream.parked is true no goroutine runs the stream's
// pump. Whoever turns parked from true to false (under Stream.mu) owns the
// pump from then on: the poller (which starts a pump), Detach (which hands
// the connection over), Close, or the parking pump itself when arming
// failed. An event that finds parked false is stale and ignored; a pump
// started by an event that did not mean data (a stale one-shot arming)
// finds nothing to read and parks again.

type poller struct {
	epfd int
	file *os.File // epfd, for Go's netpoller
	rc   syscall.RawConn
	evfd int // eventfd that wakes the poller to see whether to exit

	mu      sync.Mutex
	parked  map[uint64]*Stream // by poll token, only streams parked now
	running bool               // the poller goroutine runs
	events  []syscall.EpollEvent
}

var (
	thePoller     *poller
	thePollerOnce sync.Once
	pollTokens    atomic.Uint64 // token 0 is the wake eventfd
)

// sharedPoller returns the process's idle poller, nil where epoll is not
// available (the pumps then wait on their own goroutines).
func sharedPoller() *poller {
	thePollerOnce.Do(func() {
		epfd, err := syscall.EpollCreate1(syscall.EPOLL_CLOEXEC)
		if err != nil {
			return
		}
		if err := syscall.SetNonblock(epfd, true); err != nil {
			syscall.Close(epfd)
			return
		}
		r1, _, errno := syscall.Syscall(syscall.SYS_EVENTFD2, 0, syscall.O_CLOEXEC|syscall.O_NONBLOCK, 0)
		if errno != 0 {
			syscall.Close(epfd)
			return
		}
		evfd := int(r1)
		ev := syscall.EpollEvent{Events: syscall.EPOLLIN}
		if err := syscall.EpollCtl(epfd, syscall.EPOLL_CTL_ADD, evfd, &ev); err != nil {
			syscall.Close(epfd)
			syscall.Close(evfd)
			return
		}
		f := os.NewFile(uintptr(epfd), "epoll")
		rc, err := f.SyscallConn()
		if err != nil {
			f.Close()
			syscall.Close(evfd)
			return
		}
		thePoller = &poller{epfd: epfd, file: f, rc: rc, evfd: evfd,
			parked: map[uint64]*Stream{}, events: make([]syscall.EpollEvent, 128)}
	})
	return thePoller
}

// park registers the stream's socket (rc) to start a pump when it becomes
// readable and reports true: the calling pump goroutine must return. It
// reports false when the caller must keep waiting itself (no poller, the
// stream is closing, being detached, or not reading).
func (s *Stream) park(rc syscall.RawConn) bool {
	p := sharedPoller()
	if p == nil || rc == nil {
		return false
	}
	s.mu.Lock()
	if s.detaching || !s.reading || s.closed.Load() {
		s.mu.Unlock()
		return false
	}
	if s.pollToken == 0 {
		s.pollToken = pollTokens.Add(1)
	}
	tok := s.pollToken
	s.parked = true
	s.mu.Unlock()

	p.mu.Lock()
	p.parked[tok] = s
	start := !p.running
	p.running = true
	p.mu.Unlock()
	if start {
		go p.run()
	}

	armed := false
	_ = rc.Control(func(fd uintptr) {
		ev := syscall.EpollEvent{Events: syscall.EPOLLIN | syscall.EPOLLRDHUP | syscall.EPOLLONESHOT}
		binary.NativeEndian.PutUint64((*[8]byte)(pollData(&ev))[:], tok)
		err := syscall.EpollCtl(p.epfd, syscall.EPOLL_CTL_MOD, int(fd), &ev)
		if err == syscall.ENOENT {
			err = syscall.EpollCtl(p.epfd, syscall.EPOLL_CTL_ADD, int(fd), &ev)
		}
		armed = err == nil
	})
	if armed {
		return true
	}
	// not armed (the socket closed under us): take the pump back, unless
	// someone else already did
	if !s.unpark() {
		return true
	}
	return false
}

// unpark takes the pump of a parked stream (see the ownership rule above)
// and reports whether it was parked.
func (s *Stream) unpark() bool {
	s.mu.Lock()
	was := s.parked
	s.parked = false
	tok := s.pollToken
	s.mu.Unlock()
	if was {
		thePoller.forget(tok)
	}
	return was
}

// forget drops a token whose stream is no longer parked, and wakes the
// poller to exit when none is left.
func (p *poller) forget(tok uint64) {
	p.mu.Lock()
	delete(p.parked, tok)
	wake := len(p.parked) == 0 && p.running
	p.mu.Unlock()
	if wake {
		var one [8]byte
		binary.NativeEndian.PutUint64(one[:], 1)
		_, _ = syscall.Write(p.evfd, one[:])
	}
}

// run waits for parked sockets to become readable and starts their pumps;
// it returns when no stream is parked.
func (p *poller) run() {
	for {
		var woke []*Stream
		exit := false
		_ = p.rc.Read(func(uintptr) bool {
			n, err := syscall.EpollWait(p.epfd, p.events, 0)
			if err != nil || n <= 0 {
				p.mu.Lock()
				if len(p.parked) == 0 {
					p.running = false
					exit = true
				}
				p.mu.Unlock()
				return exit
			}
			p.mu.Lock()
			for _, ev := range p.events[:n] {
				tok := binary.NativeEndian.Uint64((*[8]byte)(pollData(&ev))[:])
				if tok == 0 {
					var b [8]byte
					_, _ = syscall.Read(p.evfd, b[:])
					continue
				}
				if s := p.parked[tok]; s != nil {
					delete(p.parked, tok)
					woke = append(woke, s)
				}
			}
			p.mu.Unlock()
			return true
		})
		for _, s := range woke {
			s.mu.Lock()
			mine := s.parked
			s.parked = false
			s.mu.Unlock()
			if mine {
				go s.pump()
			}
		}
		if exit {
			return
		}
	}
}

// pollData is where an epoll event keeps its 64 bits of user data.
func pollData(ev *syscall.EpollEvent) unsafe.Pointer { return unsafe.Pointer(&ev.Fd) }
