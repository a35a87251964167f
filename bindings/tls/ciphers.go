package tls

import (
	"sort"
	"strings"
)

// ParseCipherList evaluates the TLS ≤ 1.2 part of Node's `ciphers` option
// (what Node passes to SSL_CTX_set_cipher_list: the items not starting with
// "TLS_") the way OpenSSL does, over the suites both Node and crypto/tls
// implement, and returns their IDs in the resulting order.
//
// Supported grammar (OpenSSL's): items separated by ':', ',', ' ' or ';';
// a leading "DEFAULT"; cipher names (case-sensitive, as OpenSSL); aliases
// (ALL, HIGH, kRSA/RSA, aRSA, ECDHE/EECDH/kECDHE/ECDH, ECDSA/aECDSA, AES,
// AES128, AES256, AESGCM, CHACHA20, SHA1/SHA, SHA256, TLSv1.2, TLSv1/TLSv1.0,
// SSLv3, FIPS, and the ones that match nothing here such as aNULL, eNULL,
// MD5, RC4, DES, 3DES, PSK, SRP, CAMELLIA, DHE, EXPORT, LOW, MEDIUM);
// alias combinations with '+' (ECDHE+AESGCM); the prefixes '!' (remove for
// good), '-' (remove) and '+' (move to the end); @STRENGTH. @SECLEVEL=n
// is accepted and ignored. Unknown words are skipped, as OpenSSL does. If
// nothing is left the error is Node's ERR_SSL_NO_CIPHER_MATCH.
//
// What crypto/tls cannot honour: the order (Go chooses its own preference,
// so honorCipherOrder has no effect), and suites Go lacks (DHE, PSK, CCM,
// CAMELLIA, ARIA...), which simply never match.
func ParseCipherList(s string) ([]uint16, error) {
	l := newCipherList()
	if strings.HasPrefix(s, "DEFAULT") {
		l.apply("ALL:!COMPLEMENTOFDEFAULT:!eNULL")
		s = strings.TrimPrefix(strings.TrimPrefix(s, "DEFAULT"), ":")
	}
	l.apply(s)
	ids := l.result()
	if len(ids) == 0 {
		return nil, ErrNoCipherMatch
	}
	return ids, nil
}

// ParseCipherSuites checks the TLS 1.3 part of the option (the "TLS_" items,
// for SSL_CTX_set_ciphersuites): names are matched exactly against standard
// names, unknown ones are skipped, and none left is ERR_SSL_NO_CIPHER_MATCH.
// The IDs returned are informational: crypto/tls always enables all TLS 1.3
// suites. Like OpenSSL, a TLS 1.2 standard name is accepted here too.
func ParseCipherSuites(s string) ([]uint16, error) {
	var ids []uint16
	for _, name := range strings.Split(s, ":") {
		for _, su := range Suites {
			if su.Node && su.IANA == name {
				ids = append(ids, su.ID)
			}
		}
	}
	if len(ids) == 0 {
		return nil, ErrNoCipherMatch
	}
	return ids, nil
}

type cipherEntry struct {
	s      Suite
	active bool
}

// cipherList is OpenSSL's ordered cipher list during rule evaluation.
type cipherList struct{ list []*cipherEntry }

func newCipherList() *cipherList {
	l := &cipherList{}
	for _, s := range Suites {
		if s.Node && !s.TLS13 {
			l.list = append(l.list, &cipherEntry{s: s})
		}
	}
	return l
}

func (l *cipherList) result() []uint16 {
	var ids []uint16
	for _, e := range l.list {
		if e.active {
			ids = append(ids, e.s.ID)
		}
	}
	return ids
}

func isItemSep(r rune) bool { return r == ':' || r == ',' || r == ' ' || r == ';' }

func isWordChar(c byte) bool {
	return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' ||
		c == '-' || c == '_' || c == '.' || c == '=' || c == '+'
}

func (l *cipherList) apply(rules string) {
	for _, item := range strings.FieldsFunc(rules, isItemSep) {
		// "WORD@COMMAND": the word, then the command.
		word, command, _ := strings.Cut(item, "@")
		l.applyWord(word)
		if strings.HasPrefix(command, "STRENGTH") {
			l.strengthSort()
		}
	}
}

func (l *cipherList) applyWord(item string) {
	if item == "" {
		return
	}
	op := byte(0)
	switch item[0] {
	case '!', '-', '+':
		op, item = item[0], item[1:]
	}
	n := 0
	for n < len(item) && isWordChar(item[n]) {
		n++
	}
	if match, ok := cipherMatcher(item[:n]); n > 0 && ok {
		l.rule(op, match)
	}
}

// rule applies one operation to the ciphers match selects.
func (l *cipherList) rule(op byte, match func(Suite) bool) {
	switch op {
	case '!':
		kept := l.list[:0]
		for _, e := range l.list {
			if !match(e.s) {
				kept = append(kept, e)
			}
		}
		l.list = kept
	case '-':
		for _, e := range l.list {
			if match(e.s) {
				e.active = false
			}
		}
	default: // add (inactive ones) or '+' (move active ones): to the end, in order
		var moved, rest []*cipherEntry
		for _, e := range l.list {
			if match(e.s) && (op == '+') == e.active {
				e.active = true
				moved = append(moved, e)
			} else {
				rest = append(rest, e)
			}
		}
		l.list = append(rest, moved...)
	}
}

