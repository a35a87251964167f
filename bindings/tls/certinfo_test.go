package tls

import (
	"crypto/x509"
	"encoding/hex"
	"encoding/json"
	"encoding/pem"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

const certsDir = "../../testdata/certs"

// decodeExpected turns the JSON written by testdata/certs/expected/gen.js
// back into the Object model.
func decodeExpected(t *testing.T, v any) any {
	switch x := v.(type) {
	case map[string]any:
		if h, ok := x["$buffer"].(string); ok {
			b, err := hex.DecodeString(h)
			if err != nil {
				t.Fatal(err)
			}
			return Buffer(b)
		}
		o := &Object{NullProto: x["nullProto"] == true}
		for _, kv := range x["$object"].([]any) {
			pair := kv.([]any)
			o.Fields = append(o.Fields, Field{pair[0].(string), decodeExpected(t, pair[1])})
		}
		return o
	case []any:
		s := make([]string, len(x))
		for i, e := range x {
			s[i] = e.(string)
		}
		return s
	case float64:
		return int(x)
	}
	return v
}

func readCert(t *testing.T, name string) *x509.Certificate {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(certsDir, name))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := pem.Decode(data)
	c, err := x509.ParseCertificate(b.Bytes)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestLegacyCertMatchesNode(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(certsDir, "expected", "*.json"))
	if len(files) < 10 {
		t.Fatalf("expected files missing: %v", files)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".json")
		if _, err := os.Stat(filepath.Join(certsDir, name+".pem")); err != nil {
			continue // chains.json, tested in issuerchain_test.go
		}
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			var raw any
			if err := json.Unmarshal(data, &raw); err != nil {
				t.Fatal(err)
			}
			want := decodeExpected(t, raw).(*Object)
			got := LegacyCert(readCert(t, name+".pem"))
			if len(got.Fields) != len(want.Fields) {
				t.Errorf("keys: got %v, want %v", keys(got), keys(want))
			}
			for i, wf := range want.Fields {
				if i >= len(got.Fields) {
					break
				}
				gf := got.Fields[i]
				if gf.Key != wf.Key || !reflect.DeepEqual(gf.Value, wf.Value) {
					t.Errorf("field %d: got %s=%s, want %s=%s", i, gf.Key, show(gf.Value), wf.Key, show(wf.Value))
				}
			}
		})
	}
}

func keys(o *Object) []string {
	var k []string
	for _, f := range o.Fields {
		k = append(k, f.Key)
	}
	return k
}

func show(v any) string {
	if o, ok := v.(*Object); ok {
		var parts []string
		for _, f := range o.Fields {
			parts = append(parts, f.Key+":"+show(f.Value))
		}
		return fmt.Sprintf("{%s null=%v}", strings.Join(parts, ", "), o.NullProto)
	}
	return fmt.Sprintf("%#v", v)
}

func TestASN1Time(t *testing.T) {
	for _, c := range []struct {
		t    time.Time
		want string
	}{
		{time.Date(2026, 11, 25, 17, 39, 21, 0, time.UTC), "Nov 25 17:39:21 2026 GMT"},
		{time.Date(2075, 1, 5, 8, 9, 10, 0, time.UTC), "Jan  5 08:09:10 2075 GMT"},
		{time.Date(1999, 12, 31, 23, 59, 59, 0, time.FixedZone("x", 3600)), "Dec 31 22:59:59 1999 GMT"},
	} {
		if got := ASN1Time(c.t); got != c.want {
			t.Errorf("ASN1Time(%v) = %q, want %q", c.t, got, c.want)
		}
	}
}

func TestPrintAltName(t *testing.T) {
	for _, c := range []struct {
		in     string
		utf8   bool
		prefix string
		want   string
	}{
		{"a.test", false, "", "a.test"},
		{"a,b", false, "", `"a\u002cb"`},
		{`q"\`, false, "", `"q\"\\"`},
		{"it's", false, "", `"it's"`},
		{"tab\t", false, "", `"tab\u0009"`},
		{"é", false, "", `"\u00c3\u00a9"`},
		{"é", true, "UPN", "UPN:é"},
		{"a,é", true, "UPN", `"UPN:a\u002cé"`},
	} {
		if got := printAltName([]byte(c.in), c.utf8, c.prefix); got != c.want {
			t.Errorf("printAltName(%q) = %s, want %s", c.in, got, c.want)
		}
	}
}
