package http

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"iter"
	gohttp "net/http"
	"net/http/httputil"
	"net/textproto"
	"strconv"
	"strings"
)

// Kind says whether a Parser reads requests (a server) or responses (a
// client).
type Kind int

// Parser kinds.
const (
	Request Kind = iota
	Response
)

// Event kinds a Parser reports, in stream order.
const (
	EvHeaders  = 1 // a message head: see Head
	EvBody     = 2 // body bytes: Data
	EvComplete = 3 // the message ended: Trailers (raw pairs) if any
	EvError    = 4 // the stream is unparseable: Code, Reason; no more events
	EvUpgrade  = 5 // the connection left HTTP (Upgrade/CONNECT): Data is what followed the head
)

// Head is a parsed request or response head.
type Head struct {
	Method        string
	URL           string
	Major, Minor  int
	StatusCode    int
	StatusMessage string
	RawHeaders    []string // name, value, name, value… as sent
	KeepAlive     bool
	Upgrade       bool
}

// Event is one thing the parser found.
type Event struct {
	Kind     int
	Head     *Head
	Data     []byte
	Trailers []string
	Code     string // llhttp's error name, e.g. HPE_INVALID_METHOD
	Reason   string // llhttp's reason text
}

// DefaultMaxHeaderSize is Node's http.maxHeaderSize.
const DefaultMaxHeaderSize = 16384

// Parser is an incremental HTTP/1.1 parser: Execute hands it the bytes a
// socket delivered and returns the events they complete. It reads the stream
// with the standard library (textproto for head lines, net/http's
// ReadRequest/ReadResponse for the head's meaning and framing, httputil's
// chunked reader for chunked bodies) inside a coroutine (iter.Pull) that
// suspends whenever it needs bytes that have not arrived yet, so the stock
// blocking readers keep their state between Execute calls.
//
// A request parser starts without the coroutine: while whole bodiless
// requests arrive (a keep-alive client's GETs), Execute interprets each
// head in place (see executeSimple); the first input it cannot finish that
// way (a partial head, a body, an upgrade, an error) starts the coroutine at
// that message, which then reads the rest of the stream. An idle
// connection's parser then holds no coroutine stack and no read buffer.
type Parser struct {
	kind          Kind
	MaxHeaderSize int

	in     []byte // bytes handed in and not yet read by the coroutine
	eof    bool
	method []string // response parsers: the request method of each outstanding request

	buf []byte // body read buffer, made on the first body

	// a head executeSimple interpreted but could not finish (a body or
	// an upgrade follows): run starts with it instead of reading it again
	pending        *Head
	pendingFraming framing

	next   func() (Event, bool)
	stop   func()
	done   bool
	inBody bool // a message started and has not completed
}

// errStopped is what the coroutine's reads return once Close has ended it.
var errStopped = errors.New("parser stopped")

// kindNeedMore is the event the coroutine yields when it has run out of
// input; Execute returns to JavaScript on it.
const kindNeedMore = 0

// NewParser returns a parser for requests or responses.
func NewParser(kind Kind) *Parser {
	p := &Parser{kind: kind, MaxHeaderSize: DefaultMaxHeaderSize}
	if kind != Request {
		p.next, p.stop = iter.Pull(p.run)
	}
	return p
}

// ExpectMethod tells a response parser the method of the next request sent,
// so it knows that a HEAD response has no body.
func (p *Parser) ExpectMethod(method string) {
	p.method = append(p.method, method)
}