func (l *cipherList) strengthSort() {
	sort.SliceStable(l.list, func(i, j int) bool {
		a, b := l.list[i], l.list[j]
		if a.active != b.active {
			return a.active
		}
		return a.s.bits > b.s.bits
	})
}

// cipherAliases are OpenSSL's alias names as predicates on our suites.
var cipherAliases = map[string]func(Suite) bool{
	"ALL":                 func(Suite) bool { return true },
	"HIGH":                func(s Suite) bool { return s.bits >= 128 && s.enc != "RC4" },
	"FIPS":                func(s Suite) bool { return s.enc != "CHACHA20" },
	"kRSA":                func(s Suite) bool { return s.kx == "RSA" },
	"RSA":                 func(s Suite) bool { return s.kx == "RSA" },
	"aRSA":                func(s Suite) bool { return s.au == "RSA" },
	"kECDHE":              func(s Suite) bool { return s.kx == "ECDHE" },
	"kEECDH":              func(s Suite) bool { return s.kx == "ECDHE" },
	"ECDHE":               func(s Suite) bool { return s.kx == "ECDHE" },
	"EECDH":               func(s Suite) bool { return s.kx == "ECDHE" },
	"ECDH":                func(s Suite) bool { return s.kx == "ECDHE" },
	"aECDSA":              func(s Suite) bool { return s.au == "ECDSA" },
	"ECDSA":               func(s Suite) bool { return s.au == "ECDSA" },
	"AES":                 func(s Suite) bool { return strings.HasPrefix(s.enc, "AES") },
	"AES128":              func(s Suite) bool { return s.enc == "AES128" || s.enc == "AESGCM128" },
	"AES256":              func(s Suite) bool { return s.enc == "AES256" || s.enc == "AESGCM256" },
	"AESGCM":              func(s Suite) bool { return strings.HasPrefix(s.enc, "AESGCM") },
	"CHACHA20":            func(s Suite) bool { return s.enc == "CHACHA20" },
	"SHA1":                func(s Suite) bool { return s.mac == "SHA1" },
	"SHA":                 func(s Suite) bool { return s.mac == "SHA1" },
	"SHA256":              func(s Suite) bool { return s.mac == "SHA256" },
	"TLSv1.2":             func(s Suite) bool { return s.Version == "TLSv1.2" },
	"TLSv1":               func(s Suite) bool { return s.Version == "TLSv1.0" },
	"TLSv1.0":             func(s Suite) bool { return s.Version == "TLSv1.0" },
	"SSLv3":               func(s Suite) bool { return s.Version == "SSLv3" },
	"RC4":                 func(s Suite) bool { return s.enc == "RC4" },
	"3DES":                func(s Suite) bool { return s.enc == "3DES" },
	"AECDH":               none,
	"ADH":                 none,
	"aNULL":               none,
	"eNULL":               none,
	"NULL":                none,
	"COMPLEMENTOFDEFAULT": none,
	"COMPLEMENTOFALL":     none,
	"MD5":                 none, "DES": none, "PSK": none, "kPSK": none, "aPSK": none, "SRP": none,
	"kSRP": none, "aSRP": none, "CAMELLIA": none, "CAMELLIA128": none, "CAMELLIA256": none,
	"ARIA": none, "ARIA128": none, "ARIA256": none, "ARIAGCM": none, "IDEA": none,
	"SEED": none, "RC2": none, "DSS": none, "aDSS": none, "DH": none, "DHE": none,
	"EDH": none, "kDHE": none, "kEDH": none, "AESCCM": none, "AESCCM8": none,
	"EXPORT": none, "LOW": none, "MEDIUM": none, "SHA384": none, "GOST": none,
	"kRSAPSK": none, "kECDHEPSK": none, "kDHEPSK": none, "aGOST": none, "kGOST": none,
}

func none(Suite) bool { return false }

// cipherMatcher returns the predicate of a word: a cipher name, an alias, or
// aliases joined with '+'. ok is false for words OpenSSL would skip.
func cipherMatcher(word string) (func(Suite) bool, bool) {
	if s, ok := suiteByOpenSSLName(word); ok {
		id := s.ID
		return func(x Suite) bool { return x.ID == id }, true
	}
	var preds []func(Suite) bool
	for _, part := range strings.Split(word, "+") {
		p, ok := cipherAliases[part]
		if !ok {
			return nil, false
		}
		preds = append(preds, p)
	}
	return func(s Suite) bool {
		for _, p := range preds {
			if !p(s) {
				return false
			}
		}
		return true
	}, true
}

func suiteByOpenSSLName(name string) (Suite, bool) {
	for _, s := range Suites {
		if s.Node && !s.TLS13 && s.OpenSSL == name {
			return s, true
		}
	}
	return Suite{}, false
}
