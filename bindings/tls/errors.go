package tls

// The error-translation table: crypto/tls and crypto/x509 errors, TLS alerts
// and key-loading failures on the left, the error Node (OpenSSL 3.0) reports
// for the same situation on the right. Observed with the probe scripts in
// testdata/node/tls-probe (their .node.out files are Node's output).

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"net"
	"reflect"
	"strings"
	"syscall"
)

// NodeError is an error as Node reports it, as plain data the JS layer turns
// into an Error object.
type NodeError struct {
	// Name is the constructor: "Error" or "TypeError".
	Name string
	// Code is err.code; empty when Node sets none (PKCS#12 errors).
	Code    string
	Message string
	// Library and Reason are set on OpenSSL errors (err.library, err.reason).
	Library, Reason string
	// OpenSSLStack is err.opensslErrorStack, when Node sets it.
	OpenSSLStack []string
}

func (e *NodeError) Error() string { return e.Message }

// sslError describes one OpenSSL error reason.
type sslError struct {
	packed uint32 // OpenSSL's packed error code, shown in the message
	lib    string // library name (err.library)
	fn     string // function named in handshake-time messages
	reason string
	file   string // OpenSSL source position in handshake-time messages
	line   int
}

// code is Node's err.code for an OpenSSL error: "ERR_SSL_" + reason for the
// SSL library, "ERR_OSSL_" (+ library) + reason otherwise.
func (s sslError) code() string {
	r := strings.ToUpper(strings.ReplaceAll(s.reason, " ", "_"))
	switch s.lib {
	case "SSL routines":
		return "ERR_SSL_" + r
	case "PEM routines":
		return "ERR_OSSL_PEM_" + r
	case "x509 certificate routines":
		return "ERR_OSSL_X509_" + r
	}
	return "ERR_OSSL_" + r
}

// configError is the error createSecureContext throws: "error:XXXXXXXX:lib::reason".
func (s sslError) configError() *NodeError {
	return &NodeError{Name: "Error", Code: s.code(), Library: s.lib, Reason: s.reason,
		Message: fmt.Sprintf("error:%08X:%s::%s", s.packed, s.lib, s.reason)}
}

// ThreadID stands for the OpenSSL thread id that starts Node's handshake
// error messages (it changes between runs in Node too).
const ThreadID = "00000000"

// handshakeError is the error of a failed handshake, with OpenSSL's
// "TID:error:XXXXXXXX:lib:function:reason:file:line:" message.
func (s sslError) handshakeError(suffix string) *NodeError {
	return &NodeError{Name: "Error", Code: s.code(), Library: s.lib, Reason: s.reason,
		Message: fmt.Sprintf("%s:error:%08X:%s:%s:%s:%s:%d:%s\n",
			ThreadID, s.packed, s.lib, s.fn, s.reason, s.file, s.line, suffix)}
}

const (
	statemSrvr = "../deps/openssl/openssl/ssl/statem/statem_srvr.c"
	ssl3Record = "../deps/openssl/openssl/ssl/record/ssl3_record.c"
	recLayerS3 = "../deps/openssl/openssl/ssl/record/rec_layer_s3.c"
)

