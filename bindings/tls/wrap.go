package tls

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"io"
	gonet "net"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
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
	ctx      *SecureContext // the context the socket was created with
	isServer bool
	opts     wrapOptions
	tc       *tls.Conn
	raw      gonet.Conn // the TCP connection under tc
	hello    *helloRecorder
	muted    *muteConn // raw as the handshake writes it

	state      tls.ConnectionState // after the handshake
	peerChain  []*x509.Certificate
	verifyCode string                // Node's authorizationError code; "" when trusted or not asked
	active     *SecureContext        // the context chosen by SNI (server), else ctx
	rejected   bool                  // server: the client's certificate was refused
	sigalgs    []tls.SignatureScheme // the peer's signature_algorithms (a client's: from a CertificateRequest)
	helloSeen  bool                  // server: a ClientHello was read
	chosen     *x509.Certificate     // server: the certificate presented
	done       bool                  // (loop) handshake finished

	mu            sync.Mutex
	pending       [][]byte                // client: a TLS 1.2 session ready before 'secureConnect'
	keylog        [][]byte                // key log lines written during the handshake
	settled       bool                    // handshake over: key log lines go straight out
	serverSession []byte                  // server: the session state of this connection
	ticket        []byte                  // client: the last session ticket received
	offered       *tls.ClientSessionState // client: the session option, decoded
	newSessions   [][2][]byte             // server: 'newSession' (id, data) to emit after the handshake
	hooks         *hookState
}

