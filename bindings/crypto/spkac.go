package crypto

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/ed25519"
	_ "crypto/md5" // these four: the hashes of spkacHashes, for id.New
	"crypto/rsa"
	_ "crypto/sha1"
	_ "crypto/sha256"
	_ "crypto/sha512"
	"crypto/x509"
	"encoding/asn1"
	"encoding/base64"
	"encoding/pem"
	"strings"
)

// signedPublicKeyAndChallenge is Netscape's SPKAC structure (the HTML
// <keygen> format behind crypto.Certificate).
type signedPublicKeyAndChallenge struct {
	PublicKeyAndChallenge asn1.RawValue
	Algorithm             struct {
		Algorithm  asn1.ObjectIdentifier
		Parameters asn1.RawValue `asn1:"optional"`
	}
	Signature asn1.BitString
}

type publicKeyAndChallenge struct {
	SPKI      asn1.RawValue
	Challenge string `asn1:"ia5"`
}

// spkacInfo is what crypto.Certificate reports about an SPKAC.
type spkacInfo struct {
	challenge string
	publicPEM []byte
	verified  bool
}

var spkacHashes = map[string]crypto.Hash{
	"1.2.840.113549.1.1.4":  crypto.MD5,
	"1.2.840.113549.1.1.5":  crypto.SHA1,
	"1.2.840.113549.1.1.11": crypto.SHA256,
	"1.2.840.113549.1.1.12": crypto.SHA384,
	"1.2.840.113549.1.1.13": crypto.SHA512,
	"1.2.840.10045.4.1":     crypto.SHA1,
	"1.2.840.10045.4.3.2":   crypto.SHA256,
	"1.2.840.10045.4.3.3":   crypto.SHA384,
	"1.2.840.10045.4.3.4":   crypto.SHA512,
	"1.3.101.112":           0, // Ed25519
}

// parseSPKAC decodes a base64 SPKAC; nil if it is not one.
func parseSPKAC(text []byte) *spkacInfo {
	clean := strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' || r == ' ' || r == '\t' {
			return -1
		}
		return r
	}, string(text))
	der, err := base64.StdEncoding.DecodeString(clean)
	if err != nil {
		return nil
	}
	var s signedPublicKeyAndChallenge
	if rest, err := asn1.Unmarshal(der, &s); err != nil || len(rest) != 0 {
		return nil
	}
	var pkac publicKeyAndChallenge
	if _, err := asn1.Unmarshal(s.PublicKeyAndChallenge.FullBytes, &pkac); err != nil {
		return nil
	}
	pub, err := x509.ParsePKIXPublicKey(pkac.SPKI.FullBytes)
	if err != nil {
		return nil
	}
	info := &spkacInfo{
		challenge: pkac.Challenge,
		publicPEM: pem.EncodeToMemory(&pem.Block{Type: "PUBLIC KEY", Bytes: pkac.SPKI.FullBytes}),
	}
	id, ok := spkacHashes[s.Algorithm.Algorithm.String()]
	if !ok {
		return info
	}
	signed := s.PublicKeyAndChallenge.FullBytes
	// (every hash of spkacHashes is linked in: id.New cannot panic)
	h := id.New()
	h.Write(signed)
	digest := h.Sum(nil)
	sig := s.Signature.RightAlign()
	switch k := pub.(type) {
	case *rsa.PublicKey:
		info.verified = rsa.VerifyPKCS1v15(k, id, digest, sig) == nil
	case *ecdsa.PublicKey:
		info.verified = ecdsa.VerifyASN1(k, digest, sig)
	case ed25519.PublicKey:
		info.verified = ed25519.Verify(k, signed, sig)
	}
	return info
}
