package assert

import "testing"

func TestCallExpression(t *testing.T) {
	cases := []struct {
		src       string
		line, col int
		want      string
		column    int
	}{
		{"assert.ok(false)\n", 1, 10, "assert.ok(false)", 0},
		{"  assert(0);", 1, 9, "assert(0)", 2},
		{"x = a.b?.c(')', \"(\", `${f(1)}`, /\\)/);", 1, 11, "a.b?.c(')', \"(\", `${f(1)}`, /\\)/)", 4},
		{"foo(\n  assert.ok(\n    a,\n  )\n)", 2, 12, "assert.ok(\n    a,\n  )", 2},
		{"t[k](x)", 1, 5, "t[k](x)", 0},
	}
	for _, c := range cases {
		got, col, ok := CallExpression(c.src, c.line, c.col)
		if !ok || got != c.want || col != c.column {
			t.Errorf("CallExpression(%q, %d, %d) = %q, %d, %v; want %q, %d", c.src, c.line, c.col, got, col, ok, c.want, c.column)
		}
	}
}
