package tls

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rsa"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"crypto/x509"
	"encoding/asn1"
	"fmt"
	"math/big"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/crypto/cryptobyte"
	cbasn1 "golang.org/x/crypto/cryptobyte/asn1"
)

// Object is a JavaScript object as plain Go data, with its keys in the order
// Node sets them (console.log prints them in that order). Values are string,
// bool, int, Buffer, []string, *Object, or nil for null.
type Object struct {
	Fields []Field
	// NullProto marks objects Node creates with a null prototype
	// (subject, issuer, infoAccess), printed as "[Object: null prototype]".
	NullProto bool
}

// Field is one key and value of an Object.
type Field struct {
	Key   string
	Value any
}

// Buffer is bytes the JS layer turns into a Buffer.
type Buffer []byte

// Get returns the value of key, or nil.
func (o *Object) Get(key string) any {
	for _, f := range o.Fields {
		if f.Key == key {
			return f.Value
		}
	}
	return nil
}

func (o *Object) set(key string, v any) { o.Fields = append(o.Fields, Field{key, v}) }

// LegacyCert builds the object Node's tlsSocket.getPeerCertificate() (and
// X509Certificate.toLegacyObject()) returns for cert, after
// translatePeerCertificate has parsed infoAccess: Node's X509ToObject
// (src/crypto/crypto_common.cc) field by field, in its order. The
// issuerCertificate link of the detailed form is left to the caller.
func LegacyCert(cert *x509.Certificate) *Object {
	o := &Object{}
	o.set("subject", nameObject(cert.RawSubject))
	o.set("issuer", nameObject(cert.RawIssuer))
	if ext := findExt(cert, oidSubjectAltName); ext != nil {
		if s, ok := subjectAltName(ext); ok {
			o.set("subjectaltname", s)
		} else {
			o.set("subjectaltname", nil) // Node: null when it cannot print it
		}
	}
	if ext := findExt(cert, oidAuthorityInfoAccess); ext != nil {
		if s, ok := infoAccessString(ext); ok {
			o.set("infoAccess", parseInfoAccess(s))
		} else {
			o.set("infoAccess", nil)
		}
	}
	o.set("ca", isCA(cert))
	switch pub := cert.PublicKey.(type) {
	case *rsa.PublicKey:
		o.set("modulus", strings.ToUpper(pub.N.Text(16)))
		o.set("bits", pub.N.BitLen())
		o.set("exponent", fmt.Sprintf("0x%x", pub.E))
		if der, err := x509.MarshalPKIXPublicKey(pub); err == nil {
			o.set("pubkey", Buffer(der))
		}
	case *ecdsa.PublicKey:
		o.set("bits", pub.Curve.Params().N.BitLen())
		if point, err := pub.Bytes(); err == nil {
			o.set("pubkey", Buffer(point))
		}
		if asn1Name, nist := curveNames(pub.Curve); asn1Name != "" {
			o.set("asn1Curve", asn1Name)
			if nist != "" {
				o.set("nistCurve", nist)
			}
		}
	}
	o.set("valid_from", ASN1Time(cert.NotBefore))
	o.set("valid_to", ASN1Time(cert.NotAfter))
	s1 := sha1.Sum(cert.Raw)
	s256 := sha256.Sum256(cert.Raw)
	s512 := sha512.Sum512(cert.Raw)
	o.set("fingerprint", Fingerprint(s1[:]))
	o.set("fingerprint256", Fingerprint(s256[:]))
	o.set("fingerprint512", Fingerprint(s512[:]))
	if ext := findExt(cert, oidExtKeyUsage); ext != nil {
		var oids []asn1.ObjectIdentifier
		if _, err := asn1.Unmarshal(ext, &oids); err == nil {
			eku := make([]string, len(oids))
			for i, id := range oids {
				eku[i] = id.String()
			}
			o.set("ext_key_usage", eku)
		}
	}
	o.set("serialNumber", SerialHex(cert.SerialNumber))
	o.set("raw", Buffer(cert.Raw))
	return o
}

// ASN1Time formats t as OpenSSL's ASN1_TIME_print does:
// "Jan  5 08:09:10 2075 GMT" (day padded with a space).
func ASN1Time(t time.Time) string {
	t = t.UTC()
	return fmt.Sprintf("%s %2d %02d:%02d:%02d %d GMT",
		t.Month().String()[:3], t.Day(), t.Hour(), t.Minute(), t.Second(), t.Year())
}