// Execute feeds data (eof: the peer closed its side) and returns the events
// the bytes so far complete.
func (p *Parser) Execute(data []byte, eof bool) (out []Event) {
	if p.done {
		return nil
	}
	defer func() {
		// a panic in the readers must not reach JavaScript: report it as
		// a parse error and stop
		if r := recover(); r != nil {
			p.done = true
			p.stop = nil
			out = append(out, Event{Kind: EvError, Code: "HPE_INTERNAL", Reason: "Internal parser error"})
		}
	}()
	inPlace := p.next == nil && len(p.in) == 0
	if inPlace {
		// read data in place; what is left is copied below, as the
		// caller's buffer is not ours to keep
		p.in = data
	} else {
		p.in = append(p.in, data...)
	}
	if eof {
		p.eof = true
	}
	if p.next == nil {
		out = p.executeSimple(out)
		if len(p.in) == 0 {
			p.in = nil
		} else if inPlace {
			p.in = append([]byte(nil), p.in...)
		}
		if p.done {
			return out
		}
		if len(p.in) == 0 && !p.eof && p.pending == nil {
			p.in = nil // nothing held while idle
			return out
		}
		if len(p.in) == 0 && p.eof && p.pending == nil {
			p.done = true // the stream ended cleanly between messages
			return out
		}
		p.next, p.stop = iter.Pull(p.run)
	}
	for {
		ev, ok := p.next()
		if !ok {
			p.done = true
			return out
		}
		if ev.Kind == kindNeedMore {
			return out
		}
		out = append(out, ev)
		if ev.Kind == EvError || ev.Kind == EvUpgrade {
			p.Close()
			return out
		}
	}
}

// executeSimple takes whole bodiless requests off the front of p.in, as
// run's loop would read them, and stops at anything else (which run then
// reads from that point on): a head not complete yet, blank lines before it
// (skipped by readHead), a head over MaxHeaderSize, one that interpret
// rejects. A head followed by a body or an upgrade is taken off too and left
// in p.pending, so run starts from it without reading it again.
func (p *Parser) executeSimple(out []Event) []Event {
	for len(p.in) > 0 && !p.done {
		if c := p.in[0]; c == '\r' || c == '\n' {
			return out
		}
		end := headEnd(p.in, p.MaxHeaderSize)
		if end < 0 {
			return out
		}
		head, f, err := p.interpret(p.in[:end])
		if err != nil {
			return out
		}
		p.in = p.in[end:]
		if f.kind != frameNone || head.Upgrade {
			p.pending, p.pendingFraming = head, f
			return out
		}
		out = append(out, Event{Kind: EvHeaders, Head: head}, Event{Kind: EvComplete})
	}
	return out
}

// headEnd returns the length of the message head at the start of b (start
// line through the line that is empty once its CR/LF are trimmed, as
// readHead ends a head), or -1 when b does not hold all of it within max
// bytes.
func headEnd(b []byte, max int) int {
	start := 0
	for {
		i := bytes.IndexByte(b[start:], '\n')
		if i < 0 {
			return -1
		}
		end := start + i + 1
		if end > max {
			return -1
		}
		if start > 0 && len(bytes.TrimRight(b[start:end], "\r\n")) == 0 {
			return end
		}
		start = end
	}
}

// InMessage reports whether a message has started and not completed.
func (p *Parser) InMessage() bool { return p.inBody }

// Close ends the coroutine; the parser reports nothing more.
func (p *Parser) Close() {
	p.done = true
	if p.stop != nil {
		p.stop()
		p.stop = nil
	}
}

// source is the coroutine's view of the input: Read suspends the coroutine
// (yielding "need more") until Execute adds bytes or EOF.
type source struct {
	p     *Parser
	yield func(Event) bool
}

func (s *source) Read(b []byte) (int, error) {
	for len(s.p.in) == 0 {
		if s.p.eof {
			return 0, io.EOF
		}
		if !s.yield(Event{Kind: kindNeedMore}) {
			return 0, errStopped
		}
	}
	n := copy(b, s.p.in)
	s.p.in = s.p.in[n:]
	if len(s.p.in) == 0 {
		s.p.in = nil
	}
	return n, nil
}

// parseError is a failure with llhttp's name for it.
type parseError struct{ code, reason string }

func (e *parseError) Error() string { return e.reason }

