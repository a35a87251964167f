package dns

import (
	"bytes"
	"context"
	"encoding/binary"
	"io"
	gonet "net"
	"net/netip"
	"reflect"
	"strconv"
	"testing"
	"time"

	"golang.org/x/net/dns/dnsmessage"
)

// fakeServer answers DNS queries on loopback UDP (and TCP on the same
// port) with canned records; names under "big." answer truncated over UDP.
func fakeServer(t *testing.T) Server {
	t.Helper()
	pc, err := gonet.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := pc.LocalAddr().(*gonet.UDPAddr).Port
	ln, err := gonet.Listen("tcp", "127.0.0.1:"+strconv.Itoa(port))
	if err != nil {
		pc.Close()
		t.Skip("tcp port taken:", err)
	}
	t.Cleanup(func() { pc.Close(); ln.Close() })
	go func() {
		buf := make([]byte, 512)
		for {
			n, addr, err := pc.ReadFrom(buf)
			if err != nil {
				return
			}
			if out := answer(buf[:n], true); out != nil {
				_, _ = pc.WriteTo(out, addr)
			}
		}
	}()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			var lb [2]byte
			if _, err := io.ReadFull(c, lb[:]); err == nil {
				q := make([]byte, binary.BigEndian.Uint16(lb[:]))
				if _, err := io.ReadFull(c, q); err == nil {
					out := answer(q, false)
					binary.BigEndian.PutUint16(lb[:], uint16(len(out)))
					_, _ = c.Write(append(lb[:], out...))
				}
			}
			c.Close()
		}
	}()
	return Server{IP: "127.0.0.1", Port: port}
}

func answer(q []byte, udp bool) []byte {
	var m dnsmessage.Message
	if err := m.Unpack(q); err != nil || len(m.Questions) != 1 {
		return nil
	}
	qu := m.Questions[0]
	resp := dnsmessage.Message{
		Header:    dnsmessage.Header{ID: m.ID, Response: true, RecursionAvailable: true},
		Questions: m.Questions,
	}
	h := func(typ dnsmessage.Type) dnsmessage.ResourceHeader {
		return dnsmessage.ResourceHeader{Name: qu.Name, Type: typ, Class: dnsmessage.ClassINET, TTL: 300}
	}
	name := func(s string) dnsmessage.Name { return dnsmessage.MustNewName(s) }
	switch qu.Name.String() {
	case "missing.test.":
		resp.RCode = dnsmessage.RCodeNameError
	case "fail.test.":
		resp.RCode = dnsmessage.RCodeServerFailure
	case "big.test.":
		if udp {
			resp.Truncated = true
			break
		}
		resp.Answers = append(resp.Answers, dnsmessage.Resource{Header: h(dnsmessage.TypeA), Body: &dnsmessage.AResource{A: [4]byte{192, 0, 2, 9}}})
	case "example.test.":
		resp.Answers = []dnsmessage.Resource{
			{Header: h(dnsmessage.TypeA), Body: &dnsmessage.AResource{A: [4]byte{192, 0, 2, 1}}},
			{Header: h(dnsmessage.TypeAAAA), Body: &dnsmessage.AAAAResource{AAAA: netip.MustParseAddr("2001:db8::1").As16()}},
			{Header: h(dnsmessage.TypeMX), Body: &dnsmessage.MXResource{Pref: 10, MX: name("mx.example.test.")}},
			{Header: h(dnsmessage.TypeTXT), Body: &dnsmessage.TXTResource{TXT: []string{"v=spf1", "-all"}}},
			{Header: h(dnsmessage.TypeSRV), Body: &dnsmessage.SRVResource{Priority: 1, Weight: 2, Port: 5060, Target: name("sip.example.test.")}},
			{Header: h(dnsmessage.TypeSOA), Body: &dnsmessage.SOAResource{NS: name("ns.example.test."), MBox: name("admin.example.test."), Serial: 2024, Refresh: 1, Retry: 2, Expire: 3, MinTTL: 4}},
			{Header: h(257), Body: &dnsmessage.UnknownResource{Type: 257, Data: append([]byte{0, 5}, "issueca.test"...)}},
		}
	}
	out, err := resp.Pack()
	if err != nil {
		return nil
	}
	return out
}

func TestQueryDecodes(t *testing.T) {
	s := fakeServer(t)
	ctx := context.Background()
	get := func(rrtype string) []Record {
		t.Helper()
		recs, err := Query(ctx, []Server{s}, "example.test", Types[rrtype], time.Second, 1)
		if err != nil {
			t.Fatalf("%s: %v", rrtype, err)
		}
		return recs
	}
	if r := get("A"); len(r) != 1 || r[0].Value != "192.0.2.1" || r[0].TTL != 300 {
		t.Errorf("A: %+v", r)
	}
	if r := get("AAAA"); len(r) != 1 || r[0].Value != "2001:db8::1" {
		t.Errorf("AAAA: %+v", r)
	}
	if r := get("MX"); len(r) != 1 || !reflect.DeepEqual(r[0].Fields, []Field{{"exchange", "mx.example.test"}, {"priority", 10}}) {
		t.Errorf("MX: %+v", r)
	}
	if r := get("TXT"); len(r) != 1 || !reflect.DeepEqual(r[0].Value, []string{"v=spf1", "-all"}) {
		t.Errorf("TXT: %+v", r)
	}
	if r := get("SRV"); len(r) != 1 || !reflect.DeepEqual(r[0].Fields, []Field{{"name", "sip.example.test"}, {"port", 5060}, {"priority", 1}, {"weight", 2}}) {
		t.Errorf("SRV: %+v", r)
	}
	if r := get("SOA"); len(r) != 1 || r[0].Fields[0] != (Field{"nsname", "ns.example.test"}) || r[0].Fields[2] != (Field{"serial", float64(2024)}) {
		t.Errorf("SOA: %+v", r)
	}
	if r := get("CAA"); len(r) != 1 || !reflect.DeepEqual(r[0].Fields, []Field{{"critical", 0}, {"issue", "ca.test"}}) {
		t.Errorf("CAA: %+v", r)
	}
	if r := get("ANY"); len(r) != 7 {
		t.Errorf("ANY: %d records", len(r))
	}
	if _, err := Query(ctx, []Server{s}, "example.test", Types["NS"], time.Second, 1); codeOf(err) != "ENODATA" {
		t.Errorf("NS: %v, want ENODATA", err)
	}
}