// wrapOptions are the per-socket options tls.js passes to wrap.
type wrapOptions struct {
	ServerName         string
	RequestCert        bool
	RejectUnauthorized bool
	ALPN               []string
	Session            []byte
	Keylog             bool
	SNI                bool // server: ask JS for the context per ClientHello
	ALPNCallback       bool // server: ask JS to choose the protocol
	NewSession         bool // server: 'newSession' listeners
	ResumeSession      bool // server: 'resumeSession' listeners
	OCSPRequest        bool // server: 'OCSPRequest' listeners
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

// errRejected fails a server handshake whose client certificate did not
// verify under rejectUnauthorized (the connection is already closed).
var errRejected = errors.New("tls: client certificate rejected")

// start takes the connection from the stream and begins the handshake in a
// goroutine. Loop goroutine only.
func (c *Conn) start() {
	raw, held := c.stream.Detach()
	// TLS writes happen on the loop (see net.Stream.WriteNow) over a TCP
	// conn whose writes never block
	if tcp, ok := raw.(*gonet.TCPConn); ok {
		if nb, err := hsnet.NewNBConn(tcp); err == nil {
			raw = nb
			c.stream.SetNonBlocking(nb)
		}
	}
	c.raw = raw
	c.active = c.ctx
	c.muted = &muteConn{Conn: raw}
	var base gonet.Conn = c.muted
	if len(held) > 0 {
		base = &prefixConn{Conn: c.muted, prefix: held}
	}
	if c.isServer && c.opts.ResumeSession {
		c.hello = &helloRecorder{Conn: base}
		base = c.hello
	}
	if c.isServer {
		c.tc = tls.Server(base, c.serverConfig())
	} else {
		c.tc = tls.Client(base, c.clientConfig())
	}
	finish := c.r.Loop.Reserve()
	run := func() {
		var err error
		if !c.isServer && c.ctx.NoCiphersForMax() {
			// OpenSSL's client fails before its hello, with an alert
			err = ErrNoCiphers
			_, _ = c.raw.Write(InternalErrorAlert)
		} else {
			err = c.tc.Handshake()
		}
		c.muted.handshook.Store(true)
		if c.rejected && err != nil {
			// crypto/tls refuses the client's certificate before reading
			// the rest of its flight; OpenSSL has read it all when Node
			// destroys the socket, so the client sees a clean close (EOF,
			// not a reset from unread data)
			drain(c.raw)
		}
		if err == nil && c.rejected {
			err = errRejected
		}
		if alert := UnexpectedRecordAlert(err); alert != nil && c.isServer {
			_, _ = c.raw.Write(alert)
		}
		switch {
		case err == nil:
		case c.isServer && c.ctx.MinVersion > c.ctx.MaxVersion:
			err = ErrNoProtocols
		case c.isServer && c.active.NoCiphersForMax():
			err = ErrNoCiphers
		case c.isServer && !c.helloSeen && isRemoteAlert(err):
			err = ErrRecordBeforeHello
		case !c.isServer && c.ctx.MinVersion > c.ctx.MaxVersion:
			// OpenSSL's client fails before its hello and says so
			if !c.muted.muted.Load() {
				_, _ = c.raw.Write(ProtocolVersionAlert)
			}
		}
		if err == nil {
			c.state = c.tc.ConnectionState()
		}
		if c.hello != nil {
			c.hello.stop()
		}
		c.mu.Lock()
		lines := orderKeylog(c.keylog, c.isServer)
		c.keylog = nil
		c.settled = true
		c.mu.Unlock()
		finish(func() { c.finish(err, lines) })
	}
	// The handshake starts after the current JavaScript task, as Node's
	// TLSWrap writes its first flight from the event loop: a socket
	// destroyed in the same tick (in its 'connect' listener, say) never
	// races a handshake that completes behind its back.
	c.r.Loop.Post(func() {
		if c.stream.Closed() {
			finish(func() {})
			return
		}
		go run()
	})
}

// finish reports the handshake's outcome to JavaScript (loop goroutine).
func (c *Conn) finish(err error, lines [][]byte) {
	if c.stream.Closed() {
		return
	}
	obj := c.stream.Object()
	for _, l := range lines {
		c.emitKeylog(l)
	}
	if err != nil {
		switch {
		case c.rejected:
			c.r.CallMethod(obj, "onverifyreject")
		case !c.isServer && (errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF)):
			// the server closed: Node's socket reads EOF ('end'), and its
			// 'end' listener from tls.connect makes the ECONNRESET error
			c.r.CallMethod(obj, "onhandshakeeof")
		default:
			ne := TranslateHandshakeError(err, c.isServer)
			c.r.CallMethod(obj, "onhandshakeerror", handshakeErrorObject(c.r, ne))
		}
		return
	}
	c.done = true
	c.stream.Attach(&alertConn{Conn: c.tc, c: c})
	// a TLS 1.2 client's session is known before 'secureConnect' (its
	// getSession() returns it there); the 'session' event waits for
	// 'secureConnect' in tls.js
	c.mu.Lock()
	pending := c.pending
	c.pending = nil
	if c.state.DidResume && c.ticket == nil && c.offered != nil {
		// getTLSTicket() of a resumed connection: the ticket it offered
		if t, _, err := c.offered.ResumptionState(); err == nil {
			c.ticket = append([]byte(nil), t...)
		}
	}
	c.mu.Unlock()
	// an OpenSSL client reports no new session on a resumed connection
	quiet := c.state.DidResume
	for _, s := range pending {
		c.emitSessionQuiet(s, quiet)
	}
	c.r.CallMethod(obj, "onhandshakedone", c.snapshot())
	if c.stream.Closed() {
		c.muted.dropHeld()
	} else {
		c.muted.release()
	}
	c.mu.Lock()
	fresh := c.newSessions
	c.newSessions = nil
	c.mu.Unlock()
	for _, s := range fresh {
		if c.stream.Closed() {
			return
		}
		vm := c.r.VM
		c.r.CallMethod(c.stream.Object(), "onnewsession",
			vm.ToValue(vm.NewArrayBuffer(s[0])), vm.ToValue(vm.NewArrayBuffer(s[1])))
	}
}

