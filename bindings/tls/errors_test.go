package tls

import (
	"bufio"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"io"
	"net"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

func keyPair(t *testing.T, key, cert string) tls.Certificate {
	t.Helper()
	c, err := tls.LoadX509KeyPair(filepath.Join(certsDir, cert), filepath.Join(certsDir, key))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// handshake runs one loopback handshake (bounded by a deadline) and returns
// each side's error.
func handshake(t *testing.T, sc, cc *tls.Config) (clientErr, serverErr error) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	done := make(chan error, 1)
	go func() {
		c, err := ln.Accept()
		if err != nil {
			done <- err
			return
		}
		s := tls.Server(c, sc)
		s.SetDeadline(time.Now().Add(3 * time.Second))
		err = s.Handshake()
		if err == nil {
			// TLS 1.3 client-certificate failures surface here; a clean
			// close by the client is success.
			if _, err = s.Read(make([]byte, 1)); errors.Is(err, io.EOF) {
				err = nil
			}
		}
		s.Close()
		done <- err
	}()
	conn, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	cl := tls.Client(conn, cc)
	cl.SetDeadline(time.Now().Add(3 * time.Second))
	clientErr = cl.Handshake()
	if clientErr == nil {
		// The server's verdict on our certificate (TLS 1.3) comes after our
		// handshake is done: wait a little for an alert.
		cl.SetReadDeadline(time.Now().Add(200 * time.Millisecond))
		var ne net.Error
		if _, clientErr = cl.Read(make([]byte, 1)); errors.As(clientErr, &ne) && ne.Timeout() {
			clientErr = nil
		}
	}
	cl.Close()
	return clientErr, <-done
}

// rawPeer runs a plain TCP peer against one TLS side.
func rawPeer(t *testing.T, tlsServer bool, cfg *tls.Config, peer func(net.Conn)) error {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	done := make(chan error, 1)
	go func() {
		c, err := ln.Accept()
		if err != nil {
			done <- err
			return
		}
		if !tlsServer {
			peer(c)
			done <- nil
			return
		}
		s := tls.Server(c, cfg)
		s.SetDeadline(time.Now().Add(3 * time.Second))
		done <- s.Handshake()
		s.Close()
	}()
	conn, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if tlsServer {
		peer(conn)
		return <-done
	}
	cl := tls.Client(conn, cfg)
	cl.SetDeadline(time.Now().Add(3 * time.Second))
	err = cl.Handshake()
	<-done
	return err
}

// nodeMessages reads code -> stable message from a probe's Node output.
func nodeMessages(t *testing.T, file string) map[string]string {
	f, err := os.Open(filepath.Join("../../testdata/node/tls-probe", file))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	re := regexp.MustCompile(`code=(\S+) message="((?:[^"\\]|\\.)*)"`)
	out := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if m := re.FindStringSubmatch(sc.Text()); m != nil {
			out[m[1]] = strings.ReplaceAll(m[2], `\n`, "\n")
		}
	}
	return out
}

// stable is _probe.js's stableMessage.
func stable(m string) string {
	m = regexp.MustCompile(`^[0-9A-F]+:error:`).ReplaceAllString(m, "<tid>:error:")
	return regexp.MustCompile(`:[^:]*\.c:\d+:`).ReplaceAllString(m, ":<file>:<line>:")
}

