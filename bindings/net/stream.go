package net

import (
	"errors"
	"io"
	gonet "net"
	"sync"
	"sync/atomic"

	"github.com/dop251/goja"

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
	reading bool          // pump may read
	wake    chan struct{} // nudges a paused pump
	pumping bool          // pump goroutine started

	writes chan writeReq
	closed atomic.Bool
	done   chan struct{}

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
		writes: make(chan writeReq, 64),
		done:   make(chan struct{}),
	}
	g.streams[s.ID] = s
	go s.writer()
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

// ReadStart lets the pump read and deliver chunks to obj.onread.
func (s *Stream) ReadStart() {
	s.mu.Lock()
	s.reading = true
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
func (s *Stream) pump() {
	buf := make([]byte, 64*1024)
	for {
		for !s.wantRead() {
			select {
			case <-s.wake:
			case <-s.done:
				return
			}
		}
		n, err := s.conn.Read(buf)
		if n > 0 {
			chunk := make([]byte, n)
			copy(chunk, buf[:n])
			s.BytesRead.Add(int64(n))
			s.post(func() { s.deliver(chunk) })
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

func (s *Stream) post(fn func()) {
	s.r.Loop.Post(func() {
		if s.obj == nil {
			return
		}
		fn()
	})
}

func (s *Stream) deliver(chunk []byte) {
	ab := s.r.VM.NewArrayBuffer(chunk)
	s.r.CallMethod(s.obj, "onread", s.r.VM.ToValue(ab))
}

func (s *Stream) deliverEnd(err error) {
	if errors.Is(err, io.EOF) {
		s.r.CallMethod(s.obj, "onread", goja.Null())
		return
	}
	s.r.CallMethod(s.obj, "onerror", s.r.VM.ToValue(err.Error()), ErrorValue(s.r, err, "read", "", 0))
}

// Write queues data; obj.onwrite(reqID, err) follows when it has been handed
// to the kernel. data must not alias JavaScript memory.
func (s *Stream) Write(data []byte, reqID int64) {
	s.enqueue(writeReq{data: data, reqID: reqID})
}

// Shutdown half-closes the write side after queued writes.
func (s *Stream) Shutdown(reqID int64) {
	s.enqueue(writeReq{shutdown: true, reqID: reqID})
}

func (s *Stream) enqueue(w writeReq) {
	if s.closed.Load() {
		s.post(func() {
			s.r.CallMethod(s.obj, "onwrite", s.r.VM.ToValue(w.reqID), ErrorValue(s.r, errClosed, "write", "", 0))
		})
		return
	}
	select {
	case s.writes <- w:
	default:
		// the channel is full: keep order with a goroutine that waits its turn
		go func() {
			select {
			case s.writes <- w:
			case <-s.done:
			}
		}()
	}
}

var errClosed = errors.New("use of closed network connection")

func (s *Stream) writer() {
	for {
		select {
		case w := <-s.writes:
			var err error
			if w.shutdown {
				err = closeWrite(s.conn)
			} else {
				var n int
				n, err = s.conn.Write(w.data)
				s.BytesWritten.Add(int64(n))
			}
			id := w.reqID
			s.post(func() {
				var ev goja.Value = goja.Null()
				if err != nil {
					ev = ErrorValue(s.r, err, "write", "", 0)
				}
				s.r.CallMethod(s.obj, "onwrite", s.r.VM.ToValue(id), ev)
			})
		case <-s.done:
			return
		}
	}
}

// closeWriter is a connection that can half-close (TCP, TLS).
type closeWriter interface{ CloseWrite() error }

func closeWrite(c gonet.Conn) error {
	if cw, ok := c.(closeWriter); ok {
		return cw.CloseWrite()
	}
	return nil
}

// Close closes the connection and releases the loop handle (loop goroutine
// only). Pending reads and writes end.
func (s *Stream) Close() {
	if s.closed.Swap(true) {
		return
	}
	close(s.done)
	_ = s.conn.Close()
	s.handle.Close()
	delete(reg(s.r).streams, s.ID)
}

// Closed reports whether Close ran.
func (s *Stream) Closed() bool { return s.closed.Load() }
