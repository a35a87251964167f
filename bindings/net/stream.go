package net

import (
	"errors"
	"io"
	gonet "net"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/dop251/goja"

	"handshake/bindings/buffer"
	"handshake/runtime"
)

// Stream is one connection as the JavaScript socket sees it: a net.Conn
// (plain TCP, or the tls.Conn that replaced it), a read pump that honours
// readStart/readStop, and a writer goroutine that keeps writes in order
// without ever blocking the loop. It is Node's StreamBase/LibuvStreamWrap.
//
// Fields marked (loop) are touched only on the loop goroutine.
type Stream struct {
	ID   int64
	r    *runtime.Runtime
	conn gonet.Conn

	handle *runtime.Handle // (loop) keeps the loop alive while open and ref'd
	obj    *goja.Object    // (loop) the JS handle object: onread, onwrite, …

	mu      sync.Mutex
	reading bool // pump may read
	// wake nudges the pump: reading was wanted again (ReadStart), Detach
	// wants the connection, or the loop took the last chunk and the pump
	// may read on. One channel for all three: each is only a reason to
	// look at the state again (a paused pump re-checks reading; a pump
	// let on early reads what the kernel has, as it would a moment later).
	wake      chan struct{}
	pumping   bool          // pump goroutine started
	detaching bool          // Detach asked the pump to hand over
	held      []byte        // bytes the pump read while detaching
	detached  chan struct{} // closed by the pump when it has handed over
	paused    bool          // reads wanted but held until Attach (TLS handshake)
	writeHold chan struct{} // non-nil while detached: writes wait for Attach
	nb        *NBConn       // (loop) the non-blocking TCP conn under a TLS conn
	eof       bool          // (loop) EOF delivered: the read side is over
	inflight  int           // (loop) write/shutdown requests whose onwrite is to come
	parked    bool          // the pump waits in the idle poller (no goroutine)
	pollToken uint64        // the stream's key in the idle poller, once parked

	wmu     sync.Mutex
	wq      []writeReq // queued writes, in order
	writing bool       // a drain goroutine is running
	closed  atomic.Bool
	done    chan struct{}

	// BytesRead and BytesWritten count payload bytes.
	BytesRead, BytesWritten atomic.Int64
}

type writeReq struct {
	data     []byte
	shutdown bool
	reqID    int64
}

// registry is one runtime's open streams by id.
type registry struct {
	r       *runtime.Runtime
	next    int64
	streams map[int64]*Stream
	servers map[int64]*server
	// handleProto is the prototype of the handle objects made for accepted
	// connections (net.js's, with the shared onread/onwrite/onerror), so a
	// handle holds only its own id and owner.
	handleProto *goja.Object
}

var registries sync.Map // *runtime.Runtime -> *registry

func reg(r *runtime.Runtime) *registry {
	if v, ok := registries.Load(r); ok {
		return v.(*registry)
	}
	g := &registry{r: r, streams: map[int64]*Stream{}, servers: map[int64]*server{}}
	v, _ := registries.LoadOrStore(r, g)
	return v.(*registry)
}

// NewStream registers conn as a stream for obj (loop goroutine only). The
// stream holds a ref on the loop until closed.
func NewStream(r *runtime.Runtime, conn gonet.Conn, obj *goja.Object) *Stream {
	g := reg(r)
	g.next++
	s := &Stream{
		ID:     g.next,
		r:      r,
		conn:   conn,
		handle: r.Loop.NewHandle(),
		obj:    obj,
		wake:   make(chan struct{}, 1),
		done:   make(chan struct{}),
	}
	g.streams[s.ID] = s
	return s
}

// Lookup returns the stream with the id, or nil (loop goroutine only).
func Lookup(r *runtime.Runtime, id int64) *Stream {
	return reg(r).streams[id]
}

// Conn is the stream's current connection.
func (s *Stream) Conn() gonet.Conn { return s.conn }

// Object is the JS handle object (loop goroutine only).
func (s *Stream) Object() *goja.Object { return s.obj }

// Replace swaps the connection (a TLS upgrade). The pump must not be
// running: callers upgrade before the first readStart, or after readStop
// has been observed.
func (s *Stream) Replace(c gonet.Conn) { s.conn = c }

