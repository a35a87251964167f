package tls

import (
	"crypto/tls"
	"errors"

	"github.com/dop251/goja"
)

// Hooks that must hold a handshake until JavaScript answers (SNICallback,
// ALPNCallback, 'newSession', 'resumeSession') use a rendezvous: the
// handshake goroutine posts the question to the loop and waits on a
// channel that the reply op fills. Handshakes never run on the loop
// goroutine, so waiting is safe; Done and the stream's close end a wait
// that will never be answered.

type helloReply struct {
	ctx     *SecureContext // nil: keep the server's context
	alpn    *string        // ALPNCallback's choice; nil when not asked
	noMatch bool           // ALPNCallback returned undefined: fatal alert
	err     error
}

type hookState struct {
	hello   chan helloReply
	session chan []byte // resumeSession: the stored data, nil for none
	saved   chan struct{}
}

func newHookState() *hookState {
	return &hookState{
		hello:   make(chan helloReply, 1),
		session: make(chan []byte, 1),
		saved:   make(chan struct{}, 1),
	}
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
		return zero, errHookAborted
	case <-c.stream.ClosedChan():
		return zero, errHookAborted
	}
}

func (c *Conn) installServerHooks(cfg *tls.Config) {
	if !c.opts.SNI && !c.opts.ALPNCallback && !c.opts.NewSession && !c.opts.ResumeSession {
		return
	}
	c.hooks = newHookState()
	base := cfg
	if c.opts.SNI || c.opts.ALPNCallback {
		cfg.GetConfigForClient = func(hello *tls.ClientHelloInfo) (*tls.Config, error) {
			reply, err := ask(c, c.hooks.hello, func() {
				protos := make([]any, len(hello.SupportedProtos))
				for i, p := range hello.SupportedProtos {
					protos[i] = p
				}
				c.r.CallMethod(c.stream.Object(), "onclienthello",
					c.r.VM.ToValue(hello.ServerName), c.r.VM.NewArray(protos...))
			})
			if err != nil {
				return nil, err
			}
			if reply.err != nil {
				return nil, reply.err
			}
			if reply.ctx == nil && reply.alpn == nil && !reply.noMatch {
				return nil, nil
			}
			next := base.Clone()
			next.GetConfigForClient = nil
			if reply.ctx != nil {
				next.Certificates = reply.ctx.Certs
			}
			if reply.noMatch {
				next.NextProtos = []string{"\x00no-match"}
			} else if reply.alpn != nil {
				next.NextProtos = []string{*reply.alpn}
			}
			return next, nil
		}
	}
	if c.opts.NewSession {
		cfg.WrapSession = func(cs tls.ConnectionState, ss *tls.SessionState) ([]byte, error) {
			data, err := ss.Bytes()
			if err != nil {
				return nil, err
			}
			id := randomBytes(32)
			if _, err := ask(c, c.hooks.saved, func() {
				c.r.CallMethod(c.stream.Object(), "onnewsession",
					c.r.VM.ToValue(c.r.VM.NewArrayBuffer(id)), c.r.VM.ToValue(c.r.VM.NewArrayBuffer(data)))
			}); err != nil {
				return nil, err
			}
			return id, nil
		}
	}
	if c.opts.ResumeSession {
		cfg.UnwrapSession = func(identity []byte, cs tls.ConnectionState) (*tls.SessionState, error) {
			id := append([]byte(nil), identity...)
			data, err := ask(c, c.hooks.session, func() {
				c.r.CallMethod(c.stream.Object(), "onresumesession", c.r.VM.ToValue(c.r.VM.NewArrayBuffer(id)))
			})
			if err != nil || len(data) == 0 {
				return nil, nil
			}
			ss, err := tls.ParseSessionState(data)
			if err != nil {
				return nil, nil
			}
			return ss, nil
		}
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
	case c.hooks.hello <- r:
	default:
	}
}