// muteConn is the raw connection under a handshake: once muted, writes
// are dropped, so a handshake that Node would end by destroying the socket
// sends no alert; the close comes when JavaScript destroys the socket,
// after its events. While held, writes are kept until release.
type muteConn struct {
	gonet.Conn
	muted     atomic.Bool
	holding   atomic.Bool // writes go to held (under mu)
	handshook atomic.Bool // Handshake returned: writes are the socket's

	mu   sync.Mutex
	held []byte
}

func (m *muteConn) mute() { m.muted.Store(true) }

// hold keeps what the handshake writes from now on (a client's last
// flight) until release: OpenSSL finishes a client handshake when it reads
// the server's Finished, and Node checks the server's identity and emits
// 'secureConnect' right then, before the client's Finished leaves. So a
// client that rejects the server, or is destroyed in 'secureConnect' (TLS
// 1.3, or a resumed TLS 1.2 session), never completes the server's
// handshake: the server sees the connection close, no 'secureConnection'.
// The socket's own first write or end releases it too, so that they go
// out after it and their completion is the connection's as ever.
func (m *muteConn) hold() {
	m.mu.Lock()
	m.holding.Store(true)
	m.mu.Unlock()
}

// release sends what was held (loop goroutine, after the handshake's
// events).
func (m *muteConn) release() {
	m.mu.Lock()
	m.releaseLocked()
	m.mu.Unlock()
}

// dropHeld mutes the connection if it still holds a flight: the socket
// was destroyed before it let it go.
func (m *muteConn) dropHeld() {
	m.mu.Lock()
	if m.holding.Load() {
		m.muted.Store(true)
		m.held = nil
	}
	m.mu.Unlock()
}

func (m *muteConn) releaseLocked() {
	if !m.holding.Load() {
		return
	}
	b := m.held
	m.held = nil
	if len(b) > 0 && !m.muted.Load() {
		_, _ = m.Conn.Write(b)
	}
	m.holding.Store(false)
}

func (m *muteConn) Write(b []byte) (int, error) {
	if m.muted.Load() {
		return len(b), nil
	}
	if m.holding.Load() {
		m.mu.Lock()
		if m.holding.Load() && !m.handshook.Load() {
			m.held = append(m.held, b...)
			m.mu.Unlock()
			return len(b), nil
		}
		if m.holding.Load() {
			// the socket's first write: it leaves with the held flight, in
			// one write as OpenSSL's output after the handshake callbacks
			// (a peer reading both at once closes without unread data)
			m.held = append(m.held, b...)
			m.releaseLocked()
			m.mu.Unlock()
			return len(b), nil
		}
		m.mu.Unlock()
	}
	return m.Conn.Write(b)
}

// CloseWrite keeps half-close working through the wrapper.
func (m *muteConn) CloseWrite() error {
	m.release()
	if cw, ok := m.Conn.(interface{ CloseWrite() error }); ok {
		return cw.CloseWrite()
	}
	return nil
}

func (c *Conn) baseConfig() *tls.Config {
	cfg := &tls.Config{
		MinVersion:       c.ctx.MinVersion,
		MaxVersion:       c.ctx.MaxVersion,
		CipherSuites:     c.ctx.CipherSuites,
		CurvePreferences: c.ctx.Curves,
		NextProtos:       c.opts.ALPN,
	}
	if cfg.CurvePreferences == nil {
		cfg.CurvePreferences = DefaultCurves
	}
	if c.opts.Keylog {
		cfg.KeyLogWriter = keylogWriter{c}
	}
	return cfg
}

