package http

import (
	"bytes"
	"strings"
	"testing"
)

// feed runs input through p in pieces of n bytes and collects the events.
func feed(p *Parser, input string, n int, eof bool) []Event {
	var out []Event
	for len(input) > 0 {
		k := n
		if k > len(input) {
			k = len(input)
		}
		out = append(out, p.Execute([]byte(input[:k]), false)...)
		input = input[k:]
	}
	if eof {
		out = append(out, p.Execute(nil, true)...)
	}
	return out
}

// summary flattens events into a comparable string; body bytes are joined.
func summary(evs []Event) string {
	var b strings.Builder
	var body bytes.Buffer
	flush := func() {
		if body.Len() > 0 {
			b.WriteString("body:" + body.String() + "|")
			body.Reset()
		}
	}
	for _, ev := range evs {
		if ev.Kind != EvBody {
			flush()
		}
		switch ev.Kind {
		case EvHeaders:
			h := ev.Head
			b.WriteString("head:" + h.Method + " " + h.URL + " " + h.StatusMessage + " " + strings.Join(h.RawHeaders, ","))
			if h.KeepAlive {
				b.WriteString(" ka")
			}
			b.WriteString("|")
		case EvBody:
			body.Write(ev.Data)
		case EvComplete:
			b.WriteString("end:" + strings.Join(ev.Trailers, ",") + "|")
		case EvError:
			b.WriteString("error:" + ev.Code + "|")
		case EvUpgrade:
			b.WriteString("upgrade:" + string(ev.Data) + "|")
		}
	}
	flush()
	return b.String()
}

func TestRequests(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"get", "GET /a?b HTTP/1.1\r\nHost: x\r\nX-Foo: 1\r\nx-foo:  2 \r\n\r\n",
			"head:GET /a?b  Host,x,X-Foo,1,x-foo,2 ka|end:|"},
		{"length", "POST / HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello",
			"head:POST /  Content-Length,5 ka|body:hello|end:|"},
		{"chunked", "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6;x=y\r\n world\r\n0\r\nX-T: 1\r\n\r\n",
			"head:POST /  Transfer-Encoding,chunked ka|body:hello world|end:X-T,1|"},
		{"pipelined", "GET /1 HTTP/1.1\r\n\r\nGET /2 HTTP/1.0\r\n\r\n",
			"head:GET /1   ka|end:|head:GET /2  |end:|"},
		{"close", "GET / HTTP/1.1\r\nConnection: close\r\n\r\n", "head:GET /  Connection,close|end:|"},
		{"badmethod", "G@T / HTTP/1.1\r\n\r\n", "error:HPE_INVALID_METHOD|"},
		{"barelf", "GET / HTTP/1.1\r\nHost: h\n\r\n", "error:HPE_CR_EXPECTED|"},
		{"barelfversion", "GET / HTTP/1.1\nHost: h\r\n\r\n", "error:HPE_INVALID_VERSION|"},
		{"barecr", "GET / HTTP/1.1\r\nX: a\rb\r\n\r\n", "error:HPE_LF_EXPECTED|"},
		{"unknownmethod", "BREW / HTTP/1.1\r\n\r\n", "error:HPE_INVALID_METHOD|"},
		{"badversion", "GET / HTTP/3.1\r\n\r\n", "error:HPE_INVALID_VERSION|"},
		{"dupcl", "POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\nx", "error:HPE_UNEXPECTED_CONTENT_LENGTH|"},
		{"badcl", "POST / HTTP/1.1\r\nContent-Length: 1x\r\n\r\nx", "error:HPE_INVALID_CONTENT_LENGTH|"},
		{"clte", "POST / HTTP/1.1\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n", "error:HPE_INVALID_CONTENT_LENGTH|"},
		{"badte", "POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n", "head:POST /  Transfer-Encoding,gzip ka|error:HPE_INVALID_TRANSFER_ENCODING|"},
		{"badproto", "GET / FOO/1.1\r\n\r\n", "error:HPE_INVALID_CONSTANT|"},
		{"badheader", "GET / HTTP/1.1\r\nBad Header: 1\r\n\r\n", "error:HPE_INVALID_HEADER_TOKEN|"},
		{"badchunk", "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", "head:POST /  Transfer-Encoding,chunked ka|error:HPE_INVALID_CHUNK_SIZE|"},
		{"upgrade", "GET / HTTP/1.1\r\nConnection: Upgrade\r\nUpgrade: ws\r\n\r\nrest", "head:GET /  Connection,Upgrade,Upgrade,ws ka|upgrade:rest|"},
	}
	for _, c := range cases {
		for _, n := range []int{1, 3, 7, 1000} {
			if c.name == "upgrade" && n < len(c.in) {
				continue // bytes after the head come in the upgrade event only if already there
			}
			got := summary(feed(NewParser(Request), c.in, n, false))
			if got != c.want {
				t.Errorf("%s (pieces of %d):\n got %q\nwant %q", c.name, n, got, c.want)
			}
		}
	}
}

