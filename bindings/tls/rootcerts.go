package tls

import (
	"crypto/x509"
	_ "embed"
	"encoding/json"
	"encoding/pem"
	"sync"
)

// rootCertsJSON is tls.rootCertificates of Node v20.20.2 (its bundled
// Mozilla CA store), as written by:
//
//	node -e "process.stdout.write(JSON.stringify(require('tls').rootCertificates).replace(/\",\"/g, '\",\n\"') + '\n')" > rootcerts.json
//
//go:embed rootcerts.json
var rootCertsJSON []byte

var (
	rootsOnce sync.Once
	rootPEMs  []string
	rootCerts []*x509.Certificate
	rootPool  *x509.CertPool
)

func loadRoots() {
	rootsOnce.Do(func() {
		if err := json.Unmarshal(rootCertsJSON, &rootPEMs); err != nil {
			panic("tls: bad embedded rootcerts.json: " + err.Error())
		}
		rootPool = x509.NewCertPool()
		for _, p := range rootPEMs {
			b, _ := pem.Decode([]byte(p))
			if b == nil {
				continue
			}
			if c, err := x509.ParseCertificate(b.Bytes); err == nil {
				rootCerts = append(rootCerts, c)
				rootPool.AddCert(c)
			}
		}
	})
}

// RootCertificates is tls.rootCertificates: the PEM strings of Node's
// bundled root store, in Node's order. The slice is shared: do not modify.
func RootCertificates() []string {
	loadRoots()
	return rootPEMs
}

// NodeRoots are the bundled roots, parsed: what Node trusts when no `ca`
// option is given (Node does not use the system store by default).
func NodeRoots() []*x509.Certificate {
	loadRoots()
	return rootCerts
}

// NodeRootPool is NodeRoots as a CertPool.
func NodeRootPool() *x509.CertPool {
	loadRoots()
	return rootPool
}