func perr(code, reason string) *parseError { return &parseError{code, reason} }

func (p *Parser) run(yield func(Event) bool) {
	src := &source{p: p, yield: yield}
	// a small buffer: idle keep-alive connections hold one each; longer
	// head lines are gathered by readHead, bodies are read through it
	br := bufio.NewReaderSize(src, 4<<10)
	emit := func(ev Event) bool { return yield(ev) }
	fail := func(err error) {
		if errors.Is(err, errStopped) {
			return
		}
		var pe *parseError
		if !errors.As(err, &pe) {
			pe = perr("HPE_INVALID_EOF_STATE", "Invalid EOF state")
		}
		emit(Event{Kind: EvError, Code: pe.code, Reason: pe.reason})
	}
	for {
		head, framing := p.pending, p.pendingFraming
		p.pending = nil
		if head == nil {
			raw, err := p.readHead(br)
			if err == io.EOF {
				return // clean end between messages
			}
			if err != nil {
				fail(err)
				return
			}
			p.inBody = true
			head, framing, err = p.interpret(raw)
			if err != nil {
				fail(err)
				return
			}
		}
		p.inBody = true
		if !emit(Event{Kind: EvHeaders, Head: head}) {
			return
		}
		if head.Upgrade {
			rest := make([]byte, br.Buffered(), br.Buffered()+len(p.in))
			_, _ = io.ReadFull(br, rest)
			rest = append(rest, p.in...)
			p.in = nil
			emit(Event{Kind: EvUpgrade, Data: rest})
			return
		}
		trailers, err := p.readBody(br, framing, emit)
		if err != nil {
			fail(err)
			return
		}
		p.inBody = false
		if !emit(Event{Kind: EvComplete, Trailers: trailers}) {
			return
		}
		if framing.kind == frameEOF {
			return
		}
	}
}

// readHead reads one message head (start line through the blank line),
// skipping blank lines before it as llhttp does. io.EOF means the stream
// ended cleanly before a new message.
func (p *Parser) readHead(br *bufio.Reader) ([]byte, error) {
	var head []byte
	started := false
	for {
		line, err := br.ReadSlice('\n')
		if err == bufio.ErrBufferFull {
			head = append(head, line...)
			started = true
			if len(head) > p.MaxHeaderSize {
				return nil, perr("HPE_HEADER_OVERFLOW", "Header overflow")
			}
			continue
		}
		if err != nil {
			if err == io.EOF && !started && len(line) == 0 {
				return nil, io.EOF
			}
			if errors.Is(err, errStopped) {
				return nil, err
			}
			p.inBody = true
			return nil, perr("HPE_INVALID_EOF_STATE", "Invalid EOF state")
		}
		trimmed := bytes.TrimRight(line, "\r\n")
		if !started && len(trimmed) == 0 {
			continue
		}
		started = true
		p.inBody = true
		head = append(head, line...)
		if len(head) > p.MaxHeaderSize {
			return nil, perr("HPE_HEADER_OVERFLOW", "Header overflow")
		}
		if len(trimmed) == 0 && len(head) > len(line) {
			return head, nil
		}
	}
}

type frameKind int

const (
	frameNone frameKind = iota
	frameLength
	frameChunked
	frameEOF
	frameInvalid // the head was fine but its framing is not (reported after the head)
)

type framing struct {
	kind   frameKind
	length int64
}

// interpret reads the head's lines in order with textproto (for rawHeaders)
// and its meaning with net/http (validation, version, framing, keep-alive).
func (p *Parser) interpret(raw []byte) (*Head, framing, error) {
	if p.kind == Request {
		if h, f, ok := fastRequest(raw); ok {
			return h, f, nil
		}
	}
	return p.interpretSlow(raw)
}

