package tls

import (
	"crypto"
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"os"
	"sync"
	"time"
)

// SecureContext is Node's native SecureContext as Go needs it: the
// certificates to present (one slot per key type, as OpenSSL keeps them),
// the trust store peers are verified against, protocol limits, suites,
// curves and session-ticket keys. tls.js fills it step by step, in the
// order Node's configSecureContext calls the native setters (so errors come
// in Node's order); handshakes read it through Config snapshots taken on
// the loop goroutine.
type SecureContext struct {
	MinVersion, MaxVersion uint16
	// CipherSuites are the TLS ≤ 1.2 suites (nil: Go's defaults).
	CipherSuites []uint16
	// TLS13Suites are the configured TLS 1.3 suites (nil: all). crypto/tls
	// cannot restrict them; a server refuses clients sharing none.
	TLS13Suites []uint16
	Curves      []tls.CurveID
	// tls12Prefix: TLS 1.2 suites named by standard name among the "TLS_"
	// items (OpenSSL's set_ciphersuites takes them); nil: none given.
	tls12Prefix []uint16
	// ServerPreference: honorCipherOrder (SSL_OP_CIPHER_SERVER_PREFERENCE).
	ServerPreference bool
	// SecLevel0: the ciphers said @SECLEVEL=0, which lets TLS 1.0/1.1 work.
	SecLevel0 bool
	// SessionTimeout is in seconds (Node's default 300).
	SessionTimeout int

	slots []certSlot // by key type, in the order they were first set

	// Trust store: the `ca` certificates (CAs), or Node's bundled roots
	// plus NODE_EXTRA_CA_CERTS (defaultRoots); certificates from a pfx are
	// added to either (pfxCAs).
	CAs          []*x509.Certificate
	defaultRoots bool
	pfxCAs       []*x509.Certificate
	poolOnce     sync.Once
	pool         *x509.CertPool

	// tag tells this context's TLS 1.3 tickets from another's (OpenSSL
	// binds a 1.3 session to its SSL_CTX; 1.2 tickets travel between
	// servers sharing ticketKeys).
	tag []byte

	mu         sync.Mutex
	ticketKeys []byte // 48 bytes, Node's format; nil until first needed
	goKeys     [][32]byte
	certs      []tls.Certificate // Certificates' result, nil after SetCert/SetKey
}

// certSlot is one certificate chain and its key, of one key type.
type certSlot struct {
	kind  string
	chain []*x509.Certificate
	key   crypto.Signer
}

func newSecureContext() *SecureContext {
	return &SecureContext{
		MinVersion:     tls.VersionTLS12,
		MaxVersion:     tls.VersionTLS13,
		SessionTimeout: 300,
		tag:            randomBytes(16),
	}
}

// SetCert installs a certificate chain (leaf first) in its key type's slot;
// a key already there that does not match it is dropped, as OpenSSL does.
func (c *SecureContext) SetCert(chain []*x509.Certificate) {
	c.dropCerts()
	kind := keyType(chain[0].PublicKey)
	for i := range c.slots {
		if c.slots[i].kind == kind {
			c.slots[i].chain = chain
			if c.slots[i].key != nil {
				if ok, _ := CheckKeyPair(chain[0], c.slots[i].key); !ok {
					c.slots[i].key = nil
				}
			}
			return
		}
	}
	c.slots = append(c.slots, certSlot{kind: kind, chain: chain})
}

// SetKey installs a private key in its type's slot, checking it against the
// certificate there (ErrKeyValuesMismatch).
func (c *SecureContext) SetKey(key crypto.Signer) error {
	c.dropCerts()
	kind := keyType(key.Public())
	for i := range c.slots {
		if c.slots[i].kind != kind {
			continue
		}
		if len(c.slots[i].chain) > 0 {
			if _, err := CheckKeyPair(c.slots[i].chain[0], key); err != nil {
				return err
			}
		}
		c.slots[i].key = key
		return nil
	}
	c.slots = append(c.slots, certSlot{kind: kind, key: key})
	return nil
}

