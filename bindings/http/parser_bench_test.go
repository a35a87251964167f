package http

import "testing"

// BenchmarkParserExecute parses one small keep-alive request head (as wrk sends it) per
// iteration on one parser.
func BenchmarkParserExecute(b *testing.B) {
	p := NewParser(Request)
	req := []byte("GET / HTTP/1.1\r\nHost: 127.0.0.1:8443\r\n\r\n")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if evs := p.Execute(req, false); len(evs) != 2 {
			b.Fatal(evs)
		}
	}
}
