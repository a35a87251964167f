package url

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/idna"
	"golang.org/x/text/unicode/bidi"
)

// Record is a parsed URL as the WHATWG URL Standard defines it (the model
// Node's ada-based URL follows).
type Record struct {
	Scheme   string
	Username string
	Password string
	Host     *string // nil: no host
	Port     int     // -1: no port
	Path     []string
	Opaque   bool   // the path is an opaque path (OpaquePath holds it)
	OpaqueP  string // opaque path
	Query    *string
	Fragment *string

	// pinFirst marks a path resolved against an opaque base (an ada quirk,
	// see the no-scheme state): its first segment is never popped and the
	// result is serialized back as an opaque path.
	pinFirst bool
}

var specialPorts = map[string]int{"ftp": 21, "file": -1, "http": 80, "https": 443, "ws": 80, "wss": 443}

// IsSpecial reports whether the scheme is one of the special schemes.
func IsSpecial(scheme string) bool {
	_, ok := specialPorts[scheme]
	return ok
}

func defaultPort(scheme string) int {
	if p, ok := specialPorts[scheme]; ok {
		return p
	}
	return -1
}

func strp(s string) *string { return &s }

// Percent-encode sets.
func inC0(c rune) bool       { return c < 0x20 || c > 0x7e }
func inFragment(c rune) bool { return inC0(c) || strings.ContainsRune(" \"<>`", c) }
func inQuery(c rune) bool    { return inC0(c) || strings.ContainsRune(" \"#<>", c) }
func inSpecialQuery(c rune) bool {
	return inQuery(c) || c == '\''
}
func inPath(c rune) bool     { return inQuery(c) || strings.ContainsRune("?`{}", c) }
func inUserinfo(c rune) bool { return inPath(c) || strings.ContainsRune("/:;=@[\\]^|", c) }

const upperHex = "0123456789ABCDEF"

// PercentEncode encodes each UTF-8 byte of the runes in set.
func PercentEncode(s string, set func(rune) bool) string {
	var b strings.Builder
	for _, c := range s {
		encodeRune(&b, c, set)
	}
	return b.String()
}

// encodeRune writes c to b, percent-encoding its UTF-8 bytes when it is in
// set.
func encodeRune(b *strings.Builder, c rune, set func(rune) bool) {
	if !set(c) {
		b.WriteRune(c)
		return
	}
	var buf [4]byte
	n := utf8.EncodeRune(buf[:], c)
	for _, x := range buf[:n] {
		b.WriteByte('%')
		b.WriteByte(upperHex[x>>4])
		b.WriteByte(upperHex[x&15])
	}
}

func hexVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// PercentDecode decodes %XX escapes into bytes, leaving others as is.
func PercentDecode(s string) []byte {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+2 < len(s) && hexVal(s[i+1]) >= 0 && hexVal(s[i+2]) >= 0 {
			out = append(out, byte(hexVal(s[i+1])<<4|hexVal(s[i+2])))
			i += 2
			continue
		}
		out = append(out, s[i])
	}
	return out
}

func isASCIIAlpha(c rune) bool { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') }
func isASCIIDigit(c rune) bool { return c >= '0' && c <= '9' }
func isASCIIHex(c rune) bool {
	return isASCIIDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')
}
func isASCIIAlnum(c rune) bool { return isASCIIAlpha(c) || isASCIIDigit(c) }
func isWinDriveLetter(s string) bool {
	return len(s) == 2 && isASCIIAlpha(rune(s[0])) && (s[1] == ':' || s[1] == '|')
}
func isNormWinDriveLetter(s string) bool {
	return len(s) == 2 && isASCIIAlpha(rune(s[0])) && s[1] == ':'
}

// startsWithWinDrive: the code points from pointer start with a Windows
// drive letter followed by end, /, \, ? or #.
func startsWithWinDrive(in []rune, p int) bool {
	if len(in)-p < 2 || !isASCIIAlpha(in[p]) || (in[p+1] != ':' && in[p+1] != '|') {
		return false
	}
	if len(in)-p == 2 {
		return true
	}
	switch in[p+2] {
	case '/', '\\', '?', '#':
		return true
	}
	return false
}

func isSingleDot(s string) bool {
	return s == "." || strings.EqualFold(s, "%2e")
}

func isDoubleDot(s string) bool {
	switch strings.ToLower(s) {
	case "..", ".%2e", "%2e.", "%2e%2e":
		return true
	}
	return false
}

func (u *Record) shortenPath() {
	if u.Scheme == "file" && len(u.Path) == 1 && isNormWinDriveLetter(u.Path[0]) {
		return
	}
	if u.pinFirst && len(u.Path) == 1 {
		return
	}
	if len(u.Path) > 0 {
		u.Path = u.Path[:len(u.Path)-1]
	}
}

func (u *Record) includesCredentials() bool { return u.Username != "" || u.Password != "" }

// CannotHaveUserPassPort: no host, empty host, or file scheme.
func (u *Record) CannotHaveUserPassPort() bool {
	return u.Host == nil || *u.Host == "" || u.Scheme == "file"
}

type state int

const (
	noOverride state = iota
	schemeStart
	schemeState
	noScheme
	specialRelativeOrAuthority
	pathOrAuthority
	relative
	relativeSlash
	specialAuthoritySlashes
	specialAuthorityIgnoreSlashes
	authority
	hostState
	hostnameState
	portState
	fileState
	fileSlash
	fileHost
	pathStart
	pathState
	opaquePath
	queryState
	fragmentState
)

func trimControlSpace(s string) string {
	return strings.TrimFunc(s, func(r rune) bool { return r <= 0x20 })
}

func removeTabNewline(s string) string {
	if !strings.ContainsAny(s, "\t\n\r") {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return -1
		}
		return r
	}, s)
}