// OpenSSL reasons Node reports. The source positions of the handshake ones
// were observed under Node v20.20.2, except those of unexpected message, bad
// record mac and packet length too long, which are OpenSSL 3.0's.
var (
	sslNoCipherMatch         = sslError{0x0A0000B9, "SSL routines", "", "no cipher match", "", 0}
	sslWrongVersionNumber    = sslError{0x0A00010B, "SSL routines", "ssl3_get_record", "wrong version number", ssl3Record, 350}
	sslHTTPRequest           = sslError{0x0A00009C, "SSL routines", "ssl3_get_record", "http request", ssl3Record, 341}
	sslHTTPSProxyRequest     = sslError{0x0A00009B, "SSL routines", "ssl3_get_record", "https proxy request", ssl3Record, 338}
	sslUnsupportedProtocol   = sslError{0x0A000102, "SSL routines", "tls_early_post_process_client_hello", "unsupported protocol", statemSrvr, 1664}
	sslNoSharedCipher        = sslError{0x0A0000C1, "SSL routines", "tls_post_process_client_hello", "no shared cipher", statemSrvr, 2226}
	sslPeerDidNotReturnCert  = sslError{0x0A0000C7, "SSL routines", "tls_process_client_certificate", "peer did not return a certificate", statemSrvr, 3517}
	sslNoApplicationProtocol = sslError{0x0A0000EB, "SSL routines", "tls_handle_alpn", "no application protocol", statemSrvr, 2172}
	sslUnexpectedMessage     = sslError{0x0A0000F4, "SSL routines", "ossl_statem_server_read_transition", "unexpected message", "../deps/openssl/openssl/ssl/statem/statem_srvr.c", 353}
	sslBadRecordMac          = sslError{0x0A000119, "SSL routines", "ssl3_get_record", "decryption failed or bad record mac", ssl3Record, 622}
	sslNoSuitableSigalg      = sslError{0x0A000076, "SSL routines", "tls_choose_sigalg", "no suitable signature algorithm", "../deps/openssl/openssl/ssl/t1_lib.c", 3339}
	sslNoProtocolsAvailable  = sslError{0x0A0000BF, "SSL routines", "tls_setup_handshake", "no protocols available", "../deps/openssl/openssl/ssl/statem/statem_lib.c", 102}
	sslNoCiphersClient       = sslError{0x0A0000B5, "SSL routines", "ssl_cipher_list_to_bytes", "no ciphers available", "../deps/openssl/openssl/ssl/statem/statem_clnt.c", 3752}
	sslNoCiphersServer       = sslError{0x0A0000B5, "SSL routines", "tls_setup_handshake", "no ciphers available", "../deps/openssl/openssl/ssl/statem/statem_lib.c", 167}
	sslUnexpectedRecord      = sslError{0x0A0000F4, "SSL routines", "ssl3_read_bytes", "unexpected message", recLayerS3, 1538}
	sslPacketLengthTooLong   = sslError{0x0A0000C6, "SSL routines", "ssl3_get_record", "packet length too long", ssl3Record, 373}

	pemNoStartLine       = sslError{0x0480006C, "PEM routines", "", "no start line", "", 0}
	pemBadDecrypt        = sslError{0x04800065, "PEM routines", "", "bad decrypt", "", 0}
	decoderUnsupported   = sslError{0x1E08010C, "DECODER routines", "", "unsupported", "", 0}
	x509KeyMismatch      = sslError{0x05800074, "x509 certificate routines", "", "key values mismatch", "", 0}
	providerBadDecrypt   = sslError{0x1C800064, "Provider routines", "", "bad decrypt", "", 0}
	pkcs12CipherfinalErr = sslError{0x11800074, "PKCS12 routines", "", "pkcs12 cipherfinal error", "", 0}
)

func (s sslError) stackEntry() string {
	return fmt.Sprintf("error:%08X:%s::%s", s.packed, s.lib, s.reason)
}

// Errors of createSecureContext and key loading.
var (
	// ErrNoCipherMatch: a `ciphers` list that selects nothing.
	ErrNoCipherMatch = sslNoCipherMatch.configError()
	// ErrPEMNoStartLine: a cert (or pfx-less cert option) that is not PEM.
	ErrPEMNoStartLine = pemNoStartLine.configError()
	// ErrKeyUnsupported: a key that is neither PEM nor DER of a known type.
	ErrKeyUnsupported = decoderUnsupported.configError()
	// ErrKeyValuesMismatch: a key of the certificate's type that is not its key.
	ErrKeyValuesMismatch = x509KeyMismatch.configError()
	// ErrECDHCurve: an unknown ecdhCurve name.
	ErrECDHCurve = &NodeError{Name: "Error", Code: "ERR_CRYPTO_OPERATION_FAILED", Message: "Failed to set ECDH curve"}
	// ErrPKCS12MacVerify: a PFX with the wrong (or no) passphrase. Node sets no code.
	ErrPKCS12MacVerify = &NodeError{Name: "Error", Message: "mac verify failure"}
	// ErrPKCS12NotEnoughData: a truncated or non-DER PFX.
	ErrPKCS12NotEnoughData = &NodeError{Name: "Error", Message: "not enough data"}
	// ErrPKCS12WrongTag: a PFX that is DER but not PKCS#12 (or PEM text).
	ErrPKCS12WrongTag = &NodeError{Name: "Error", Message: "wrong tag"}
)

