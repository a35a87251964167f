package main

import (
	"crypto/tls"
	"fmt"
	"io"
	"net"
	"path/filepath"
)

// serveGo is the -ceiling comparison's server: the echo server of
// tls-server.js written directly on crypto/tls, with the same certificate
// and no JavaScript. Its handshake rate is the most that handshake can
// reach with crypto/tls on the server's CPUs.
func serveGo(dir, port string) {
	certs := filepath.Join(dir, "..", "..", "testdata", "certs")
	cert, err := tls.LoadX509KeyPair(filepath.Join(certs, "server-ec-chain.pem"), filepath.Join(certs, "server-ec-key.pem"))
	check(err)
	ln, err := tls.Listen("tcp", net.JoinHostPort("127.0.0.1", port), &tls.Config{Certificates: []tls.Certificate{cert}})
	check(err)
	fmt.Println("ready")
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
