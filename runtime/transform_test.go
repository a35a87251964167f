package runtime

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

func TestTransformPlainCommonJSStaysCommonJS(t *testing.T) {
	tr, err := transformModule("const x = require('fs'); module.exports = { x };", "/t/plain.js", "js", false)
	if err != nil {
		t.Fatal(err)
	}
	if tr.esm || tr.async {
		t.Fatalf("plain CommonJS detected as ESM: %+v", tr)
	}
	if !strings.Contains(tr.body, userRequire+"(\"fs\")") {
		t.Fatalf("user require not renamed:\n%s", tr.body)
	}
}

func TestTransformESMRequestsAndExports(t *testing.T) {
	src := `import a, { b as c } from './a.mjs';
import * as ns from "node:fs";
import './side.mjs';
export * from './star.mjs';
export const x = c + 1;
export default function f() { return a + ns.x; }
console.log(import.meta.url);
`
	tr, err := transformModule(src, "/t/esm.mjs", "js", true)
	if err != nil {
		t.Fatal(err)
	}
	if !tr.esm || tr.async {
		t.Fatalf("want a synchronous ES module, got %+v", tr)
	}
	wantReq := []string{"./a.mjs", "node:fs", "./side.mjs", "./star.mjs"}
	if !reflect.DeepEqual(tr.requests, wantReq) {
		t.Fatalf("requests = %q, want %q", tr.requests, wantReq)
	}
	if !reflect.DeepEqual(tr.star, []bool{false, false, false, true}) {
		t.Fatalf("star = %v", tr.star)
	}
	if !reflect.DeepEqual(tr.exports, []string{"default", "x"}) {
		t.Fatalf("exports = %q", tr.exports)
	}
	if got := tr.imported[0]; !reflect.DeepEqual(got, []string{"b", "default"}) && !reflect.DeepEqual(got, []string{"default", "b"}) {
		t.Fatalf("imported from ./a.mjs = %q", got)
	}
	if !strings.Contains(tr.body, "yield;") || !strings.HasPrefix(tr.head, "(function* (") {
		t.Fatalf("no phase split:\n%s%s", tr.head, tr.body)
	}
	if !strings.Contains(tr.body, esmMetaName+".url") {
		t.Fatalf("import.meta not renamed:\n%s", tr.body)
	}
}

func TestTransformTopLevelAwait(t *testing.T) {
	src := `import { v } from './v.mjs';
const a = await v, b = ~await 1 + await 2;
for await (const x of [1]) console.log(x);
export const y = (await 3) ** 2;
`
	tr, err := transformModule(src, "/t/tla.mjs", "js", true)
	if err != nil {
		t.Fatal(err)
	}
	if !tr.esm || !tr.async {
		t.Fatalf("want an async ES module, got %+v", tr)
	}
	if strings.Contains(tr.body, tlaMarker) {
		t.Fatalf("marker left in output:\n%s", tr.body)
	}
	for _, want := range []string{"await import_v.v", "~await 1 + await 2", "(await 3) ** 2"} {
		if !strings.Contains(tr.body, want) {
			t.Errorf("output lacks %q:\n%s", want, tr.body)
		}
	}
	if !reflect.DeepEqual(tr.requests, []string{"./v.mjs"}) || !reflect.DeepEqual(tr.exports, []string{"y"}) {
		t.Fatalf("requests %q exports %q", tr.requests, tr.exports)
	}
	if !strings.HasPrefix(tr.head, "(async function (") {
		t.Fatalf("head = %q", tr.head)
	}
}

func TestTransformTypeScriptDetection(t *testing.T) {
	cjs, err := transformModule("const n: number = 1; module.exports = n;", "/t/a.ts", "ts", false)
	if err != nil || cjs.esm {
		t.Fatalf("TypeScript without import/export should be CommonJS: %+v %v", cjs, err)
	}
	esm, err := transformModule("interface I {}; export const n: number = 1;", "/t/b.ts", "ts", false)
	if err != nil || !esm.esm {
		t.Fatalf("TypeScript with export should be ESM: %+v %v", esm, err)
	}
}

