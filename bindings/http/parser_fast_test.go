package http

import (
	"math/rand"
	"reflect"
	"testing"
)

// fastHeads are request heads fastRequest reads and heads close to them that
// it must leave to the long way.
var fastHeads = []string{
	"GET / HTTP/1.1\r\nHost: 127.0.0.1:8443\r\n\r\n",
	"GET /a?b=c&d HTTP/1.1\r\nHost: x\r\nX-Foo: 1\r\nx-foo:  2 \r\nAccept: */*\r\n\r\n",
	"GET / HTTP/1.0\r\n\r\n",
	"GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n",
	"GET / HTTP/1.0\r\nConnection: Keep-Alive, close\r\n\r\n",
	"GET / HTTP/1.1\r\nconnection: foo , CLOSE\r\n\r\n",
	"GET / HTTP/1.1\r\nConnection: closed\r\n\r\n",
	"GET / HTTP/1.1\r\nConnection: upgrade\r\nUpgrade: websocket\r\n\r\n",
	"POST /p HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\n",
	"POST /p HTTP/1.1\r\nContent-Length: 0\r\n\r\n",
	"POST /p HTTP/1.1\r\nContent-Length: 99999999999999999999\r\n\r\n",
	"POST /p HTTP/1.1\r\nContent-Length: 1\r\ncontent-length: 1\r\n\r\n",
	"POST /p HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n",
	"POST /p HTTP/1.1\r\nTrailer: X\r\n\r\n",
	"GET / HTTP/1.1\r\nHost: a\r\nhost: b\r\n\r\n",
	"GET / HTTP/1.1\r\nX: a\r\n b\r\n\r\n",
	"GET / HTTP/1.1\r\n X: a\r\n\r\n",
	"GET /%41%zz HTTP/1.1\r\n\r\n",
	"GET * HTTP/1.1\r\n\r\n",
	"GET http://x/y HTTP/1.1\r\n\r\n",
	"CONNECT h:443 HTTP/1.1\r\n\r\n",
	"OPTIONS * HTTP/1.1\r\n\r\n",
	"GET / HTTP/2.0\r\n\r\n",
	"GET / HTTP/0.9\r\n\r\n",
	"GET /\xc3\xa9 HTTP/1.1\r\nX: \xc3\xa9\x80\r\n\r\n",
	"GET / HTTP/1.1\r\nX:\r\nY: \t\r\n\r\n",
	"DELETE /x HTTP/1.1\r\nPragma: no-cache\r\n\r\n",
	"GET / HTTP/1.1\r\nConnection: \xe2\x84\xaaeep-alive\r\n\r\n",
	"GET / HTTP/1.0\r\nConnection: \xe2\x84\xaaeep-alive\r\n\r\n",
}

// TestFastRequestMatchesSlow checks that every head fastRequest accepts is
// read exactly as the three-reader way reads it, over a corpus and random
// mutations of it.
func TestFastRequestMatchesSlow(t *testing.T) {
	p := NewParser(Request)
	check := func(raw string) bool {
		h, f, ok := fastRequest([]byte(raw))
		if !ok {
			return false
		}
		sh, sf, err := p.interpretSlow([]byte(raw))
		if err != nil {
			t.Fatalf("%q: fast read it, slow failed: %v", raw, err)
		}
		if !reflect.DeepEqual(h, sh) || f != sf {
			t.Fatalf("%q:\nfast %+v %+v\nslow %+v %+v", raw, h, f, sh, sf)
		}
		return true
	}
	accepted := 0
	for _, raw := range fastHeads {
		if check(raw) {
			accepted++
		}
	}
	if accepted < 10 {
		t.Fatalf("fastRequest took only %d of the corpus", accepted)
	}
	alphabet := []byte(" \t\r\n:,/%?*-aAzZ09\x00\x7f\x80HTTP/1.0")
	rng := rand.New(rand.NewSource(1))
	mutated := 0
	for i := 0; i < 200000; i++ {
		b := []byte(fastHeads[rng.Intn(len(fastHeads))])
		for n := rng.Intn(3) + 1; n > 0; n-- {
			j := rng.Intn(len(b) - 2) // keep the final CRLF: heads end there
			switch rng.Intn(3) {
			case 0:
				b[j] = alphabet[rng.Intn(len(alphabet))]
			case 1:
				b = append(b[:j], b[j+1:]...)
			case 2:
				b = append(b[:j], append([]byte{alphabet[rng.Intn(len(alphabet))]}, b[j:]...)...)
			}
		}
		end := headEnd(b, len(b))
		if end < 0 {
			continue
		}
		if check(string(b[:end])) {
			mutated++
		}
	}
	if mutated < 10000 {
		t.Fatalf("fastRequest took only %d mutated heads", mutated)
	}
}

// TestPendingHeadBody: a head with a body is read once (by executeSimple),
// then the coroutine reads its body.
func TestPendingHeadBody(t *testing.T) {
	p := NewParser(Request)
	got := summary(p.Execute([]byte("POST /a HTTP/1.1\r\nContent-Length: 5\r\n\r\n"), false))
	got += summary(p.Execute([]byte("hel"), false))
	if !p.InMessage() {
		t.Fatal("not in a message after half a body")
	}
	got += summary(p.Execute([]byte("loGET /b HTTP/1.1\r\n\r\n"), false))
	want := "head:POST /a  Content-Length,5 ka|body:hel|body:lo|end:|head:GET /b   ka|end:|"
	if got != want {
		t.Fatalf("got %s want %s", got, want)
	}
	p = NewParser(Request)
	got = summary(p.Execute([]byte("POST /a HTTP/1.1\r\nContent-Length: 5\r\n\r\n"), true))
	if want := "head:POST /a  Content-Length,5 ka|error:HPE_INVALID_EOF_STATE|"; got != want {
		t.Fatalf("eof: got %s want %s", got, want)
	}
}

// TestInPlaceInputNotKept: Execute reads its input in place but keeps no
// part of the caller's buffer, which the caller may reuse.
func TestInPlaceInputNotKept(t *testing.T) {
	p := NewParser(Request)
	buf := []byte("GET /a HTTP/1.1\r\n\r\nGET /b HT")
	got := summary(p.Execute(buf, false))
	copy(buf, "XXXXXXXXXXXXXXXXXXXXXXXXXXXX")
	buf = append(buf[:0], "TP/1.1\r\n\r\n"...)
	got += summary(p.Execute(buf, false))
	if want := "head:GET /a   ka|end:|head:GET /b   ka|end:|"; got != want {
		t.Fatalf("got %s want %s", got, want)
	}
}