// Parse runs the basic URL parser on input against an optional base.
func Parse(input string, base *Record) (rec *Record, ok bool) {
	defer func() {
		// A parser bug must not crash the process: treat it as invalid.
		if recover() != nil {
			rec, ok = nil, false
		}
	}()
	u := &Record{Port: -1}
	input = removeTabNewline(trimControlSpace(input))
	if !basicParse(input, base, u, noOverride) {
		return nil, false
	}
	if u.pinFirst {
		u.pinFirst = false
		u.Opaque = true
		u.OpaqueP = strings.Join(u.Path, "/")
		u.Path = nil
	}
	return u, true
}

// basicParse is the spec's basic URL parser. With an override state it
// modifies u in place (the setters) and returns false on failure, leaving
// u possibly partially changed only where the spec says so.
func basicParse(inputStr string, base *Record, u *Record, override state) bool {
	in := []rune(inputStr)
	st := override
	if st == noOverride {
		st = schemeStart
	}
	var buf strings.Builder
	atSign, insideBrackets, passwordTokenSeen := false, false, false
	p := 0
	const eof = rune(-1)
	for ; ; p++ {
		c := eof
		if p < len(in) {
			c = in[p]
		}
		remaining := func(i int) rune {
			if p+i < len(in) {
				return in[p+i]
			}
			return eof
		}
		switch st {
		case schemeStart:
			if c != eof && isASCIIAlpha(c) {
				buf.WriteRune(toLower(c))
				st = schemeState
			} else if override == noOverride {
				st = noScheme
				p--
			} else {
				return false
			}
		case schemeState:
			if c != eof && (isASCIIAlnum(c) || c == '+' || c == '-' || c == '.') {
				buf.WriteRune(toLower(c))
			} else if c == ':' {
				s := buf.String()
				if override != noOverride {
					if IsSpecial(u.Scheme) != IsSpecial(s) {
						return true
					}
					if (u.includesCredentials() || u.Port != -1) && s == "file" {
						return true
					}
					if u.Scheme == "file" && u.Host != nil && *u.Host == "" {
						return true
					}
				}
				u.Scheme = s
				if override != noOverride {
					if u.Port == defaultPort(u.Scheme) {
						u.Port = -1
					}
					return true
				}
				buf.Reset()
				switch {
				case u.Scheme == "file":
					st = fileState
				case IsSpecial(u.Scheme) && base != nil && base.Scheme == u.Scheme:
					st = specialRelativeOrAuthority
				case IsSpecial(u.Scheme):
					st = specialAuthoritySlashes
				case remaining(1) == '/':
					st = pathOrAuthority
					p++
				default:
					u.Opaque = true
					u.OpaqueP = ""
					st = opaquePath
				}
			} else if override == noOverride {
				buf.Reset()
				st = noScheme
				p = -1
			} else {
				return false
			}
		case noScheme:
			if base != nil && base.Opaque && c != '#' && strings.ContainsRune(string(in[p:]), '#') {
				// ada (Node) resolves an input with a fragment against an
				// opaque base as if the opaque path were a path list.
				base = &Record{Scheme: base.Scheme, Port: -1, Path: strings.Split(base.OpaqueP, "/"), Query: copyp(base.Query)}
				u.pinFirst = true
				st = relative
				p--
				break
			}
			if base == nil || (base.Opaque && c != '#') {
				return false
			} else if base.Opaque && c == '#' {
				u.Scheme = base.Scheme
				u.Opaque = true
				u.OpaqueP = base.OpaqueP
				u.Query = copyp(base.Query)
				u.Fragment = strp("")
				st = fragmentState
			} else if base.Scheme != "file" {
				st = relative
				p--
			} else {
				st = fileState
				p--
			}
		case specialRelativeOrAuthority:
			if c == '/' && remaining(1) == '/' {
				st = specialAuthorityIgnoreSlashes
				p++
			} else {
				st = relative
				p--
			}
		case pathOrAuthority:
			if c == '/' {
				st = authority
			} else {
				st = pathState
				p--
			}
		case relative:
			u.Scheme = base.Scheme
			if c == '/' || (IsSpecial(u.Scheme) && c == '\\') {
				u.pinFirst = false
			}
			if c == '/' {
				st = relativeSlash
			} else if IsSpecial(u.Scheme) && c == '\\' {
				st = relativeSlash
			} else {
				u.Username, u.Password = base.Username, base.Password
				u.Host = copyp(base.Host)
				u.Port = base.Port
				u.Path = append([]string(nil), base.Path...)
				u.Query = copyp(base.Query)
				if c == '?' {
					u.Query = strp("")
					st = queryState
				} else if c == '#' {
					u.Fragment = strp("")
					st = fragmentState
				} else if c != eof {
					u.Query = nil
					u.shortenPath()
					st = pathState
					p--
				}
			}
		case relativeSlash:
			if IsSpecial(u.Scheme) && (c == '/' || c == '\\') {
				st = specialAuthorityIgnoreSlashes
			} else if c == '/' {
				st = authority
			} else {
				u.Username, u.Password = base.Username, base.Password
				u.Host = copyp(base.Host)
				u.Port = base.Port
				st = pathState
				p--
			}
		case specialAuthoritySlashes:
			if c == '/' && remaining(1) == '/' {
				st = specialAuthorityIgnoreSlashes
				p++
			} else {
				st = specialAuthorityIgnoreSlashes
				p--
			}
		case specialAuthorityIgnoreSlashes:
			if c != '/' && c != '\\' {
				st = authority
				p--
			}
		case authority:
			if c == '@' {
				if atSign {
					s := buf.String()
					buf.Reset()
					buf.WriteString("%40")
					buf.WriteString(s)
				}
				atSign = true
				s := buf.String()
				var ub, pb strings.Builder
				ub.WriteString(u.Username)
				pb.WriteString(u.Password)
				for _, r := range s {
					if r == ':' && !passwordTokenSeen {
						passwordTokenSeen = true
						continue
					}
					if passwordTokenSeen {
						encodeRune(&pb, r, inUserinfo)
					} else {
						encodeRune(&ub, r, inUserinfo)
					}
				}
				u.Username, u.Password = ub.String(), pb.String()
				buf.Reset()
			} else if c == eof || c == '/' || c == '?' || c == '#' || (IsSpecial(u.Scheme) && c == '\\') {
				if atSign && buf.Len() == 0 {
					return false
				}
				p -= utf8.RuneCountInString(buf.String()) + 1
				buf.Reset()
				st = hostState
			} else {
				buf.WriteRune(c)
			}
		case hostState, hostnameState:
			if override != noOverride && u.Scheme == "file" {
				p--
				st = fileHost
			} else if c == ':' && !insideBrackets {
				if buf.Len() == 0 {
					return false
				}
				if override == hostnameState {
					return false
				}
				h, ok := parseHost(buf.String(), !IsSpecial(u.Scheme))
				if !ok {
					return false
				}
				u.Host = &h
				buf.Reset()
				st = portState
			} else if c == eof || c == '/' || c == '?' || c == '#' || (IsSpecial(u.Scheme) && c == '\\') {
				p--
				if IsSpecial(u.Scheme) && buf.Len() == 0 {
					return false
				} else if override != noOverride && buf.Len() == 0 && (u.includesCredentials() || u.Port != -1) {
					return false
				}
				h, ok := parseHost(buf.String(), !IsSpecial(u.Scheme))
				if !ok {
					return false
				}
				u.Host = &h
				buf.Reset()
				st = pathStart
				if override != noOverride {
					return true
				}
			} else {
				if c == '[' {
					insideBrackets = true
				}
				if c == ']' {
					insideBrackets = false
				}
				buf.WriteRune(c)
			}
		case portState:
			if c != eof && isASCIIDigit(c) {
				buf.WriteRune(c)
			} else if c == eof || c == '/' || c == '?' || c == '#' || (IsSpecial(u.Scheme) && c == '\\') || override != noOverride {
				if buf.Len() != 0 {
					s := strings.TrimLeft(buf.String(), "0")
					if len(s) > 5 {
						return false
					}
					port := 0
					if s != "" {
						port, _ = strconv.Atoi(s)
					}
					if port > 65535 {
						return false
					}
					if port == defaultPort(u.Scheme) {
						u.Port = -1
					} else {
						u.Port = port
					}
					buf.Reset()
					if override != noOverride {
						return true
					}
				}
				if override != noOverride {
					return false
				}
				st = pathStart
				p--
			} else {
				return false
			}
		case fileState:
			u.Scheme = "file"
			u.Host = strp("")
			if c == '/' || c == '\\' {
				st = fileSlash
			} else if base != nil && base.Scheme == "file" {
				u.Host = copyp(base.Host)
				u.Path = append([]string(nil), base.Path...)
				u.Query = copyp(base.Query)
				if c == '?' {
					u.Query = strp("")
					st = queryState
				} else if c == '#' {
					u.Fragment = strp("")
					st = fragmentState
				} else if c != eof {
					u.Query = nil
					if !startsWithWinDrive(in, p) {
						u.shortenPath()
					} else {
						u.Path = nil
					}
					st = pathState
					p--
				}
			} else {
				st = pathState
				p--
			}
		case fileSlash:
			if c == '/' || c == '\\' {
				st = fileHost
			} else {
				if base != nil && base.Scheme == "file" {
					u.Host = copyp(base.Host)
					if !startsWithWinDrive(in, p) && len(base.Path) > 0 && isNormWinDriveLetter(base.Path[0]) {
						u.Path = append(u.Path, base.Path[0])
					}
				}
				st = pathState
				p--
			}
		case fileHost:
			if c == eof || c == '/' || c == '\\' || c == '?' || c == '#' {
				p--
				if override == noOverride && isWinDriveLetter(buf.String()) {
					st = pathState
				} else if buf.Len() == 0 {
					u.Host = strp("")
					if override != noOverride {
						return true
					}
					st = pathStart
				} else {
					h, ok := parseHost(buf.String(), !IsSpecial(u.Scheme))
					if !ok {
						return false
					}
					if h == "localhost" {
						h = ""
					}
					u.Host = &h
					if override != noOverride {
						return true
					}
					buf.Reset()
					st = pathStart
				}
			} else {
				buf.WriteRune(c)
			}
		case pathStart:
			if IsSpecial(u.Scheme) {
				st = pathState
				if c != '/' && c != '\\' {
					p--
				}
			} else if override == noOverride && c == '?' {
				u.Query = strp("")
				st = queryState
			} else if override == noOverride && c == '#' {
				u.Fragment = strp("")
				st = fragmentState
			} else if c != eof {
				st = pathState
				if c != '/' {
					p--
				}
			} else if override != noOverride && u.Host == nil {
				u.Path = append(u.Path, "")
			}
		case pathState:
			if c == eof || c == '/' || (IsSpecial(u.Scheme) && c == '\\') || (override == noOverride && (c == '?' || c == '#')) {
				seg := buf.String()
				slash := c == '/' || (IsSpecial(u.Scheme) && c == '\\')
				if isDoubleDot(seg) {
					// Like ada (Node), a non-special URL whose path is already
					// empty gets no trailing empty segment from a final "..".
					before := len(u.Path)
					u.shortenPath()
					popped := len(u.Path) < before
					if !slash && (IsSpecial(u.Scheme) || before > 0) && (popped || !u.pinFirst) {
						u.Path = append(u.Path, "")
					}
				} else if isSingleDot(seg) && !slash {
					u.Path = append(u.Path, "")
				} else if !isSingleDot(seg) {
					if u.Scheme == "file" && len(u.Path) == 0 && isWinDriveLetter(seg) {
						seg = seg[:1] + ":"
					}
					u.Path = append(u.Path, seg)
				}
				buf.Reset()
				if c == '?' {
					u.Query = strp("")
					st = queryState
				}
				if c == '#' {
					u.Fragment = strp("")
					st = fragmentState
				}
			} else {
				encodeRune(&buf, c, inPath)
			}
		case opaquePath:
			if c == '?' {
				u.Query = strp("")
				st = queryState
			} else if c == '#' {
				u.Fragment = strp("")
				st = fragmentState
			} else if c != eof {
				var b strings.Builder
				encodeRune(&b, c, inC0)
				u.OpaqueP += b.String()
			}
		case queryState:
			if (override == noOverride && c == '#') || c == eof {
				set := inQuery
				if IsSpecial(u.Scheme) {
					set = inSpecialQuery
				}
				q := ""
				if u.Query != nil {
					q = *u.Query
				}
				q += PercentEncode(buf.String(), set)
				u.Query = &q
				buf.Reset()
				if c == '#' {
					u.Fragment = strp("")
					st = fragmentState
				}
			} else if c != eof {
				buf.WriteRune(c)
			}
		case fragmentState:
			if c != eof {
				var b strings.Builder
				encodeRune(&b, c, inFragment)
				f := ""
				if u.Fragment != nil {
					f = *u.Fragment
				}
				f += b.String()
				u.Fragment = &f
			}
		}
		// The spec stops once the pointer (as the state left it) is at EOF.
		if p >= len(in) {
			break
		}
	}
	return true
}