// Certificates are the complete chain+key pairs, for tls.Config.
// They are made once per context and shared by its connections (each
// connection's tls.Config held its own copy, ~170 bytes); callers must not
// change the slice (configForClient copies it to staple a response).
func (c *SecureContext) Certificates() []tls.Certificate {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.certs == nil {
		c.certs = c.makeCertificates()
	}
	return c.certs
}

func (c *SecureContext) dropCerts() {
	c.mu.Lock()
	c.certs = nil
	c.mu.Unlock()
}

func (c *SecureContext) makeCertificates() []tls.Certificate {
	var out []tls.Certificate
	for _, s := range c.slots {
		if s.key == nil || len(s.chain) == 0 {
			continue
		}
		chain := s.chain
		if len(chain) == 1 {
			chain = c.autoChain(chain[0])
		}
		der := make([][]byte, len(chain))
		for i, x := range chain {
			der[i] = x.Raw
		}
		out = append(out, tls.Certificate{Certificate: der, PrivateKey: s.key, Leaf: s.chain[0]})
	}
	return out
}

// autoChain is the chain OpenSSL sends for a certificate given without
// its issuers (its auto-chain: no SSL_MODE_NO_AUTO_CHAIN, no extra chain
// certificates): the chain X509_verify_cert builds from the context's
// trust store (the `ca` option, or the default roots), up to the root when
// the store has it. So `cert: leaf, ca: [intermediate]` serves the
// intermediate too, and a client whose `ca` holds its certificate's root
// sends that root.
func (c *SecureContext) autoChain(leaf *x509.Certificate) []*x509.Certificate {
	var chain []*x509.Certificate
	if c.defaultRoots {
		chain, _ = IssuerChainPool([]*x509.Certificate{leaf}, c.rootPool())
	} else {
		chain, _ = IssuerChain([]*x509.Certificate{leaf}, append(append([]*x509.Certificate(nil), c.CAs...), c.pfxCAs...))
	}
	if len(chain) == 0 {
		return []*x509.Certificate{leaf}
	}
	return chain
}

// Leaf is the certificate getCertificate() reports: the first slot's.
func (c *SecureContext) Leaf() *x509.Certificate {
	for _, s := range c.slots {
		if len(s.chain) > 0 {
			return s.chain[0]
		}
	}
	return nil
}

// UseDefaultRoots is Node's addRootCerts: trust the bundled roots.
func (c *SecureContext) UseDefaultRoots() {
	c.dropCerts()
	c.defaultRoots = true
}

// AddCA adds trusted certificates (the `ca` option).
func (c *SecureContext) AddCA(certs []*x509.Certificate) {
	c.dropCerts()
	c.CAs = append(c.CAs, certs...)
}

// Verify is the peer chain's authorizationError code ("" when trusted).
func (c *SecureContext) Verify(peer []*x509.Certificate, purpose Purpose) string {
	if c.defaultRoots {
		return VerifyChainPool(peer, c.rootPool(), time.Now(), purpose)
	}
	return VerifyChain(peer, append(append([]*x509.Certificate(nil), c.CAs...), c.pfxCAs...), time.Now(), purpose)
}

// IssuerChain is getPeerCertificate(true)'s chain for peer.
func (c *SecureContext) IssuerChain(peer []*x509.Certificate) ([]*x509.Certificate, bool) {
	if c.defaultRoots {
		return IssuerChainPool(peer, c.rootPool())
	}
	return IssuerChain(peer, append(append([]*x509.Certificate(nil), c.CAs...), c.pfxCAs...))
}

