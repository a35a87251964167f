package tls

import (
	"bytes"
	"crypto/x509"
)

// IssuerChain is the certificate chain of getPeerCertificate(true), as
// Node's GetPeerCert builds it: from the leaf (peer[0]), the issuer of each
// certificate among the other certificates the peer sent, then issuers from
// the trusted roots (the context's `ca`, or the default store). selfRef
// reports whether the last certificate issued itself, in which case Node's
// object for it has issuerCertificate pointing to itself; otherwise the last
// object has no issuerCertificate property.
func IssuerChain(peer []*x509.Certificate, roots []*x509.Certificate) (chain []*x509.Certificate, selfRef bool) {
	return issuerChain(peer, listRoots(roots))
}

// IssuerChainPool is IssuerChain with the trusted roots in a CertPool.
func IssuerChainPool(peer []*x509.Certificate, pool *x509.CertPool) (chain []*x509.Certificate, selfRef bool) {
	return issuerChain(peer, poolRoots{pool})
}

func issuerChain(peer []*x509.Certificate, roots trustStore) ([]*x509.Certificate, bool) {
	if len(peer) == 0 {
		return nil, false
	}
	cur := peer[0]
	chain := []*x509.Certificate{cur}
	rest := append([]*x509.Certificate(nil), peer[1:]...)
	for {
		found := -1
		for i, c := range rest {
			if checkIssued(c, cur) {
				found = i
				break
			}
		}
		if found < 0 {
			break
		}
		cur = rest[found]
		chain = append(chain, cur)
		rest = append(rest[:found], rest[found+1:]...)
	}
	for !checkIssued(cur, cur) && len(chain) < 100 {
		iss, _ := roots.issuer(cur)
		if iss == nil || !checkIssued(iss, cur) {
			break
		}
		chain = append(chain, iss)
		if iss == cur || bytes.Equal(iss.Raw, cur.Raw) {
			break
		}
		cur = iss
	}
	return chain, checkIssued(cur, cur)
}

// checkIssued is OpenSSL's X509_check_issued(issuer, subject) == X509_V_OK:
// names match, key identifiers do not contradict, and the issuer's key
// usage, if any, allows certificate signing. Signatures are not checked.
func checkIssued(issuer, subject *x509.Certificate) bool {
	if !bytes.Equal(issuer.RawSubject, subject.RawIssuer) {
		return false
	}
	if len(subject.AuthorityKeyId) > 0 && len(issuer.SubjectKeyId) > 0 &&
		!bytes.Equal(subject.AuthorityKeyId, issuer.SubjectKeyId) {
		return false
	}
	if findExt(issuer, oidKeyUsage) != nil && issuer.KeyUsage&x509.KeyUsageCertSign == 0 {
		return false
	}
	return true
}