func toLower(c rune) rune {
	if c >= 'A' && c <= 'Z' {
		return c + 32
	}
	return c
}

func copyp(s *string) *string {
	if s == nil {
		return nil
	}
	v := *s
	return &v
}

// ---- hosts -------------------------------------------------------------------

func isForbiddenHost(c rune) bool {
	switch c {
	case 0, '\t', '\n', '\r', ' ', '#', '/', ':', '<', '>', '?', '@', '[', '\\', ']', '^', '|':
		return true
	}
	return false
}

func isForbiddenDomain(c rune) bool {
	return isForbiddenHost(c) || (c >= 0 && c <= 0x1f) || c == '%' || c == 0x7f
}

// parseHost is the host parser; the result is the serialized host.
func parseHost(input string, opaque bool) (string, bool) {
	if strings.HasPrefix(input, "[") {
		if !strings.HasSuffix(input, "]") {
			return "", false
		}
		addr, ok := parseIPv6([]rune(input[1 : len(input)-1]))
		if !ok {
			return "", false
		}
		return "[" + serializeIPv6(addr) + "]", true
	}
	if opaque {
		for _, c := range input {
			if isForbiddenHost(c) {
				return "", false
			}
		}
		return PercentEncode(input, inC0), true
	}
	domain := string(PercentDecode(input))
	if !utf8.ValidString(domain) {
		domain = strings.ToValidUTF8(domain, "\uFFFD")
	}
	ascii, ok := DomainToASCII(domain, false)
	if !ok {
		return "", false
	}
	for _, c := range ascii {
		if isForbiddenDomain(c) {
			return "", false
		}
	}
	if endsInNumber(ascii) {
		v, ok := parseIPv4(ascii)
		if !ok {
			return "", false
		}
		return serializeIPv4(v), true
	}
	return ascii, true
}

