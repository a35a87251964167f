// Command gencerts writes the test certificates under testdata/certs.
//
//	go run ./scripts/gencerts -out testdata/certs
//
// Every run makes new keys (so new fingerprints): after regenerating, rerun
// `node testdata/certs/expected/gen.js` to refresh the expected
// getPeerCertificate() objects the Go tests compare against. File names, subjects,
// serial numbers and validity periods are fixed in this file, so they do not
// change between runs. README.md in the output folder lists every file.
package main

import (
	"crypto"
	"crypto/aes"
	"crypto/cipher"
	"crypto/des"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/md5"
	"crypto/pbkdf2"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/hex"
	"encoding/pem"
	"flag"
	"fmt"
	"math/big"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"software.sslmate.com/src/go-pkcs12"
)

// Passphrase protects every encrypted key and PFX file.
const Passphrase = "handshake"

var (
	// longAgo and farAway bound the "valid for decades" certificates.
	longAgo = time.Date(2025, time.January, 1, 0, 0, 0, 0, time.UTC)
	farAway = time.Date(2075, time.January, 5, 8, 9, 10, 0, time.UTC)
)

// issuer is a CA that signs other certificates.
type issuer struct {
	cert *x509.Certificate
	key  crypto.Signer
}

// files collects what to write: name -> content.
type files map[string][]byte

func main() {
	out := flag.String("out", "testdata/certs", "output folder")
	flag.Parse()
	if err := run(*out); err != nil {
		fmt.Fprintln(os.Stderr, "gencerts:", err)
		os.Exit(1)
	}
}