// interpretSlow is interpret without the one-pass reading of common
// request heads.
func (p *Parser) interpretSlow(raw []byte) (*Head, framing, error) {
	if err := checkLineEnds(raw, p.kind == Response); err != nil {
		return nil, framing{}, err
	}
	tp := textproto.NewReader(headReader(raw))
	start, err := tp.ReadLine()
	if err != nil {
		return nil, framing{}, perr("HPE_INVALID_CONSTANT", "Expected HTTP/, RTSP/ or ICE/")
	}
	h := &Head{}
	for {
		line, err := tp.ReadContinuedLine()
		if err != nil || line == "" {
			break
		}
		name, value, ok := strings.Cut(line, ":")
		if !ok || name == "" || !validToken(name) {
			return nil, framing{}, perr("HPE_INVALID_HEADER_TOKEN", "Invalid header token")
		}
		value = strings.Trim(value, " \t")
		if !validValue(value) {
			return nil, framing{}, perr("HPE_INVALID_HEADER_TOKEN", "Invalid header value char")
		}
		h.RawHeaders = append(h.RawHeaders, name, value)
	}
	if p.kind == Request {
		return p.interpretRequest(start, raw, h)
	}
	return p.interpretResponse(start, raw, h)
}

// checkLineEnds applies llhttp's strict CRLF rules, which textproto (that
// accepts bare LF) does not.
func checkLineEnds(raw []byte, response bool) error {
	lines := bytes.SplitAfter(raw, []byte("\n"))
	for i, l := range lines {
		if len(l) == 0 {
			continue
		}
		body := bytes.TrimSuffix(l, []byte("\n"))
		hasCR := bytes.HasSuffix(body, []byte("\r"))
		body = bytes.TrimSuffix(body, []byte("\r"))
		switch {
		case i == 0 && !hasCR && response:
			return perr("HPE_CR_EXPECTED", "Missing expected CR after response line")
		case i == 0 && !hasCR:
			return perr("HPE_INVALID_VERSION", "Expected CRLF after version")
		case len(body) == 0 && !hasCR:
			return perr("HPE_INVALID_HEADER_TOKEN", "Invalid header field char")
		case !hasCR:
			return perr("HPE_CR_EXPECTED", "Missing expected CR after header value")
		case i > 0 && bytes.IndexByte(body, '\r') >= 0:
			return perr("HPE_LF_EXPECTED", "Missing expected LF after header value")
		}
	}
	return nil
}

// methods are the request methods llhttp knows (Node's http.METHODS).
var methods = map[string]bool{}

func init() {
	for _, m := range strings.Fields("ACL BIND CHECKOUT CONNECT COPY DELETE GET HEAD LINK LOCK M-SEARCH MERGE " +
		"MKACTIVITY MKCALENDAR MKCOL MOVE NOTIFY OPTIONS PATCH POST PROPFIND PROPPATCH PURGE PUT QUERY REBIND " +
		"REPORT SEARCH SOURCE SUBSCRIBE TRACE UNBIND UNLINK UNLOCK UNSUBSCRIBE") {
		methods[m] = true
	}
}

// checkFraming applies llhttp's rules on Content-Length and
// Transfer-Encoding that net/http is more lenient about.
func checkFraming(raw []string) error {
	cl, te := 0, false
	for i := 0; i < len(raw); i += 2 {
		switch strings.ToLower(raw[i]) {
		case "content-length":
			cl++
			v := raw[i+1]
			if v == "" {
				return perr("HPE_INVALID_CONTENT_LENGTH", "Invalid character in Content-Length")
			}
			for j := 0; j < len(v); j++ {
				if v[j] < '0' || v[j] > '9' {
					return perr("HPE_INVALID_CONTENT_LENGTH", "Invalid character in Content-Length")
				}
			}
		case "transfer-encoding":
			te = true
		}
	}
	if cl > 1 {
		return perr("HPE_UNEXPECTED_CONTENT_LENGTH", "Duplicate Content-Length")
	}
	if cl > 0 && te {
		return perr("HPE_INVALID_CONTENT_LENGTH", "Content-Length can't be present with Transfer-Encoding")
	}
	return nil
}

