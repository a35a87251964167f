package tls

import (
	"crypto/tls"
	"encoding/binary"
	"errors"
)

// sessionMagic starts handshake's session bytes. They are Go's resumption
// state (ticket plus SessionState) in an envelope of our own: not the DER
// SSL_SESSION Node produces, so sessions do not travel between handshake
// and node processes (documented in the README).
var sessionMagic = []byte("HSS1")

// EncodeSession serialises a client session for the 'session' event and
// getSession().
func EncodeSession(cs *tls.ClientSessionState) ([]byte, error) {
	ticket, state, err := cs.ResumptionState()
	if err != nil {
		return nil, err
	}
	if state == nil {
		return nil, errors.New("session has no state")
	}
	sb, err := state.Bytes()
	if err != nil {
		return nil, err
	}
	out := make([]byte, 0, len(sessionMagic)+4+len(ticket)+len(sb))
	out = append(out, sessionMagic...)
	out = binary.BigEndian.AppendUint32(out, uint32(len(ticket)))
	out = append(out, ticket...)
	return append(out, sb...), nil
}

// DecodeSession parses bytes from EncodeSession back into a session Go can
// offer for resumption.
func DecodeSession(b []byte) (*tls.ClientSessionState, error) {
	if len(b) < len(sessionMagic)+4 || string(b[:len(sessionMagic)]) != string(sessionMagic) {
		return nil, errors.New("not a handshake session")
	}
	b = b[len(sessionMagic):]
	n := binary.BigEndian.Uint32(b)
	b = b[4:]
	if uint64(n) > uint64(len(b)) {
		return nil, errors.New("truncated session")
	}
	ticket := b[:n]
	state, err := tls.ParseSessionState(b[n:])
	if err != nil {
		return nil, err
	}
	return tls.NewResumptionState(append([]byte(nil), ticket...), state)
}
