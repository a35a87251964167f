package url

import "testing"

func TestParse(t *testing.T) {
	cases := []struct{ in, base, want string }{
		{"http://EXAMPLE.com./%7e", "", "http://example.com./%7e"},
		{"http://faß.de/", "", "http://xn--fa-hia.de/"},
		{"http://0x7f.1/", "", "http://127.0.0.1/"},
		{"http://[::ffff:1.2.3.4]/", "", "http://[::ffff:102:304]/"},
		{"http://[1:0::0:1:0:0:0]", "", "http://[1::1:0:0:0]/"},
		{"file:///C|/x", "", "file:///C:/x"},
		{"http://a/b/../../c/./d/%2e%2E/e", "", "http://a/c/e"},
		{"non-spec:/.//p", "", "non-spec:/.//p"},
		{"sc://ñ/", "", "sc://%C3%B1/"},
		{"../g", "http://a/b/c/d;p?q", "http://a/b/g"},
		{"//g", "http://a/b/c/d;p?q", "http://g/"},
		{"?y", "http://a/b/c/d;p?q", "http://a/b/c/d;p?y"},
		{"http://1.2.3", "", "http://1.2.0.3/"},
		{"ws://a:443", "", "ws://a:443/"},
		{"a:b c?d", "", "a:b c?d"},
	}
	for _, c := range cases {
		var base *Record
		if c.base != "" {
			var ok bool
			if base, ok = Parse(c.base, nil); !ok {
				t.Fatalf("base %q did not parse", c.base)
			}
		}
		u, ok := Parse(c.in, base)
		if !ok {
			t.Errorf("Parse(%q) failed", c.in)
			continue
		}
		if got := u.Href(false); got != c.want {
			t.Errorf("Parse(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	for _, bad := range []string{"x", "http://", "http://a b", "http://[1::2::3]/", "http://1.2.3.256", "http://example.com:65536"} {
		if _, ok := Parse(bad, nil); ok {
			t.Errorf("Parse(%q) succeeded, want failure", bad)
		}
	}
}

func TestSetters(t *testing.T) {
	cases := []struct{ start, name, value, want string }{
		{"https://u:p@h:8080/p?q#f", "protocol", "ftp", "ftp://u:p@h:8080/p?q#f"},
		{"https://u:p@h:8080/p?q#f", "protocol", "foo", "https://u:p@h:8080/p?q#f"},
		{"https://h/", "host", "x:65536", "https://x/"},
		{"https://h/", "port", "12abc", "https://h:12/"},
		{"https://h/", "pathname", "a b", "https://h/a%20b"},
		{"https://h/", "search", "?a=1 2", "https://h/?a=1%202"},
		{"https://h/", "hash", "x y", "https://h/#x%20y"},
		{"sc:opaque ?q", "search", "", "sc:opaque"},
	}
	for _, c := range cases {
		u, ok := Parse(c.start, nil)
		if !ok {
			t.Fatalf("Parse(%q) failed", c.start)
		}
		u.Set(c.name, c.value)
		if got := u.Href(false); got != c.want {
			t.Errorf("%s .%s=%q -> %q, want %q", c.start, c.name, c.value, got, c.want)
		}
	}
}