func TestResponses(t *testing.T) {
	cases := []struct{ name, method, in, want string }{
		{"length", "GET", "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi", "head:  OK Content-Length,2 ka|body:hi|end:|"},
		{"eof", "GET", "HTTP/1.1 200 Fine Thanks\r\n\r\nuntil the end", "head:  Fine Thanks |body:until the end|end:|"},
		{"head", "HEAD", "HTTP/1.1 200 OK\r\nContent-Length: 20\r\n\r\n", "head:  OK Content-Length,20 ka|end:|"},
		{"204", "GET", "HTTP/1.1 204 No Content\r\n\r\n", "head:  No Content  ka|end:|"},
		{"continue", "POST", "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nx",
			"head:  Continue  ka|end:|head:  OK Content-Length,1 ka|body:x|end:|"},
		{"chunked", "GET", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n",
			"head:  OK Transfer-Encoding,chunked ka|body:abc|end:|"},
		{"truncated", "GET", "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc", "head:  OK Content-Length,10 ka|body:abc|error:HPE_INVALID_EOF_STATE|"},
		{"badstatus", "GET", "HTTP/1.1 2x0 OK\r\n\r\n", "error:HPE_INVALID_STATUS|"},
		{"notHTTP", "GET", "SSH-2.0\r\n\r\n", "error:HPE_INVALID_CONSTANT|"},
	}
	for _, c := range cases {
		for _, n := range []int{1, 5, 1000} {
			p := NewParser(Response)
			p.ExpectMethod(c.method)
			p.ExpectMethod(c.method)
			got := summary(feed(p, c.in, n, true))
			if got != c.want {
				t.Errorf("%s (pieces of %d):\n got %q\nwant %q", c.name, n, got, c.want)
			}
		}
	}
}

func TestHeaderOverflow(t *testing.T) {
	p := NewParser(Request)
	p.MaxHeaderSize = 100
	got := summary(feed(p, "GET / HTTP/1.1\r\nX: "+strings.Repeat("a", 200)+"\r\n\r\n", 10, false))
	if got != "error:HPE_HEADER_OVERFLOW|" {
		t.Fatalf("got %q", got)
	}
}

func TestLargeChunkedBody(t *testing.T) {
	var in strings.Builder
	in.WriteString("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n")
	var want strings.Builder
	for i := 0; i < 50; i++ {
		d := strings.Repeat(string(rune('a'+i%26)), 1000+i*37)
		in.Write(Chunk([]byte(d)))
		want.WriteString(d)
	}
	in.WriteString("0\r\n\r\n")
	for _, n := range []int{1, 1460, 65536} {
		got := summary(feed(NewParser(Request), in.String(), n, false))
		exp := "head:POST /  Transfer-Encoding,chunked ka|body:" + want.String() + "|end:|"
		if got != exp {
			t.Fatalf("pieces of %d: body mismatch (len %d vs %d)", n, len(got), len(exp))
		}
	}
}

func TestClose(t *testing.T) {
	p := NewParser(Request)
	p.Execute([]byte("GET / HTTP/1.1\r\n"), false)
	p.Close()
	if evs := p.Execute([]byte("\r\n"), false); len(evs) != 0 {
		t.Fatalf("events after Close: %v", evs)
	}
}

func TestChunk(t *testing.T) {
	if got := string(Chunk([]byte("hello"))); got != "5\r\nhello\r\n" {
		t.Fatalf("got %q", got)
	}
}