func (p *Parser) interpretRequest(start string, raw []byte, h *Head) (*Head, framing, error) {
	method, rest, ok1 := strings.Cut(start, " ")
	uri, proto, ok2 := strings.Cut(rest, " ")
	if !ok1 || !methods[method] {
		return nil, framing{}, perr("HPE_INVALID_METHOD", "Invalid method encountered")
	}
	if !ok2 || uri == "" {
		return nil, framing{}, perr("HPE_INVALID_URL", "Invalid URL")
	}
	if !strings.HasPrefix(proto, "HTTP/") {
		return nil, framing{}, perr("HPE_INVALID_CONSTANT", "Expected HTTP/, RTSP/ or ICE/")
	}
	switch proto {
	case "HTTP/0.9", "HTTP/1.0", "HTTP/1.1", "HTTP/2.0":
	default:
		return nil, framing{}, perr("HPE_INVALID_VERSION", "Invalid HTTP version")
	}
	if err := checkFraming(h.RawHeaders); err != nil {
		return nil, framing{}, err
	}
	// A request whose Transfer-Encoding does not end in chunked has no
	// framing llhttp accepts: the head is reported, then the error.
	badTE := false
	for i := 0; i < len(h.RawHeaders); i += 2 {
		if strings.EqualFold(h.RawHeaders[i], "Transfer-Encoding") {
			v := strings.TrimSpace(h.RawHeaders[i+1])
			parts := strings.Split(v, ",")
			badTE = !strings.EqualFold(strings.TrimSpace(parts[len(parts)-1]), "chunked")
		}
	}
	if badTE {
		raw = stripHeader(raw, "transfer-encoding")
	}
	req, err := gohttp.ReadRequest(headReader(raw))
	if err != nil {
		return nil, framing{}, goError(err)
	}
	h.Method = req.Method
	h.URL = req.RequestURI
	h.Major, h.Minor = req.ProtoMajor, req.ProtoMinor
	h.KeepAlive = !req.Close
	f := framing{kind: frameNone}
	switch {
	case badTE:
		f.kind = frameInvalid
	case isChunked(req.TransferEncoding):
		f.kind = frameChunked
	case req.ContentLength > 0:
		f = framing{kind: frameLength, length: req.ContentLength}
	}
	if req.Method == "CONNECT" || (hasToken(req.Header, "Connection", "upgrade") && req.Header.Get("Upgrade") != "") {
		h.Upgrade = true
	}
	return h, f, nil
}

// stripHeader drops the lines of one header (lower-case name) from a head.
func stripHeader(raw []byte, name string) []byte {
	lines := bytes.SplitAfter(raw, []byte("\n"))
	var out []byte
	for i, l := range lines {
		if i > 0 {
			if k, _, ok := bytes.Cut(l, []byte(":")); ok && strings.EqualFold(string(k), name) {
				continue
			}
		}
		out = append(out, l...)
	}
	return out
}