func run(out string) error {
	f := files{}

	root := mustCA(f, "ca", nil, pkix.Name{
		Country: []string{"US"}, Organization: []string{"handshake"},
		CommonName: "handshake Test Root CA",
	}, ecKey(), 0x01)
	inter := mustCA(f, "intermediate", root, pkix.Name{
		Country: []string{"US"}, Organization: []string{"handshake"},
		OrganizationalUnit: []string{"Test"},
		CommonName:         "handshake Test Intermediate CA",
	}, ecKey(), 0x02)
	untrusted := mustCA(f, "untrusted-ca", nil, pkix.Name{
		Country: []string{"US"}, Organization: []string{"Elsewhere"},
		CommonName: "Untrusted Test Root CA",
	}, ecKey(), 0x03)

	local := []string{"localhost"}
	localIPs := []net.IP{net.ParseIP("127.0.0.1"), net.ParseIP("::1")}
	serverEKU := []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth}

	// Server certificates signed by the intermediate: *-chain.pem = leaf + intermediate.
	ecKey1 := ecKey()
	leaf(f, "server-ec", inter, &x509.Certificate{
		SerialNumber: serial("server-ec"),
		Subject: pkix.Name{
			Country: []string{"US"}, Province: []string{"California"},
			Locality: []string{"San Francisco"}, Organization: []string{"handshake"},
			OrganizationalUnit: []string{"Servers"}, CommonName: "localhost",
		},
		DNSNames: local, IPAddresses: localIPs, ExtKeyUsage: serverEKU,
		OCSPServer:            []string{"http://ocsp.handshake.test/"},
		IssuingCertificateURL: []string{"http://ca.handshake.test/intermediate.cer"},
	}, ecKey1, true)
	leaf(f, "server-rsa", inter, &x509.Certificate{
		SerialNumber: serial("server-rsa"),
		Subject: pkix.Name{
			Country: []string{"US"}, Organization: []string{"handshake"},
			OrganizationalUnit: []string{"Servers", "RSA"}, CommonName: "localhost",
		},
		DNSNames: local, IPAddresses: localIPs,
		ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth, x509.ExtKeyUsageClientAuth},
	}, rsaKey(), true)
	leaf(f, "server-sni", inter, &x509.Certificate{
		SerialNumber: serial("server-sni"),
		Subject:      pkix.Name{Organization: []string{"handshake"}, CommonName: "sni.test"},
		DNSNames:     []string{"sni.test", "alt.test", "*.wild.test"}, ExtKeyUsage: serverEKU,
	}, ecKey(), true)

	// Variants signed directly by the root, so the leaf alone verifies against ca.pem.
	leaf(f, "server-root-signed", root, &x509.Certificate{
		SerialNumber: big.NewInt(0x0abc),
		Subject:      pkix.Name{CommonName: "localhost"},
		DNSNames:     local, IPAddresses: localIPs, ExtKeyUsage: serverEKU,
	}, ecKey(), false)
	leaf(f, "server-expired", root, &x509.Certificate{
		SerialNumber: big.NewInt(0x10),
		Subject:      pkix.Name{CommonName: "localhost"},
		DNSNames:     local, IPAddresses: localIPs, ExtKeyUsage: serverEKU,
		NotBefore: time.Date(2000, time.January, 1, 0, 0, 0, 0, time.UTC),
		NotAfter:  time.Date(2001, time.January, 1, 0, 0, 0, 0, time.UTC),
	}, ecKey(), false)
	leaf(f, "server-notyet", root, &x509.Certificate{
		SerialNumber: big.NewInt(0x11),
		Subject:      pkix.Name{CommonName: "localhost"},
		DNSNames:     local, IPAddresses: localIPs, ExtKeyUsage: serverEKU,
		NotBefore: time.Date(2090, time.March, 3, 0, 0, 0, 0, time.UTC),
		NotAfter:  time.Date(2100, time.January, 1, 0, 0, 0, 0, time.UTC),
	}, ecKey(), false)
	leaf(f, "server-wronghost", root, &x509.Certificate{
		SerialNumber: big.NewInt(0x12),
		Subject:      pkix.Name{CommonName: "wrong.test"},
		DNSNames:     []string{"wrong.test"}, IPAddresses: []net.IP{net.ParseIP("10.9.8.7")},
		ExtKeyUsage: serverEKU,
	}, ecKey(), false)

	// Every kind of subjectAltName entry and an unusual access method, for
	// the subjectaltname / infoAccess formatting tests.
	leaf(f, "server-oddnames", root, &x509.Certificate{
		SerialNumber: big.NewInt(0x13),
		Subject:      pkix.Name{CommonName: "odd names"},
		ExtraExtensions: []pkix.Extension{
			{Id: asn1.ObjectIdentifier{2, 5, 29, 17}, Value: oddSAN()},
			{Id: asn1.ObjectIdentifier{1, 3, 6, 1, 5, 5, 7, 1, 1}, Value: oddAIA()},
		},
	}, ecKey(), false)

	// Self-signed leaf (not a CA): DEPTH_ZERO_SELF_SIGNED_CERT.
	selfKey := ecKey()
	self := &x509.Certificate{
		SerialNumber: serial("server-selfsigned"),
		Subject:      pkix.Name{Organization: []string{"Self"}, CommonName: "localhost"},
		DNSNames:     local, IPAddresses: localIPs, ExtKeyUsage: serverEKU,
		NotBefore: longAgo, NotAfter: farAway,
		KeyUsage:              x509.KeyUsageDigitalSignature,
		BasicConstraintsValid: true,
	}
	der, err := x509.CreateCertificate(rand.Reader, self, self, selfKey.Public(), selfKey)
	if err != nil {
		return err
	}
	f["server-selfsigned.pem"] = certPEM(der)
	f["server-selfsigned-key.pem"] = keyPEM(selfKey)

	// Server under the untrusted root: -chain.pem = leaf + untrusted root
	// (SELF_SIGNED_CERT_IN_CHAIN); the leaf alone gives UNABLE_TO_VERIFY_LEAF_SIGNATURE.
	leaf(f, "server-untrusted", untrusted, &x509.Certificate{
		SerialNumber: serial("server-untrusted"),
		Subject:      pkix.Name{CommonName: "localhost"},
		DNSNames:     local, IPAddresses: localIPs, ExtKeyUsage: serverEKU,
	}, ecKey(), true)

	// Client certificates.
	clientKey := ecKey()
	leaf(f, "client", root, &x509.Certificate{
		SerialNumber: serial("client"),
		Subject: pkix.Name{
			Organization: []string{"Bücher & Co"}, CommonName: "client",
			// Repeated attributes in separate RDNs (Node: an array) and an e-mail attribute.
			ExtraNames: []pkix.AttributeTypeAndValue{
				{Type: asn1.ObjectIdentifier{2, 5, 4, 11}, Value: "Clients"},
				{Type: asn1.ObjectIdentifier{2, 5, 4, 11}, Value: "Team A"},
				{Type: asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 9, 1}, Value: "client@handshake.test"},
			},
		},
		EmailAddresses: []string{"client@handshake.test"},
		URIs:           []*url.URL{{Scheme: "spiffe", Host: "handshake.test", Path: "/client"}},
		ExtKeyUsage:    []x509.ExtKeyUsage{x509.ExtKeyUsageClientAuth},
	}, clientKey, false)
	leaf(f, "client-untrusted", untrusted, &x509.Certificate{
		SerialNumber: serial("client-untrusted"),
		Subject:      pkix.Name{Organization: []string{"Elsewhere"}, CommonName: "intruder"},
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageClientAuth},
	}, ecKey(), false)

	// Encrypted forms of the server-ec key.
	enc, err := encryptPKCS8(ecKey1, Passphrase)
	if err != nil {
		return err
	}
	f["server-ec-key-encrypted.pem"] = enc
	legacy, err := encryptLegacy(ecKey1, Passphrase)
	if err != nil {
		return err
	}
	f["server-ec-key-legacy-encrypted.pem"] = legacy

	// PKCS#12 bundles (OpenSSL 3 default algorithms).
	serverCert := parse(f["server-ec.pem"])
	pfx, err := pkcs12.Modern.Encode(ecKey1, serverCert, []*x509.Certificate{inter.cert}, Passphrase)
	if err != nil {
		return err
	}
	f["server-ec.pfx"] = pfx
	clientPFX, err := pkcs12.Modern.Encode(clientKey, parse(f["client.pem"]), nil, Passphrase)
	if err != nil {
		return err
	}
	f["client.pfx"] = clientPFX

	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	for name, data := range f {
		if err := os.WriteFile(filepath.Join(out, name), data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// oddSAN is a subjectAltName with every GeneralName form Node prints.
func oddSAN() []byte {
	ctx := func(tag int, compound bool, b []byte) asn1.RawValue {
		return asn1.RawValue{Class: asn1.ClassContextSpecific, Tag: tag, IsCompound: compound, Bytes: b}
	}
	content := func(v any) []byte {
		var rv asn1.RawValue
		if _, err := asn1.Unmarshal(rawOf(v).FullBytes, &rv); err != nil {
			panic(err)
		}
		return rv.Bytes
	}
	dirName, err := asn1.Marshal(pkix.Name{Country: []string{"DE"}, CommonName: "Dir Name"}.ToRDNSequence())
	if err != nil {
		panic(err)
	}
	upn := append(rawOf(asn1.ObjectIdentifier{1, 3, 6, 1, 4, 1, 311, 20, 2, 3}).FullBytes,
		rawOf(asn1.RawValue{Class: asn1.ClassContextSpecific, Tag: 0, IsCompound: true,
			Bytes: rawOf(asn1.RawValue{Tag: asn1.TagUTF8String, Bytes: []byte("user@odd.test")}).FullBytes}).FullBytes...)
	names := []asn1.RawValue{
		ctx(2, false, []byte("odd.test")),
		ctx(2, false, []byte("comma,odd.test")),
		ctx(1, false, []byte(`quote"me@odd.test`)),
		ctx(6, false, []byte("http://odd.test/a,b")),
		ctx(7, false, net.ParseIP("fe80::1:abcd").To16()),
		ctx(7, false, net.ParseIP("10.0.0.1").To4()),
		ctx(4, true, dirName),
		ctx(8, false, content(asn1.ObjectIdentifier{1, 2, 3, 4})),
		ctx(0, true, upn),
	}
	return rawOf(names).FullBytes
}

// oddAIA is an authorityInfoAccess with a CA Repository method and a
// location that needs quoting.
func oddAIA() []byte {
	type accessDescription struct {
		Method   asn1.ObjectIdentifier
		Location asn1.RawValue
	}
	uri := func(s string) asn1.RawValue {
		return asn1.RawValue{Class: asn1.ClassContextSpecific, Tag: 6, Bytes: []byte(s)}
	}
	return rawOf([]accessDescription{
		{asn1.ObjectIdentifier{1, 3, 6, 1, 5, 5, 7, 48, 2}, uri("http://odd.test/ca.cer")},
		{asn1.ObjectIdentifier{1, 3, 6, 1, 5, 5, 7, 48, 1}, uri("http://odd.test/ocsp,1")},
		{asn1.ObjectIdentifier{1, 3, 6, 1, 5, 5, 7, 48, 1}, uri("http://odd.test/ocsp2")},
		{asn1.ObjectIdentifier{1, 3, 6, 1, 5, 5, 7, 48, 5}, uri("http://odd.test/repo")},
	}).FullBytes
}

// serial derives a fixed positive 16-byte serial number from a name.
func serial(name string) *big.Int {
	sum := sha256.Sum256([]byte("handshake serial " + name))
	sum[0] &= 0x7f
	return new(big.Int).SetBytes(sum[:16])
}

func ecKey() *ecdsa.PrivateKey {
	k, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		panic(err)
	}
	return k
}

func rsaKey() *rsa.PrivateKey {
	k, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		panic(err)
	}
	return k
}