var lookupProfile = idna.New(
	idna.MapForLookup(),
	idna.Transitional(false),
	idna.CheckHyphens(false),
	idna.CheckJoiners(true),
	// Like ada (Node), no Bidi rule: "a\u0661.com" is accepted.
	idna.StrictDomainName(false),
	idna.VerifyDNSLength(false),
)

// DomainToASCII is UTS #46 ToASCII with the URL Standard's options.
func DomainToASCII(domain string, strict bool) (string, bool) {
	simple := true
	for i := 0; i < len(domain); i++ {
		c := domain[i]
		if c >= 0x80 {
			simple = false
			break
		}
	}
	if simple {
		out := strings.ToLower(domain)
		if out == "" {
			return "", false
		}
		// ASCII punycode labels must decode, but are kept as written
		// (ada does not re-encode "xn--abc-" to "abc").
		if strings.Contains(out, "xn--") {
			if _, err := lookupProfile.ToUnicode(out); err != nil {
				return "", false
			}
			for _, label := range strings.Split(out, ".") {
				if label == "xn--" {
					return "", false
				}
			}
		}
		return out, true
	}
	out, err := lookupProfile.ToASCII(domain)
	if err != nil || out == "" {
		return "", false
	}
	if uni, err := lookupProfile.ToUnicode(out); err != nil || !bidiOK(uni) {
		return "", false
	}
	// Keep ASCII punycode labels as written (x/net re-encodes them).
	in := strings.FieldsFunc(domain, isDot)
	got := strings.Split(out, ".")
	if len(in) == len(got) || (len(in) == len(got)-1 && got[len(got)-1] == "") {
		for i, label := range in {
			l := strings.ToLower(label)
			if strings.HasPrefix(l, "xn--") && isASCII(l) {
				got[i] = l
			}
		}
		out = strings.Join(got, ".")
	}
	return out, true
}