// Fingerprint formats a digest as colon-separated uppercase hex.
func Fingerprint(sum []byte) string {
	const digits = "0123456789ABCDEF"
	if len(sum) == 0 {
		return ""
	}
	b := make([]byte, 0, 3*len(sum)-1)
	for i, c := range sum {
		if i > 0 {
			b = append(b, ':')
		}
		b = append(b, digits[c>>4], digits[c&15])
	}
	return string(b)
}

// SerialHex formats a serial number as OpenSSL's BN_bn2hex: uppercase, whole
// bytes (0x0abc is "0ABC", 5 is "05"), "0" for zero.
func SerialHex(n *big.Int) string {
	if n == nil || n.Sign() == 0 {
		return "0"
	}
	sign := ""
	if n.Sign() < 0 {
		sign = "-"
	}
	return sign + fmt.Sprintf("%X", new(big.Int).Abs(n).Bytes())
}

// isCA is OpenSSL's X509_check_ca(cert) == 1: basicConstraints CA:TRUE and a
// keyUsage, if any, that allows certificate signing.
func isCA(cert *x509.Certificate) bool {
	if findExt(cert, oidKeyUsage) != nil && cert.KeyUsage&x509.KeyUsageCertSign == 0 {
		return false
	}
	return cert.BasicConstraintsValid && cert.IsCA
}

func curveNames(c elliptic.Curve) (asn1Name, nist string) {
	switch c {
	case elliptic.P224():
		return "secp224r1", "P-224"
	case elliptic.P256():
		return "prime256v1", "P-256"
	case elliptic.P384():
		return "secp384r1", "P-384"
	case elliptic.P521():
		return "secp521r1", "P-521"
	}
	return "", ""
}

var (
	oidSubjectAltName      = asn1.ObjectIdentifier{2, 5, 29, 17}
	oidKeyUsage            = asn1.ObjectIdentifier{2, 5, 29, 15}
	oidExtKeyUsage         = asn1.ObjectIdentifier{2, 5, 29, 37}
	oidAuthorityInfoAccess = asn1.ObjectIdentifier{1, 3, 6, 1, 5, 5, 7, 1, 1}
)

func findExt(cert *x509.Certificate, id asn1.ObjectIdentifier) []byte {
	for _, e := range cert.Extensions {
		if e.Id.Equal(id) {
			return e.Value
		}
	}
	return nil
}

// shortNames are OpenSSL's short names (OBJ_nid2sn) of name attributes;
// other types print as their dotted OID, as Node does.
var shortNames = map[string]string{
	"2.5.4.3": "CN", "2.5.4.4": "SN", "2.5.4.5": "serialNumber", "2.5.4.6": "C",
	"2.5.4.7": "L", "2.5.4.8": "ST", "2.5.4.9": "street", "2.5.4.10": "O",
	"2.5.4.11": "OU", "2.5.4.12": "title", "2.5.4.13": "description",
	"2.5.4.14": "searchGuide", "2.5.4.15": "businessCategory",
	"2.5.4.16": "postalAddress", "2.5.4.17": "postalCode", "2.5.4.18": "postOfficeBox",
	"2.5.4.20": "telephoneNumber", "2.5.4.41": "name", "2.5.4.42": "GN",
	"2.5.4.43": "initials", "2.5.4.44": "generationQualifier",
	"2.5.4.45": "x500UniqueIdentifier", "2.5.4.46": "dnQualifier", "2.5.4.54": "dmdName",
	"2.5.4.65": "pseudonym", "2.5.4.72": "role", "2.5.4.97": "organizationIdentifier",
	"1.2.840.113549.1.9.1": "emailAddress", "1.2.840.113549.1.9.2": "unstructuredName",
	"1.2.840.113549.1.9.8":      "unstructuredAddress",
	"0.9.2342.19200300.100.1.1": "UID", "0.9.2342.19200300.100.1.25": "DC",
	"1.3.6.1.4.1.311.60.2.1.1": "jurisdictionL", "1.3.6.1.4.1.311.60.2.1.2": "jurisdictionST",
	"1.3.6.1.4.1.311.60.2.1.3": "jurisdictionC",
}

// shortNamesByDER is shortNames keyed by the DER encoding of the OID
// (tag and length included), so lookups need no conversion.
var shortNamesByDER = func() map[string]string {
	m := make(map[string]string, len(shortNames))
	for dotted, name := range shortNames {
		var id asn1.ObjectIdentifier
		for _, part := range strings.Split(dotted, ".") {
			n := 0
			fmt.Sscan(part, &n)
			id = append(id, n)
		}
		der, err := asn1.Marshal(id)
		if err != nil {
			panic(err)
		}
		m[string(der)] = name
	}
	return m
}()

