package tls

import (
	"bytes"
	"crypto/tls"
	"encoding/binary"
	"errors"
	gonet "net"
	"sync"
	"time"

	"github.com/dop251/goja"
)

// Hooks that must hold a handshake until JavaScript answers (SNICallback,
// ALPNCallback, 'resumeSession') use a rendezvous: the handshake goroutine
// posts the question to the loop and waits on a channel that the reply op
// fills. Handshakes never run on the loop goroutine, so waiting is safe;
// Done and the stream's close end a wait that will never be answered.

type helloReply struct {
	ctx     *SecureContext // nil: keep the server's context
	alpn    *string        // ALPNCallback's choice; nil when not asked
	noMatch bool           // ALPNCallback returned undefined: fatal alert
	err     error
}

type hookState struct {
	hello   chan helloReply
	session chan []byte // resumeSession: the stored data, nil for none
	ocsp    chan ocspReply
}

// ocspReply is the 'OCSPRequest' callback's answer.
type ocspReply struct {
	staple []byte // nil: staple nothing
	err    error
}

func (c *Conn) hookChans() *hookState {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.hooks == nil {
		c.hooks = &hookState{hello: make(chan helloReply, 1), session: make(chan []byte, 1), ocsp: make(chan ocspReply, 1)}
	}
	return c.hooks
}

var errHookAborted = errors.New("tls: connection closed while waiting for a JavaScript callback")

// ask posts fn to the loop and waits for the reply on ch.
func ask[T any](c *Conn, ch chan T, fn func()) (T, error) {
	var zero T
	if !c.r.Loop.Post(func() {
		if c.stream.Closed() {
			return
		}
		fn()
	}) {
		return zero, errHookAborted
	}
	select {
	case v := <-ch:
		return v, nil
	case <-c.r.Loop.Done():
		c.muted.mute()
		return zero, errHookAborted
	case <-c.stream.ClosedChan():
		// the script destroyed the socket: in Node nothing more goes out
		// (crypto/tls would send an internal_error alert for the failed
		// hook before Close shuts the connection)
		c.muted.mute()
		return zero, errHookAborted
	}
}

// askHello is onclienthello: SNICallback and ALPNCallback in JavaScript.
func (c *Conn) askHello(hello *tls.ClientHelloInfo) (helloReply, error) {
	h := c.hookChans()
	return ask(c, h.hello, func() {
		protos := make([]any, len(hello.SupportedProtos))
		for i, p := range hello.SupportedProtos {
			protos[i] = p
		}
		c.r.CallMethod(c.stream.Object(), "onclienthello",
			c.r.VM.ToValue(hello.ServerName), c.r.VM.NewArray(protos...))
	})
}

// askResume is 'resumeSession' for the ClientHello's session id.
func (c *Conn) askResume(id []byte) ([]byte, error) {
	h := c.hookChans()
	return ask(c, h.session, func() {
		c.r.CallMethod(c.stream.Object(), "onresumesession", c.r.VM.ToValue(c.r.VM.NewArrayBuffer(id)))
	})
}

// askOCSP is 'OCSPRequest' for the certificate about to be sent (and its
// issuer when the chain has it).
func (c *Conn) askOCSP(cert tls.Certificate) (ocspReply, error) {
	h := c.hookChans()
	return ask(c, h.ocsp, func() {
		vm := c.r.VM
		var issuer goja.Value = goja.Null()
		if len(cert.Certificate) > 1 {
			issuer = vm.ToValue(vm.NewArrayBuffer(append([]byte(nil), cert.Certificate[1]...)))
		}
		c.r.CallMethod(c.stream.Object(), "onocsprequest",
			vm.ToValue(vm.NewArrayBuffer(append([]byte(nil), cert.Certificate[0]...))), issuer)
	})
}

// Session-ticket contents we add to Go's SessionState.Extra.
var (
	extraContextTag = []byte("hs-ctx:")  // + the SecureContext's tag (TLS 1.3 tickets)
	extraCreated    = []byte("hs-time:") // + creation time, for sessionTimeout
)

