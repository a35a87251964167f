package tls

import (
	"crypto/tls"
	"testing"
)

// TestALPNAsNode replays the ALPN cases of handshake-errors.js with
// crypto/tls on both sides and the per-connection list ALPNServerProtos gives.
func TestALPNAsNode(t *testing.T) {
	ec := keyPair(t, "server-ec-key.pem", "server-ec-chain.pem")
	for _, c := range []struct {
		name           string
		server, client []string
		proto          string
		clientCode     string
		serverCode     string
	}{
		{"ALPN mismatch (the h2 special case)", []string{"h2"}, []string{"http/1.1"}, "",
			"ERR_SSL_TLSV1_ALERT_NO_APPLICATION_PROTOCOL", "ERR_SSL_NO_APPLICATION_PROTOCOL"},
		{"ALPN mismatch", []string{"a", "b"}, []string{"c"}, "",
			"ERR_SSL_TLSV1_ALERT_NO_APPLICATION_PROTOCOL", "ERR_SSL_NO_APPLICATION_PROTOCOL"},
		{"ALPN match, server order", []string{"h2", "http/1.1"}, []string{"http/1.1", "h2"}, "h2", "", ""},
		{"ALPN match", []string{"h2", "http/1.1"}, []string{"http/1.1"}, "http/1.1", "", ""},
		{"ALPN client only", nil, []string{"http/1.1"}, "", "", ""},
		{"ALPN server only", []string{"h2"}, nil, "", "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			server := &tls.Config{Certificates: []tls.Certificate{ec}, NextProtos: c.server,
				GetConfigForClient: func(hello *tls.ClientHelloInfo) (*tls.Config, error) {
					return &tls.Config{Certificates: []tls.Certificate{ec},
						NextProtos: ALPNServerProtos(c.server, hello.SupportedProtos)}, nil
				}}
			client := &tls.Config{InsecureSkipVerify: true, NextProtos: c.client}
			var proto string
			client.VerifyConnection = func(cs tls.ConnectionState) error {
				proto = cs.NegotiatedProtocol
				return nil
			}
			ce, se := handshake(t, server, client)
			code := func(err error, srv bool) string {
				if e := TranslateHandshakeError(err, srv); e != nil {
					return e.Code
				}
				return ""
			}
			if code(ce, false) != c.clientCode || code(se, true) != c.serverCode {
				t.Errorf("client %v, server %v", ce, se)
			}
			if c.clientCode == "" && proto != c.proto {
				t.Errorf("protocol %q, want %q", proto, c.proto)
			}
		})
	}
}