// mustCA makes a CA certificate (self-signed when parent is nil) and writes
// NAME.pem and NAME-key.pem.
func mustCA(f files, name string, parent *issuer, subject pkix.Name, key *ecdsa.PrivateKey, sn int64) *issuer {
	tmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(sn),
		Subject:               subject,
		NotBefore:             longAgo,
		NotAfter:              farAway,
		KeyUsage:              x509.KeyUsageCertSign | x509.KeyUsageCRLSign | x509.KeyUsageDigitalSignature,
		BasicConstraintsValid: true,
		IsCA:                  true,
	}
	signer, signerKey := tmpl, crypto.Signer(key)
	if parent != nil {
		signer, signerKey = parent.cert, parent.key
		tmpl.MaxPathLen = 0
		tmpl.MaxPathLenZero = true
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, signer, key.Public(), signerKey)
	if err != nil {
		panic(err)
	}
	f[name+".pem"] = certPEM(der)
	f[name+"-key.pem"] = keyPEM(key)
	return &issuer{cert: parse(f[name+".pem"]), key: key}
}

// leaf signs tmpl with iss and writes NAME.pem, NAME-key.pem and, when chain
// is set, NAME-chain.pem (leaf followed by the issuer).
func leaf(f files, name string, iss *issuer, tmpl *x509.Certificate, key crypto.Signer, chain bool) {
	if tmpl.NotBefore.IsZero() {
		tmpl.NotBefore, tmpl.NotAfter = longAgo, farAway
	}
	tmpl.KeyUsage = x509.KeyUsageDigitalSignature
	if _, ok := key.(*rsa.PrivateKey); ok {
		tmpl.KeyUsage |= x509.KeyUsageKeyEncipherment
	}
	tmpl.BasicConstraintsValid = true
	der, err := x509.CreateCertificate(rand.Reader, tmpl, iss.cert, key.Public(), iss.key)
	if err != nil {
		panic(err)
	}
	f[name+".pem"] = certPEM(der)
	f[name+"-key.pem"] = keyPEM(key)
	if chain {
		f[name+"-chain.pem"] = append(certPEM(der), certPEM(iss.cert.Raw)...)
	}
}

