package tls

import (
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"os"
	"sync"
)

// SecureContext is Node's SecureContext as Go needs it: the certificates
// to present, the roots to verify the peer against, and the protocol
// limits. It is immutable after creation and shared by every connection
// made with it (several goroutines read it at once).
type SecureContext struct {
	Certs        []tls.Certificate
	Roots        *x509.CertPool // nil: the system roots plus NODE_EXTRA_CA_CERTS
	ClientCAs    *x509.CertPool // pool used to verify client certificates
	CipherSuites []uint16       // nil: Go's defaults
	Curves       []tls.CurveID  // nil: Go's defaults
	MinVersion   uint16
	MaxVersion   uint16
	TicketKeys   []byte // 48 bytes, Node's format; nil: random per context
	// SessionTimeout is in seconds (Node's default 300).
	SessionTimeout int

	ticketOnce sync.Once
	goKeys     [][32]byte
	mu         sync.Mutex
}

// ticketKeys48 returns the context's 48-byte ticket keys, generating random
// ones on first use (Node does so per context).
func (c *SecureContext) ticketKeys48() []byte {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.TicketKeys == nil {
		c.TicketKeys = randomBytes(48)
	}
	return c.TicketKeys
}

// SetTicketKeys replaces the ticket keys (server.setTicketKeys).
func (c *SecureContext) SetTicketKeys(k []byte) {
	c.mu.Lock()
	c.TicketKeys = append([]byte(nil), k...)
	c.goKeys = nil
	c.mu.Unlock()
}

// goTicketKeys derives Go's 32-byte session ticket key from Node's 48
// bytes (name, HMAC secret, AES key): a hash of all 48 keeps every byte
// significant, so two servers sharing ticketKeys resume each other's
// tickets, as in Node.
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
	systemRootsOnce sync.Once
	systemRoots     *x509.CertPool
)

// defaultRoots is the system pool plus NODE_EXTRA_CA_CERTS, read once per
// process as Node does.
func defaultRoots() *x509.CertPool {
	systemRootsOnce.Do(func() {
		pool, err := x509.SystemCertPool()
		if err != nil || pool == nil {
			pool = x509.NewCertPool()
		}
		if extra := os.Getenv("NODE_EXTRA_CA_CERTS"); extra != "" {
			if pem, err := os.ReadFile(extra); err == nil {
				pool.AppendCertsFromPEM(pem)
			} else {
				extraCAWarning = "Warning: Ignoring extra certs from `" + extra + "`, load failed: " + errText(err) + "\n"
			}
		}
		systemRoots = pool
	})
	return systemRoots
}

// extraCAWarning is what Node prints when NODE_EXTRA_CA_CERTS cannot be read.
var extraCAWarning string

func errText(err error) string {
	if os.IsNotExist(err) {
		return "error:80000002:system library::No such file or directory"
	}
	return err.Error()
}

func (c *SecureContext) roots() *x509.CertPool {
	if c.Roots != nil {
		return c.Roots
	}
	return defaultRoots()
}
