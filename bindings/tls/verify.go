package tls

import (
	"bytes"
	"crypto/x509"
	"errors"
	"sync"
	"time"
)

// Purpose is what the verified certificate is for: OpenSSL checks a
// server's leaf for "ssl_server" (serverAuth) and a client's for
// "ssl_client" (clientAuth).
type Purpose int

const (
	// PurposeServer verifies a server certificate (on the client).
	PurposeServer Purpose = iota
	// PurposeClient verifies a client certificate (on the server).
	PurposeClient
)

// VerifyChain verifies the chain a peer sent (leaf first) against roots at
// time now, the way Node's OpenSSL does, and returns the verification code
// Node puts in authorizationError ("" when the chain is trusted).
//
// Node's verify callback accepts every error, so OpenSSL goes on after the
// first failure and the code reported is the last one found, in OpenSSL's
// order: chain building (DEPTH_ZERO_SELF_SIGNED_CERT,
// SELF_SIGNED_CERT_IN_CHAIN, UNABLE_TO_VERIFY_LEAF_SIGNATURE,
// UNABLE_TO_GET_ISSUER_CERT_LOCALLY), then CA and purpose checks
// (INVALID_CA, PATH_LENGTH_EXCEEDED, INVALID_PURPOSE), then signatures and
// validity periods from the top of the chain down to the leaf
// (CERT_SIGNATURE_FAILURE, CERT_HAS_EXPIRED, CERT_NOT_YET_VALID). So an
// expired certificate from an unknown issuer reports CERT_HAS_EXPIRED, as
// in Node. Hostname checks are not part of it (checkServerIdentity runs in
// JS, only when this returns "").
//
// A peer that sent no certificate gives UNABLE_TO_GET_ISSUER_CERT, what a
// Node server reports for requestCert without a client certificate.
func VerifyChain(peer []*x509.Certificate, roots []*x509.Certificate, now time.Time, purpose Purpose) string {
	return verifyChain(peer, listRoots(roots), now, purpose)
}

// VerifyChainPool is VerifyChain with the trusted certificates in a
// CertPool (the system roots, for instance), which cannot be listed: the
// trusted issuer of a certificate is found with crypto/x509's Verify.
func VerifyChainPool(peer []*x509.Certificate, pool *x509.CertPool, now time.Time, purpose Purpose) string {
	return verifyChain(peer, poolRoots{pool}, now, purpose)
}

// trustStore finds trusted certificates.
type trustStore interface {
	// contains reports whether c itself is trusted.
	contains(c *x509.Certificate) bool
	// issuer returns a trusted issuer of c, or nil, and the error of the
	// check of c's signature with its key (OpenSSL finds trusted issuers by
	// name and reports a bad signature later).
	issuer(c *x509.Certificate) (*x509.Certificate, error)
}

type listRoots []*x509.Certificate

func (l listRoots) contains(c *x509.Certificate) bool { return containsCert(l, c) }
func (l listRoots) issuer(c *x509.Certificate) (*x509.Certificate, error) {
	return findIssuerSig(c, l)
}

type poolRoots struct{ pool *x509.CertPool }

// chains asks crypto/x509 for the trusted chains of c alone, at a time
// inside c's validity (times are checked separately, in OpenSSL's order).
func (p poolRoots) chains(c *x509.Certificate) [][]*x509.Certificate {
	if p.pool == nil {
		return nil
	}
	at := c.NotBefore.Add(c.NotAfter.Sub(c.NotBefore) / 2)
	chains, err := c.Verify(x509.VerifyOptions{Roots: p.pool, Intermediates: x509.NewCertPool(),
		CurrentTime: at, KeyUsages: []x509.ExtKeyUsage{x509.ExtKeyUsageAny}})
	if err != nil {
		return nil
	}
	return chains
}

func (p poolRoots) contains(c *x509.Certificate) bool {
	for _, ch := range p.chains(c) {
		if len(ch) == 1 {
			return true
		}
	}
	return false
}

func (p poolRoots) issuer(c *x509.Certificate) (*x509.Certificate, error) {
	for _, ch := range p.chains(c) {
		if len(ch) > 1 {
			return ch[1], nil
		}
	}
	return nil, nil
}