// TestHandshakeTable provokes each handshake failure of
// testdata/node/tls-probe/handshake-errors.js with crypto/tls on both sides
// and checks the translation against what Node reported.
func TestHandshakeTable(t *testing.T) {
	ec := keyPair(t, "server-ec-key.pem", "server-ec-chain.pem")
	rsa := keyPair(t, "server-rsa-key.pem", "server-rsa-chain.pem")
	srv := func(c tls.Certificate, f func(*tls.Config)) *tls.Config {
		cfg := &tls.Config{Certificates: []tls.Certificate{c}}
		if f != nil {
			f(cfg)
		}
		return cfg
	}
	cli := func(f func(*tls.Config)) *tls.Config {
		cfg := &tls.Config{InsecureSkipVerify: true}
		if f != nil {
			f(cfg)
		}
		return cfg
	}
	node := nodeMessages(t, "handshake-errors.node.out")
	for _, c := range []struct {
		name               string
		server, client     *tls.Config
		wantClient, wantSv string
	}{
		{"server max 1.2, client min 1.3",
			srv(ec, func(c *tls.Config) { c.MaxVersion = tls.VersionTLS12 }),
			cli(func(c *tls.Config) { c.MinVersion = tls.VersionTLS13 }),
			"ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION", "ERR_SSL_UNSUPPORTED_PROTOCOL"},
		{"server min 1.3, client max 1.2",
			srv(ec, func(c *tls.Config) { c.MinVersion = tls.VersionTLS13 }),
			cli(func(c *tls.Config) { c.MaxVersion = tls.VersionTLS12 }),
			"ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION", "ERR_SSL_UNSUPPORTED_PROTOCOL"},
		{"no shared cipher (1.2)",
			srv(rsa, func(c *tls.Config) {
				c.MaxVersion = tls.VersionTLS12
				c.CipherSuites = []uint16{tls.TLS_RSA_WITH_AES_128_CBC_SHA}
			}),
			cli(func(c *tls.Config) {
				c.MaxVersion = tls.VersionTLS12
				c.CipherSuites = []uint16{tls.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384}
			}),
			"ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE", "ERR_SSL_NO_SHARED_CIPHER"},
		{"ecdsa cert, only RSA suites (1.2)",
			srv(ec, func(c *tls.Config) { c.MaxVersion = tls.VersionTLS12 }),
			cli(func(c *tls.Config) {
				c.MaxVersion = tls.VersionTLS12
				c.CipherSuites = []uint16{tls.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256}
			}),
			"ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE", "ERR_SSL_NO_SHARED_CIPHER"},
		{"requestCert, no client cert, reject (1.3)",
			srv(ec, func(c *tls.Config) { c.ClientAuth = tls.RequireAnyClientCert }), cli(nil),
			"ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED", "ERR_SSL_PEER_DID_NOT_RETURN_A_CERTIFICATE"},
		{"requestCert, no client cert, reject (1.2)",
			srv(ec, func(c *tls.Config) { c.ClientAuth = tls.RequireAnyClientCert }),
			cli(func(c *tls.Config) { c.MaxVersion = tls.VersionTLS12 }),
			"ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE", "ERR_SSL_PEER_DID_NOT_RETURN_A_CERTIFICATE"},
		{"ALPN mismatch",
			srv(ec, func(c *tls.Config) { c.NextProtos = []string{"x"} }),
			cli(func(c *tls.Config) { c.NextProtos = []string{"http/1.1"} }),
			"ERR_SSL_TLSV1_ALERT_NO_APPLICATION_PROTOCOL", "ERR_SSL_NO_APPLICATION_PROTOCOL"},
	} {
		t.Run(c.name, func(t *testing.T) {
			ce, se := handshake(t, c.server, c.client)
			gotC, gotS := TranslateHandshakeError(ce, false), TranslateHandshakeError(se, true)
			if gotC == nil || gotC.Code != c.wantClient {
				t.Errorf("client: %v -> %+v, want %s", ce, gotC, c.wantClient)
			} else if stable(gotC.Message) != node[c.wantClient] {
				t.Errorf("client message %q, Node %q", stable(gotC.Message), node[c.wantClient])
			}
			if gotS == nil || gotS.Code != c.wantSv {
				t.Errorf("server: %v -> %+v, want %s", se, gotS, c.wantSv)
			} else if stable(gotS.Message) != node[c.wantSv] {
				t.Errorf("server message %q, Node %q", stable(gotS.Message), node[c.wantSv])
			}
			for _, e := range []*NodeError{gotC, gotS} {
				if e != nil && (e.Library != "SSL routines" || !strings.Contains(e.Message, ":"+e.Reason+":")) {
					t.Errorf("library/reason: %+v", e)
				}
			}
		})
	}
}

