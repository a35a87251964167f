package dns

import (
	"bufio"
	"context"
	"crypto/rand"
	"encoding/binary"
	"errors"
	"io"
	gonet "net"
	"net/netip"
	"os"
	"strconv"
	"strings"
	"syscall"
	"time"

	"golang.org/x/net/dns/dnsmessage"
)

// This file is the part of c-ares handshake needs: DNS queries sent
// straight to the configured name servers (no /etc/hosts, as Node's
// dns.resolve*), the answers decoded into plain Go values, and c-ares's
// error codes.

// Server is one name server address.
type Server struct {
	IP   string
	Port int
}

// queryError is a c-ares failure, named by Node's code ("ENOTFOUND").
type queryError struct{ code string }

func (e *queryError) Error() string { return e.code }

func errCode(code string) error { return &queryError{code} }

// Record is one decoded answer: fields in the order Node's objects have.
type Record struct {
	Type   string // "A", "MX", … (for resolveAny)
	Fields []Field
	// Value is the answer for types Node reports as bare values: a string
	// (A, AAAA, CNAME, NS, PTR) or []string (TXT chunks).
	Value any
	TTL   uint32
}

// Field is a named value of a record object.
type Field struct {
	Name  string
	Value any
}

// Types maps Node's rrtype names to DNS types; CAA and NAPTR are decoded
// from their raw data.
var Types = map[string]dnsmessage.Type{
	"A":     dnsmessage.TypeA,
	"AAAA":  dnsmessage.TypeAAAA,
	"ANY":   dnsmessage.TypeALL,
	"CAA":   dnsmessage.Type(257),
	"CNAME": dnsmessage.TypeCNAME,
	"MX":    dnsmessage.TypeMX,
	"NAPTR": dnsmessage.Type(35),
	"NS":    dnsmessage.TypeNS,
	"PTR":   dnsmessage.TypePTR,
	"SOA":   dnsmessage.TypeSOA,
	"SRV":   dnsmessage.TypeSRV,
	"TXT":   dnsmessage.TypeTXT,
}

// SystemServers reads the name servers of /etc/resolv.conf (c-ares's
// default: 127.0.0.1 when there are none).
func SystemServers() []Server {
	var out []Server
	f, err := os.Open("/etc/resolv.conf")
	if err == nil {
		defer f.Close()
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			fields := strings.Fields(sc.Text())
			if len(fields) >= 2 && fields[0] == "nameserver" {
				if a, err := netip.ParseAddr(fields[1]); err == nil {
					out = append(out, Server{IP: a.String(), Port: 53})
				}
			}
		}
	}
	if len(out) == 0 {
		out = []Server{{IP: "127.0.0.1", Port: 53}}
	}
	return out
}

// Query asks the servers in turn for name's records of type qtype; each
// server is tried `tries` times with the given per-try timeout.
func Query(ctx context.Context, servers []Server, name string, qtype dnsmessage.Type, timeout time.Duration, tries int) ([]Record, error) {
	if !validName(name) {
		return nil, errCode("EBADNAME")
	}
	if !strings.HasSuffix(name, ".") {
		name += "."
	}
	qname, err := dnsmessage.NewName(name)
	if err != nil || len(name) > 254 {
		return nil, errCode("EBADNAME")
	}
	if len(servers) == 0 {
		return nil, errCode("ECONNREFUSED")
	}
	if tries < 1 {
		tries = 1
	}
	var last error = errCode("ETIMEOUT")
	for try := 0; try < tries; try++ {
		for _, s := range servers {
			msg, err := exchange(ctx, s, qname, qtype, timeout)
			if err != nil {
				last = err
				if ctx.Err() != nil {
					return nil, errCode("ECANCELLED")
				}
				continue
			}
			return answers(msg, qtype)
		}
	}
	return nil, last
}

// validName is c-ares's check of a query name: labels of 1 to 63
// characters (one trailing dot allowed) made of letters, digits and
// - _ * / (and backslash escapes).
func validName(name string) bool {
	name = strings.TrimSuffix(name, ".")
	if name == "" {
		return true // the root
	}
	for _, label := range strings.Split(name, ".") {
		if label == "" || len(label) > 63 {
			return false
		}
		for i := 0; i < len(label); i++ {
			c := label[i]
			switch {
			case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
			case c == '-', c == '_', c == '*', c == '/', c == '\\':
			default:
				return false
			}
		}
	}
	return true
}

// exchange sends one query over UDP (TCP when the answer is truncated).
func exchange(ctx context.Context, s Server, name dnsmessage.Name, qtype dnsmessage.Type, timeout time.Duration) (*dnsmessage.Message, error) {
	var idb [2]byte
	_, _ = rand.Read(idb[:])
	id := binary.BigEndian.Uint16(idb[:])
	q := dnsmessage.Message{
		Header:    dnsmessage.Header{ID: id, RecursionDesired: true},
		Questions: []dnsmessage.Question{{Name: name, Type: qtype, Class: dnsmessage.ClassINET}},
	}
	packet, err := q.Pack()
	if err != nil {
		return nil, errCode("EBADQUERY")
	}
	addr := gonet.JoinHostPort(s.IP, strconv.Itoa(s.Port))
	msg, err := exchangeUDP(ctx, addr, packet, id, timeout)
	if err != nil {
		return nil, err
	}
	if msg.Truncated {
		return exchangeTCP(ctx, addr, packet, id, timeout)
	}
	return msg, nil
}