// ErrBadDecrypt is the error for an encrypted key with a wrong or missing
// passphrase; legacy tells a "Proc-Type: 4,ENCRYPTED" PEM from PKCS#8, whose
// opensslErrorStack differ.
func ErrBadDecrypt(legacy bool) *NodeError {
	e := providerBadDecrypt.configError()
	if legacy {
		e.OpenSSLStack = []string{pemBadDecrypt.stackEntry()}
	} else {
		e.OpenSSLStack = []string{pkcs12CipherfinalErr.stackEntry(), providerBadDecrypt.stackEntry(), pkcs12CipherfinalErr.stackEntry()}
	}
	return e
}

// Alerts are OpenSSL's reasons for receiving each TLS alert
// ("SSL alert number N"); the Node code is ERR_SSL_ + the reason.
var Alerts = map[uint8]string{
	10: "sslv3 alert unexpected message", 20: "sslv3 alert bad record mac",
	21: "tlsv1 alert decryption failed", 22: "tlsv1 alert record overflow",
	30: "sslv3 alert decompression failure", 40: "sslv3 alert handshake failure",
	41: "sslv3 alert no certificate", 42: "sslv3 alert bad certificate",
	43: "sslv3 alert unsupported certificate", 44: "sslv3 alert certificate revoked",
	45: "sslv3 alert certificate expired", 46: "sslv3 alert certificate unknown",
	47: "sslv3 alert illegal parameter", 48: "tlsv1 alert unknown ca",
	49: "tlsv1 alert access denied", 50: "tlsv1 alert decode error",
	51: "tlsv1 alert decrypt error", 60: "tlsv1 alert export restriction",
	70: "tlsv1 alert protocol version", 71: "tlsv1 alert insufficient security",
	80: "tlsv1 alert internal error", 86: "tlsv1 alert inappropriate fallback",
	90: "tlsv1 alert user cancelled", 100: "tlsv1 alert no renegotiation",
	109: "tlsv13 alert missing extension", 110: "tlsv1 unsupported extension",
	111: "tlsv1 certificate unobtainable", 112: "tlsv1 unrecognized name",
	113: "tlsv1 bad certificate status response", 114: "tlsv1 bad certificate hash value",
	115: "tlsv1 alert unknown psk identity", 116: "tlsv13 alert certificate required",
	120: "tlsv1 alert no application protocol",
}

// AlertError is the error Node reports when the peer sends alert a.
func AlertError(a uint8) *NodeError {
	reason, ok := Alerts[a]
	if !ok {
		reason = fmt.Sprintf("reason(%d)", 1000+int(a))
	}
	s := sslError{0x0A000000 | uint32(1000+int(a)), "SSL routines", "ssl3_read_bytes", reason, recLayerS3, 1601}
	return s.handshakeError(fmt.Sprintf("SSL alert number %d", a))
}

// Messages of the ECONNRESET errors Node builds in JS when the connection
// closes before the handshake is done.
const (
	// ClientDisconnectMessage is the client's error (with path, host, port
	// and localAddress properties set from the connect options).
	ClientDisconnectMessage = "Client network socket disconnected before secure TLS connection was established"
	// ServerDisconnectMessage is the server's 'tlsClientError'.
	ServerDisconnectMessage = "socket hang up"
)

// translation is one row of the table: a predicate on Go's error, and
// what Node reports instead.
type translation struct {
	// from documents the Go error the row matches.
	from  string
	match func(err error) bool
	to    func(err error, server bool) *NodeError
}

func contains(s string) func(error) bool {
	return func(err error) bool { return strings.Contains(err.Error(), s) }
}

func fixed(s sslError) func(error, bool) *NodeError {
	return func(error, bool) *NodeError { return s.handshakeError("") }
}

