package crypto

import (
	"crypto/ecdh"
	"crypto/elliptic"
	"crypto/rand"
	"math/big"
)

// ecdhState is the Go side of an ECDH object (createECDH).
type ecdhState struct {
	curve ecdh.Curve
	ec    elliptic.Curve
	priv  *ecdh.PrivateKey
}

func newECDH(name string) *ecdhState {
	// createECDH takes OpenSSL's short names only.
	if name != "prime256v1" && name != "secp384r1" && name != "secp521r1" {
		return nil
	}
	c := curveByName(name)
	s := &ecdhState{ec: c}
	switch c {
	case elliptic.P256():
		s.curve = ecdh.P256()
	case elliptic.P384():
		s.curve = ecdh.P384()
	case elliptic.P521():
		s.curve = ecdh.P521()
	default:
		return nil
	}
	return s
}

func (s *ecdhState) size() int { return (s.ec.Params().BitSize + 7) / 8 }

func (s *ecdhState) generate() error {
	k, err := s.curve.GenerateKey(rand.Reader)
	if err == nil {
		s.priv = k
	}
	return err
}

// setPrivate takes a big-endian scalar of any length up to the curve size.
func (s *ecdhState) setPrivate(b []byte) bool {
	n := s.size()
	if len(b) > n {
		return false
	}
	padded := make([]byte, n)
	copy(padded[n-len(b):], b)
	k, err := s.curve.NewPrivateKey(padded)
	if err != nil {
		return false
	}
	s.priv = k
	return true
}

// formatPoint re-encodes an uncompressed point: "uncompressed",
// "compressed" or "hybrid".
func formatPoint(ec elliptic.Curve, uncompressed []byte, format string) []byte {
	switch format {
	case "compressed":
		x, y := elliptic.Unmarshal(ec, uncompressed) //nolint:staticcheck // only for re-encoding a validated point
		return elliptic.MarshalCompressed(ec, x, y)
	case "hybrid":
		out := append([]byte(nil), uncompressed...)
		out[0] = 6 | uncompressed[len(uncompressed)-1]&1
		return out
	}
	return uncompressed
}

// parsePoint accepts uncompressed, compressed or hybrid points and returns
// the uncompressed form, or nil.
func parsePoint(ec elliptic.Curve, b []byte) []byte {
	n := (ec.Params().BitSize + 7) / 8
	switch {
	case len(b) == 1+n && (b[0] == 2 || b[0] == 3):
		x, y := elliptic.UnmarshalCompressed(ec, b)
		if x == nil {
			return nil
		}
		return elliptic.Marshal(ec, x, y) //nolint:staticcheck // encoding only
	case len(b) == 1+2*n && (b[0] == 6 || b[0] == 7):
		out := append([]byte(nil), b...)
		out[0] = 4
		return out
	case len(b) == 1+2*n && b[0] == 4:
		x := new(big.Int).SetBytes(b[1 : 1+n])
		y := new(big.Int).SetBytes(b[1+n:])
		if !ec.IsOnCurve(x, y) {
			return nil
		}
		return b
	}
	return nil
}