// shortName is the key Node uses for an attribute type: OpenSSL's short
// name, or the dotted OID.
func (a attribute) shortName() string {
	if n, ok := shortNamesByDER[string(a.typeDER)]; ok {
		return n
	}
	var id asn1.ObjectIdentifier
	if _, err := asn1.Unmarshal(a.typeDER, &id); err != nil {
		return ""
	}
	return id.String()
}

func (a attribute) known() bool {
	_, ok := shortNamesByDER[string(a.typeDER)]
	return ok
}

// attribute is one AttributeTypeAndValue: the type's DER (an OBJECT
// IDENTIFIER with tag and length) and the value as raw ASN.1.
type attribute struct {
	typeDER []byte
	Value   asn1.RawValue
}

// parseName splits a DER Name into its RDNs (cryptobyte: this runs for
// every certificate object built, and reflection-based asn1 is slow).
func parseName(der []byte) ([][]attribute, bool) {
	in := cryptobyte.String(der)
	var seq cryptobyte.String
	if !in.ReadASN1(&seq, cbasn1.SEQUENCE) || !in.Empty() {
		return nil, false
	}
	var out [][]attribute
	for !seq.Empty() {
		var set cryptobyte.String
		if !seq.ReadASN1(&set, cbasn1.SET) {
			return nil, false
		}
		var rdn []attribute
		for !set.Empty() {
			var atv, oid, val cryptobyte.String
			var tag cbasn1.Tag
			if !set.ReadASN1(&atv, cbasn1.SEQUENCE) ||
				!atv.ReadASN1Element(&oid, cbasn1.OBJECT_IDENTIFIER) ||
				!atv.ReadAnyASN1Element(&val, &tag) {
				return nil, false
			}
			raw := asn1.RawValue{Class: int(tag) >> 6, IsCompound: tag&0x20 != 0, Tag: int(tag & 0x1f), FullBytes: val}
			content := cryptobyte.String(val)
			if !content.ReadAnyASN1(&content, &tag) {
				return nil, false
			}
			raw.Bytes = content
			rdn = append(rdn, attribute{typeDER: oid, Value: raw})
		}
		out = append(out, rdn)
	}
	return out, true
}

// nameObject is Node's GetX509NameObject: a null-prototype object whose keys
// are short names in certificate order and whose values are strings, or
// arrays when a key repeats.
func nameObject(der []byte) *Object {
	o := &Object{NullProto: true}
	rdns, _ := parseName(der)
	index := map[string]int{}
	for _, rdn := range rdns {
		for _, a := range rdn {
			key := a.shortName()
			val := asn1StringUTF8(a.Value)
			if i, ok := index[key]; ok {
				switch prev := o.Fields[i].Value.(type) {
				case string:
					o.Fields[i].Value = []string{prev, val}
				case []string:
					o.Fields[i].Value = append(prev, val)
				}
				continue
			}
			index[key] = len(o.Fields)
			o.set(key, val)
		}
	}
	return o
}

// asn1StringUTF8 converts a string value to UTF-8 as ASN1_STRING_to_UTF8
// does: BMPString is UTF-16, UniversalString UTF-32, T61String Latin-1, the
// others are taken as they are.
func asn1StringUTF8(v asn1.RawValue) string {
	b := v.Bytes
	if v.Class != asn1.ClassUniversal {
		return string(b)
	}
	switch v.Tag {
	case 30: // BMPString
		var r []rune
		for i := 0; i+1 < len(b); i += 2 {
			r = append(r, rune(b[i])<<8|rune(b[i+1]))
		}
		return string(r)
	case 28: // UniversalString
		var r []rune
		for i := 0; i+3 < len(b); i += 4 {
			r = append(r, rune(b[i])<<24|rune(b[i+1])<<16|rune(b[i+2])<<8|rune(b[i+3]))
		}
		return string(r)
	case asn1.TagT61String:
		return latin1(b)
	case asn1.TagUTF8String:
		return string(b)
	}
	if utf8.Valid(b) {
		return string(b)
	}
	return latin1(b)
}

func latin1(b []byte) string {
	r := make([]rune, len(b))
	for i, c := range b {
		r[i] = rune(c)
	}
	return string(r)
}

