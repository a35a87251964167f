package tls

import (
	"crypto/tls"
	"sort"
	"strings"
)

// Suite describes one cipher suite crypto/tls implements, with the names and
// properties OpenSSL gives it.
type Suite struct {
	ID uint16
	// OpenSSL is OpenSSL's name (getCipher().name), IANA the standard name
	// (getCipher().standardName; crypto/tls's name).
	OpenSSL, IANA string
	// Version is OpenSSL's SSL_CIPHER_get_version (getCipher().version): the
	// first protocol version the suite exists in.
	Version string
	// TLS13 marks the TLS 1.3 suites, which crypto/tls does not let a
	// Config choose.
	TLS13 bool
	// Node marks suites Node's OpenSSL offers (tls.getCiphers()); the
	// others (RC4, 3DES) are known by name only and never enabled.
	Node bool

	kx, au, enc, mac string // OpenSSL's classification, for cipher strings
	bits             int    // symmetric strength, for @STRENGTH
}

// Suites lists every suite crypto/tls implements, TLS ≤ 1.2 ones in
// OpenSSL's "ALL" order (the start order of cipher-string evaluation).
var Suites = []Suite{
	{tls.TLS_AES_256_GCM_SHA384, "TLS_AES_256_GCM_SHA384", "TLS_AES_256_GCM_SHA384", "TLSv1.3", true, true, "", "", "AESGCM256", "AEAD", 256},
	{tls.TLS_CHACHA20_POLY1305_SHA256, "TLS_CHACHA20_POLY1305_SHA256", "TLS_CHACHA20_POLY1305_SHA256", "TLSv1.3", true, true, "", "", "CHACHA20", "AEAD", 256},
	{tls.TLS_AES_128_GCM_SHA256, "TLS_AES_128_GCM_SHA256", "TLS_AES_128_GCM_SHA256", "TLSv1.3", true, true, "", "", "AESGCM128", "AEAD", 128},
	{tls.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384, "ECDHE-ECDSA-AES256-GCM-SHA384", "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384", "TLSv1.2", false, true, "ECDHE", "ECDSA", "AESGCM256", "AEAD", 256},
	{tls.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384, "ECDHE-RSA-AES256-GCM-SHA384", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", "TLSv1.2", false, true, "ECDHE", "RSA", "AESGCM256", "AEAD", 256},
	{tls.TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256, "ECDHE-ECDSA-CHACHA20-POLY1305", "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256", "TLSv1.2", false, true, "ECDHE", "ECDSA", "CHACHA20", "AEAD", 256},
	{tls.TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256, "ECDHE-RSA-CHACHA20-POLY1305", "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256", "TLSv1.2", false, true, "ECDHE", "RSA", "CHACHA20", "AEAD", 256},
	{tls.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256, "ECDHE-ECDSA-AES128-GCM-SHA256", "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", "TLSv1.2", false, true, "ECDHE", "ECDSA", "AESGCM128", "AEAD", 128},
	{tls.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, "ECDHE-RSA-AES128-GCM-SHA256", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "TLSv1.2", false, true, "ECDHE", "RSA", "AESGCM128", "AEAD", 128},
	{tls.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256, "ECDHE-ECDSA-AES128-SHA256", "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256", "TLSv1.2", false, true, "ECDHE", "ECDSA", "AES128", "SHA256", 128},
	{tls.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256, "ECDHE-RSA-AES128-SHA256", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256", "TLSv1.2", false, true, "ECDHE", "RSA", "AES128", "SHA256", 128},
	{tls.TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA, "ECDHE-ECDSA-AES256-SHA", "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA", "TLSv1.0", false, true, "ECDHE", "ECDSA", "AES256", "SHA1", 256},
	{tls.TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA, "ECDHE-RSA-AES256-SHA", "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA", "TLSv1.0", false, true, "ECDHE", "RSA", "AES256", "SHA1", 256},
	{tls.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA, "ECDHE-ECDSA-AES128-SHA", "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA", "TLSv1.0", false, true, "ECDHE", "ECDSA", "AES128", "SHA1", 128},
	{tls.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA, "ECDHE-RSA-AES128-SHA", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA", "TLSv1.0", false, true, "ECDHE", "RSA", "AES128", "SHA1", 128},
	{tls.TLS_RSA_WITH_AES_256_GCM_SHA384, "AES256-GCM-SHA384", "TLS_RSA_WITH_AES_256_GCM_SHA384", "TLSv1.2", false, true, "RSA", "RSA", "AESGCM256", "AEAD", 256},
	{tls.TLS_RSA_WITH_AES_128_GCM_SHA256, "AES128-GCM-SHA256", "TLS_RSA_WITH_AES_128_GCM_SHA256", "TLSv1.2", false, true, "RSA", "RSA", "AESGCM128", "AEAD", 128},
	{tls.TLS_RSA_WITH_AES_128_CBC_SHA256, "AES128-SHA256", "TLS_RSA_WITH_AES_128_CBC_SHA256", "TLSv1.2", false, true, "RSA", "RSA", "AES128", "SHA256", 128},
	{tls.TLS_RSA_WITH_AES_256_CBC_SHA, "AES256-SHA", "TLS_RSA_WITH_AES_256_CBC_SHA", "SSLv3", false, true, "RSA", "RSA", "AES256", "SHA1", 256},
	{tls.TLS_RSA_WITH_AES_128_CBC_SHA, "AES128-SHA", "TLS_RSA_WITH_AES_128_CBC_SHA", "SSLv3", false, true, "RSA", "RSA", "AES128", "SHA1", 128},
	// Known by name only: Node's OpenSSL 3 no longer offers them.
	{tls.TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA, "ECDHE-RSA-DES-CBC3-SHA", "TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA", "TLSv1.0", false, false, "ECDHE", "RSA", "3DES", "SHA1", 112},
	{tls.TLS_RSA_WITH_3DES_EDE_CBC_SHA, "DES-CBC3-SHA", "TLS_RSA_WITH_3DES_EDE_CBC_SHA", "SSLv3", false, false, "RSA", "RSA", "3DES", "SHA1", 112},
	{tls.TLS_ECDHE_ECDSA_WITH_RC4_128_SHA, "ECDHE-ECDSA-RC4-SHA", "TLS_ECDHE_ECDSA_WITH_RC4_128_SHA", "TLSv1.0", false, false, "ECDHE", "ECDSA", "RC4", "SHA1", 128},
	{tls.TLS_ECDHE_RSA_WITH_RC4_128_SHA, "ECDHE-RSA-RC4-SHA", "TLS_ECDHE_RSA_WITH_RC4_128_SHA", "TLSv1.0", false, false, "ECDHE", "RSA", "RC4", "SHA1", 128},
	{tls.TLS_RSA_WITH_RC4_128_SHA, "RC4-SHA", "TLS_RSA_WITH_RC4_128_SHA", "SSLv3", false, false, "RSA", "RSA", "RC4", "SHA1", 128},
}

// SuiteByID returns the suite with that IANA number.
func SuiteByID(id uint16) (Suite, bool) {
	for _, s := range Suites {
		if s.ID == id {
			return s, true
		}
	}
	return Suite{}, false
}

// SuiteByName finds a suite by its OpenSSL or IANA name (case-insensitive,
// as OpenSSL matches names).
func SuiteByName(name string) (Suite, bool) {
	for _, s := range Suites {
		if strings.EqualFold(s.OpenSSL, name) || strings.EqualFold(s.IANA, name) {
			return s, true
		}
	}
	return Suite{}, false
}

// GetCiphers is tls.getCiphers(): the lowercase OpenSSL names, sorted, of
// the suites both Node's OpenSSL and crypto/tls implement. Node also lists
// suites Go lacks (DHE, PSK, SRP, CCM, AES256-SHA256, ECDHE-*-SHA384 CBC),
// which are left out here because they cannot be negotiated.
func GetCiphers() []string {
	var out []string
	for _, s := range Suites {
		if s.Node {
			out = append(out, strings.ToLower(s.OpenSSL))
		}
	}
	sort.Strings(out)
	return out
}

// Protocol versions by Node's names.
var versionNames = []struct {
	name string
	v    uint16
}{
	{"TLSv1", tls.VersionTLS10},
	{"TLSv1.1", tls.VersionTLS11},
	{"TLSv1.2", tls.VersionTLS12},
	{"TLSv1.3", tls.VersionTLS13},
}

// ProtocolVersion maps Node's minVersion/maxVersion names ("TLSv1.2") to
// crypto/tls versions. ok is false for anything else (Node then throws
// ERR_TLS_INVALID_PROTOCOL_VERSION, built in JS).
func ProtocolVersion(name string) (v uint16, ok bool) {
	for _, n := range versionNames {
		if n.name == name {
			return n.v, true
		}
	}
	return 0, false
}

// ProtocolName is getProtocol(): "TLSv1.3" for tls.VersionTLS13; "unknown"
// for a version Node has no name for.
func ProtocolName(v uint16) string {
	for _, n := range versionNames {
		if n.v == v {
			return n.name
		}
	}
	if v == tls.VersionSSL30 {
		return "SSLv3"
	}
	return "unknown"
}

// SecureProtocol maps Node's secureProtocol method names to a version range.
// err is Node's ERR_TLS_INVALID_PROTOCOL_METHOD message when the name is
// refused ("Unknown method: x", "SSLv3 methods disabled", ...).
func SecureProtocol(method string) (min, max uint16, errMsg string) {
	switch method {
	case "TLS_method", "TLS_client_method", "TLS_server_method",
		"SSLv23_method", "SSLv23_client_method", "SSLv23_server_method":
		return tls.VersionTLS10, tls.VersionTLS13, ""
	case "TLSv1_method", "TLSv1_client_method", "TLSv1_server_method":
		return tls.VersionTLS10, tls.VersionTLS10, ""
	case "TLSv1_1_method", "TLSv1_1_client_method", "TLSv1_1_server_method":
		return tls.VersionTLS11, tls.VersionTLS11, ""
	case "TLSv1_2_method", "TLSv1_2_client_method", "TLSv1_2_server_method":
		return tls.VersionTLS12, tls.VersionTLS12, ""
	case "SSLv2_method", "SSLv2_server_method", "SSLv2_client_method":
		return 0, 0, "SSLv2 methods disabled"
	case "SSLv3_method", "SSLv3_server_method", "SSLv3_client_method":
		return 0, 0, "SSLv3 methods disabled"
	}
	return 0, 0, "Unknown method: " + method
}

// Curve is a key-exchange group with its OpenSSL names.
type Curve struct {
	ID tls.CurveID
	// Name is OpenSSL's short name, what getEphemeralKeyInfo().name shows.
	Name string
	// Aliases are the other names ecdhCurve accepts (NIST names).
	Aliases []string
	// Size is getEphemeralKeyInfo().size (EVP_PKEY_bits).
	Size int
}

// Curves are the groups both Node and crypto/tls implement. Go's
// post-quantum hybrids (X25519MLKEM768, ...) are missing on purpose: Node 20
// never negotiates them, so they must not be offered.
var Curves = []Curve{
	{tls.X25519, "X25519", nil, 253},
	{tls.CurveP256, "prime256v1", []string{"P-256", "secp256r1"}, 256},
	{tls.CurveP384, "secp384r1", []string{"P-384"}, 384},
	{tls.CurveP521, "secp521r1", []string{"P-521"}, 521},
}

// DefaultCurves is OpenSSL's default group order that crypto/tls can do
// (OpenSSL's is X25519, P-256, X448, P-521, P-384).
var DefaultCurves = []tls.CurveID{tls.X25519, tls.CurveP256, tls.CurveP521, tls.CurveP384}

// CurveByID returns the curve with that ID.
func CurveByID(id tls.CurveID) (Curve, bool) {
	for _, c := range Curves {
		if c.ID == id {
			return c, true
		}
	}
	return Curve{}, false
}

// unsupportedCurves are names OpenSSL accepts in ecdhCurve that crypto/tls
// cannot do; ParseCurves skips them (Node would accept the option).
var unsupportedCurves = []string{"X448", "secp256k1", "secp224r1", "P-224", "brainpoolP256r1",
	"brainpoolP384r1", "brainpoolP512r1", "ffdhe2048", "ffdhe3072", "ffdhe4096", "ffdhe6144", "ffdhe8192"}

// ParseCurves parses the ecdhCurve option: "auto" (nil: the defaults) or a
// colon-separated list of curve names, matched case-insensitively. An
// unknown name fails as Node does (ok false: Error ERR_CRYPTO_OPERATION_FAILED
// "Failed to set ECDH curve"). Names OpenSSL knows but Go lacks are dropped;
// a list with only those gives ok true and an empty, non-nil slice.
func ParseCurves(s string) (ids []tls.CurveID, ok bool) {
	if s == "auto" {
		return nil, true
	}
	ids = []tls.CurveID{}
next:
	for _, name := range strings.Split(s, ":") {
		for _, c := range Curves {
			if strings.EqualFold(c.Name, name) {
				ids = append(ids, c.ID)
				continue next
			}
			for _, a := range c.Aliases {
				if strings.EqualFold(a, name) {
					ids = append(ids, c.ID)
					continue next
				}
			}
		}
		for _, u := range unsupportedCurves {
			if strings.EqualFold(u, name) {
				continue next
			}
		}
		return nil, false
	}
	return ids, true
}

// sigalgNames are OpenSSL's names (as getSharedSigalgs shows them) of the
// signature schemes its default list accepts at security level 1, in that
// list's order; dsa marks the TLS ≤ 1.2-only DSA ones.
var sigalgNames = []struct {
	id   tls.SignatureScheme
	name string
	dsa  bool
}{
	{0x0403, "ECDSA+SHA256", false}, {0x0503, "ECDSA+SHA384", false}, {0x0603, "ECDSA+SHA512", false},
	{0x0807, "Ed25519+UNDEF", false}, {0x0808, "Ed448+UNDEF", false},
	{0x0809, "RSA-PSS+SHA256", false}, {0x080a, "RSA-PSS+SHA384", false}, {0x080b, "RSA-PSS+SHA512", false},
	{0x0804, "RSA-PSS+SHA256", false}, {0x0805, "RSA-PSS+SHA384", false}, {0x0806, "RSA-PSS+SHA512", false},
	{0x0401, "RSA+SHA256", false}, {0x0501, "RSA+SHA384", false}, {0x0601, "RSA+SHA512", false},
	{0x0303, "ECDSA+SHA224", false}, {0x0301, "RSA+SHA224", false},
	{0x0302, "DSA+SHA224", true}, {0x0402, "DSA+SHA256", true}, {0x0502, "DSA+SHA384", true}, {0x0602, "DSA+SHA512", true},
}

// SharedSigalgs is a server's getSharedSigalgs(): the client's
// signature_algorithms in the client's order (Node does not prefer the
// server's), keeping those OpenSSL's default list allows for version.
func SharedSigalgs(client []tls.SignatureScheme, version uint16) []string {
	var out []string
	for _, id := range client {
		for _, s := range sigalgNames {
			if s.id == id && (!s.dsa || version < tls.VersionTLS13) {
				out = append(out, s.name)
			}
		}
	}
	return out
}

// sigalgEntry is a row of OpenSSL 3.0's sigalg_lookup_tbl: its name (""
// when it has none) and its signature and hash algorithms.
type sigalgEntry struct{ name, sig, hash string }

var sigalgTable = []sigalgEntry{
	{"ecdsa_secp256r1_sha256", "EC", "sha256"}, {"ecdsa_secp384r1_sha384", "EC", "sha384"},
	{"ecdsa_secp521r1_sha512", "EC", "sha512"}, {"", "EC", "sha224"}, {"", "EC", "sha1"},
	{"ed25519", "ED25519", ""}, {"ed448", "ED448", ""},
	{"rsa_pss_rsae_sha256", "RSA-PSS", "sha256"}, {"rsa_pss_rsae_sha384", "RSA-PSS", "sha384"},
	{"rsa_pss_rsae_sha512", "RSA-PSS", "sha512"}, {"rsa_pss_pss_sha256", "RSA-PSS", "sha256"},
	{"rsa_pss_pss_sha384", "RSA-PSS", "sha384"}, {"rsa_pss_pss_sha512", "RSA-PSS", "sha512"},
	{"rsa_pkcs1_sha256", "RSA", "sha256"}, {"rsa_pkcs1_sha384", "RSA", "sha384"},
	{"rsa_pkcs1_sha512", "RSA", "sha512"}, {"", "RSA", "sha224"}, {"rsa_pkcs1_sha1", "RSA", "sha1"},
	{"", "DSA", "sha256"}, {"", "DSA", "sha384"}, {"", "DSA", "sha512"}, {"", "DSA", "sha224"}, {"", "DSA", "sha1"},
}

// sigalgHashes are the digest names OBJ_sn2nid/OBJ_ln2nid know that a
// table row can use.
var sigalgHashes = map[string]string{
	"SHA1": "sha1", "sha1": "sha1", "SHA224": "sha224", "sha224": "sha224", "SHA256": "sha256",
	"sha256": "sha256", "SHA384": "sha384", "sha384": "sha384", "SHA512": "sha512", "sha512": "sha512",
	"MD5": "md5", "md5": "md5",
}

// ValidSigalgsList reports whether OpenSSL's SSL_CTX_set1_sigalgs_list
// accepts s: ':'-separated table names or "SIG+HASH" pairs (SIG one of RSA,
// RSA-PSS, PSS, DSA, ECDSA, case-sensitive) naming a table row, with no
// repeats.
func ValidSigalgsList(s string) bool {
	seen := map[int]bool{}
	for _, item := range strings.Split(s, ":") {
		row := -1
		if sig, hash, ok := strings.Cut(item, "+"); ok {
			if hash == "" {
				return false
			}
			var sigAlg, hashAlg string
			for _, part := range []string{sig, hash} {
				switch part {
				case "RSA":
					sigAlg = "RSA"
				case "RSA-PSS", "PSS":
					sigAlg = "RSA-PSS"
				case "DSA":
					sigAlg = "DSA"
				case "ECDSA":
					sigAlg = "EC"
				default:
					hashAlg = sigalgHashes[part]
				}
			}
			for i, e := range sigalgTable {
				if sigAlg != "" && hashAlg != "" && e.sig == sigAlg && e.hash == hashAlg {
					row = i
					break
				}
			}
		} else {
			for i, e := range sigalgTable {
				if e.name != "" && e.name == item {
					row = i
					break
				}
			}
		}
		if row < 0 || seen[row] {
			return false
		}
		seen[row] = true
	}
	return true
}