// installSessionHooks wraps Go's stateless tickets to behave as Node's
// OpenSSL does:
//   - sessionTimeout bounds a ticket's life (Go's is fixed at 7 days);
//   - a TLS 1.3 ticket resumes only on the SecureContext that issued it
//     (OpenSSL binds 1.3 sessions to their SSL_CTX), while TLS 1.2 tickets
//     resume on any server with the same ticketKeys;
//   - the session state is kept for the server's getSession();
//   - with 'newSession'/'resumeSession' listeners (Node then turns on
//     OpenSSL's external session cache) TLS 1.2 still uses tickets and
//     emits neither event, while TLS 1.3 emits 'newSession' for each
//     ticket issued, after 'secureConnection' (OpenSSL sends two tickets,
//     Go one), and still resumes from tickets, which is what Node 20 shows.
//     (A Node server that ends the socket inside 'secureConnection' loses
//     its TLS 1.3 tickets behind the close_notify; Go sends them within the
//     handshake, so its client gets one.)
func (c *Conn) installSessionHooks(cfg *tls.Config) {
	ctx := c.ctx
	cfg.WrapSession = func(cs tls.ConnectionState, ss *tls.SessionState) ([]byte, error) {
		if cs.Version == tls.VersionTLS13 {
			ss.Extra = append(ss.Extra, append(append([]byte(nil), extraContextTag...), ctx.tag...))
		}
		ss.Extra = append(ss.Extra, binary.BigEndian.AppendUint64(append([]byte(nil), extraCreated...), uint64(time.Now().Unix())))
		data, err := ss.Bytes()
		if err != nil {
			return nil, err
		}
		c.mu.Lock()
		c.serverSession = data
		if c.opts.NewSession && cs.Version == tls.VersionTLS13 {
			c.newSessions = append(c.newSessions, [2][]byte{randomBytes(32), data})
		}
		c.mu.Unlock()
		return cfg.EncryptTicket(cs, ss)
	}
	cfg.UnwrapSession = func(identity []byte, cs tls.ConnectionState) (*tls.SessionState, error) {
		ss, err := cfg.DecryptTicket(identity, cs)
		if err != nil || ss == nil {
			return nil, nil
		}
		tagged, created := false, int64(-1)
		for _, e := range ss.Extra {
			switch {
			case bytes.HasPrefix(e, extraContextTag):
				tagged = bytes.Equal(e[len(extraContextTag):], ctx.tag)
			case bytes.HasPrefix(e, extraCreated) && len(e) == len(extraCreated)+8:
				created = int64(binary.BigEndian.Uint64(e[len(extraCreated):]))
			}
		}
		if cs.Version == tls.VersionTLS13 && !tagged {
			return nil, nil
		}
		if created >= 0 && time.Now().Unix()-created > int64(ctx.SessionTimeout) {
			return nil, nil
		}
		if data, err := ss.Bytes(); err == nil {
			c.mu.Lock()
			c.serverSession = data
			c.mu.Unlock()
		}
		return ss, nil
	}
}

// replyHello answers onclienthello (loop goroutine).
func (c *Conn) replyHello(ctx *SecureContext, alpn goja.Value, askedALPN bool, err error) {
	r := helloReply{ctx: ctx, err: err}
	if askedALPN {
		if alpn == nil || goja.IsUndefined(alpn) || goja.IsNull(alpn) {
			r.noMatch = true
		} else {
			s := alpn.String()
			r.alpn = &s
		}
	}
	select {
	case c.hookChans().hello <- r:
	default:
	}
}

// helloRecorder keeps the first bytes the server reads, so the
// ClientHello's legacy session id (which crypto/tls does not expose) can
// be read for 'resumeSession'.
type helloRecorder struct {
	gonet.Conn
	mu   sync.Mutex
	buf  []byte
	done bool
}

func (h *helloRecorder) Read(b []byte) (int, error) {
	n, err := h.Conn.Read(b)
	h.mu.Lock()
	if !h.done && len(h.buf) < 1<<16 {
		h.buf = append(h.buf, b[:n]...)
	}
	h.mu.Unlock()
	return n, err
}

func (h *helloRecorder) stop() {
	h.mu.Lock()
	h.done = true
	h.buf = nil
	h.mu.Unlock()
}

// CloseWrite keeps half-close working through the wrapper.
func (h *helloRecorder) CloseWrite() error {
	if cw, ok := h.Conn.(interface{ CloseWrite() error }); ok {
		return cw.CloseWrite()
	}
	return nil
}

// sessionID returns the ClientHello's legacy_session_id when Node would
// emit 'resumeSession' for it: non-empty, and no session ticket offered
// (a ticket is resumed without the store).
func (h *helloRecorder) sessionID() ([]byte, bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	b := h.buf
	// record header (5), handshake header (4), version (2), random (32)
	if len(b) < 5+4+2+32+1 || b[0] != 22 || b[5] != 1 {
		return nil, false
	}
	p := b[5+4+2+32:]
	n := int(p[0])
	if n == 0 || len(p) < 1+n {
		return nil, false
	}
	id := append([]byte(nil), p[1:1+n]...)
	p = p[1+n:]
	// cipher suites, compression methods, then extensions
	if len(p) < 2 {
		return id, true
	}
	cs := int(binary.BigEndian.Uint16(p))
	if len(p) < 2+cs+1 {
		return id, true
	}
	p = p[2+cs:]
	cm := int(p[0])
	if len(p) < 1+cm+2 {
		return id, true
	}
	p = p[1+cm:]
	extLen := int(binary.BigEndian.Uint16(p))
	p = p[2:]
	if extLen < len(p) {
		p = p[:extLen]
	}
	for len(p) >= 4 {
		typ := binary.BigEndian.Uint16(p)
		l := int(binary.BigEndian.Uint16(p[2:]))
		if len(p) < 4+l {
			break
		}
		if typ == 35 && l > 0 { // session_ticket with a ticket
			return nil, false
		}
		p = p[4+l:]
	}
	return id, true
}