func TestHandshakeTableRawPeers(t *testing.T) {
	ec := keyPair(t, "server-ec-key.pem", "server-ec-chain.pem")
	serverCfg := &tls.Config{Certificates: []tls.Certificate{ec}}
	clientCfg := &tls.Config{InsecureSkipVerify: true}
	write := func(s string) func(net.Conn) {
		return func(c net.Conn) { c.Write([]byte(s)); c.Close() }
	}
	node := nodeMessages(t, "handshake-errors.node.out")
	for _, c := range []struct {
		name      string
		tlsServer bool
		peer      func(net.Conn)
		code, msg string
	}{
		{"server speaks HTTP", false, write("HTTP/1.1 400 Bad Request\r\n\r\n"), "ERR_SSL_WRONG_VERSION_NUMBER", node["ERR_SSL_WRONG_VERSION_NUMBER"]},
		{"server closes at once", false, func(c net.Conn) { c.Close() }, "ECONNRESET", ClientDisconnectMessage},
		{"server closes after reading", false, func(c net.Conn) { c.Read(make([]byte, 4096)); c.Close() }, "ECONNRESET", ClientDisconnectMessage},
		{"client speaks HTTP", true, write("GET / HTTP/1.1\r\n\r\n"), "ERR_SSL_HTTP_REQUEST", node["ERR_SSL_HTTP_REQUEST"]},
		{"client speaks garbage", true, write("hello there, this is not tls"), "ERR_SSL_WRONG_VERSION_NUMBER", node["ERR_SSL_WRONG_VERSION_NUMBER"]},
		{"client CONNECT", true, write("CONNECT x:443 HTTP/1.1\r\n\r\n"), "ERR_SSL_HTTPS_PROXY_REQUEST", "<tid>:error:0A00009B:SSL routines:ssl3_get_record:https proxy request:<file>:<line>:\n"},
		{"client closes at once", true, func(c net.Conn) { c.Close() }, "ECONNRESET", ServerDisconnectMessage},
	} {
		cfg := clientCfg
		if c.tlsServer {
			cfg = serverCfg
		}
		err := rawPeer(t, c.tlsServer, cfg, c.peer)
		got := TranslateHandshakeError(err, c.tlsServer)
		if got == nil || got.Code != c.code || stable(got.Message) != c.msg {
			t.Errorf("%s: %v -> %+v, want %s %q", c.name, err, got, c.code, c.msg)
		}
	}
}

func TestAlertErrors(t *testing.T) {
	for a, reason := range Alerts {
		e := AlertError(a)
		want := "ERR_SSL_" + strings.ToUpper(strings.ReplaceAll(reason, " ", "_"))
		if e.Code != want || e.Reason != reason || !strings.HasSuffix(e.Message, ":SSL alert number "+strconv.Itoa(int(a))+"\n") {
			t.Errorf("alert %d: %+v", a, e)
		}
	}
	if got := AlertError(70).Message; got != "00000000:error:0A00042E:SSL routines:ssl3_read_bytes:tlsv1 alert protocol version:../deps/openssl/openssl/ssl/record/rec_layer_s3.c:1601:SSL alert number 70\n" {
		t.Errorf("alert 70 message %q", got)
	}
}

func TestUnknownErrorKeepsMessage(t *testing.T) {
	e := TranslateHandshakeError(errors.New("tls: something new"), false)
	if e.Code != "" || e.Message != "tls: something new" || e.Name != "Error" {
		t.Errorf("%+v", e)
	}
	if TranslateHandshakeError(nil, true) != nil {
		t.Error("nil error translated")
	}
}

// TestConfigErrorsAsNode checks the createSecureContext errors against
// config-errors.node.out.
func TestConfigErrorsAsNode(t *testing.T) {
	node := nodeMessages(t, "config-errors.node.out")
	for _, e := range []*NodeError{ErrNoCipherMatch, ErrPEMNoStartLine, ErrKeyUnsupported, ErrKeyValuesMismatch, ErrBadDecrypt(false), ErrECDHCurve} {
		if node[e.Code] != e.Message {
			t.Errorf("%s: %q, Node %q", e.Code, e.Message, node[e.Code])
		}
	}
	if ErrKeyUnsupported.Code != "ERR_OSSL_UNSUPPORTED" || ErrPEMNoStartLine.Code != "ERR_OSSL_PEM_NO_START_LINE" ||
		ErrKeyValuesMismatch.Code != "ERR_OSSL_X509_KEY_VALUES_MISMATCH" || ErrBadDecrypt(true).Code != "ERR_OSSL_BAD_DECRYPT" {
		t.Error("codes")
	}
	data, _ := os.ReadFile("../../testdata/node/tls-probe/config-errors.node.out")
	for _, want := range []string{
		`opensslErrorStack=["error:11800074:PKCS12 routines::pkcs12 cipherfinal error","error:1C800064:Provider routines::bad decrypt","error:11800074:PKCS12 routines::pkcs12 cipherfinal error"]`,
		`opensslErrorStack=["error:04800065:PEM routines::bad decrypt"]`,
	} {
		if !strings.Contains(string(data), want) {
			t.Errorf("Node output lacks %s", want)
		}
	}
	if s := ErrBadDecrypt(false).OpenSSLStack; len(s) != 3 || s[0] != "error:11800074:PKCS12 routines::pkcs12 cipherfinal error" {
		t.Errorf("pkcs8 stack %v", s)
	}
	if s := ErrBadDecrypt(true).OpenSSLStack; len(s) != 1 || s[0] != "error:04800065:PEM routines::bad decrypt" {
		t.Errorf("legacy stack %v", s)
	}
	for _, e := range []*NodeError{ErrPKCS12MacVerify, ErrPKCS12NotEnoughData, ErrPKCS12WrongTag} {
		if e.Code != "" || !strings.Contains(string(data), `code=undefined message="`+e.Message+`"`) {
			t.Errorf("pkcs12 %+v", e)
		}
	}
}