// Handle is the stream's loop handle (ref/unref).
func (s *Stream) Handle() *runtime.Handle { return s.handle }

// ReadStart lets the pump read and deliver chunks to obj.onread. While the
// stream is detached (a TLS handshake owns the connection) the wish is
// recorded and honoured by Attach.
func (s *Stream) ReadStart() {
	s.mu.Lock()
	s.reading = true
	if s.paused {
		s.mu.Unlock()
		return
	}
	start := !s.pumping
	s.pumping = true
	s.mu.Unlock()
	if start {
		go s.pump()
	} else {
		select {
		case s.wake <- struct{}{}:
		default:
		}
	}
}

// ReadStop pauses the pump after its current read.
func (s *Stream) ReadStop() {
	s.mu.Lock()
	s.reading = false
	s.mu.Unlock()
}

func (s *Stream) wantRead() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.reading
}

// pump reads while reading is wanted and posts each chunk, then EOF or the
// error, to the loop.
//
// On a TCP connection (plain, or under TLS through an NBConn) the pump
// waits for readability without a buffer and reads into a pooled one, so
// an idle connection holds no read buffer, and it waits in the shared idle
// poller (poller.go), so it holds no goroutine either: the pump returns and
// the poller starts a new one when the socket is readable. On other
// connections it blocks in Read with its buffer.
func (s *Stream) pump() {
	size := minReadBuffer
	conn := s.conn
	var wait func() error // parks until a read would not block
	nonblock := false     // conn.Read returns ErrWouldBlock instead of waiting
	var rc syscall.RawConn
	switch c := conn.(type) {
	case *gonet.TCPConn:
		if r, err := c.SyscallConn(); err == nil {
			rc = r
			wait = func() error { return waitReadable(r) }
		}
	default:
		if nb := s.nb; nb != nil && nb.nonblockRead.Load() {
			rc = nb.rc
			wait = nb.WaitReadable
			nonblock = true
		}
	}
	var buf []byte
	if wait == nil {
		buf = make([]byte, size)
	}
	for {
		for !s.wantRead() {
			if s.handOver(nil) {
				return
			}
			select {
			case <-s.wake:
			case <-s.done:
				return
			}
		}
		if wait != nil && !nonblock && !readableNow(rc) {
			// nothing to read: wait in the idle poller, without this
			// goroutine (see poller.go)
			if s.park(rc) {
				return
			}
			if err := wait(); err != nil {
				if s.handOver(nil) || s.closed.Load() {
					return
				}
			}
		}
		var pooled *[]byte
		if wait != nil {
			pooled = getReadBuffer(size)
			buf = *pooled
		}
		n, err := conn.Read(buf)
		if nonblock && err == ErrWouldBlock {
			err = nil
			if n == 0 {
				putReadBuffer(pooled)
				if s.handOver(nil) || s.park(rc) {
					return
				}
				if werr := wait(); werr != nil && (s.handOver(nil) || s.closed.Load()) {
					return
				}
				continue
			}
		}
		if s.handOver(buf[:n]) {
			putReadBuffer(pooled)
			return
		}
		if n > 0 {
			// A large chunk goes to JavaScript as is and the next read gets
			// a new buffer, larger after a full read, so bulk transfers use
			// big reads. A small chunk is copied out and the buffer kept
			// (or returned to the pool): no 4 KiB allocation (and its
			// zeroing and collection) per small read, and JavaScript never
			// pins a mostly empty buffer.
			var chunk []byte
			if n <= size/2 {
				chunk = make([]byte, n)
				copy(chunk, buf[:n])
				putReadBuffer(pooled)
			} else {
				chunk = buf[:n:n]
				if n == size && size < maxReadBuffer {
					size *= 2
				}
				if pooled == nil {
					buf = make([]byte, size)
				}
			}
			s.BytesRead.Add(int64(n))
			s.post(func() { s.deliver(chunk) })
			// like libuv, which reads only when the loop polls, read the
			// next chunk after JavaScript took this one: data the loop has
			// not consumed stays in the kernel, where it pushes back on
			// the sender
			select {
			case <-s.wake:
			case <-s.done:
				return
			case <-s.r.Loop.Done():
				return
			}
		} else {
			putReadBuffer(pooled)
		}
		if err != nil {
			if s.closed.Load() {
				return
			}
			s.post(func() { s.deliverEnd(err) })
			return
		}
	}
}