func parse(p []byte) *x509.Certificate {
	b, _ := pem.Decode(p)
	c, err := x509.ParseCertificate(b.Bytes)
	if err != nil {
		panic(err)
	}
	return c
}

func certPEM(der []byte) []byte {
	return pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der})
}

// keyPEM writes an unencrypted PKCS#8 "PRIVATE KEY", as OpenSSL 3 does.
func keyPEM(key crypto.Signer) []byte {
	der, err := x509.MarshalPKCS8PrivateKey(key)
	if err != nil {
		panic(err)
	}
	return pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der})
}

var (
	oidPBES2      = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 5, 13}
	oidPBKDF2     = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 5, 12}
	oidHMACSHA256 = asn1.ObjectIdentifier{1, 2, 840, 113549, 2, 9}
	oidAES256CBC  = asn1.ObjectIdentifier{2, 16, 840, 1, 101, 3, 4, 1, 42}
)

type algorithm struct {
	Algorithm  asn1.ObjectIdentifier
	Parameters asn1.RawValue `asn1:"optional"`
}

type pbkdf2Params struct {
	Salt       []byte
	Iterations int
	PRF        algorithm
}

type pbes2Params struct {
	KDF    algorithm
	Cipher algorithm
}

type encryptedKeyInfo struct {
	Algorithm algorithm
	Data      []byte
}