// bidiOK applies the Bidi Rule checks of the ada version Node 20 ships
// (which differ from RFC 5893): a label holding an R, AL or AN character is
// checked on its own. If it starts with L, every character before its last
// non-mark one must be L, EN, ES, CS, ET, ON, BN or NSM; otherwise every
// character up to that one must be R, AL, AN, EN, ES, CS, ET, ON, BN or NSM,
// EN and AN must not both occur, and that last one must be R, AL, AN or EN.
func bidiOK(domain string) bool {
	class := func(r rune) bidi.Class {
		p, _ := bidi.LookupRune(r)
		return p.Class()
	}
	for _, label := range strings.Split(domain, ".") {
		// ada decides a label with a joiner (ZWNJ/ZWJ) by the joiner rule
		// alone and skips these checks.
		if strings.ContainsAny(label, "\u200c\u200d") {
			continue
		}
		runes := []rune(label)
		rtl := false
		for _, r := range runes {
			if c := class(r); c == bidi.R || c == bidi.AL || c == bidi.AN {
				rtl = true
				break
			}
		}
		if !rtl {
			continue
		}
		last := len(runes) - 1
		for last >= 0 && class(runes[last]) == bidi.NSM {
			last--
		}
		if last < 0 {
			return false
		}
		if class(runes[0]) == bidi.L {
			for _, r := range runes[:last] {
				switch class(r) {
				case bidi.L, bidi.EN, bidi.ES, bidi.CS, bidi.ET, bidi.ON, bidi.BN, bidi.NSM:
				default:
					return false
				}
			}
			continue
		}
		hasEN, hasAN := false, false
		for i, r := range runes[:last+1] {
			c := class(r)
			switch c {
			case bidi.EN:
				hasEN = true
			case bidi.AN:
				hasAN = true
			case bidi.R, bidi.AL, bidi.ES, bidi.CS, bidi.ET, bidi.ON, bidi.BN, bidi.NSM:
			default:
				return false
			}
			if hasEN && hasAN {
				return false
			}
			if i == last && c != bidi.R && c != bidi.AL && c != bidi.AN && c != bidi.EN {
				return false
			}
		}
	}
	return true
}