// readPools hold read buffers by size class (minReadBuffer << i), shared
// by the pumps of all streams.
var readPools [5]sync.Pool

func poolIndex(size int) int {
	i := 0
	for s := minReadBuffer; s < size && i < len(readPools)-1; s <<= 1 {
		i++
	}
	return i
}

// getReadBuffer returns a pooled buffer of size bytes (a power-of-two
// multiple of minReadBuffer), as a pointer putReadBuffer takes back.
func getReadBuffer(size int) *[]byte {
	if p, ok := readPools[poolIndex(size)].Get().(*[]byte); ok && len(*p) == size {
		return p
	}
	b := make([]byte, size)
	return &b
}

// putReadBuffer returns a buffer whose bytes no one holds any more (nil:
// nothing to return).
func putReadBuffer(p *[]byte) {
	if p == nil {
		return
	}
	i := poolIndex(len(*p))
	if minReadBuffer<<i != len(*p) {
		return
	}
	readPools[i].Put(p)
}

func (s *Stream) post(fn func()) {
	s.r.Loop.Post(func() {
		if s.obj == nil {
			return
		}
		fn()
	})
}

// deliver hands a chunk to obj.onread as a Buffer made here (what
// Buffer.from(arrayBuffer) would give, without running it per chunk).
func (s *Stream) deliver(chunk []byte) {
	s.r.CallMethod(s.obj, "onread", buffer.NewBuffer(s.r, chunk))
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

func (s *Stream) deliverEnd(err error) {
	if errors.Is(err, io.EOF) {
		s.eof = true
		s.setActive()
		s.r.CallMethod(s.obj, "onread", goja.Null())
		return
	}
	s.r.CallMethod(s.obj, "onerror", s.r.VM.ToValue(err.Error()), ErrorValue(s.r, err, "read", "", 0))
}

// setActive tells the loop whether the stream still waits for the outside:
// until it has read EOF, and while a write or shutdown is in flight after
// that (libuv stops a stream's handle at EOF; its write requests keep the
// loop alive on their own). Loop goroutine only.
func (s *Stream) setActive() { s.handle.SetActive(!s.eof || s.inflight > 0) }

// writesDone counts n finished write/shutdown requests (loop goroutine
// only).
func (s *Stream) writesDone(n int) {
	s.inflight -= n
	if s.eof {
		s.setActive()
	}
}

// handOver ends the pump if Detach asked for the connection, keeping what
// the last read returned for the new owner.
func (s *Stream) handOver(last []byte) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.detaching {
		return false
	}
	s.held = append(s.held, last...)
	s.pumping = false
	s.detaching = false
	close(s.detached)
	return true
}

// Detach takes the connection away from the pump (for a TLS handshake on
// it) and returns the bytes the pump had read but not delivered. Reads
// stay held until Attach. Loop goroutine only; it waits at most for the
// pump's current read, which a past deadline cuts short.
func (s *Stream) Detach() (gonet.Conn, []byte) {
	s.mu.Lock()
	s.paused = true
	if s.writeHold == nil {
		s.writeHold = make(chan struct{})
	}
	if !s.pumping || s.parked {
		// no pump goroutine runs (a parked one is taken from the poller)
		wasParked, tok := s.parked, s.pollToken
		if wasParked {
			s.parked = false
			s.pumping = false
		}
		held := s.held
		s.held = nil
		s.mu.Unlock()
		if wasParked {
			thePoller.forget(tok)
		}
		return s.conn, held
	}
	s.detaching = true
	s.detached = make(chan struct{})
	ch := s.detached
	s.mu.Unlock()
	_ = s.conn.SetReadDeadline(aLongTimeAgo)
	select {
	case s.wake <- struct{}{}:
	default:
	}
	select {
	case <-ch:
	case <-s.done:
	}
	_ = s.conn.SetReadDeadline(time.Time{})
	s.mu.Lock()
	held := s.held
	s.held = nil
	s.mu.Unlock()
	return s.conn, held
}