func TestVerifyErrorMessages(t *testing.T) {
	node := nodeMessages(t, "verify-errors.node.out")
	for _, code := range []string{"DEPTH_ZERO_SELF_SIGNED_CERT", "SELF_SIGNED_CERT_IN_CHAIN",
		"UNABLE_TO_VERIFY_LEAF_SIGNATURE", "UNABLE_TO_GET_ISSUER_CERT_LOCALLY", "CERT_HAS_EXPIRED", "CERT_NOT_YET_VALID"} {
		if e := VerifyError(code); e.Message != node[code] || e.Code != code {
			t.Errorf("%s: %q, Node %q", code, e.Message, node[code])
		}
	}
}

func TestX509ErrorCode(t *testing.T) {
	ca := x509.NewCertPool()
	for _, c := range readChain(t, "ca.pem") {
		ca.AddCert(c)
	}
	verify := func(file string, roots *x509.CertPool, at time.Time) error {
		chain := readChain(t, file)
		inter := x509.NewCertPool()
		for _, c := range chain[1:] {
			inter.AddCert(c)
		}
		_, err := chain[0].Verify(x509.VerifyOptions{Roots: roots, Intermediates: inter, CurrentTime: at})
		return err
	}
	now := time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		file  string
		roots *x509.CertPool
		at    time.Time
		n     int
		want  string
	}{
		{"server-selfsigned.pem", x509.NewCertPool(), now, 1, "DEPTH_ZERO_SELF_SIGNED_CERT"},
		{"server-untrusted.pem", ca, now, 1, "UNABLE_TO_VERIFY_LEAF_SIGNATURE"},
		{"server-ec-chain.pem", x509.NewCertPool(), now, 2, "UNABLE_TO_GET_ISSUER_CERT_LOCALLY"},
		{"server-expired.pem", ca, now, 1, "CERT_HAS_EXPIRED"},
		{"server-notyet.pem", ca, now, 1, "CERT_NOT_YET_VALID"},
	} {
		if got := X509ErrorCode(verify(c.file, c.roots, c.at), c.n); got != c.want {
			t.Errorf("%s: %s, want %s", c.file, got, c.want)
		}
	}
	if got := X509ErrorCode(x509.HostnameError{}, 1); got != "ERR_TLS_CERT_ALTNAME_INVALID" {
		t.Error(got)
	}
}

func TestProtocolOptionErrors(t *testing.T) {
	data, err := os.ReadFile("../../testdata/node/tls-probe/config-errors.node.out")
	if err != nil {
		t.Fatal(err)
	}
	_, _, m1 := SecureProtocol("foo")
	_, _, m2 := SecureProtocol("SSLv3_method")
	for _, e := range []*NodeError{
		ErrInvalidProtocolVersion(`"TLSv1.4"`, "minimum"),
		ErrInvalidProtocolVersion(`"SSLv3"`, "maximum"),
		ErrInvalidProtocolVersion(`12`, "minimum"),
		ErrInvalidProtocolMethod(m1),
		ErrInvalidProtocolMethod(m2),
		ErrProtocolVersionConflict("TLSv1.2", "TLSv1_2_method"),
	} {
		line := e.Name + " code=" + e.Code + " message=" + strconv.Quote(e.Message)
		if !strings.Contains(string(data), line) {
			t.Errorf("Node output lacks %s", line)
		}
	}
}
