package crypto

import (
	"crypto/rand"
	"math/big"
)

// dhState is the Go side of a classic (finite-field) DiffieHellman object.
type dhState struct {
	p, g      *big.Int
	priv, pub *big.Int
	group     bool
}

// dhVerify is OpenSSL's DH_check result for p and g, as Node's verifyError
// reports it (DH_CHECK_P_NOT_PRIME 1, DH_CHECK_P_NOT_SAFE_PRIME 2).
func dhVerify(p *big.Int) int {
	if !p.ProbablyPrime(20) {
		return 1
	}
	if !new(big.Int).Rsh(p, 1).ProbablyPrime(20) {
		return 2
	}
	return 0
}

// dhSafePrime generates a safe prime of the given size.
func dhSafePrime(bits int) (*big.Int, error) {
	for {
		p, err := rand.Prime(rand.Reader, bits)
		if err != nil {
			return nil, err
		}
		if new(big.Int).Rsh(p, 1).ProbablyPrime(20) {
			return p, nil
		}
	}
}

// generate makes a key pair, keeping a private key set beforehand.
func (s *dhState) generate() string {
	if s.p.BitLen() < 512 {
		return "modulus too small"
	}
	if s.priv == nil {
		// A private exponent of twice the group's security strength, as
		// OpenSSL picks for known groups; 256 bits at least.
		bits := 256
		if s.p.BitLen() > 3072 {
			bits = 2 * 200
		}
		k, err := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), uint(bits)))
		if err != nil {
			return err.Error()
		}
		s.priv = k.Add(k, big.NewInt(2))
	}
	s.pub = new(big.Int).Exp(s.g, s.priv, s.p)
	return ""
}

// compute returns the shared secret, padded to the prime's size, or a
// reason string for a bad peer key.
func (s *dhState) compute(peer []byte) ([]byte, string) {
	y := new(big.Int).SetBytes(peer)
	if y.Cmp(big.NewInt(1)) <= 0 {
		return nil, "too small"
	}
	if y.Cmp(new(big.Int).Sub(s.p, big.NewInt(1))) >= 0 {
		return nil, "too large"
	}
	if s.priv == nil {
		return nil, "no private key"
	}
	out := make([]byte, (s.p.BitLen()+7)/8)
	new(big.Int).Exp(y, s.priv, s.p).FillBytes(out)
	return out, ""
}