func isDot(r rune) bool { return r == '.' || r == '\u3002' || r == '\uff0e' || r == '\uff61' }

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// DomainToUnicode is UTS #46 ToUnicode with the URL Standard's options.
func DomainToUnicode(domain string) string {
	out, _ := lookupProfile.ToUnicode(domain)
	return out
}

func endsInNumber(s string) bool {
	parts := strings.Split(s, ".")
	if parts[len(parts)-1] == "" {
		if len(parts) == 1 {
			return false
		}
		parts = parts[:len(parts)-1]
	}
	last := parts[len(parts)-1]
	if last != "" && strings.Trim(last, "0123456789") == "" {
		return true
	}
	_, ok := parseIPv4Number(last)
	return ok
}

func parseIPv4Number(s string) (uint64, bool) {
	if s == "" {
		return 0, false
	}
	radix := 10
	if len(s) >= 2 && (s[:2] == "0x" || s[:2] == "0X") {
		s = s[2:]
		radix = 16
	} else if len(s) >= 2 && s[0] == '0' {
		s = s[1:]
		radix = 8
	}
	if s == "" {
		return 0, true
	}
	var v uint64
	for i := 0; i < len(s); i++ {
		d := hexVal(s[i])
		if d < 0 || d >= radix {
			return 0, false
		}
		v = v*uint64(radix) + uint64(d)
		if v > 1<<40 {
			v = 1 << 40 // saturate: too large either way
		}
	}
	return v, true
}

func parseIPv4(s string) (uint32, bool) {
	parts := strings.Split(s, ".")
	if parts[len(parts)-1] == "" && len(parts) > 1 {
		parts = parts[:len(parts)-1]
	}
	if len(parts) > 4 {
		return 0, false
	}
	nums := make([]uint64, len(parts))
	for i, part := range parts {
		n, ok := parseIPv4Number(part)
		if !ok {
			return 0, false
		}
		nums[i] = n
	}
	for i := 0; i < len(nums)-1; i++ {
		if nums[i] > 255 {
			return 0, false
		}
	}
	last := nums[len(nums)-1]
	if last >= 1<<(8*(5-len(nums))) {
		return 0, false
	}
	v := last
	for i := 0; i < len(nums)-1; i++ {
		v += nums[i] << (8 * (3 - i))
	}
	return uint32(v), true
}

