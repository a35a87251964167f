package tls

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"io"
	gonet "net"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/dop251/goja"

	hsnet "handshake/bindings/net"
	"handshake/runtime"
)

// Conn is the TLS half of one JavaScript TLSSocket: the handshake runs in a
// goroutine on the connection the net Stream handed over, and the results
// (snapshot, keylog lines, sessions, errors) are posted to the JS handle's
// onhandshakedone / onkeylog / onsession / onhandshakeerror methods.
//
// Fields marked (loop) are read and written on the loop goroutine only;
// the rest are set before the handshake goroutine starts or by it before
// it posts its result.
type Conn struct {
	r        *runtime.Runtime
	stream   *hsnet.Stream
	ctx      *SecureContext
	isServer bool
	opts     wrapOptions
	tc       *tls.Conn

	state     tls.ConnectionState // after the handshake
	peerChain []*x509.Certificate
	verifyErr *verifyFailure // nil: the peer's chain verified (or none was asked for)
	done      bool           // (loop) handshake finished

	mu      sync.Mutex
	pending [][]byte // client: a TLS 1.2 session ready before 'secureConnect'
	keylog  [][]byte // key log lines written during the handshake
	settled bool     // handshake over: key log lines go straight out
	hooks   *hookState
}

// wrapOptions are the per-socket options tls.js passes to wrap.
type wrapOptions struct {
	ServerName         string
	RequestCert        bool
	RejectUnauthorized bool
	ALPN               []string
	Session            []byte
	Keylog             bool
	HandshakeTimeout   time.Duration
	SNI                bool // server: ask JS for the context per ClientHello
	ALPNCallback       bool // server: ask JS to choose the protocol
	NewSession         bool // server: 'newSession' listeners (stateful session store)
	ResumeSession      bool // server: 'resumeSession' listeners
}

type connRegistry struct {
	conns map[int64]*Conn
}

var connRegistries sync.Map // *runtime.Runtime -> *connRegistry

func conns(r *runtime.Runtime) *connRegistry {
	if v, ok := connRegistries.Load(r); ok {
		return v.(*connRegistry)
	}
	v, _ := connRegistries.LoadOrStore(r, &connRegistry{conns: map[int64]*Conn{}})
	return v.(*connRegistry)
}

// start takes the connection from the stream and begins the handshake in a
// goroutine. Loop goroutine only.
func (c *Conn) start() {
	raw, held := c.stream.Detach()
	var base gonet.Conn = raw
	if len(held) > 0 {
		base = &prefixConn{Conn: raw, prefix: held}
	}
	var cfg *tls.Config
	if c.isServer {
		cfg = c.serverConfig()
		c.tc = tls.Server(base, cfg)
	} else {
		cfg = c.clientConfig()
		c.tc = tls.Client(base, cfg)
	}
	finish := c.r.Loop.Reserve()
	go func() {
		ctx := context.Background()
		var cancel context.CancelFunc = func() {}
		if c.opts.HandshakeTimeout > 0 {
			ctx, cancel = context.WithTimeout(ctx, c.opts.HandshakeTimeout)
		}
		err := c.tc.HandshakeContext(ctx)
		timedOut := ctx.Err() == context.DeadlineExceeded
		cancel()
		if err == nil {
			c.state = c.tc.ConnectionState()
		}
		c.mu.Lock()
		lines := orderKeylog(c.keylog, c.isServer)
		c.keylog = nil
		c.settled = true
		c.mu.Unlock()
		finish(func() {
			if c.stream.Closed() {
				return
			}
			obj := c.stream.Object()
			for _, l := range lines {
				c.emitKeylog(l)
			}
			if err != nil {
				if timedOut {
					c.r.CallMethod(obj, "onhandshaketimeout")
					return
				}
				c.r.CallMethod(obj, "onhandshakeerror", handshakeError(c.r, err, c.isServer))
				return
			}
			c.done = true
			c.stream.Attach(c.tc)
			c.r.CallMethod(obj, "onhandshakedone", c.snapshot())
			c.mu.Lock()
			pending := c.pending
			c.pending = nil
			c.mu.Unlock()
			for _, s := range pending {
				c.emitSession(s)
			}
		})
	}()
}

func (c *Conn) baseConfig() *tls.Config {
	cfg := &tls.Config{
		MinVersion:       c.ctx.MinVersion,
		MaxVersion:       c.ctx.MaxVersion,
		CipherSuites:     c.ctx.CipherSuites,
		CurvePreferences: c.ctx.Curves,
		NextProtos:       c.opts.ALPN,
	}
	if c.opts.Keylog {
		cfg.KeyLogWriter = keylogWriter{c}
	}
	return cfg
}

func (c *Conn) serverConfig() *tls.Config {
	cfg := c.baseConfig()
	cfg.Certificates = c.ctx.Certs
	switch {
	case c.opts.RequestCert && c.opts.RejectUnauthorized:
		cfg.ClientAuth = tls.RequireAnyClientCert
	case c.opts.RequestCert:
		cfg.ClientAuth = tls.RequestClientCert
	}
	cfg.SetSessionTicketKeys(c.ctx.goTicketKeys())
	cfg.VerifyConnection = func(cs tls.ConnectionState) error {
		if c.opts.RequestCert {
			c.verify(cs.PeerCertificates, c.ctx.clientRoots(), "")
		}
		return nil
	}
	c.installServerHooks(cfg)
	return cfg
}