func (p *Parser) interpretResponse(start string, raw []byte, h *Head) (*Head, framing, error) {
	if !strings.HasPrefix(start, "HTTP/") {
		return nil, framing{}, perr("HPE_INVALID_CONSTANT", "Expected HTTP/, RTSP/ or ICE/")
	}
	method := "GET"
	if len(p.method) > 0 {
		method = p.method[0]
	}
	resp, err := gohttp.ReadResponse(headReader(raw), &gohttp.Request{Method: method})
	if err != nil {
		if strings.Contains(err.Error(), "status code") {
			return nil, framing{}, perr("HPE_INVALID_STATUS", "Invalid status code")
		}
		if strings.Contains(err.Error(), "HTTP version") {
			return nil, framing{}, perr("HPE_INVALID_VERSION", "Invalid HTTP version")
		}
		return nil, framing{}, goError(err)
	}
	h.StatusCode = resp.StatusCode
	h.StatusMessage = strings.TrimPrefix(strings.TrimPrefix(resp.Status, strconv.Itoa(resp.StatusCode)), " ")
	h.Major, h.Minor = resp.ProtoMajor, resp.ProtoMinor
	h.KeepAlive = !resp.Close
	f := framing{kind: frameNone}
	informational := resp.StatusCode >= 100 && resp.StatusCode < 200
	switch {
	case informational, resp.StatusCode == 204, resp.StatusCode == 304, method == "HEAD":
	case isChunked(resp.TransferEncoding):
		f.kind = frameChunked
	case resp.ContentLength >= 0:
		if resp.ContentLength > 0 {
			f = framing{kind: frameLength, length: resp.ContentLength}
		}
	default:
		f.kind = frameEOF
		h.KeepAlive = false
	}
	if resp.StatusCode == 101 || (method == "CONNECT" && resp.StatusCode/100 == 2) {
		h.Upgrade = true
	}
	if !informational || h.Upgrade {
		if len(p.method) > 0 {
			p.method = p.method[1:]
		}
	}
	return h, f, nil
}

// readBody reads one body as framed, emitting its bytes; it returns the
// trailers of a chunked body.
func (p *Parser) readBody(br *bufio.Reader, f framing, emit func(Event) bool) ([]string, error) {
	if f.kind == frameNone {
		return nil, nil
	}
	if p.buf == nil {
		p.buf = make([]byte, 16<<10)
	}
	buf := p.buf
	send := func(n int) bool {
		d := make([]byte, n)
		copy(d, buf[:n])
		return emit(Event{Kind: EvBody, Data: d})
	}
	switch f.kind {
	case frameInvalid:
		return nil, perr("HPE_INVALID_TRANSFER_ENCODING", "Request has invalid `Transfer-Encoding`")
	case frameLength:
		left := f.length
		for left > 0 {
			want := int64(len(buf))
			if left < want {
				want = left
			}
			// take what is buffered; block only when nothing is
			if b := int64(br.Buffered()); b > 0 && b < want {
				want = b
			}
			n, err := br.Read(buf[:want])
			if n > 0 {
				left -= int64(n)
				if !send(n) {
					return nil, errStopped
				}
			}
			if err != nil {
				return nil, eofError(err)
			}
		}
		return nil, nil
	case frameEOF:
		for {
			n, err := br.Read(buf)
			if n > 0 && !send(n) {
				return nil, errStopped
			}
			if err == io.EOF {
				return nil, nil
			}
			if err != nil {
				return nil, err
			}
		}
	}
	cr := httputil.NewChunkedReader(br)
	for {
		n, err := cr.Read(buf)
		if n > 0 && !send(n) {
			return nil, errStopped
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			if errors.Is(err, errStopped) {
				return nil, err
			}
			if errors.Is(err, io.ErrUnexpectedEOF) || err == io.EOF {
				return nil, perr("HPE_INVALID_EOF_STATE", "Invalid EOF state")
			}
			return nil, perr("HPE_INVALID_CHUNK_SIZE", "Invalid character in chunk size")
		}
	}
	// the trailer section: header lines up to a blank line
	var trailers []string
	tp := textproto.NewReader(br)
	for {
		line, err := tp.ReadContinuedLine()
		if err != nil {
			return nil, eofError(err)
		}
		if line == "" {
			return trailers, nil
		}
		name, value, ok := strings.Cut(line, ":")
		if !ok || !validToken(name) {
			return nil, perr("HPE_INVALID_HEADER_TOKEN", "Invalid header token")
		}
		trailers = append(trailers, name, strings.Trim(value, " \t"))
	}
}

func eofError(err error) error {
	if err == io.EOF || errors.Is(err, io.ErrUnexpectedEOF) {
		return perr("HPE_INVALID_EOF_STATE", "Invalid EOF state")
	}
	return err
}