func (c *Conn) serverConfig() *tls.Config {
	cfg := c.baseConfig()
	cfg.Certificates = c.ctx.Certificates()
	switch {
	case c.opts.RequestCert && c.opts.RejectUnauthorized:
		cfg.ClientAuth = tls.RequireAnyClientCert
	case c.opts.RequestCert:
		cfg.ClientAuth = tls.RequestClientCert
	}
	cfg.SetSessionTicketKeys(c.ctx.goTicketKeys())
	cfg.VerifyConnection = func(cs tls.ConnectionState) error {
		if !c.opts.RequestCert || len(cs.PeerCertificates) == 0 {
			return nil
		}
		c.peerChain = cs.PeerCertificates
		c.verifyCode = c.active.Verify(cs.PeerCertificates, PurposeClient)
		if c.verifyCode != "" && c.opts.RejectUnauthorized {
			// Node destroys the socket from its 'secure' handler. In TLS
			// 1.2 that is before the server's Finished leaves: the client
			// sees the connection close (ECONNRESET), the server a 'socket
			// hang up'. In TLS 1.3 the client has finished already: the
			// handshake completes (the client's Finished is read, so the
			// close is a clean FIN) and start() closes it then.
			c.rejected = true
			if cs.Version == tls.VersionTLS13 {
				return nil
			}
			c.muted.mute()
			return errRejected
		}
		return nil
	}
	cfg.GetConfigForClient = func(hello *tls.ClientHelloInfo) (*tls.Config, error) {
		return c.configForClient(cfg, hello)
	}
	c.installSessionHooks(cfg)
	return cfg
}

// configForClient runs the ClientHello hooks ('resumeSession', ALPNCallback,
// SNICallback) and adapts the Config to this client as OpenSSL would:
// ALPN refusal, ECDSA suites only for clients with the certificate's curve,
// and the TLS 1.3 suites of the `ciphers` option. nil keeps base.
func (c *Conn) configForClient(base *tls.Config, hello *tls.ClientHelloInfo) (*tls.Config, error) {
	c.helloSeen = true
	c.sigalgs = append([]tls.SignatureScheme(nil), hello.SignatureSchemes...)
	// 'resumeSession' only for TLS 1.3 hellos: Node emits it for a session
	// id without a ticket, which an OpenSSL client sends in TLS 1.3 (its
	// compatibility id) but not in a first TLS 1.2 hello, while a Go client
	// always sends one (see installSessionHooks).
	if c.opts.ResumeSession && c.hello != nil && offers13(hello) && c.ctx.MaxVersion >= tls.VersionTLS13 {
		if id, ok := c.hello.sessionID(); ok {
			if _, err := c.askResume(id); err != nil {
				return nil, err
			}
		}
	}
	var reply helloReply
	if c.opts.SNI || c.opts.ALPNCallback {
		var err error
		if reply, err = c.askHello(hello); err != nil {
			return nil, err
		}
		if reply.err != nil {
			// Node destroys the socket: the client sees the connection
			// close (when tls.js destroys it), not an alert
			c.muted.mute()
			return nil, reply.err
		}
	}
	sc := c.ctx
	if reply.ctx != nil {
		sc = reply.ctx
		c.active = sc
	}
	if !sc.SecLevel0 && maxShared(hello, sc) < tls.VersionTLS12 && maxShared(hello, sc) != 0 {
		return nil, ErrNoSuitableSigalg
	}
	if !TLS13SuiteShared(hello, sc.TLS13Suites) {
		return nil, ErrNoSharedTLS13Suite
	}
	certs := base.Certificates
	if reply.ctx != nil {
		certs = sc.Certificates()
	}
	if len(certs) == 0 {
		// OpenSSL finds no suite (TLS 1.2) or signature algorithm (TLS
		// 1.3) without a certificate and sends handshake_failure, where
		// crypto/tls would send unrecognized_name
		_, _ = c.raw.Write(HandshakeFailureAlert)
		c.muted.mute()
		if maxShared(hello, sc) >= tls.VersionTLS13 {
			return nil, ErrNoCertificate13
		}
		return nil, ErrNoCertificate12
	}
	protos := base.NextProtos
	switch {
	case reply.noMatch:
		protos = []string{noProtocol}
	case reply.alpn != nil:
		protos = []string{*reply.alpn}
	default:
		protos = ALPNServerProtos(protos, hello.SupportedProtos)
	}
	stapled := false
	if c.opts.OCSPRequest && len(certs) > 0 && hasExtension(hello.Extensions, 5) {
		// the client asked for a status (status_request): 'OCSPRequest'
		r, err := c.askOCSP(certs[0])
		if err != nil {
			return nil, err
		}
		if r.err != nil {
			c.muted.mute()
			return nil, r.err
		}
		if r.staple != nil {
			certs = append([]tls.Certificate(nil), certs...)
			certs[0].OCSPStaple = r.staple
			stapled = true
		}
	}
	suites := sc.CipherSuites
	version := maxShared(hello, sc)
	if len(certs) > 1 {
		// several certificates (one per key type): crypto/tls presents the
		// first the client supports (OpenSSL follows the client's
		// preferences); getCertificate() must report that one
		c.chosen = GoCertificateChoice(hello, certs).Leaf
	}
	if len(certs) > 0 && certs[0].Leaf != nil {
		if len(certs) == 1 {
			c.chosen = certs[0].Leaf
		}
		suites = SuitesForClient(hello, certs[0].Leaf, suites)
		if len(certs) == 1 {
			if id, ok := ChooseSuite(hello, suites, sc.ServerPreference, certs[0].Leaf, version, sc.curves()); ok {
				suites = []uint16{id}
			}
		}
	}
	if reply.ctx == nil && !stapled && sameStrings(protos, base.NextProtos) && sameSuites(suites, base.CipherSuites) {
		return nil, nil
	}
	next := base.Clone()
	next.GetConfigForClient = nil
	next.Certificates = certs
	next.NextProtos = protos
	next.CipherSuites = suites
	if reply.ctx != nil {
		next.MinVersion, next.MaxVersion = sc.MinVersion, sc.MaxVersion
	}
	return next, nil
}