var aLongTimeAgo = time.Unix(1, 0)

// Read buffer bounds: an idle connection holds minReadBuffer; a full read
// doubles the next one up to maxReadBuffer.
const (
	minReadBuffer = 4 << 10
	maxReadBuffer = 64 << 10
)

// Attach installs the connection that replaces the detached one (the
// tls.Conn) and resumes reading if JavaScript wants data.
func (s *Stream) Attach(c gonet.Conn) {
	if s.nb != nil {
		// the handshake is over: the pump reads without waiting and waits
		// for readability itself (see pump)
		s.nb.SetNonBlockingRead(true)
	}
	s.mu.Lock()
	s.conn = c
	s.paused = false
	if s.writeHold != nil {
		close(s.writeHold)
		s.writeHold = nil
	}
	start := s.reading && !s.pumping
	if start {
		s.pumping = true
	}
	s.mu.Unlock()
	if s.nb != nil {
		s.flushHeld()
	}
	if start {
		go s.pump()
	}
}

// Write queues data; obj.onwrite(reqID, err) follows when it has been handed
// to the kernel. data must not alias JavaScript memory.
func (s *Stream) Write(data []byte, reqID int64) {
	s.enqueue(writeReq{data: data, reqID: reqID})
}

// TryWrite writes what the kernel takes right now, without blocking, as
// libuv's uv_try_write does for Node: only on a plain TCP connection with
// nothing queued before it. It reports how many bytes went out; the caller
// queues the rest with Write. data may alias JavaScript memory.
func (s *Stream) TryWrite(data []byte) int {
	tc, ok := s.conn.(*gonet.TCPConn)
	if !ok || s.closed.Load() {
		return 0
	}
	s.wmu.Lock()
	busy := s.writing || len(s.wq) > 0
	s.wmu.Unlock()
	s.mu.Lock()
	held := s.writeHold != nil
	s.mu.Unlock()
	if busy || held {
		return 0
	}
	rc, err := tc.SyscallConn()
	if err != nil {
		return 0
	}
	n := 0
	_ = rc.Write(func(fd uintptr) bool {
		for n < len(data) {
			m, err := syscall.Write(int(fd), data[n:])
			if m > 0 {
				n += m
			}
			if err == syscall.EINTR {
				continue
			}
			if err != nil || m <= 0 {
				break
			}
		}
		return true // never wait: the rest goes to the writer goroutine
	})
	s.BytesWritten.Add(int64(n))
	return n
}

// WriteNow writes data on the loop goroutine through a connection that
// never blocks (a tls.Conn over an NBConn) when nothing is queued or held
// before it. It reports handled=false when the caller must queue instead;
// done=true when the write completed at once (no bytes left waiting), and
// otherwise obj.onwrite(reqID) follows once they are out. data may alias
// JavaScript memory: a tls.Conn has encrypted it before returning.
func (s *Stream) WriteNow(data []byte, reqID int64) (handled, done bool) {
	if s.closed.Load() {
		return false, false
	}
	nb := s.nb
	if nb == nil {
		return false, false
	}
	conn := s.conn
	s.wmu.Lock()
	busy := s.writing || len(s.wq) > 0
	s.wmu.Unlock()
	s.mu.Lock()
	held := s.writeHold != nil
	s.mu.Unlock()
	if busy || held {
		return false, false
	}
	s.inflight++
	if _, err := conn.Write(data); err != nil {
		s.completed([]writeReq{{reqID: reqID}}, err)
		return true, false
	}
	s.BytesWritten.Add(int64(len(data)))
	if nb.OnDrained(func(err error) { s.completed([]writeReq{{reqID: reqID}}, err) }) {
		return true, false
	}
	s.inflight--
	return true, true
}

// SetNonBlocking records the NBConn beneath the connection a later Attach
// installs (loop goroutine only): WriteNow then writes on the loop.
func (s *Stream) SetNonBlocking(nb *NBConn) { s.nb = nb }