func serializeIPv4(v uint32) string {
	return strconv.Itoa(int(v>>24)) + "." + strconv.Itoa(int(v>>16&255)) + "." + strconv.Itoa(int(v>>8&255)) + "." + strconv.Itoa(int(v&255))
}

func parseIPv6(in []rune) ([8]uint16, bool) {
	var addr [8]uint16
	piece, compress := 0, -1
	p := 0
	at := func(i int) rune {
		if i < len(in) {
			return in[i]
		}
		return -1
	}
	if at(p) == ':' {
		if at(p+1) != ':' {
			return addr, false
		}
		p += 2
		piece++
		compress = piece
	}
	for at(p) != -1 {
		if piece == 8 {
			return addr, false
		}
		if at(p) == ':' {
			if compress != -1 {
				return addr, false
			}
			p++
			piece++
			compress = piece
			continue
		}
		value, length := 0, 0
		for length < 4 && at(p) != -1 && isASCIIHex(at(p)) {
			value = value*16 + hexVal(byte(at(p)))
			p++
			length++
		}
		if at(p) == '.' {
			if length == 0 {
				return addr, false
			}
			p -= length
			if piece > 6 {
				return addr, false
			}
			numbersSeen := 0
			for at(p) != -1 {
				ipv4Piece := -1
				if numbersSeen > 0 {
					if at(p) == '.' && numbersSeen < 4 {
						p++
					} else {
						return addr, false
					}
				}
				if at(p) == -1 || !isASCIIDigit(at(p)) {
					return addr, false
				}
				for at(p) != -1 && isASCIIDigit(at(p)) {
					n := int(at(p) - '0')
					if ipv4Piece == -1 {
						ipv4Piece = n
					} else if ipv4Piece == 0 {
						return addr, false
					} else {
						ipv4Piece = ipv4Piece*10 + n
					}
					if ipv4Piece > 255 {
						return addr, false
					}
					p++
				}
				addr[piece] = addr[piece]*0x100 + uint16(ipv4Piece)
				numbersSeen++
				if numbersSeen == 2 || numbersSeen == 4 {
					piece++
				}
			}
			if numbersSeen != 4 {
				return addr, false
			}
			break
		} else if at(p) == ':' {
			p++
			if at(p) == -1 {
				return addr, false
			}
		} else if at(p) != -1 {
			return addr, false
		}
		addr[piece] = uint16(value)
		piece++
	}
	if compress != -1 {
		swaps := piece - compress
		piece = 7
		for piece != 0 && swaps > 0 {
			addr[piece], addr[compress+swaps-1] = addr[compress+swaps-1], addr[piece]
			piece--
			swaps--
		}
	} else if piece != 8 {
		return addr, false
	}
	return addr, true
}

func serializeIPv6(addr [8]uint16) string {
	// Find the first longest run of zero pieces of length > 1.
	best, bestLen := -1, 1
	for i := 0; i < 8; {
		if addr[i] != 0 {
			i++
			continue
		}
		j := i
		for j < 8 && addr[j] == 0 {
			j++
		}
		if j-i > bestLen {
			best, bestLen = i, j-i
		}
		i = j
	}
	var b strings.Builder
	ignore0 := false
	for i := 0; i < 8; i++ {
		if ignore0 && addr[i] == 0 {
			continue
		}
		ignore0 = false
		if best == i {
			if i == 0 {
				b.WriteString("::")
			} else {
				b.WriteString(":")
			}
			ignore0 = true
			continue
		}
		b.WriteString(strconv.FormatUint(uint64(addr[i]), 16))
		if i != 7 {
			b.WriteString(":")
		}
	}
	return b.String()
}

// ---- serializing -------------------------------------------------------------

// PathString serializes the path.
func (u *Record) PathString() string {
	if u.Opaque {
		return u.OpaqueP
	}
	var b strings.Builder
	for _, s := range u.Path {
		b.WriteByte('/')
		b.WriteString(s)
	}
	return b.String()
}