// goError names a net/http head error as llhttp would.
func goError(err error) error {
	msg := err.Error()
	switch {
	case strings.Contains(msg, "Content-Length"):
		return perr("HPE_INVALID_CONTENT_LENGTH", "Invalid character in Content-Length")
	case strings.Contains(msg, "transfer encoding"), strings.Contains(msg, "Transfer-Encoding"):
		return perr("HPE_INVALID_TRANSFER_ENCODING", "Invalid `Transfer-Encoding` header value")
	case strings.Contains(msg, "malformed HTTP version"):
		return perr("HPE_INVALID_VERSION", "Invalid HTTP version")
	case strings.Contains(msg, "invalid method"):
		return perr("HPE_INVALID_METHOD", "Invalid method encountered")
	case strings.Contains(msg, "header"):
		return perr("HPE_INVALID_HEADER_TOKEN", "Invalid header token")
	}
	return perr("HPE_INVALID_URL", "Invalid URL")
}

func isChunked(te []string) bool {
	return len(te) > 0 && strings.EqualFold(te[len(te)-1], "chunked")
}

func hasToken(h gohttp.Header, name, token string) bool {
	for _, v := range h.Values(name) {
		for _, t := range strings.Split(v, ",") {
			if strings.EqualFold(strings.TrimSpace(t), token) {
				return true
			}
		}
	}
	return false
}

// validToken reports whether s is an RFC 7230 token.
func validToken(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
			continue
		}
		if !strings.ContainsRune("!#$%&'*+-.^_`|~", rune(c)) {
			return false
		}
	}
	return true
}

// validValue rejects the control characters llhttp refuses in values.
func validValue(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 && c != '\t' || c == 0x7f {
			return false
		}
	}
	return true
}

// headReader reads a head already in memory through a buffer of its size
// (at least bufio's minimum) rather than bufio's default 4 KiB: the head is
// read twice per message (textproto, then net/http), and the two buffers
// were most of a small request's parsing cost.
func headReader(raw []byte) *bufio.Reader {
	return bufio.NewReaderSize(bytes.NewReader(raw), len(raw))
}