func (c *Conn) clientConfig() *tls.Config {
	cfg := c.baseConfig()
	cfg.ServerName = c.opts.ServerName
	cfg.InsecureSkipVerify = true
	if len(c.ctx.Certs) > 0 {
		cert := c.ctx.Certs[0]
		cfg.GetClientCertificate = func(*tls.CertificateRequestInfo) (*tls.Certificate, error) {
			return &cert, nil
		}
	}
	cfg.VerifyConnection = func(cs tls.ConnectionState) error {
		c.verify(cs.PeerCertificates, c.ctx.roots(), "")
		return nil
	}
	cache := &sessionCache{c: c}
	if len(c.opts.Session) > 0 {
		if cs, err := DecodeSession(c.opts.Session); err == nil {
			cache.initial = cs
		}
	}
	cfg.ClientSessionCache = cache
	return cfg
}

// verify records Node's authorizationError for the peer's chain (Node lets
// the handshake finish and decides in JavaScript).
func (c *Conn) verify(chain []*x509.Certificate, roots *x509.CertPool, host string) {
	c.peerChain = chain
	if len(chain) == 0 {
		return
	}
	c.verifyErr = verifyPeer(chain, roots, time.Now())
}

func (c *SecureContext) clientRoots() *x509.CertPool {
	if c.ClientCAs != nil {
		return c.ClientCAs
	}
	return c.roots()
}

// keylogWriter turns crypto/tls's key log lines into 'keylog' events; Go
// writes one NSS line per Write.
type keylogWriter struct{ c *Conn }

// During the handshake lines are collected and emitted, in OpenSSL's order,
// just before the handshake result; later lines go out as they come.
func (w keylogWriter) Write(p []byte) (int, error) {
	line := append([]byte(nil), p...)
	c := w.c
	c.mu.Lock()
	if !c.settled {
		c.keylog = append(c.keylog, line)
		c.mu.Unlock()
		return len(p), nil
	}
	c.mu.Unlock()
	c.r.Loop.Post(func() {
		if !c.stream.Closed() {
			c.emitKeylog(line)
		}
	})
	return len(p), nil
}

func (c *Conn) emitKeylog(line []byte) {
	ab := c.r.VM.NewArrayBuffer(line)
	c.r.CallMethod(c.stream.Object(), "onkeylog", c.r.VM.ToValue(ab))
}

// keylogRank is the order OpenSSL emits TLS 1.3 secrets in, per side
// (crypto/tls logs the client and server secrets of a stage together).
var keylogRank = map[bool]map[string]int{
	false: {"SERVER_HANDSHAKE_TRAFFIC_SECRET": 0, "EXPORTER_SECRET": 1, "SERVER_TRAFFIC_SECRET_0": 2,
		"CLIENT_HANDSHAKE_TRAFFIC_SECRET": 3, "CLIENT_TRAFFIC_SECRET_0": 4},
	true: {"SERVER_HANDSHAKE_TRAFFIC_SECRET": 0, "CLIENT_HANDSHAKE_TRAFFIC_SECRET": 1, "EXPORTER_SECRET": 2,
		"SERVER_TRAFFIC_SECRET_0": 3, "CLIENT_TRAFFIC_SECRET_0": 4},
}

func orderKeylog(lines [][]byte, isServer bool) [][]byte {
	rank := keylogRank[isServer]
	label := func(l []byte) int {
		name, _, _ := strings.Cut(string(l), " ")
		if r, ok := rank[name]; ok {
			return r
		}
		return -1
	}
	sort.SliceStable(lines, func(i, j int) bool { return label(lines[i]) < label(lines[j]) })
	return lines
}

// sessionCache is a one-socket ClientSessionCache: Get offers the session
// given as the `session` option; Put turns each new session (TLS 1.2 during
// the handshake, TLS 1.3 tickets after it) into a 'session' event.
type sessionCache struct {
	c       *Conn
	initial *tls.ClientSessionState
}

func (s *sessionCache) Get(string) (*tls.ClientSessionState, bool) {
	return s.initial, s.initial != nil
}

func (s *sessionCache) Put(_ string, cs *tls.ClientSessionState) {
	if cs == nil {
		return
	}
	data, err := EncodeSession(cs)
	if err != nil {
		return
	}
	c := s.c
	c.r.Loop.Post(func() {
		if c.stream.Closed() {
			return
		}
		if !c.done {
			c.mu.Lock()
			c.pending = append(c.pending, data)
			c.mu.Unlock()
			return
		}
		c.emitSession(data)
	})
}

func (c *Conn) emitSession(data []byte) {
	ab := c.r.VM.NewArrayBuffer(data)
	c.r.CallMethod(c.stream.Object(), "onsession", c.r.VM.ToValue(ab))
}

// prefixConn replays bytes read before the handshake took the connection.
type prefixConn struct {
	gonet.Conn
	prefix []byte
}

func (p *prefixConn) Read(b []byte) (int, error) {
	if len(p.prefix) > 0 {
		n := copy(b, p.prefix)
		p.prefix = p.prefix[n:]
		return n, nil
	}
	return p.Conn.Read(b)
}

// CloseWrite keeps half-close working through the wrapper.
func (p *prefixConn) CloseWrite() error {
	if cw, ok := p.Conn.(interface{ CloseWrite() error }); ok {
		return cw.CloseWrite()
	}
	return nil
}

var errNoConn = errors.New("no TLS connection")

var _ io.Writer = keylogWriter{}
var _ = goja.Undefined
