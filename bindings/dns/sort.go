package dns

import (
	gonet "net"
	"net/netip"
	"sort"
)

// getaddrinfo (glibc) orders its answers by RFC 6724's destination rules,
// /etc/hosts entries included; Go's resolver leaves those in file order.
// Node 20's default "verbatim" order is getaddrinfo's, so lookups sort here:
// usable destinations first, then matching scope, matching label, higher
// precedence, smaller scope, longer shared prefix (IPv6), else as given.

type policy struct {
	prefix     netip.Prefix
	precedence int
	label      int
}

// RFC 6724 §2.1's default policy table, longest prefixes first.
var policyTable = []policy{
	{netip.MustParsePrefix("::1/128"), 50, 0},
	{netip.MustParsePrefix("::ffff:0:0/96"), 35, 4},
	{netip.MustParsePrefix("::/96"), 1, 3},
	{netip.MustParsePrefix("2001::/32"), 5, 5},
	{netip.MustParsePrefix("2002::/16"), 30, 2},
	{netip.MustParsePrefix("3ffe::/16"), 1, 12},
	{netip.MustParsePrefix("fec0::/10"), 1, 11},
	{netip.MustParsePrefix("fc00::/7"), 3, 13},
	{netip.MustParsePrefix("::/0"), 40, 1},
}

func classify(a netip.Addr) policy {
	if a.Is4() {
		a = netip.AddrFrom16(a.As16())
	}
	for _, p := range policyTable {
		if p.prefix.Contains(a) {
			return p
		}
	}
	return policyTable[len(policyTable)-1]
}

const (
	scopeLinkLocal = 0x2
	scopeSiteLocal = 0x5
	scopeGlobal    = 0xe
)

func scope(a netip.Addr) int {
	a = a.Unmap()
	if a.Is4() {
		if a.IsLoopback() || a.IsLinkLocalUnicast() {
			return scopeLinkLocal
		}
		return scopeGlobal
	}
	if a.IsMulticast() {
		return int(a.As16()[1] & 0xf)
	}
	if a.IsLoopback() || a.IsLinkLocalUnicast() {
		return scopeLinkLocal
	}
	if netip.MustParsePrefix("fec0::/10").Contains(a) {
		return scopeSiteLocal
	}
	return scopeGlobal
}

// sourceFor is the local address the system would use to reach dst (no
// packet is sent), or the zero Addr when dst is unreachable.
func sourceFor(dst netip.Addr) netip.Addr {
	c, err := gonet.DialUDP("udp", nil, gonet.UDPAddrFromAddrPort(netip.AddrPortFrom(dst, 9)))
	if err != nil {
		return netip.Addr{}
	}
	defer c.Close()
	if la, ok := c.LocalAddr().(*gonet.UDPAddr); ok {
		if a, ok := netip.AddrFromSlice(la.IP); ok {
			return a.Unmap()
		}
	}
	return netip.Addr{}
}

func commonPrefixLen(a, b netip.Addr) int {
	x, y := a.As16(), b.As16()
	n := 0
	for i := 0; i < 8; i++ { // RFC 6724 rule 9 looks at the first 64 bits
		d := x[i] ^ y[i]
		if d == 0 {
			n += 8
			continue
		}
		for d&0x80 == 0 {
			n++
			d <<= 1
		}
		break
	}
	return n
}

// sortRFC6724 orders addrs in place; source finds each one's source.
func sortRFC6724(addrs []netip.Addr, source func(netip.Addr) netip.Addr) {
	if len(addrs) < 2 {
		return
	}
	srcs := make([]netip.Addr, len(addrs))
	for i, a := range addrs {
		srcs[i] = source(a)
	}
	idx := make([]int, len(addrs))
	for i := range idx {
		idx[i] = i
	}
	less := func(i, j int) bool {
		da, db := addrs[i], addrs[j]
		sa, sb := srcs[i], srcs[j]
		// Rule 1: avoid unusable destinations.
		if sa.IsValid() != sb.IsValid() {
			return sa.IsValid()
		}
		if !sa.IsValid() {
			return false
		}
		// Rule 2: prefer matching scope.
		ma, mb := scope(da) == scope(sa), scope(db) == scope(sb)
		if ma != mb {
			return ma
		}
		// Rule 5: prefer matching label.
		la, lb := classify(da).label == classify(sa).label, classify(db).label == classify(sb).label
		if la != lb {
			return la
		}
		// Rule 6: prefer higher precedence.
		if pa, pb := classify(da).precedence, classify(db).precedence; pa != pb {
			return pa > pb
		}
		// Rule 8: prefer smaller scope.
		if sca, scb := scope(da), scope(db); sca != scb {
			return sca < scb
		}
		// Rule 9: longest matching prefix (IPv6 only).
		if !da.Unmap().Is4() && !db.Unmap().Is4() {
			if ca, cb := commonPrefixLen(da, sa), commonPrefixLen(db, sb); ca != cb {
				return ca > cb
			}
		}
		return false // Rule 10: keep the order
	}
	sort.SliceStable(idx, func(x, y int) bool { return less(idx[x], idx[y]) })
	sorted := make([]netip.Addr, len(addrs))
	for i, k := range idx {
		sorted[i] = addrs[k]
	}
	copy(addrs, sorted)
}