func exchangeUDP(ctx context.Context, addr string, packet []byte, id uint16, timeout time.Duration) (*dnsmessage.Message, error) {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	var d gonet.Dialer
	c, err := d.DialContext(ctx, "udp", addr)
	if err != nil {
		return nil, netError(err)
	}
	defer c.Close()
	deadline, _ := ctx.Deadline()
	_ = c.SetDeadline(deadline)
	if _, err := c.Write(packet); err != nil {
		return nil, netError(err)
	}
	buf := make([]byte, 65535)
	for {
		n, err := c.Read(buf)
		if err != nil {
			return nil, netError(err)
		}
		var m dnsmessage.Message
		if err := m.Unpack(buf[:n]); err != nil || m.ID != id || !m.Response {
			continue // not our answer: keep waiting
		}
		return &m, nil
	}
}

func exchangeTCP(ctx context.Context, addr string, packet []byte, id uint16, timeout time.Duration) (*dnsmessage.Message, error) {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	var d gonet.Dialer
	c, err := d.DialContext(ctx, "tcp", addr)
	if err != nil {
		return nil, netError(err)
	}
	defer c.Close()
	deadline, _ := ctx.Deadline()
	_ = c.SetDeadline(deadline)
	out := make([]byte, 2+len(packet))
	binary.BigEndian.PutUint16(out, uint16(len(packet)))
	copy(out[2:], packet)
	if _, err := c.Write(out); err != nil {
		return nil, netError(err)
	}
	var lb [2]byte
	if _, err := io.ReadFull(c, lb[:]); err != nil {
		return nil, netError(err)
	}
	body := make([]byte, binary.BigEndian.Uint16(lb[:]))
	if _, err := io.ReadFull(c, body); err != nil {
		return nil, netError(err)
	}
	var m dnsmessage.Message
	if err := m.Unpack(body); err != nil || m.ID != id {
		return nil, errCode("EBADRESP")
	}
	return &m, nil
}

func netError(err error) error {
	var ne gonet.Error
	switch {
	case errors.Is(err, syscall.ECONNREFUSED):
		return errCode("ECONNREFUSED")
	case errors.Is(err, context.DeadlineExceeded), errors.As(err, &ne) && ne.Timeout():
		return errCode("ETIMEOUT")
	}
	return errCode("ECONNREFUSED")
}

// answers decodes a response: the rcode's error, or the answers of the
// asked type (ENODATA when there are none).
func answers(m *dnsmessage.Message, qtype dnsmessage.Type) ([]Record, error) {
	switch m.RCode {
	case dnsmessage.RCodeSuccess:
	case dnsmessage.RCodeNameError:
		return nil, errCode("ENOTFOUND")
	case dnsmessage.RCodeServerFailure:
		return nil, errCode("ESERVFAIL")
	case dnsmessage.RCodeRefused:
		return nil, errCode("EREFUSED")
	case dnsmessage.RCodeFormatError:
		return nil, errCode("EFORMERR")
	case dnsmessage.RCodeNotImplemented:
		return nil, errCode("ENOTIMP")
	default:
		return nil, errCode("EBADRESP")
	}
	var out []Record
	for _, a := range m.Answers {
		if qtype != dnsmessage.TypeALL && a.Header.Type != qtype {
			continue
		}
		if r, ok := decode(a); ok {
			out = append(out, r)
		}
	}
	if len(out) == 0 {
		return nil, errCode("ENODATA")
	}
	return out, nil
}

func trimDot(n dnsmessage.Name) string {
	return strings.TrimSuffix(n.String(), ".")
}