// handshakeTable translates handshake errors, first match wins.
var handshakeTable = []translation{
	{"an alert from the peer (net.OpError{Op: \"remote error\"})", isRemoteAlert,
		func(err error, _ bool) *NodeError { a, _ := remoteAlert(err); return AlertError(a) }},
	{"connection closed or reset before the handshake finished", IsDisconnect,
		func(_ error, server bool) *NodeError {
			if server {
				return &NodeError{Name: "Error", Code: "ECONNRESET", Message: ServerDisconnectMessage}
			}
			return &NodeError{Name: "Error", Code: "ECONNRESET", Message: ClientDisconnectMessage}
		}},
	{"tls.RecordHeaderError (first bytes are not TLS)", isRecordHeaderError, recordHeaderToNode},
	{"tls: client offered only unsupported versions", contains("tls: client offered only unsupported versions"), fixed(sslUnsupportedProtocol)},
	{"tls: server selected unsupported protocol version", contains("tls: server selected unsupported protocol version"), fixed(sslUnsupportedProtocol)},
	{"tls: no cipher suite supported by both client and server", contains("tls: no cipher suite supported by both client and server"), fixed(sslNoSharedCipher)},
	{"tls: client didn't provide a certificate", contains("tls: client didn't provide a certificate"), fixed(sslPeerDidNotReturnCert)},
	{"tls: client requested unsupported application protocols", contains("tls: client requested unsupported application protocols"), fixed(sslNoApplicationProtocol)},
	{"tls: received unexpected handshake message", contains("unexpected handshake message"), fixed(sslUnexpectedMessage)},
	{"tls: unexpected message", contains("tls: unexpected message"), fixed(sslUnexpectedMessage)},
	{"local error: tls: bad record MAC", contains("bad record MAC"), fixed(sslBadRecordMac)},
	{"ErrNoSuitableSigalg (TLS < 1.2 at security level 1)", func(err error) bool { return errors.Is(err, ErrNoSuitableSigalg) }, fixed(sslNoSuitableSigalg)},
	{"tls: oversized record received", contains("oversized record"), fixed(sslPacketLengthTooLong)},
	{"ErrNoProtocols (minVersion above maxVersion)", func(err error) bool { return errors.Is(err, ErrNoProtocols) }, fixed(sslNoProtocolsAvailable)},
	{"tls: no supported versions satisfy MinVersion and MaxVersion", contains("no supported versions satisfy MinVersion and MaxVersion"), fixed(sslNoProtocolsAvailable)},
	{"ErrNoCiphers (no suite for the highest version)", func(err error) bool { return errors.Is(err, ErrNoCiphers) },
		func(_ error, server bool) *NodeError {
			if server {
				return sslNoCiphersServer.handshakeError(noCiphersDetail)
			}
			return sslNoCiphersClient.handshakeError(noCiphersDetail)
		}},
	{"ErrNoCertificate12 (a server without a certificate, TLS 1.2)", func(err error) bool { return errors.Is(err, ErrNoCertificate12) }, fixed(sslNoSharedCipher)},
	{"ErrNoCertificate13 (a server without a certificate, TLS 1.3)", func(err error) bool { return errors.Is(err, ErrNoCertificate13) },
		fixed(sslError{0x0A000076, "SSL routines", "tls_choose_sigalg", "no suitable signature algorithm", "../deps/openssl/openssl/ssl/t1_lib.c", 3242})},
	{"ErrRecordBeforeHello (a server read an alert where a ClientHello belongs)", func(err error) bool { return errors.Is(err, ErrRecordBeforeHello) }, fixed(sslUnexpectedRecord)},
}

// ErrNoProtocols fails the handshake of a server whose minVersion is above
// its maxVersion: OpenSSL's "no protocols available" (the client gets a
// protocol_version alert, as crypto/tls sends).
var ErrNoProtocols = errorString("tls: minVersion above maxVersion: no protocols available")

// ErrNoCiphers fails a handshake whose context has no suite for its
// highest version (SecureContext.NoCiphersForMax).
var ErrNoCiphers = errorString("tls: no ciphers enabled for the highest version")

const noCiphersDetail = "No ciphers enabled for max supported SSL/TLS version"

// ErrRecordBeforeHello fails a server handshake that read an alert before
// any ClientHello: OpenSSL takes only a handshake record first.
var ErrRecordBeforeHello = errorString("tls: alert record before the ClientHello")

// ProtocolVersionAlert is the record an OpenSSL client sends when its
// minVersion is above its maxVersion (fatal protocol_version, before any
// ClientHello).
var ProtocolVersionAlert = []byte{21, 3, 1, 0, 2, 2, 70}

// ErrNoSuitableSigalg is what a server's GetConfigForClient returns for a
// client that can only do TLS 1.0 or 1.1: Node 20's OpenSSL 3 at its
// default security level 1 has no signature algorithm for them (MD5-SHA1,
// SHA-1), unless the ciphers say @SECLEVEL=0.
var ErrNoSuitableSigalg = errorString("tls: no suitable signature algorithm (TLS < 1.2 needs @SECLEVEL=0)")