func TestQueryErrors(t *testing.T) {
	s := fakeServer(t)
	ctx := context.Background()
	for name, want := range map[string]string{"missing.test": "ENOTFOUND", "fail.test": "ESERVFAIL"} {
		if _, err := Query(ctx, []Server{s}, name, Types["A"], time.Second, 1); codeOf(err) != want {
			t.Errorf("%s: %v, want %s", name, err, want)
		}
	}
	// truncated over UDP: asked again over TCP
	recs, err := Query(ctx, []Server{s}, "big.test", Types["A"], time.Second, 1)
	if err != nil || len(recs) != 1 || recs[0].Value != "192.0.2.9" {
		t.Errorf("big.test: %+v %v", recs, err)
	}
	// nothing listening: refused at once
	start := time.Now()
	if _, err := Query(ctx, []Server{{IP: "127.0.0.1", Port: 1}}, "x.test", Types["A"], 2*time.Second, 2); codeOf(err) != "ECONNREFUSED" {
		t.Errorf("port 1: %v, want ECONNREFUSED", err)
	}
	if time.Since(start) > time.Second {
		t.Errorf("refusal took %v", time.Since(start))
	}
	if _, err := Query(ctx, []Server{s}, string(make([]byte, 300)), Types["A"], time.Second, 1); codeOf(err) != "EBADNAME" {
		t.Errorf("long name: %v, want EBADNAME", err)
	}
}

func TestReverseName(t *testing.T) {
	if got := ReverseName(netip.MustParseAddr("192.0.2.7")); got != "7.2.0.192.in-addr.arpa" {
		t.Errorf("v4: %s", got)
	}
	want := "1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa"
	if got := ReverseName(netip.MustParseAddr("2001:db8::1")); got != want {
		t.Errorf("v6: %s", got)
	}
}

func TestDecodeNAPTR(t *testing.T) {
	data := []byte{0, 100, 0, 10, 1, 'S', 7, 'S', 'I', 'P', '+', 'D', '2', 'U', 0, 4, '_', 's', 'i', 'p', 4, 't', 'e', 's', 't', 0}
	r, ok := decodeNAPTR(data, 60)
	want := []Field{{"flags", "S"}, {"service", "SIP+D2U"}, {"regexp", ""}, {"replacement", "_sip.test"}, {"order", 100}, {"preference", 10}}
	if !ok || !reflect.DeepEqual(r.Fields, want) {
		t.Errorf("NAPTR: %+v %v", r.Fields, ok)
	}
}

func TestSortRFC6724(t *testing.T) {
	p := netip.MustParseAddr
	// a machine with IPv6 on loopback only: ::1 beats 127.0.0.1 on
	// precedence, global IPv6 is unreachable and goes last
	src := func(d netip.Addr) netip.Addr {
		switch {
		case d.Is4() && d.IsLoopback():
			return p("127.0.0.1")
		case d.Is4():
			return p("10.0.0.5")
		case d.IsLoopback():
			return p("::1")
		}
		return netip.Addr{}
	}
	addrs := []netip.Addr{p("2001:db8::1"), p("127.0.0.1"), p("::1"), p("192.0.2.1")}
	sortRFC6724(addrs, src)
	want := []netip.Addr{p("::1"), p("127.0.0.1"), p("192.0.2.1"), p("2001:db8::1")}
	if !reflect.DeepEqual(addrs, want) {
		t.Errorf("got %v, want %v", addrs, want)
	}
	// equal candidates keep their order
	v4 := []netip.Addr{p("192.0.2.2"), p("192.0.2.1")}
	sortRFC6724(v4, src)
	if v4[0] != p("192.0.2.2") {
		t.Errorf("stable order lost: %v", v4)
	}
}

func TestInetAton(t *testing.T) {
	for in, want := range map[string]string{
		"127.1": "127.0.0.1", "0x7f.1": "127.0.0.1", "2130706433": "127.0.0.1",
		"017700000001": "127.0.0.1", "127.0.1": "127.0.0.1", "1.2.3.04": "1.2.3.4",
		"1.2.3.4.5": "", "256.1": "", "127.0.0.256": "", "09.1": "", " 1.2.3.4": "", "a.b": "",
	} {
		a, ok := inetAton(in)
		if got := a.String(); (want == "" && ok) || (want != "" && got != want) {
			t.Errorf("inetAton(%q) = %v %v, want %q", in, a, ok, want)
		}
	}
}

func TestValidName(t *testing.T) {
	for name, want := range map[string]bool{
		"example.com": true, "example.com.": true, "a_b.c": true, "*.x": true, "a/b": true,
		"a+b": false, "a b": false, "..": false, ".a": false, "a..b": false,
		string(bytes.Repeat([]byte{'x'}, 63)): true, string(bytes.Repeat([]byte{'x'}, 64)): false,
	} {
		if validName(name) != want {
			t.Errorf("validName(%q) = %v", name, !want)
		}
	}
}