// rootPool is the default store: Node's roots, NODE_EXTRA_CA_CERTS and the
// pfx's CA certificates.
func (c *SecureContext) rootPool() *x509.CertPool {
	c.poolOnce.Do(func() {
		base := defaultRoots()
		if len(c.pfxCAs) == 0 {
			c.pool = base
			return
		}
		c.pool = base.Clone()
		for _, x := range c.pfxCAs {
			c.pool.AddCert(x)
		}
	})
	return c.pool
}

// ticketKeys48 returns the context's 48-byte ticket keys, generating random
// ones on first use (Node does so per context).
func (c *SecureContext) ticketKeys48() []byte {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.ticketKeys == nil {
		c.ticketKeys = randomBytes(48)
	}
	return c.ticketKeys
}

// SetTicketKeys replaces the ticket keys (ticketKeys, server.setTicketKeys).
func (c *SecureContext) SetTicketKeys(k []byte) {
	c.mu.Lock()
	c.ticketKeys = append([]byte(nil), k...)
	c.goKeys = nil
	c.mu.Unlock()
}

// goTicketKeys derives Go's 32-byte session ticket key from Node's 48
// bytes (name, HMAC secret, AES key): a hash of all 48 keeps every byte
// significant, so two servers sharing ticketKeys resume each other's TLS
// 1.2 tickets, as in Node.
func (c *SecureContext) goTicketKeys() [][32]byte {
	k := c.ticketKeys48()
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.goKeys == nil {
		c.goKeys = [][32]byte{sha256.Sum256(k)}
	}
	return c.goKeys
}

var (
	defaultRootsOnce sync.Once
	defaultRootPool  *x509.CertPool
	// extraCAWarning is what Node prints when NODE_EXTRA_CA_CERTS cannot be read.
	extraCAWarning string
)

// defaultRoots is Node's bundled root store plus NODE_EXTRA_CA_CERTS, read
// once per process as Node does (not the system store: Node ignores it
// unless started with --use-openssl-ca).
func defaultRoots() *x509.CertPool {
	defaultRootsOnce.Do(func() {
		defaultRootPool = NodeRootPool()
		extra := os.Getenv("NODE_EXTRA_CA_CERTS")
		if extra == "" {
			return
		}
		data, err := os.ReadFile(extra)
		if err != nil {
			extraCAWarning = "Warning: Ignoring extra certs from `" + extra + "`, load failed: " + errText(err) + "\n"
			return
		}
		defaultRootPool = defaultRootPool.Clone()
		for _, x := range ParseCA(data) {
			defaultRootPool.AddCert(x)
		}
	})
	return defaultRootPool
}

func errText(err error) string {
	if os.IsNotExist(err) {
		return "error:80000002:system library::No such file or directory"
	}
	return err.Error()
}

// NoCiphersForMax reports what OpenSSL calls "No ciphers enabled for max
// supported SSL/TLS version": at the context's highest version no
// configured suite is usable (TLS 1.3 needs a TLS 1.3 suite, TLS 1.2 and
// below a TLS 1.2 one).
func (c *SecureContext) NoCiphersForMax() bool {
	if c.MinVersion > c.MaxVersion {
		return false
	}
	if c.MaxVersion >= tls.VersionTLS13 {
		return c.TLS13Suites != nil && len(c.TLS13Suites) == 0
	}
	return c.CipherSuites != nil && len(c.CipherSuites) == 0
}

func isTLS13Suite(id uint16) bool {
	for _, s := range Suites {
		if s.ID == id {
			return s.TLS13
		}
	}
	return false
}

// prependSuites is first followed by the suites of rest not in first.
func prependSuites(first, rest []uint16) []uint16 {
	out := append([]uint16{}, first...)
	for _, id := range rest {
		dup := false
		for _, f := range first {
			dup = dup || f == id
		}
		if !dup {
			out = append(out, id)
		}
	}
	return out
}

// curves are the groups the context allows (OpenSSL's default order when
// the ecdhCurve option did not set them).
func (c *SecureContext) curves() []tls.CurveID {
	if c.Curves == nil {
		return DefaultCurves
	}
	return c.Curves
}