// fastRequest reads a request head in one pass over its bytes when the head
// is one whose meaning interpret's three readers (checkLineEnds, textproto,
// net/http's ReadRequest) agree on without question: CRLF line ends and no
// other CR, no folded lines, a known method other than CONNECT, an
// origin-form target of plain characters, HTTP/1.0 or 1.1, valid header
// names and values, at most one Host and one Content-Length, and no
// Transfer-Encoding, Upgrade or Trailer header. It yields what interpret
// would for such a head; ok is false for every other head, which interpret
// then reads the long way (so errors and rare forms keep their exact
// reports). All strings of the Head share one copy of the head.
func fastRequest(raw []byte) (h *Head, f framing, ok bool) {
	// the start line
	eol := bytes.IndexByte(raw, '\n')
	if eol < 1 || raw[eol-1] != '\r' {
		return nil, f, false
	}
	sp1 := bytes.IndexByte(raw[:eol-1], ' ')
	if sp1 < 0 {
		return nil, f, false
	}
	sp2 := bytes.IndexByte(raw[sp1+1:eol-1], ' ')
	if sp2 < 0 {
		return nil, f, false
	}
	sp2 += sp1 + 1
	if !methods[string(raw[:sp1])] || string(raw[:sp1]) == "CONNECT" {
		return nil, f, false
	}
	uri := raw[sp1+1 : sp2]
	if len(uri) == 0 || uri[0] != '/' {
		return nil, f, false
	}
	for _, c := range uri {
		// url.ParseRequestURI fails only on control characters and bad
		// escapes in such a target; '%' is left to the long way
		if c <= ' ' || c >= 0x7f || c == '%' {
			return nil, f, false
		}
	}
	minor := 0
	switch string(raw[sp2+1 : eol-1]) {
	case "HTTP/1.1":
		minor = 1
	case "HTTP/1.0":
	default:
		return nil, f, false
	}
	lines := bytes.Count(raw, []byte{'\n'})
	s := string(raw)
	h = &Head{Method: s[:sp1], URL: s[sp1+1 : sp2], Major: 1, Minor: minor}
	if lines > 2 {
		h.RawHeaders = make([]string, 0, 2*(lines-2))
	}
	hosts, lengths := 0, 0
	hasClose, hasKeepAlive := false, false
	for pos := eol + 1; ; {
		e := bytes.IndexByte(raw[pos:], '\n')
		if e < 1 || raw[pos+e-1] != '\r' {
			return nil, f, false
		}
		line := raw[pos : pos+e-1]
		next := pos + e + 1
		if len(line) == 0 {
			if next != len(raw) {
				return nil, f, false
			}
			break
		}
		if c := line[0]; c == ' ' || c == '\t' {
			return nil, f, false // folded, or leading white space
		}
		colon := bytes.IndexByte(line, ':')
		if colon < 1 || !validToken(s[pos:pos+colon]) {
			return nil, f, false
		}
		// value bytes: textproto and llhttp accept HT, SP-~ and obs-text
		vs, ve := colon+1, len(line)
		for _, c := range line[vs:] {
			if c < 0x20 && c != '\t' || c == 0x7f {
				return nil, f, false
			}
		}
		for vs < ve && (line[vs] == ' ' || line[vs] == '\t') {
			vs++
		}
		for ve > vs && (line[ve-1] == ' ' || line[ve-1] == '\t') {
			ve--
		}
		name, value := s[pos:pos+colon], s[pos+vs:pos+ve]
		switch len(name) {
		case 4:
			if strings.EqualFold(name, "host") {
				hosts++
			}
		case 7:
			if strings.EqualFold(name, "upgrade") || strings.EqualFold(name, "trailer") {
				return nil, f, false
			}
		case 10:
			if strings.EqualFold(name, "connection") {
				hasClose = hasClose || valueHasToken(value, "close")
				hasKeepAlive = hasKeepAlive || valueHasToken(value, "keep-alive")
			}
		case 14:
			if strings.EqualFold(name, "content-length") {
				lengths++
				if value == "" {
					return nil, f, false
				}
				for i := 0; i < len(value); i++ {
					if value[i] < '0' || value[i] > '9' {
						return nil, f, false
					}
				}
				n, err := strconv.ParseUint(value, 10, 63)
				if err != nil {
					return nil, f, false
				}
				if n > 0 {
					f = framing{kind: frameLength, length: int64(n)}
				}
			}
		case 17:
			if strings.EqualFold(name, "transfer-encoding") {
				return nil, f, false
			}
		}
		h.RawHeaders = append(h.RawHeaders, name, value)
		pos = next
	}
	if hosts > 1 || lengths > 1 {
		return nil, framing{}, false
	}
	// net/http's shouldClose
	if minor == 0 {
		h.KeepAlive = !hasClose && hasKeepAlive
	} else {
		h.KeepAlive = !hasClose
	}
	return h, f, true
}

// valueHasToken is httpguts.HeaderValuesContainsToken for one value: a
// comma-separated element, white space trimmed, equal to token in ASCII
// case.
func valueHasToken(v, token string) bool {
	for {
		elem, rest, more := strings.Cut(v, ",")
		elem = strings.Trim(elem, " \t")
		if len(elem) == len(token) {
			eq := true
			for i := 0; i < len(elem); i++ {
				c := elem[i]
				if c >= 0x80 {
					eq = false
					break
				}
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				if c != token[i] {
					eq = false
					break
				}
			}
			if eq {
				return true
			}
		}
		if !more {
			return false
		}
		v = rest
	}
}