// TranslateHandshakeError maps an error from crypto/tls's Handshake (or a
// read during it) to what Node reports on that side (server is the
// 'tlsClientError' of a server, otherwise the client socket's 'error').
// Unknown errors keep Go's message, with no code.
func TranslateHandshakeError(err error, server bool) *NodeError {
	if err == nil {
		return nil
	}
	for _, t := range handshakeTable {
		if t.match(err) {
			return t.to(err, server)
		}
	}
	return &NodeError{Name: "Error", Message: err.Error()}
}

// remoteAlert extracts the alert number of "remote error: tls: ..." errors.
// crypto/tls's alert type is unexported: it is a uint8 inside net.OpError.
func remoteAlert(err error) (uint8, bool) {
	var op *net.OpError
	if !errors.As(err, &op) || op.Op != "remote error" || op.Err == nil {
		return 0, false
	}
	v := reflect.ValueOf(op.Err)
	if v.Kind() != reflect.Uint8 {
		return 0, false
	}
	return uint8(v.Uint()), true
}

func isRemoteAlert(err error) bool { _, ok := remoteAlert(err); return ok }

// IsDisconnect reports a connection that ended (EOF, reset, broken pipe)
// before the handshake completed.
func IsDisconnect(err error) bool {
	return errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) ||
		errors.Is(err, syscall.ECONNRESET) || errors.Is(err, syscall.EPIPE) ||
		errors.Is(err, net.ErrClosed)
}

func isRecordHeaderError(err error) bool {
	var rh tls.RecordHeaderError
	return errors.As(err, &rh)
}

// recordHeaderToNode is OpenSSL's ssl3_get_record: an HTTP method at the
// start is "http request", CONNECT "https proxy request", anything else
// "wrong version number".
func recordHeaderToNode(err error, _ bool) *NodeError {
	var rh tls.RecordHeaderError
	errors.As(err, &rh)
	h := string(rh.RecordHeader[:])
	switch {
	case strings.HasPrefix(h, "GET ") || strings.HasPrefix(h, "POST ") ||
		strings.HasPrefix(h, "HEAD ") || strings.HasPrefix(h, "PUT "):
		return sslHTTPRequest.handshakeError("")
	case h == "CONNE":
		return sslHTTPSProxyRequest.handshakeError("")
	}
	if rh.RecordHeader[1] == 3 {
		// a TLS-looking version with a record type that is neither
		// handshake nor alert: OpenSSL reads the record and refuses it
		return sslUnexpectedMessage.handshakeError("")
	}
	return sslWrongVersionNumber.handshakeError("")
}

// UnexpectedRecordAlert is the unexpected_message alert OpenSSL sends for
// such a record (crypto/tls sends none); nil when OpenSSL would send none.
func UnexpectedRecordAlert(err error) []byte {
	var rh tls.RecordHeaderError
	if !errors.As(err, &rh) || rh.RecordHeader[1] != 3 || strings.HasPrefix(string(rh.RecordHeader[:]), "CONNE") {
		return nil
	}
	return []byte{21, 3, 3, 0, 2, 2, 10}
}

// VerifyMessages are OpenSSL's texts (X509_verify_cert_error_string) of the
// verification codes Node puts in authorizationError / err.code.
var VerifyMessages = map[string]string{
	"UNABLE_TO_GET_ISSUER_CERT":         "unable to get issuer certificate",
	"UNABLE_TO_GET_ISSUER_CERT_LOCALLY": "unable to get local issuer certificate",
	"UNABLE_TO_VERIFY_LEAF_SIGNATURE":   "unable to verify the first certificate",
	"DEPTH_ZERO_SELF_SIGNED_CERT":       "self-signed certificate",
	"SELF_SIGNED_CERT_IN_CHAIN":         "self-signed certificate in certificate chain",
	"CERT_HAS_EXPIRED":                  "certificate has expired",
	"CERT_NOT_YET_VALID":                "certificate is not yet valid",
	"CERT_SIGNATURE_FAILURE":            "certificate signature failure",
	"INVALID_CA":                        "invalid CA certificate",
	"PATH_LENGTH_EXCEEDED":              "path length constraint exceeded",
	"INVALID_PURPOSE":                   "unsupported certificate purpose",
	"CERT_REVOKED":                      "certificate revoked",
	"CERT_UNTRUSTED":                    "certificate not trusted",
	"CERT_REJECTED":                     "certificate rejected",
	"HOSTNAME_MISMATCH":                 "Hostname mismatch",
	"CERT_CHAIN_TOO_LONG":               "certificate chain too long",
	"CA_MD_TOO_WEAK":                    "CA signature digest algorithm too weak",
	"EE_KEY_TOO_SMALL":                  "EE certificate key too weak",
	"CA_KEY_TOO_SMALL":                  "CA certificate key too weak",
}