// Shutdown half-closes the write side after queued writes.
func (s *Stream) Shutdown(reqID int64) {
	if s.shutdownNow(reqID) {
		return
	}
	s.enqueue(writeReq{shutdown: true, reqID: reqID})
}

// shutdownNow half-closes on the loop goroutine when nothing is queued or
// held before the request, as WriteNow writes, instead of starting a writer
// goroutine for it (loop goroutine only). It reports false when the caller
// must queue the request instead.
//
// Like libuv's uv_shutdown, which shuts down from the next poll and runs
// the request's callback right there, the half-close happens in a loop
// task posted now, and its completion runs in that same task when nothing
// is left to flush: the peer cannot see the FIN (and, in this process,
// report its 'end') before this side's completion has run. A plain TCP or
// Unix connection shuts down at once (a non-blocking syscall). A TLS
// connection over an NBConn writes its close_notify without blocking and
// shuts the TCP write side down once the flusher has handed every pending
// byte to the kernel, the order NBConn.CloseWrite keeps on the writer
// goroutine.
//
// The outcome completes the request without an error: net.js's _final,
// like Node's afterShutdown, ignores it (a peer that has gone makes
// shutdown fail with ENOTCONN on most server connections), so no error
// value is built for it.
func (s *Stream) shutdownNow(reqID int64) bool {
	if s.closed.Load() {
		return false
	}
	s.wmu.Lock()
	busy := s.writing || len(s.wq) > 0
	s.wmu.Unlock()
	s.mu.Lock()
	held, conn := s.writeHold != nil, s.conn
	s.mu.Unlock()
	if busy || held {
		return false
	}
	var tcp closeWriter
	switch c := conn.(type) {
	case *gonet.TCPConn:
		tcp = c
	case *gonet.UnixConn:
		tcp = c
	}
	nb := s.nb
	if tcp == nil && nb == nil {
		return false
	}
	s.inflight++
	s.post(func() {
		done := func() {
			s.writesDone(1)
			s.r.CallMethod(s.obj, "onwrite", s.r.VM.ToValue(reqID), goja.Null())
		}
		if tcp != nil {
			_ = tcp.CloseWrite()
			done()
			return
		}
		if cw, ok := conn.(closeWriter); ok {
			_ = cw.CloseWrite()
		}
		drained := nb.OnDrained(func(err error) {
			if err == nil {
				_ = nb.TCPConn.CloseWrite()
			}
			s.completed([]writeReq{{shutdown: true, reqID: reqID}}, nil)
		})
		if !drained {
			_ = nb.TCPConn.CloseWrite()
			done()
		}
	})
	return true
}

func (s *Stream) enqueue(w writeReq) {
	s.inflight++
	if s.closed.Load() {
		s.post(func() {
			s.writesDone(1)
			s.r.CallMethod(s.obj, "onwrite", s.r.VM.ToValue(w.reqID), ErrorValue(s.r, errClosed, "write", "", 0))
		})
		return
	}
	s.wmu.Lock()
	s.wq = append(s.wq, w)
	if s.nb != nil && !s.writing && s.holding() {
		// a handshake holds the connection and the writes will go out on
		// the loop when it is over (Attach: flushHeld)
		s.wmu.Unlock()
		return
	}
	start := !s.writing
	s.writing = true
	s.wmu.Unlock()
	if start {
		go s.drain()
	}
}

// holding reports whether a handshake holds the connection.
func (s *Stream) holding() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.writeHold != nil
}

// flushHeld writes on the loop goroutine what JavaScript queued while a
// handshake held the connection, through the connection that never blocks,
// before the pump starts. Written from a goroutine, a request's completion
// could reach the loop after the pump had read the peer's answer to it
// (an https client's 'response' before its request's 'finish', which node
// never shows). A half-close and whatever follows it go to the writer
// goroutine as before.
func (s *Stream) flushHeld() {
	s.wmu.Lock()
	if s.writing || len(s.wq) == 0 {
		s.wmu.Unlock()
		return
	}
	batch := s.wq
	s.wq = nil
	s.wmu.Unlock()
	for i := range batch {
		w := batch[i : i+1]
		if w[0].shutdown {
			s.wmu.Lock()
			s.wq = append(batch[i:], s.wq...)
			s.writing = true
			s.wmu.Unlock()
			go s.drain()
			return
		}
		if _, err := s.conn.Write(w[0].data); err != nil {
			s.completed(w, err)
			continue
		}
		s.BytesWritten.Add(int64(len(w[0].data)))
		if !s.nb.OnDrained(func(err error) { s.completed(w, err) }) {
			s.completed(w, nil)
		}
	}
}