// Href serializes the URL.
func (u *Record) Href(excludeFragment bool) string {
	var b strings.Builder
	b.WriteString(u.Scheme)
	b.WriteByte(':')
	if u.Host != nil {
		b.WriteString("//")
		if u.includesCredentials() {
			b.WriteString(u.Username)
			if u.Password != "" {
				b.WriteByte(':')
				b.WriteString(u.Password)
			}
			b.WriteByte('@')
		}
		b.WriteString(*u.Host)
		if u.Port != -1 {
			b.WriteByte(':')
			b.WriteString(strconv.Itoa(u.Port))
		}
	} else if !u.Opaque && len(u.Path) > 1 && u.Path[0] == "" {
		b.WriteString("/.")
	}
	b.WriteString(u.PathString())
	if u.Query != nil {
		b.WriteByte('?')
		b.WriteString(*u.Query)
	}
	if !excludeFragment && u.Fragment != nil {
		b.WriteByte('#')
		b.WriteString(*u.Fragment)
	}
	return b.String()
}

// Origin serializes the URL's origin ("null" for opaque origins).
func (u *Record) Origin() string {
	switch u.Scheme {
	case "blob":
		if inner, ok := Parse(u.PathString(), nil); ok && (inner.Scheme == "http" || inner.Scheme == "https") {
			return inner.Origin()
		}
		return "null"
	case "ftp", "http", "https", "ws", "wss":
		if u.Host == nil {
			return "null"
		}
		s := u.Scheme + "://" + *u.Host
		if u.Port != -1 {
			s += ":" + strconv.Itoa(u.Port)
		}
		return s
	}
	return "null"
}

// ---- setters -----------------------------------------------------------------

// Set applies one of the URL setters (href excluded) with the spec's rules.
func (u *Record) Set(name, value string) {
	saved := *u
	defer func() {
		if recover() != nil {
			*u = saved
		}
	}()
	switch name {
	case "protocol":
		basicParse(removeTabNewline(value)+":", nil, u, schemeStart)
	case "username":
		if u.CannotHaveUserPassPort() {
			return
		}
		u.Username = PercentEncode(value, inUserinfo)
	case "password":
		if u.CannotHaveUserPassPort() {
			return
		}
		u.Password = PercentEncode(value, inUserinfo)
	case "host", "hostname":
		if u.Opaque {
			return
		}
		value = removeTabNewline(value)
		if !IsSpecial(u.Scheme) && u.Scheme != "file" && emptyHostPart(value, name == "host") {
			// ada (Node) differs from the spec here: an empty host on a
			// non-special URL leaves a hostless URL alone and otherwise
			// empties the host, even when a port follows.
			if u.Host != nil {
				u.Host = strp("")
				if len(value) > 1 && value[0] == ':' {
					basicParse(value[1:], nil, u, portState)
				}
			}
			return
		}
		st := hostState
		if name == "hostname" {
			st = hostnameState
		}
		// Like the spec (and Node), a bad port after a good host still
		// leaves the new host in place.
		basicParse(removeTabNewline(value), nil, u, st)
	case "port":
		if u.CannotHaveUserPassPort() {
			return
		}
		value = removeTabNewline(value)
		if value == "" {
			u.Port = -1
			return
		}
		// ada (Node): a value without any digit (or starting with "-") is
		// ignored; one that has digits but does not start with one clears
		// the port.
		if value[0] <= ' ' || value[0] == '-' || !strings.ContainsAny(value, "0123456789") {
			return
		}
		if !isASCIIDigit(rune(value[0])) {
			u.Port = -1
			return
		}
		basicParse(value, nil, u, portState)
	case "pathname":
		if u.Opaque {
			return
		}
		u.Path = nil
		basicParse(removeTabNewline(value), nil, u, pathStart)
	case "search":
		if value == "" {
			u.Query = nil
			u.stripOpaqueTrailingSpaces()
			return
		}
		value = strings.TrimPrefix(removeTabNewline(value), "?")
		u.Query = strp("")
		basicParse(value, nil, u, queryState)
	case "hash":
		if value == "" {
			u.Fragment = nil
			u.stripOpaqueTrailingSpaces()
			return
		}
		value = strings.TrimPrefix(removeTabNewline(value), "#")
		u.Fragment = strp("")
		basicParse(value, nil, u, fragmentState)
	}
}

// emptyHostPart reports whether a host setter value has nothing before its
// first delimiter (":" too for the host setter, outside brackets).
func emptyHostPart(v string, withPort bool) bool {
	if v == "" {
		return true
	}
	switch v[0] {
	case '/', '?', '#':
		return true
	case ':':
		return withPort
	}
	return false
}

func (u *Record) stripOpaqueTrailingSpaces() {
	if !u.Opaque || u.Fragment != nil || u.Query != nil {
		return
	}
	u.OpaqueP = strings.TrimRight(u.OpaqueP, " ")
}