func TestTransformSyntaxErrorPosition(t *testing.T) {
	_, err := transformModule("const a = 1;\nlet y = 1 foo;\n", "/t/bad.mjs", "js", true)
	var te *TransformError
	if !errors.As(err, &te) {
		t.Fatalf("err = %v", err)
	}
	if te.Line != 2 || te.Column != 10 || te.Length != 3 || te.Message != "Unexpected identifier 'foo'" {
		t.Fatalf("got %+v", te)
	}
}

func TestV8FromEsbuild(t *testing.T) {
	for in, want := range map[string]string{
		`Unexpected ";"`:                  "Unexpected token ';'",
		`Expected ";" but found "foo"`:    "Unexpected identifier 'foo'",
		`Expected ")" but found "12"`:     "Unexpected number",
		`Unexpected end of file`:          "Unexpected end of input",
		`Expected "}" but found "return"`: "Unexpected token 'return'",
		`Something else`:                  "Something else",
	} {
		if got := v8FromEsbuild(in); got != want {
			t.Errorf("%s: got %q, want %q", in, got, want)
		}
	}
}

func TestMappingsRoundTrip(t *testing.T) {
	m := "AAAA,SAAS;;AACA,IAAI,CAAC;AACd"
	if got := encodeMappings(decodeMappings(m)); got != m {
		t.Fatalf("round trip: %q → %q", m, got)
	}
}

func TestCJSExportNames(t *testing.T) {
	src := `exports.a = 1;
module.exports.b = 2;
exports['c'] = 3;
Object.defineProperty(exports, 'd', { enumerable: true, value: 4 });
if (exports.a == 1) {}
module.exports = { e, f: g, 'h': i, j: 1 + 2, k };
__exportStar(require('./star'), exports);
`
	names, re := cjsExportNames(src)
	want := []any{"a", "b", "c", "d", "e", "f", "h"}
	if !reflect.DeepEqual(names, want) {
		t.Fatalf("names = %v, want %v", names, want)
	}
	if !reflect.DeepEqual(re, []any{"./star"}) {
		t.Fatalf("reexports = %v", re)
	}
}

func TestComposeMaps(t *testing.T) {
	// inner: generated line 0 col 0 → source line 2 col 4
	inner := []byte(`{"version":3,"sources":["a.ts"],"names":[],"mappings":"AAEI"}`)
	// outer: generated line 1 col 2 → inner line 0 col 0
	outer := []byte(`{"version":3,"sources":["x"],"names":[],"mappings":";EAAA"}`)
	got := composeMaps(outer, inner)
	lines := decodeMappings(mustMappings(t, got))
	if len(lines) != 2 || len(lines[1]) != 1 {
		t.Fatalf("mappings %s", got)
	}
	if s := lines[1][0]; s.genCol != 2 || s.srcLine != 2 || s.srcCol != 4 {
		t.Fatalf("segment %+v", s)
	}
}

func mustMappings(t *testing.T, m []byte) string {
	t.Helper()
	i := strings.Index(string(m), `"mappings":"`)
	if i < 0 {
		t.Fatalf("no mappings in %s", m)
	}
	rest := string(m)[i+len(`"mappings":"`):]
	return rest[:strings.IndexByte(rest, '"')]
}

func TestTransformTopLevelAwaitMarkerCollision(t *testing.T) {
	src := "const s = \"" + tlaMarker + "\";\nconst v = await Promise.resolve(s);\nexport { v };\n"
	tr, err := transformModule(src, "/t/collide.mjs", "js", true)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(tr.body, `"`+tlaMarker+`"`) || !strings.Contains(tr.body, "await Promise.resolve(s)") {
		t.Fatalf("output:\n%s", tr.body)
	}
}

func TestCJSExportNamesObjectLiteralStops(t *testing.T) {
	src := "module.exports = {\n  a, // shorthand\n  /* c */ b: c.d,\n  e,\n};\nmodule.exports = { 'q': r, s: 1, t };"
	names, _ := cjsExportNames(src)
	want := []any{"a", "b", "q"}
	if !reflect.DeepEqual(names, want) {
		t.Fatalf("names = %v, want %v", names, want)
	}
}