// subjectAltName formats a subjectAltName extension as Node's
// SafeX509SubjectAltNamePrint: entries joined by ", ".
func subjectAltName(ext []byte) (string, bool) {
	var names []asn1.RawValue
	if rest, err := asn1.Unmarshal(ext, &names); err != nil || len(rest) > 0 {
		return "", false
	}
	parts := make([]string, 0, len(names))
	for _, n := range names {
		s, ok := generalName(n)
		if !ok {
			return "", false
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, ", "), true
}

// infoAccessString formats an authorityInfoAccess extension as Node's
// SafeX509InfoAccessPrint: "METHOD - NAME" lines.
func infoAccessString(ext []byte) (string, bool) {
	var descs []struct {
		Method   asn1.ObjectIdentifier
		Location asn1.RawValue
	}
	if rest, err := asn1.Unmarshal(ext, &descs); err != nil || len(rest) > 0 {
		return "", false
	}
	lines := make([]string, 0, len(descs))
	for _, d := range descs {
		s, ok := generalName(d.Location)
		if !ok {
			return "", false
		}
		method := d.Method.String()
		if ln, ok := accessMethodNames[method]; ok {
			method = ln
		}
		lines = append(lines, method+" - "+s)
	}
	return strings.Join(lines, "\n"), true
}

// accessMethodNames are OpenSSL's long names of access methods.
var accessMethodNames = map[string]string{
	"1.3.6.1.5.5.7.48.1": "OCSP",
	"1.3.6.1.5.5.7.48.2": "CA Issuers",
	"1.3.6.1.5.5.7.48.3": "Time Stamping",
	"1.3.6.1.5.5.7.48.4": "ad dvcs",
	"1.3.6.1.5.5.7.48.5": "CA Repository",
}

// parseInfoAccess is translatePeerCertificate's parsing of the infoAccess
// string (lib/_tls_common.js): "key:value" lines, a quoted value being JSON,
// values grouped by key in arrays.
func parseInfoAccess(s string) *Object {
	o := &Object{NullProto: true}
	index := map[string]int{}
	for _, line := range strings.Split(s, "\n") {
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		if strings.HasPrefix(v, `"`) {
			v = unquoteJSON(v)
		}
		if i, ok := index[k]; ok {
			o.Fields[i].Value = append(o.Fields[i].Value.([]string), v)
			continue
		}
		index[k] = len(o.Fields)
		o.set(k, []string{v})
	}
	return o
}

// unquoteJSON decodes the quoted strings printAltName writes (only \\, \"
// and \u00XX escapes occur).
func unquoteJSON(s string) string {
	s = strings.TrimPrefix(s, `"`)
	s = strings.TrimSuffix(s, `"`)
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' || i+1 >= len(s) {
			b.WriteByte(c)
			continue
		}
		i++
		switch s[i] {
		case 'u':
			var r rune
			if i+4 < len(s) {
				fmt.Sscanf(s[i+1:i+5], "%04x", &r)
				i += 4
			}
			b.WriteRune(r)
		default:
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// generalName formats one GeneralName as Node's PrintGeneralName.
func generalName(n asn1.RawValue) (string, bool) {
	if n.Class != asn1.ClassContextSpecific {
		return "", false
	}
	switch n.Tag {
	case 0: // otherName
		var on struct {
			Type  asn1.ObjectIdentifier
			Value asn1.RawValue `asn1:"explicit,tag:0"`
		}
		full := append([]byte{0x30}, n.FullBytes[1:]...)
		if _, err := asn1.Unmarshal(full, &on); err != nil {
			return "", false
		}
		prefix, unicode := otherNamePrefixes[on.Type.String()], true
		if prefix == "SRVName" {
			unicode = false
		}
		var inner asn1.RawValue
		if _, err := asn1.Unmarshal(on.Value.Bytes, &inner); err != nil {
			return "", false
		}
		want := asn1.TagUTF8String
		if !unicode {
			want = asn1.TagIA5String
		}
		if prefix == "" || inner.Class != asn1.ClassUniversal || inner.Tag != want {
			return "othername:<unsupported>", true
		}
		return "othername:" + printAltName(inner.Bytes, unicode, prefix), true
	case 1:
		return "email:" + printAltName(n.Bytes, false, ""), true
	case 2:
		return "DNS:" + printAltName(n.Bytes, false, ""), true
	case 3:
		return "X400Name:<unsupported>", true
	case 4:
		return "DirName:" + printAltName([]byte(rfc2253(n.Bytes)), true, ""), true
	case 5:
		return "EdiPartyName:<unsupported>", true
	case 6:
		return "URI:" + printAltName(n.Bytes, false, ""), true
	case 7:
		b := n.Bytes
		switch len(b) {
		case 4:
			return fmt.Sprintf("IP Address:%d.%d.%d.%d", b[0], b[1], b[2], b[3]), true
		case 16:
			groups := make([]string, 8)
			for j := range groups {
				groups[j] = fmt.Sprintf("%X", uint16(b[2*j])<<8|uint16(b[2*j+1]))
			}
			return "IP Address:" + strings.Join(groups, ":"), true
		}
		return fmt.Sprintf("IP Address:<invalid length=%d>", len(b)), true
	case 8:
		full := append([]byte{asn1.TagOID}, n.FullBytes[1:]...)
		var id asn1.ObjectIdentifier
		if _, err := asn1.Unmarshal(full, &id); err != nil {
			return "", false
		}
		return "Registered ID:" + id.String(), true
	}
	return "", false
}

var otherNamePrefixes = map[string]string{
	"1.3.6.1.5.5.7.8.9":      "SmtpUTF8Mailbox",
	"1.3.6.1.5.5.7.8.5":      "XmppAddr",
	"1.3.6.1.5.5.7.8.7":      "SRVName",
	"1.3.6.1.4.1.311.20.2.3": "UPN",
	"1.3.6.1.5.5.7.8.8":      "NAIRealm",
}

// printAltName is Node's PrintAltName: the value as is (after prefix + ":")
// when it is safe, else the whole thing in double quotes with \\, \" and
// \u00XX escapes (commas and control characters, and non-ASCII bytes unless
// utf8).
func printAltName(name []byte, utf8 bool, prefix string) string {
	safe := true
	for _, c := range name {
		switch c {
		case '"', '\\', ',', '\'':
			safe = false
		default:
			if c < ' ' || c == 0x7f || (!utf8 && c > '~') {
				safe = false
			}
		}
	}
	var b strings.Builder
	if safe {
		if prefix != "" {
			b.WriteString(prefix + ":")
		}
		b.Write(name)
		return b.String()
	}
	b.WriteByte('"')
	if prefix != "" {
		b.WriteString(prefix + ":")
	}
	for _, c := range name {
		switch {
		case c == '\\':
			b.WriteString(`\\`)
		case c == '"':
			b.WriteString(`\"`)
		case (c >= ' ' && c != ',' && c <= '~') || (utf8 && c&0x80 != 0):
			b.WriteByte(c)
		default:
			fmt.Fprintf(&b, `\u00%02x`, c)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// rfc2253 formats a DER Name as X509_NAME_print_ex with Node's
// kX509NameFlagsRFC2253WithinUtf8JSON: RDNs in reverse order joined by ",",
// multi-valued RDNs by "+", RFC 2253 escapes, UTF-8 kept.
func rfc2253(der []byte) string {
	rdns, _ := parseName(der)
	parts := make([]string, 0, len(rdns))
	for i := len(rdns) - 1; i >= 0; i-- {
		avas := make([]string, 0, len(rdns[i]))
		for _, a := range rdns[i] {
			var v string
			if !a.known() || !isStringTag(a.Value) {
				v = "#" + strings.ToUpper(fmt.Sprintf("%x", a.Value.FullBytes))
			} else {
				v = escape2253(asn1StringUTF8(a.Value))
			}
			avas = append(avas, a.shortName()+"="+v)
		}
		parts = append(parts, strings.Join(avas, "+"))
	}
	return strings.Join(parts, ",")
}

func isStringTag(v asn1.RawValue) bool {
	if v.Class != asn1.ClassUniversal {
		return false
	}
	switch v.Tag {
	case asn1.TagUTF8String, asn1.TagPrintableString, asn1.TagIA5String, asn1.TagT61String,
		26, 28, 30, 27:
		return true
	}
	return false
}

func escape2253(s string) string {
	var b strings.Builder
	for i, c := range s {
		switch {
		case strings.ContainsRune(",+\"\\<>;", c),
			i == 0 && (c == '#' || c == ' '),
			i == len(s)-1 && c == ' ':
			b.WriteByte('\\')
			b.WriteRune(c)
		case c < ' ' || c == 0x7f:
			fmt.Fprintf(&b, "\\%02X", c)
		default:
			b.WriteRune(c)
		}
	}
	return b.String()
}