// TestRandomSplits feeds one stream of mixed messages in pseudo-random
// pieces (fixed seed) and checks the events match feeding it whole.
func TestRandomSplits(t *testing.T) {
	stream := "POST /a HTTP/1.1\r\nContent-Length: 11\r\n\r\nhello world" +
		"\r\nGET /b HTTP/1.1\r\nX-A: 1\r\n\r\n" +
		"PUT /c HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n" + string(Chunk([]byte("abc"))) + string(Chunk([]byte("defgh"))) + "0\r\nT: 1\r\n\r\n" +
		"DELETE /d HTTP/1.0\r\n\r\n"
	want := summary(feed(NewParser(Request), stream, len(stream), false))
	seed := uint32(7)
	for round := 0; round < 200; round++ {
		p := NewParser(Request)
		var evs []Event
		rest := stream
		for len(rest) > 0 {
			seed = seed*1664525 + 1013904223
			n := int(seed>>24)%9 + 1
			if n > len(rest) {
				n = len(rest)
			}
			evs = append(evs, p.Execute([]byte(rest[:n]), false)...)
			rest = rest[n:]
		}
		if got := summary(evs); got != want {
			t.Fatalf("round %d:\n got %q\nwant %q", round, got, want)
		}
		p.Close()
	}
}

// TestSimpleRequestsWithoutCoroutine checks the in-place path for whole
// bodiless requests against the coroutine's reading of the same bytes
// (fed byte by byte, which always takes the coroutine), and that the
// coroutine starts only when a message needs it.
func TestSimpleRequestsWithoutCoroutine(t *testing.T) {
	gets := "GET /1 HTTP/1.1\r\nHost: h\r\n\r\nGET /2 HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n"
	streams := []string{
		gets,
		gets + "POST /p HTTP/1.1\r\nContent-Length: 2\r\n\r\nok" + gets,
		gets + "\r\n" + gets, // blank line between messages: readHead skips it
		gets + "GET / HTTP/1.1\r\nX: a\rb\r\n\r\n" + gets,
		gets + "GET / HTTP/1.1\r\nConnection: Upgrade\r\nUpgrade: ws\r\n\r\nrest",
		gets + "GET /partial HTTP/1.1\r\nHo",
		"GET / HTTP/1.1\r\nX: y\r\n\r\r\nGET /cr HTTP/1.1\r\n\r\n",
	}
	for i, s := range streams {
		want := summary(feed(NewParser(Request), s, 1, false))
		if strings.Contains(s, "Upgrade") {
			continue // the upgrade's rest comes only if already there
		}
		if got := summary(feed(NewParser(Request), s, len(s), false)); got != want {
			t.Errorf("stream %d whole:\n got %q\nwant %q", i, got, want)
		}
		wantEOF := summary(feed(NewParser(Request), s, 1, true))
		if got := summary(feed(NewParser(Request), s, len(s), true)); got != wantEOF {
			t.Errorf("stream %d whole, then EOF:\n got %q\nwant %q", i, got, wantEOF)
		}
	}

	p := NewParser(Request)
	for i := 0; i < 3; i++ {
		if got := summary(p.Execute([]byte("GET / HTTP/1.1\r\nHost: h\r\n\r\n"), false)); got != "head:GET /  Host,h ka|end:|" {
			t.Fatalf("request %d: %q", i, got)
		}
		if p.next != nil || p.in != nil || p.InMessage() {
			t.Fatalf("request %d: idle parser holds a coroutine (%v), input (%q) or a message (%v)", i, p.next != nil, p.in, p.InMessage())
		}
	}
	p.Execute([]byte("GET / HTTP/1.1\r\nHo"), false)
	if !p.InMessage() {
		t.Fatal("a partial head is not a message in progress")
	}
	if got := summary(p.Execute(nil, true)); got != "error:HPE_INVALID_EOF_STATE|" {
		t.Fatalf("EOF in a head: %q", got)
	}
	p = NewParser(Request)
	if evs := p.Execute(nil, true); len(evs) != 0 || !p.done {
		t.Fatalf("EOF between messages: %v, done %v", evs, p.done)
	}
}

// TestSimpleHeadSizeLimit: a head of exactly MaxHeaderSize bytes passes on
// both paths, one byte more overflows on both.
func TestSimpleHeadSizeLimit(t *testing.T) {
	for _, extra := range []int{0, 1} {
		start := "GET / HTTP/1.1\r\nX: "
		pad := 100 - len(start) - len("\r\n\r\n") + extra
		in := start + strings.Repeat("a", pad) + "\r\n\r\n"
		var want string
		for _, n := range []int{1, len(in)} {
			p := NewParser(Request)
			p.MaxHeaderSize = 100
			got := summary(feed(p, in, n, false))
			if n == 1 {
				want = got
				continue
			}
			if got != want {
				t.Errorf("head of %d bytes: whole %q, byte by byte %q", len(in), got, want)
			}
		}
		if (extra == 1) != strings.Contains(want, "HPE_HEADER_OVERFLOW") {
			t.Errorf("head of %d bytes, limit 100: %q", len(in), want)
		}
	}
}