func hasExtension(exts []uint16, id uint16) bool {
	for _, e := range exts {
		if e == id {
			return true
		}
	}
	return false
}

// maxShared is the version crypto/tls will negotiate (0: none).
func maxShared(hello *tls.ClientHelloInfo, sc *SecureContext) uint16 {
	best := uint16(0)
	for _, v := range hello.SupportedVersions {
		if v >= sc.MinVersion && v <= sc.MaxVersion && v > best {
			best = v
		}
	}
	return best
}

func offers13(hello *tls.ClientHelloInfo) bool {
	for _, v := range hello.SupportedVersions {
		if v == tls.VersionTLS13 {
			return true
		}
	}
	return false
}

func sameStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func sameSuites(a, b []uint16) bool {
	if len(a) != len(b) || (a == nil) != (b == nil) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func (c *Conn) clientConfig() *tls.Config {
	cfg := c.baseConfig()
	cfg.ServerName = c.opts.ServerName
	cfg.InsecureSkipVerify = true
	certs := c.ctx.Certificates()
	cfg.GetClientCertificate = func(req *tls.CertificateRequestInfo) (*tls.Certificate, error) {
		// the server's signature_algorithms: the client's getSharedSigalgs()
		c.sigalgs = append([]tls.SignatureScheme(nil), req.SignatureSchemes...)
		if len(certs) == 0 {
			return &tls.Certificate{}, nil
		}
		cert := certs[0]
		return &cert, nil
	}
	cfg.VerifyConnection = func(cs tls.ConnectionState) error {
		if cs.Version == tls.VersionTLS13 || cs.DidResume {
			// the server's Finished comes before ours: keep ours until
			// JavaScript has checked the server (see muteConn.hold)
			c.muted.hold()
		}
		c.peerChain = cs.PeerCertificates
		if len(cs.PeerCertificates) > 0 {
			c.verifyCode = c.ctx.Verify(cs.PeerCertificates, PurposeServer)
		}
		return nil
	}
	cache := &sessionCache{c: c}
	if len(c.opts.Session) > 0 {
		if cs, err := DecodeSession(c.opts.Session); err == nil {
			cache.initial = cs
			c.offered = cs
		}
	}
	cfg.ClientSessionCache = cache
	return cfg
}

// localLeaf is getCertificate()'s certificate: the one this side presented.
func (c *Conn) localLeaf() *x509.Certificate {
	if c.isServer && c.chosen != nil {
		return c.chosen
	}
	if c.active != nil {
		return c.active.Leaf()
	}
	return c.ctx.Leaf()
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
	var ticket []byte
	if t, _, err := cs.ResumptionState(); err == nil {
		ticket = append([]byte(nil), t...)
	}
	c.r.Loop.Post(func() {
		// getTLSTicket sees it from now on: at 'secureConnect' for TLS 1.2,
		// with the 'session' event for a TLS 1.3 ticket
		c.mu.Lock()
		c.ticket = ticket
		c.mu.Unlock()
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

func (c *Conn) emitSession(data []byte) { c.emitSessionQuiet(data, false) }

// emitSessionQuiet hands a session to tls.js; quiet ones only become
// getSession()'s value, with no 'session' event.
func (c *Conn) emitSessionQuiet(data []byte, quiet bool) {
	ab := c.r.VM.NewArrayBuffer(data)
	c.r.CallMethod(c.stream.Object(), "onsession", c.r.VM.ToValue(ab), c.r.VM.ToValue(quiet))
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

// alertConn is the established tls.Conn as the stream reads it: an alert
// or record error after the handshake (a TLS 1.3 server refusing the
// client's certificate, say) becomes Node's SSL error instead of a network
// error.
type alertConn struct {
	*tls.Conn
	c *Conn
}

// Read turns an alert or record error into Node's: the TLS error is
// emitted (as Node's onerror does once the handshake is over, without
// destroying the socket) and the stream reads EOF, so 'end' and a 'close'
// without error follow when the peer has gone.
func (a *alertConn) Read(b []byte) (int, error) {
	n, err := a.Conn.Read(b)
	if err != nil && err != hsnet.ErrWouldBlock && !IsDisconnect(err) {
		if ne := TranslateHandshakeError(err, false); ne.Code != "" {
			if a.c == nil {
				return n, &jsError{ne}
			}
			c := a.c
			c.r.Loop.Post(func() {
				if !c.stream.Closed() {
					c.r.CallMethod(c.stream.Object(), "ontlserror", handshakeErrorObject(c.r, ne))
				}
			})
			return n, io.EOF
		}
	}
	return n, err
}

// jsError carries a NodeError through the net stream, which asks it for
// its JavaScript value (hsnet.ErrorValue honours JSError).
type jsError struct{ ne *NodeError }

func (e *jsError) Error() string { return e.ne.Message }

// JSError builds the error object (loop goroutine).
func (e *jsError) JSError(r *runtime.Runtime) *goja.Object { return handshakeErrorObject(r, e.ne) }

// handshakeErrorObject is nodeErrorObject for errors Node creates in C++
// during I/O: their stack has no JavaScript frames.
func handshakeErrorObject(r *runtime.Runtime, ne *NodeError) *goja.Object {
	o := nodeErrorObject(r, ne)
	if ne.Library != "" {
		_ = o.DefineDataProperty("stack", r.VM.ToValue(ne.Name+": "+ne.Message), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	return o
}

// drain reads what the peer has already sent (a short wait for bytes in
// flight), so that closing the connection sends a FIN, not a reset.
func drain(conn gonet.Conn) {
	if conn == nil || conn.SetReadDeadline(time.Now().Add(20*time.Millisecond)) != nil {
		return
	}
	buf := make([]byte, 4096)
	for {
		if _, err := conn.Read(buf); err != nil {
			return
		}
	}
}