// VerifyError is Node's error for a verification code: Error with that code
// and OpenSSL's text.
func VerifyError(code string) *NodeError {
	msg, ok := VerifyMessages[code]
	if !ok {
		msg = code
	}
	return &NodeError{Name: "Error", Code: code, Message: msg}
}

// X509ErrorCode maps an error of crypto/x509's Verify to the code OpenSSL
// would report, for callers that used Go's verification. VerifyChain is
// exact where this is approximate (Go stops at the first problem).
func X509ErrorCode(err error, chainLen int) string {
	var inv x509.CertificateInvalidError
	var unk x509.UnknownAuthorityError
	var host x509.HostnameError
	switch {
	case errors.As(err, &inv):
		switch inv.Reason {
		case x509.Expired:
			if inv.Cert != nil && strings.Contains(inv.Detail, "before") {
				return "CERT_NOT_YET_VALID"
			}
			return "CERT_HAS_EXPIRED"
		case x509.NotAuthorizedToSign, x509.CANotAuthorizedForThisName:
			return "INVALID_CA"
		case x509.TooManyIntermediates:
			return "PATH_LENGTH_EXCEEDED"
		case x509.IncompatibleUsage, x509.CANotAuthorizedForExtKeyUsage:
			return "INVALID_PURPOSE"
		}
		return "CERT_REJECTED"
	case errors.As(err, &unk):
		c := unk.Cert
		if c != nil && string(c.RawIssuer) == string(c.RawSubject) {
			if chainLen <= 1 {
				return "DEPTH_ZERO_SELF_SIGNED_CERT"
			}
			return "SELF_SIGNED_CERT_IN_CHAIN"
		}
		if chainLen <= 1 {
			return "UNABLE_TO_VERIFY_LEAF_SIGNATURE"
		}
		return "UNABLE_TO_GET_ISSUER_CERT_LOCALLY"
	case errors.As(err, &host):
		return "ERR_TLS_CERT_ALTNAME_INVALID"
	case errors.Is(err, x509.ErrUnsupportedAlgorithm):
		return "CERT_SIGNATURE_FAILURE"
	}
	return "CERT_REJECTED"
}

// ErrInvalidProtocolVersion is Node's TypeError for a bad minVersion /
// maxVersion: value is the option as JSON (`"TLSv1.4"`, `12`), which is
// "minimum" or "maximum".
func ErrInvalidProtocolVersion(valueJSON, which string) *NodeError {
	return &NodeError{Name: "TypeError", Code: "ERR_TLS_INVALID_PROTOCOL_VERSION",
		Message: valueJSON + " is not a valid " + which + " TLS protocol version"}
}

// ErrInvalidProtocolMethod is Node's TypeError for a refused secureProtocol;
// message comes from SecureProtocol.
func ErrInvalidProtocolMethod(message string) *NodeError {
	return &NodeError{Name: "TypeError", Code: "ERR_TLS_INVALID_PROTOCOL_METHOD", Message: message}
}

// ErrProtocolVersionConflict is Node's TypeError when minVersion or
// maxVersion is given together with secureProtocol.
func ErrProtocolVersionConflict(version, method string) *NodeError {
	return &NodeError{Name: "TypeError", Code: "ERR_TLS_PROTOCOL_VERSION_CONFLICT",
		Message: `TLS protocol version "` + version + `" conflicts with secureProtocol "` + method + `"`}
}

// InternalErrorAlert is a fatal internal_error alert record sent before
// any ClientHello (an OpenSSL client that cannot build its hello).
var InternalErrorAlert = []byte{21, 3, 1, 0, 2, 2, 80}

// ErrNoCertificate12 and ErrNoCertificate13 fail the handshake of a server
// that has no certificate, as OpenSSL reports it for each version.
var (
	ErrNoCertificate12 = errorString("tls: server has no certificate (TLS 1.2)")
	ErrNoCertificate13 = errorString("tls: server has no certificate (TLS 1.3)")
)

// HandshakeFailureAlert is a fatal handshake_failure alert record in
// plaintext (before the ServerHello).
var HandshakeFailureAlert = []byte{21, 3, 3, 0, 2, 2, 40}