var errClosed = errors.New("use of closed network connection")

// maxCoalesce bounds how many queued bytes go out in one Write (one TLS
// record run, one syscall).
const maxCoalesce = 64 << 10

// drain writes the queue in order and exits when it is empty, so an idle
// connection has no writer goroutine. Consecutive small writes are joined
// into one Write; each still gets its own onwrite.
func (s *Stream) drain() {
	for {
		s.wmu.Lock()
		batch := s.wq
		s.wq = nil
		if len(batch) == 0 {
			s.writing = false
			s.wmu.Unlock()
			return
		}
		s.wmu.Unlock()
		for i := 0; i < len(batch); {
			conn, ok := s.writableConn()
			if !ok {
				return
			}
			if batch[i].shutdown {
				_ = closeWrite(conn) // see shutdownNow: not reported
				s.completed(batch[i:i+1], nil)
				i++
				continue
			}
			j, size := i, 0
			for j < len(batch) && !batch[j].shutdown && (j == i || size+len(batch[j].data) <= maxCoalesce) {
				size += len(batch[j].data)
				j++
			}
			var err error
			if j == i+1 {
				_, err = conn.Write(batch[i].data)
			} else {
				joined := make([]byte, 0, size)
				for _, w := range batch[i:j] {
					joined = append(joined, w.data...)
				}
				_, err = conn.Write(joined)
			}
			if err == nil {
				s.BytesWritten.Add(int64(size))
			}
			s.completed(batch[i:j], err)
			i = j
		}
	}
}

// completed posts onwrite for each finished request.
func (s *Stream) completed(ws []writeReq, err error) {
	ids := make([]int64, len(ws))
	for i, w := range ws {
		ids[i] = w.reqID
	}
	s.post(func() {
		s.writesDone(len(ids))
		var ev goja.Value = goja.Null()
		if err != nil {
			ev = ErrorValue(s.r, err, "write", "", 0)
		}
		for _, id := range ids {
			s.r.CallMethod(s.obj, "onwrite", s.r.VM.ToValue(id), ev)
		}
	})
}

// writableConn waits while a handshake holds the connection and returns the
// one to write to; false when the stream closed meanwhile.
func (s *Stream) writableConn() (gonet.Conn, bool) {
	for {
		s.mu.Lock()
		hold, conn := s.writeHold, s.conn
		s.mu.Unlock()
		if hold == nil {
			return conn, true
		}
		select {
		case <-hold:
		case <-s.done:
			return nil, false
		}
	}
}

// closeWriter is a connection that can half-close (TCP, TLS).
type closeWriter interface{ CloseWrite() error }

// closeWrite half-closes c; for TLS it sends close_notify and then shuts
// down the TCP write side beneath, as Node's TLS end() does.
func closeWrite(c gonet.Conn) error {
	var err error
	if cw, ok := c.(closeWriter); ok {
		err = cw.CloseWrite()
	}
	if nc, ok := c.(interface{ NetConn() gonet.Conn }); ok {
		if cw, ok := nc.NetConn().(closeWriter); ok {
			if err2 := cw.CloseWrite(); err == nil {
				err = err2
			}
		}
	}
	return err
}

// Close closes the connection and releases the loop handle (loop goroutine
// only). Pending reads and writes end.
func (s *Stream) Close() {
	if s.closed.Swap(true) {
		return
	}
	close(s.done)
	s.unpark()
	s.mu.Lock()
	conn := s.conn
	s.mu.Unlock()
	_ = conn.Close()
	s.handle.Close()
	delete(reg(s.r).streams, s.ID)
}

// ClosedChan is closed when the stream closes.
func (s *Stream) ClosedChan() <-chan struct{} { return s.done }

// Closed reports whether Close ran.
func (s *Stream) Closed() bool { return s.closed.Load() }