func rawOf(v any) asn1.RawValue {
	b, err := asn1.Marshal(v)
	if err != nil {
		panic(err)
	}
	return asn1.RawValue{FullBytes: b}
}

// encryptPKCS8 writes an "ENCRYPTED PRIVATE KEY" the way OpenSSL 3 and Node
// do by default: PBES2, PBKDF2-HMAC-SHA256 (2048 iterations), AES-256-CBC.
func encryptPKCS8(key crypto.Signer, pass string) ([]byte, error) {
	plain, err := x509.MarshalPKCS8PrivateKey(key)
	if err != nil {
		return nil, err
	}
	salt := make([]byte, 16)
	iv := make([]byte, aes.BlockSize)
	rand.Read(salt)
	rand.Read(iv)
	const iter = 2048
	dk, err := pbkdf2.Key(sha256.New, pass, salt, iter, 32)
	if err != nil {
		return nil, err
	}
	block, _ := aes.NewCipher(dk)
	padded := pad(plain, aes.BlockSize)
	ct := make([]byte, len(padded))
	cipher.NewCBCEncrypter(block, iv).CryptBlocks(ct, padded)
	params := pbes2Params{
		KDF: algorithm{Algorithm: oidPBKDF2, Parameters: rawOf(pbkdf2Params{
			Salt: salt, Iterations: iter,
			PRF: algorithm{Algorithm: oidHMACSHA256, Parameters: asn1.NullRawValue},
		})},
		Cipher: algorithm{Algorithm: oidAES256CBC, Parameters: rawOf(iv)},
	}
	der, err := asn1.Marshal(encryptedKeyInfo{
		Algorithm: algorithm{Algorithm: oidPBES2, Parameters: rawOf(params)},
		Data:      ct,
	})
	if err != nil {
		return nil, err
	}
	return pem.EncodeToMemory(&pem.Block{Type: "ENCRYPTED PRIVATE KEY", Bytes: der}), nil
}

// encryptLegacy writes a traditional "EC PRIVATE KEY" with
// "Proc-Type: 4,ENCRYPTED" and "DEK-Info: DES-EDE3-CBC" (what
// `openssl ec -des3 -traditional` writes), using OpenSSL's EVP_BytesToKey
// with MD5. Go's x509.EncryptPEMBlock does the same but is deprecated.
func encryptLegacy(key *ecdsa.PrivateKey, pass string) ([]byte, error) {
	plain, err := x509.MarshalECPrivateKey(key)
	if err != nil {
		return nil, err
	}
	iv := make([]byte, des.BlockSize)
	rand.Read(iv)
	// EVP_BytesToKey(MD5, salt = first 8 bytes of the IV, count 1).
	var dk, prev []byte
	for len(dk) < 24 {
		h := md5.New()
		h.Write(prev)
		h.Write([]byte(pass))
		h.Write(iv[:8])
		prev = h.Sum(nil)
		dk = append(dk, prev...)
	}
	block, err := des.NewTripleDESCipher(dk[:24])
	if err != nil {
		return nil, err
	}
	padded := pad(plain, des.BlockSize)
	ct := make([]byte, len(padded))
	cipher.NewCBCEncrypter(block, iv).CryptBlocks(ct, padded)
	return pem.EncodeToMemory(&pem.Block{
		Type: "EC PRIVATE KEY",
		Headers: map[string]string{
			"Proc-Type": "4,ENCRYPTED",
			"DEK-Info":  "DES-EDE3-CBC," + strings.ToUpper(hex.EncodeToString(iv)),
		},
		Bytes: ct,
	}), nil
}

func pad(b []byte, n int) []byte {
	p := n - len(b)%n
	out := append([]byte{}, b...)
	for i := 0; i < p; i++ {
		out = append(out, byte(p))
	}
	return out
}