func verifyChain(peer []*x509.Certificate, roots trustStore, now time.Time, purpose Purpose) string {
	if len(peer) == 0 {
		return "UNABLE_TO_GET_ISSUER_CERT"
	}
	code := ""
	chain := []*x509.Certificate{peer[0]}
	// sig[i] is the outcome of checking chain[i]'s signature with
	// chain[i+1]'s key, once known (chain building already checks most).
	var sig []error
	untrusted := peer[1:]
	trusted := false
	topFromStore := false // the last certificate came from the trust store
	for len(chain) <= 100 {
		cur := chain[len(chain)-1]
		if selfIssued(cur) {
			trusted = roots.contains(cur)
			break
		}
		if iss, err := roots.issuer(cur); iss != nil {
			chain = append(chain, iss)
			sig = append(sig, err)
			topFromStore = true
			if selfIssued(iss) {
				trusted = true
				break
			}
			continue
		}
		if topFromStore {
			// a trusted intermediate whose own issuer is nowhere: OpenSSL
			// does not accept partial chains and cannot go on
			break
		}
		if iss, err := findIssuerSig(cur, untrusted); iss != nil && !containsCert(chain, iss) {
			chain = append(chain, iss)
			sig = append(sig, err)
			continue
		}
		break
	}
	top := chain[len(chain)-1]
	if !trusted {
		switch {
		case selfIssued(top) && len(chain) == 1:
			code = "DEPTH_ZERO_SELF_SIGNED_CERT"
		case selfIssued(top):
			code = "SELF_SIGNED_CERT_IN_CHAIN"
		case len(chain) == 1:
			code = "UNABLE_TO_VERIFY_LEAF_SIGNATURE"
		case topFromStore:
			code = "UNABLE_TO_GET_ISSUER_CERT"
		default:
			code = "UNABLE_TO_GET_ISSUER_CERT_LOCALLY"
		}
	}
	// CA certificates must be CAs, within their path length.
	for i := 1; i < len(chain); i++ {
		c := chain[i]
		if !isCA(c) {
			code = "INVALID_CA"
		} else if c.MaxPathLen >= 0 && (c.MaxPathLen > 0 || c.MaxPathLenZero) && i-1 > c.MaxPathLen {
			code = "PATH_LENGTH_EXCEEDED"
		}
	}
	if !purposeOK(chain[0], purpose) {
		code = "INVALID_PURPOSE"
	}
	// Signature digests too weak for security level 1 (MD5, SHA-1), on
	// every certificate but a self-signed top.
	for i, c := range chain {
		if i == len(chain)-1 && selfIssued(c) {
			break
		}
		switch c.SignatureAlgorithm {
		case x509.MD2WithRSA, x509.MD5WithRSA, x509.SHA1WithRSA, x509.DSAWithSHA1, x509.ECDSAWithSHA1:
			code = "CA_MD_TOO_WEAK"
		}
	}
	// Signatures and times, top down.
	for i := len(chain) - 1; i >= 0; i-- {
		c := chain[i]
		if i < len(sig) && sig[i] != nil {
			var weak x509.InsecureAlgorithmError
			if !errors.As(sig[i], &weak) {
				code = "CERT_SIGNATURE_FAILURE"
			}
		}
		if now.Before(c.NotBefore) {
			code = "CERT_NOT_YET_VALID"
		} else if now.After(c.NotAfter) {
			code = "CERT_HAS_EXPIRED"
		}
	}
	return code
}

// selfIssued is OpenSSL's check that a certificate issued itself: same
// subject and issuer, and key identifiers that do not contradict it.
func selfIssued(c *x509.Certificate) bool {
	if !bytes.Equal(c.RawSubject, c.RawIssuer) {
		return false
	}
	return len(c.AuthorityKeyId) == 0 || len(c.SubjectKeyId) == 0 ||
		bytes.Equal(c.AuthorityKeyId, c.SubjectKeyId)
}

// findIssuer returns the certificate in set whose subject is c's issuer and
// whose key verifies c's signature.
func findIssuer(c *x509.Certificate, set []*x509.Certificate) *x509.Certificate {
	iss, _ := findIssuerSig(c, set)
	return iss
}

// findIssuerSig is findIssuer that also returns the signature check's error:
// a certificate whose name matches is returned even if the signature fails.
func findIssuerSig(c *x509.Certificate, set []*x509.Certificate) (*x509.Certificate, error) {
	var byName *x509.Certificate
	var byNameErr error
	for _, cand := range set {
		if !bytes.Equal(cand.RawSubject, c.RawIssuer) {
			continue
		}
		if len(c.AuthorityKeyId) > 0 && len(cand.SubjectKeyId) > 0 &&
			!bytes.Equal(c.AuthorityKeyId, cand.SubjectKeyId) {
			continue
		}
		err := checkSignature(cand, c)
		if err == nil {
			return cand, nil
		}
		if byName == nil {
			byName, byNameErr = cand, err
		}
	}
	return byName, byNameErr
}

func containsCert(set []*x509.Certificate, c *x509.Certificate) bool {
	for _, x := range set {
		if bytes.Equal(x.Raw, c.Raw) {
			return true
		}
	}
	return false
}

// purposeOK is OpenSSL's ssl_server / ssl_client purpose check on the leaf:
// an extendedKeyUsage, if present, must allow the use (or anyExtendedKeyUsage).
func purposeOK(c *x509.Certificate, p Purpose) bool {
	if len(c.ExtKeyUsage) == 0 && len(c.UnknownExtKeyUsage) == 0 {
		return true
	}
	want := x509.ExtKeyUsageServerAuth
	if p == PurposeClient {
		want = x509.ExtKeyUsageClientAuth
	}
	for _, u := range c.ExtKeyUsage {
		if u == want || u == x509.ExtKeyUsageAny {
			return true
		}
		// Netscape/Microsoft server-gated crypto count as serverAuth in OpenSSL.
		if p == PurposeServer && (u == x509.ExtKeyUsageNetscapeServerGatedCrypto || u == x509.ExtKeyUsageMicrosoftServerGatedCrypto) {
			return true
		}
	}
	return false
}

// sigCache remembers successful signature checks (issuer key, certificate):
// a client meets the same chains again and again, and each ECDSA or RSA
// verification costs tens of microseconds. Bounded: cleared when full.
var sigCache = struct {
	sync.Mutex
	ok map[string]struct{}
}{ok: map[string]struct{}{}}

const sigCacheMax = 4096

// checkSignature checks that issuer's key signed c.
func checkSignature(issuer, c *x509.Certificate) error {
	key := string(issuer.RawSubjectPublicKeyInfo) + string(c.Raw)
	sigCache.Lock()
	_, hit := sigCache.ok[key]
	sigCache.Unlock()
	if hit {
		return nil
	}
	err := issuer.CheckSignature(c.SignatureAlgorithm, c.RawTBSCertificate, c.Signature)
	if err == nil {
		sigCache.Lock()
		if len(sigCache.ok) >= sigCacheMax {
			clear(sigCache.ok)
		}
		sigCache.ok[key] = struct{}{}
		sigCache.Unlock()
	}
	return err
}
