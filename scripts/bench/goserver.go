package main

import (
	"crypto/tls"
	"fmt"
	"io"
	"net"
	"net/http"
	"path/filepath"
)

// serveGo is the -ceiling comparison's server: the echo server of
// tls-server.js (or, with -mode https, the hello world of https-server.js)
// written directly on crypto/tls and net/http, with the same certificate and
// no JavaScript. Its rates are the most that handshake can reach with Go's
// TLS and HTTP stacks on the server's CPUs.
func serveGo(dir, port string) {
	certs := filepath.Join(dir, "..", "..", "testdata", "certs")
	cert, err := tls.LoadX509KeyPair(filepath.Join(certs, "server-ec-chain.pem"), filepath.Join(certs, "server-ec-key.pem"))
	check(err)
	ln, err := tls.Listen("tcp", net.JoinHostPort("127.0.0.1", port), &tls.Config{Certificates: []tls.Certificate{cert}})
	check(err)
	fmt.Println("ready")
	if *mode == "https" {
		hello := []byte("hello world\n")
		srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Type", "text/plain")
			w.WriteHeader(200)
			_, _ = w.Write(hello)
		})}
		_ = srv.Serve(ln)
		return
	}
	for {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		go func() {
			_, _ = io.Copy(c, c)
			_ = c.Close()
		}()
	}
}