func decode(a dnsmessage.Resource) (Record, bool) {
	ttl := a.Header.TTL
	switch b := a.Body.(type) {
	case *dnsmessage.AResource:
		return Record{Type: "A", Value: netip.AddrFrom4(b.A).String(), TTL: ttl}, true
	case *dnsmessage.AAAAResource:
		return Record{Type: "AAAA", Value: netip.AddrFrom16(b.AAAA).String(), TTL: ttl}, true
	case *dnsmessage.CNAMEResource:
		return Record{Type: "CNAME", Value: trimDot(b.CNAME), TTL: ttl}, true
	case *dnsmessage.NSResource:
		return Record{Type: "NS", Value: trimDot(b.NS), TTL: ttl}, true
	case *dnsmessage.PTRResource:
		return Record{Type: "PTR", Value: trimDot(b.PTR), TTL: ttl}, true
	case *dnsmessage.TXTResource:
		return Record{Type: "TXT", Value: append([]string(nil), b.TXT...), TTL: ttl}, true
	case *dnsmessage.MXResource:
		return Record{Type: "MX", TTL: ttl, Fields: []Field{
			{"exchange", trimDot(b.MX)}, {"priority", int(b.Pref)},
		}}, true
	case *dnsmessage.SRVResource:
		return Record{Type: "SRV", TTL: ttl, Fields: []Field{
			{"name", trimDot(b.Target)}, {"port", int(b.Port)}, {"priority", int(b.Priority)}, {"weight", int(b.Weight)},
		}}, true
	case *dnsmessage.SOAResource:
		return Record{Type: "SOA", TTL: ttl, Fields: []Field{
			{"nsname", trimDot(b.NS)}, {"hostmaster", trimDot(b.MBox)}, {"serial", float64(b.Serial)},
			{"refresh", float64(b.Refresh)}, {"retry", float64(b.Retry)}, {"expire", float64(b.Expire)},
			{"minttl", float64(b.MinTTL)},
		}}, true
	case *dnsmessage.UnknownResource:
		switch a.Header.Type {
		case 257:
			return decodeCAA(b.Data, ttl)
		case 35:
			return decodeNAPTR(b.Data, ttl)
		}
	}
	return Record{}, false
}

// decodeCAA reads RFC 8659's flags, tag and value: { critical, <tag>: value }.
func decodeCAA(d []byte, ttl uint32) (Record, bool) {
	if len(d) < 2 || len(d) < 2+int(d[1]) {
		return Record{}, false
	}
	tag := string(d[2 : 2+int(d[1])])
	value := string(d[2+int(d[1]):])
	return Record{Type: "CAA", TTL: ttl, Fields: []Field{{"critical", int(d[0])}, {tag, value}}}, true
}

// decodeNAPTR reads RFC 3403's order, preference, three character strings
// and the (uncompressed) replacement name.
func decodeNAPTR(d []byte, ttl uint32) (Record, bool) {
	if len(d) < 4 {
		return Record{}, false
	}
	order, pref := binary.BigEndian.Uint16(d), binary.BigEndian.Uint16(d[2:])
	p := 4
	var strs [3]string
	for i := range strs {
		if p >= len(d) || p+1+int(d[p]) > len(d) {
			return Record{}, false
		}
		strs[i] = string(d[p+1 : p+1+int(d[p])])
		p += 1 + int(d[p])
	}
	var labels []string
	for p < len(d) && d[p] != 0 {
		n := int(d[p])
		if p+1+n > len(d) {
			return Record{}, false
		}
		labels = append(labels, string(d[p+1:p+1+n]))
		p += 1 + n
	}
	return Record{Type: "NAPTR", TTL: ttl, Fields: []Field{
		{"flags", strs[0]}, {"service", strs[1]}, {"regexp", strs[2]},
		{"replacement", strings.Join(labels, ".")}, {"order", int(order)}, {"preference", int(pref)},
	}}, true
}

// ReverseName is the in-addr.arpa / ip6.arpa name of an address.
func ReverseName(a netip.Addr) string {
	if a.Is4() || a.Is4In6() {
		b := a.Unmap().As4()
		return strconv.Itoa(int(b[3])) + "." + strconv.Itoa(int(b[2])) + "." + strconv.Itoa(int(b[1])) + "." + strconv.Itoa(int(b[0])) + ".in-addr.arpa"
	}
	b := a.As16()
	const hex = "0123456789abcdef"
	var sb strings.Builder
	for i := 15; i >= 0; i-- {
		sb.WriteByte(hex[b[i]&0xf])
		sb.WriteByte('.')
		sb.WriteByte(hex[b[i]>>4])
		sb.WriteByte('.')
	}
	sb.WriteString("ip6.arpa")
	return sb.String()
}

// hostsNames returns the names /etc/hosts gives an address, in file order
// (all lines for the address merged, as c-ares reads the file).
func hostsNames(a netip.Addr) []string {
	f, err := os.Open("/etc/hosts")
	if err != nil {
		return nil
	}
	defer f.Close()
	var names []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		fields := strings.Fields(line)
		if len(fields) < 2 {
			continue
		}
		ip, err := netip.ParseAddr(fields[0])
		if err != nil || ip.WithZone("") != a.WithZone("") {
			continue
		}
		names = append(names, fields[1:]...)
	}
	return names
}

// serviceName is the /etc/services name of a TCP port, or the number.
func serviceName(port int) string {
	f, err := os.Open("/etc/services")
	if err == nil {
		defer f.Close()
		want := strconv.Itoa(port) + "/tcp"
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			fields := strings.Fields(sc.Text())
			if len(fields) >= 2 && !strings.HasPrefix(fields[0], "#") && fields[1] == want {
				return fields[0]
			}
		}
	}
	return strconv.Itoa(port)
}
