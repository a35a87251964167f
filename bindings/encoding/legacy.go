package encoding

import (
	"errors"
	"strings"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/transform"
)

// legacyDecoder decodes one of the WHATWG legacy encodings (gbk,
// shift_jis, iso-8859-2, windows-1251, …) that Node's ICU build supports,
// keeping state between streamed chunks.
type legacyDecoder struct {
	enc     encoding.Encoding
	t       transform.Transformer
	pending []byte
}

// legacyName returns the WHATWG name for a label handshake decodes with
// x/text, or "" if there is none.
func legacyName(label string) (string, encoding.Encoding) {
	label = strings.ToLower(strings.TrimSpace(label))
	enc, err := htmlindex.Get(label)
	if err != nil {
		return "", nil
	}
	name, err := htmlindex.Name(enc)
	if err != nil || name == "replacement" || name == "x-user-defined" {
		return "", nil
	}
	return name, enc
}

func newLegacyDecoder(enc encoding.Encoding) *legacyDecoder {
	return &legacyDecoder{enc: enc, t: enc.NewDecoder()}
}

// decode converts src (after any bytes held back from the previous call)
// to UTF-8. With stream set, an incomplete trailing sequence is kept for
// the next call; otherwise the decoder is reset afterwards.
func (d *legacyDecoder) decode(src []byte, stream bool) string {
	in := append(d.pending, src...)
	d.pending = nil
	out := make([]byte, 0, len(in)*2+16)
	buf := make([]byte, 4096)
	for {
		nDst, nSrc, err := d.t.Transform(buf, in, !stream)
		out = append(out, buf[:nDst]...)
		in = in[nSrc:]
		if errors.Is(err, transform.ErrShortDst) {
			continue
		}
		if errors.Is(err, transform.ErrShortSrc) && stream {
			d.pending = append([]byte(nil), in...)
		}
		break
	}
	if !stream {
		d.t.Reset()
	}
	return string(out)
}
