package tls

// Interim pieces the TLS groundwork (names.go, errors.go, verify) replaces:
// kept small and private so the swap is a deletion.

import (
	"bytes"
	"crypto"
	"crypto/tls"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"strings"
	"time"

	"github.com/dop251/goja"

	"handshake/runtime"
)

type verifyFailure struct {
	Code, Message string
}

func verifyPeer(chain []*x509.Certificate, roots *x509.CertPool, now time.Time) *verifyFailure {
	inter := x509.NewCertPool()
	for _, c := range chain[1:] {
		inter.AddCert(c)
	}
	_, err := chain[0].Verify(x509.VerifyOptions{Roots: roots, Intermediates: inter, CurrentTime: now, KeyUsages: []x509.ExtKeyUsage{x509.ExtKeyUsageAny}})
	if err == nil {
		return nil
	}
	var inv x509.CertificateInvalidError
	if errors.As(err, &inv) && inv.Reason == x509.Expired {
		if now.After(inv.Cert.NotAfter) {
			return &verifyFailure{"CERT_HAS_EXPIRED", "certificate has expired"}
		}
		return &verifyFailure{"CERT_NOT_YET_VALID", "certificate is not yet valid"}
	}
	leaf := chain[0]
	selfSigned := func(c *x509.Certificate) bool {
		return bytes.Equal(c.RawIssuer, c.RawSubject) && c.CheckSignature(c.SignatureAlgorithm, c.RawTBSCertificate, c.Signature) == nil
	}
	if len(chain) == 1 && selfSigned(leaf) {
		return &verifyFailure{"DEPTH_ZERO_SELF_SIGNED_CERT", "self-signed certificate"}
	}
	last := chain[len(chain)-1]
	if len(chain) > 1 && selfSigned(last) {
		return &verifyFailure{"SELF_SIGNED_CERT_IN_CHAIN", "self-signed certificate in certificate chain"}
	}
	if len(chain) == 1 {
		return &verifyFailure{"UNABLE_TO_VERIFY_LEAF_SIGNATURE", "unable to verify the first certificate"}
	}
	return &verifyFailure{"UNABLE_TO_GET_ISSUER_CERT_LOCALLY", "unable to get local issuer certificate"}
}

func handshakeError(r *runtime.Runtime, err error, isServer bool) goja.Value {
	msg := err.Error()
	code := "ECONNRESET"
	text := "Client network socket disconnected before secure TLS connection was established"
	switch {
	case strings.Contains(msg, "no application protocol"), strings.Contains(msg, "unsupported application protocols"):
		if isServer {
			code, text = "ERR_SSL_NO_APPLICATION_PROTOCOL", "no application protocol"
		} else {
			code, text = "ERR_SSL_TLSV1_ALERT_NO_APPLICATION_PROTOCOL", "tlsv1 alert no application protocol"
		}
	case strings.Contains(msg, "first record does not look like a TLS handshake"):
		code, text = "ERR_SSL_WRONG_VERSION_NUMBER", "wrong version number"
	case strings.Contains(msg, "protocol version not supported"):
		code, text = "ERR_SSL_UNSUPPORTED_PROTOCOL", "unsupported protocol"
	case strings.Contains(msg, "client didn't provide a certificate"):
		code, text = "ERR_SSL_PEER_DID_NOT_RETURN_A_CERTIFICATE", "peer did not return a certificate"
	case strings.Contains(msg, "certificate required"):
		code, text = "ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED", "tlsv13 alert certificate required"
	case strings.Contains(msg, "handshake failure"):
		code, text = "ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE", "sslv3 alert handshake failure"
	case strings.Contains(msg, "no cipher suite supported"):
		code, text = "ERR_SSL_NO_SHARED_CIPHER", "no shared cipher"
	}
	o := r.NewError("Error", "", text)
	_ = o.Set("code", code)
	if strings.HasPrefix(code, "ERR_SSL_") {
		_ = o.Set("library", "SSL routines")
		_ = o.Set("reason", strings.ToLower(strings.ReplaceAll(strings.TrimPrefix(code, "ERR_SSL_"), "_", " ")))
	}
	return o
}

func parseKey(data []byte, passphrase string) (any, error) {
	rest := data
	for {
		var block *pem.Block
		block, rest = pem.Decode(rest)
		if block == nil {
			break
		}
		if !strings.Contains(block.Type, "PRIVATE KEY") {
			continue
		}
		der := block.Bytes
		//lint:ignore SA1019 legacy encrypted PEM is what some tutorials ship
		if x509.IsEncryptedPEMBlock(block) { //nolint:staticcheck
			var err error
			der, err = x509.DecryptPEMBlock(block, []byte(passphrase)) //nolint:staticcheck
			if err != nil {
				return nil, errBadDecrypt
			}
		}
		if k, err := x509.ParsePKCS8PrivateKey(der); err == nil {
			return k, nil
		}
		if k, err := x509.ParseECPrivateKey(der); err == nil {
			return k, nil
		}
		if k, err := x509.ParsePKCS1PrivateKey(der); err == nil {
			return k, nil
		}
		return nil, errUnsupportedKey
	}
	return nil, errUnsupportedKey
}

var (
	errBadDecrypt     = errors.New("bad decrypt")
	errUnsupportedKey = errors.New("unsupported")
)

func keyError(r *runtime.Runtime, err error) *goja.Object {
	if errors.Is(err, errBadDecrypt) {
		return osslError(r, "ERR_OSSL_BAD_DECRYPT", "error:1C800064:Provider routines::bad decrypt", "Provider routines", "bad decrypt")
	}
	return osslError(r, "ERR_OSSL_UNSUPPORTED", "error:1E08010C:DECODER routines::unsupported", "DECODER routines", "unsupported")
}

func publicKeyMatches(leaf *x509.Certificate, key any) bool {
	type publicKeyer interface{ Public() crypto.PublicKey }
	pk, ok := key.(publicKeyer)
	if !ok {
		return false
	}
	type equaler interface{ Equal(crypto.PublicKey) bool }
	eq, ok := pk.Public().(equaler)
	return ok && eq.Equal(leaf.PublicKey)
}

func loadPFX(r *runtime.Runtime, data []byte, passphrase string) (tls.Certificate, *x509.CertPool, *goja.Object) {
	return tls.Certificate{}, nil, r.NewError("Error", "ERR_FEATURE_UNAVAILABLE_ON_PLATFORM", "pfx is not supported yet")
}
