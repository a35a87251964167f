package tls

// noProtocol is an ALPN name no client offers: a server list made of it
// alone makes crypto/tls fail the handshake with no_application_protocol.
const noProtocol = "\x00handshake: no application protocol"

// ALPNServerProtos returns the NextProtos a per-connection server Config
// (from GetConfigForClient) should carry so that crypto/tls negotiates ALPN
// as OpenSSL does for Node: the server's preference order, and a fatal
// no_application_protocol alert whenever the client offered protocols and
// none of them is the server's. crypto/tls alone lets an "h2" server accept
// a client that offers only "http/1.1" without ALPN (negotiateALPN in
// handshake_server.go); Node refuses it (ERR_SSL_NO_APPLICATION_PROTOCOL on
// the server, ERR_SSL_TLSV1_ALERT_NO_APPLICATION_PROTOCOL on the client).
func ALPNServerProtos(server, client []string) []string {
	if len(server) == 0 || len(client) == 0 {
		return server
	}
	for _, s := range server {
		for _, c := range client {
			if s == c {
				return server
			}
		}
	}
	return []string{noProtocol}
}
