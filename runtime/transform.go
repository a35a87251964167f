package runtime

// Source transforms with esbuild: TypeScript type stripping, lowering of the
// syntax goja lacks (async generators, for await), and ES modules turned into
// functions goja can run.
//
// ES modules. esbuild's CommonJS output does most of the work: imports become
// require() calls at the top of the module (in source order), uses of
// imported names become property reads on the required object (so they stay
// live bindings), exports become getters on an object assigned to
// module.exports. What it refuses is top-level await ("Top-level await is
// currently not supported with the "cjs" output format"), and it cannot
// split a module into Node's two phases (instantiate: export bindings exist;
// evaluate: the body runs after its imports). So:
//
//   - A module without top-level await is wrapped in a generator function.
//     The first next() runs esbuild's preamble (helpers, the export getters,
//     module.exports = ...) and stops at a yield inserted right after it; the
//     second next() runs the body. The loader instantiates the whole graph
//     before evaluating anything, so cycles see each other's exports (hoisted
//     functions work, let/const are in their TDZ) and an all-synchronous
//     graph evaluates synchronously, as in Node.
//   - A module with top-level await (whose evaluation must start
//     synchronously, as Node's does, so it cannot be parked at an await) runs
//     in one go when it is evaluated; its export names are read from
//     esbuild's __export call so importers can link to it beforehand.
//     It is transformed to ESM first (lowering
//     "for await" into plain awaits), then each remaining top-level await,
//     which esbuild reports one error per keyword, is replaced by the marker
//     "~void ~" (three unary operators: same precedence as await, never
//     folded by esbuild without minification, and a sequence no one writes).
//     The CommonJS pass then succeeds; the markers are turned back into
//     "await " and the module is wrapped in an async function.
//
// In the ESM wrappers "require" is the loader's link function: static imports
// get the (already evaluated) dependency's namespace, and dynamic import(),
// which esbuild lowers to Promise.resolve().then(() => __toESM(require(x))),
// gets a promise of one. esbuild's __toESM helper is replaced by the
// identity: the loader hands out real namespace objects. The user's own free
// "require" is renamed by esbuild (Define) to __hs_require, which CommonJS
// wrappers bind to the real require and ES module wrappers leave undefined,
// as Node does; in a transformed CommonJS module the lowered import() calls
// a "require" the wrapper head defines (Module._dynamicImport), so the
// wrapper still takes Node's five arguments. import.meta becomes the
// wrapper parameter __hs_import_meta.
//
// Positions: every transform carries an esbuild source map (composed across
// passes) inlined for goja, so stack traces and uncaught-error headers point
// at the original file, line and column.

import (
	"encoding/base64"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/evanw/esbuild/pkg/api"
)

const (
	tlaMarker   = "~void ~"
	esmMetaName = "__hs_import_meta"
	userRequire = "__hs_require"
)

// Wrapper heads: each sits alone on the first line, which the source map
// skips (a leading ";" in its mappings), so the module's own lines and
// columns are unchanged.
const (
	cjsTransformedHead = "(function (exports, " + userRequire + ", module, __filename, __dirname) { const require = (s) => module.constructor._dynamicImport(s, __filename);"
	esmSyncHead        = "(function* (require, module, " + esmMetaName + ") { \"use strict\";"
	esmAsyncHead       = "(async function (require, module, " + esmMetaName + ") { \"use strict\";"
)

// transformed is a module esbuild rewrote.
type transformed struct {
	// head and body make the function expression goja compiles; sourceMap
	// maps body positions to the original source.
	head, body string
	sourceMap  []byte
	// esm says the source is an ES module (import/export, import.meta or
	// top-level await); false means CommonJS.
	esm bool
	// async says the module has top-level await.
	async bool
	// requests are the static import specifiers in source order; star marks
	// the ones re-exported with export *.
	requests []string
	star     []bool
	// exports are the module's own export names (from esbuild's __export
	// call), known before it runs.
	exports []string
	// imported lists, per request, the names the module reads from it
	// through named or default imports (esbuild's import_x.name accesses),
	// for Node's link-time "does not provide an export named" check.
	imported [][]string
}

var tlaError = "Top-level await is currently not supported"

func esbuildLoader(loader string) api.Loader {
	switch loader {
	case "ts":
		return api.LoaderTS
	default:
		return api.LoaderJS
	}
}

// esbuildOptions are the transform options; esm renames the CommonJS free
// variables module and exports away from the wrapper's (an ES module has
// none: typeof module is "undefined" and using it is a ReferenceError the
// loader rewords as Node does).
// tsconfigFor returns the text of the tsconfig.json nearest to a
// TypeScript file (compilerOptions such as experimentalDecorators and
// useDefineForClassFields change the output; "extends" is not followed).
func tsconfigFor(filename string) string {
	dir := filepath.Dir(filename)
	tsconfigs.mu.Lock()
	defer tsconfigs.mu.Unlock()
	var walked []string
	text := ""
	for {
		if t, ok := tsconfigs.m[dir]; ok {
			text = t
			break
		}
		walked = append(walked, dir)
		if data, err := os.ReadFile(filepath.Join(dir, "tsconfig.json")); err == nil {
			text = string(data)
			break
		}
		up := filepath.Dir(dir)
		if up == dir || filepath.Base(dir) == "node_modules" {
			break
		}
		dir = up
	}
	for _, d := range walked {
		tsconfigs.m[d] = text
	}
	return text
}

var tsconfigs = struct {
	mu sync.Mutex
	m  map[string]string
}{m: map[string]string{}}

func esbuildOptions(filename string, loader api.Loader, format api.Format, esm bool) api.TransformOptions {
	define := map[string]string{
		"require":     userRequire,
		"import.meta": esmMetaName,
	}
	if esm {
		define["module"] = "__hs_esm_module"
		define["exports"] = "__hs_esm_exports"
	}
	tsconfig := ""
	if loader == api.LoaderTS {
		tsconfig = tsconfigFor(filename)
	}
	return api.TransformOptions{
		TsconfigRaw: tsconfig,
		Sourcefile:  filename,
		Loader:      loader,
		Format:      format,
		Sourcemap:   api.SourceMapExternal,
		Charset:     api.CharsetUTF8,
		LogLevel:    api.LogLevelSilent,
		Target:      api.ESNext,
		Supported: map[string]bool{
			"async-generator": false,
			"for-await":       false,
			"decorators":      false,
			// only the CommonJS pass lowers import() (to our link function)
			"dynamic-import": format != api.FormatCommonJS,
		},
		Define: define,
	}
}

// transformCache keeps transforms by file name and source so the CommonJS
// loader's syntax detection and the ESM loader do not transform twice.
type transformCache struct {
	mu sync.Mutex
	m  map[string]*transformEntry
}

type transformEntry struct {
	src, loader string
	forceESM    bool
	t           *transformed
	err         error
}

var transforms = transformCache{m: map[string]*transformEntry{}}

// transformModule transforms a module, with its result cached per file.
// forceESM treats the source as an ES module even without ESM syntax (.mjs,
// .mts, "type": "module").
func transformModule(src, filename, loader string, forceESM bool) (*transformed, error) {
	transforms.mu.Lock()
	e := transforms.m[filename]
	transforms.mu.Unlock()
	if e != nil && e.src == src && e.loader == loader && e.forceESM == forceESM {
		return e.t, e.err
	}
	t, err := doTransform(src, filename, loader, forceESM)
	transforms.mu.Lock()
	transforms.m[filename] = &transformEntry{src: src, loader: loader, forceESM: forceESM, t: t, err: err}
	transforms.mu.Unlock()
	return t, err
}

func doTransform(src, filename, loader string, forceESM bool) (*transformed, error) {
	src = stripShebang(src)
	l := esbuildLoader(loader)
	res := api.Transform(src, esbuildOptions(filename, l, api.FormatCommonJS, forceESM))
	if len(res.Errors) > 0 {
		if !onlyTLAErrors(res.Errors) {
			return nil, esbuildError(res.Errors[0])
		}
		return transformTLA(src, filename, l, res.Errors)
	}
	code := string(res.Code)
	if !forceESM {
		if !looksESM(code) {
			return &transformed{head: cjsTransformedHead, body: replaceToESM(code), sourceMap: res.Map}, nil
		}
		// detected: again, with the ES module renames
		return doTransform(src, filename, loader, true)
	}
	return finishESM(code, res.Map, false)
}

func onlyTLAErrors(msgs []api.Message) bool {
	for _, m := range msgs {
		if !strings.HasPrefix(m.Text, tlaError) {
			return false
		}
	}
	return true
}

// transformTLA handles a module with top-level await (see the file
// comment). errs are the first CommonJS pass's errors on src: one per
// top-level await. Unless one is a "for await", the markers go straight
// into src (two esbuild passes in all); otherwise src is first rendered as
// ESM, which lowers "for await" into plain awaits.
func transformTLA(src, filename string, l api.Loader, errs []api.Message) (*transformed, error) {
	if !hasForAwait(src, errs) {
		if t, err := markTLA(src, errs, filename, l, nil); err == nil {
			return t, nil
		}
	}
	a := api.Transform(src, esbuildOptions(filename, l, api.FormatESModule, true))
	if len(a.Errors) > 0 {
		return nil, esbuildError(a.Errors[0])
	}
	e := string(a.Code)
	b := api.Transform(e, esbuildOptions(filename, api.LoaderJS, api.FormatCommonJS, true))
	if len(b.Errors) == 0 {
		// lowering removed the awaits (dead code): an ordinary module
		return finishESM(string(b.Code), composeMaps(b.Map, a.Map), false)
	}
	if !onlyTLAErrors(b.Errors) {
		return nil, esbuildError(b.Errors[0])
	}
	return markTLA(e, b.Errors, filename, api.LoaderJS, a.Map)
}

// hasForAwait reports whether one of the top-level awaits is a "for await".
func hasForAwait(src string, errs []api.Message) bool {
	lines := strings.Split(src, "\n")
	for _, m := range errs {
		loc := m.Location
		if loc == nil || loc.Line < 1 || loc.Line > len(lines) {
			return true
		}
		ln := lines[loc.Line-1]
		before := strings.TrimRight(ln[:min(byteColumn(ln, loc.Column), len(ln))], " \t")
		if strings.HasSuffix(before, "for") {
			return true
		}
	}
	return false
}

// markTLA replaces the awaits esbuild reported in code with the marker,
// renders the result as CommonJS and puts the awaits back. innerMap, when
// code is itself esbuild output, maps it to the original source.
func markTLA(code string, errs []api.Message, filename string, l api.Loader, innerMap []byte) (*transformed, error) {
	// the marker must not occur in the module already; longer chains of the
	// same operators are the fallbacks
	marker := tlaMarker
	for strings.Contains(code, marker) {
		marker = "~void " + marker
	}
	lines := strings.Split(code, "\n")
	// replace from the end of each line so earlier columns stay valid
	for i := len(errs) - 1; i >= 0; i-- {
		loc := errs[i].Location
		if loc == nil || loc.Line < 1 || loc.Line > len(lines) {
			return nil, &TransformError{Message: "unexpected top-level await position"}
		}
		ln := lines[loc.Line-1]
		col := byteColumn(ln, loc.Column)
		if col+5 > len(ln) || ln[col:col+5] != "await" {
			return nil, &TransformError{Message: "unexpected top-level await position"}
		}
		lines[loc.Line-1] = ln[:col] + marker + ln[col+5:]
	}
	c := api.Transform(strings.Join(lines, "\n"), esbuildOptions(filename, l, api.FormatCommonJS, true))
	if len(c.Errors) > 0 {
		return nil, esbuildError(c.Errors[0])
	}
	out := string(c.Code)
	if n := strings.Count(out, marker); n != len(errs) {
		return nil, &TransformError{Message: "handshake lost track of a top-level await (" + strconv.Itoa(n) + " of " + strconv.Itoa(len(errs)) + ")"}
	}
	genMarkers := markerColumns(out, marker)
	out = strings.ReplaceAll(out, marker, "await ")
	m := unshiftMarkers(c.Map, errs, len(marker)-len("await"))
	m = shiftGenerated(m, genMarkers, len(marker)-len("await "))
	if innerMap != nil {
		m = composeMaps(c.Map, innerMap)
	}
	return finishESM(out, m, true)
}

// unshiftMarkers corrects a source map made from marked code: source
// columns after a marker on its line move back by the marker's extra
// length, so positions point into the code as it was before marking.
func unshiftMarkers(m []byte, errs []api.Message, extra int) []byte {
	if extra == 0 {
		return m
	}
	cols := map[int][]int{} // 0-based line -> marker columns (marked coordinates)
	for _, e := range errs {
		if e.Location != nil {
			cols[e.Location.Line-1] = append(cols[e.Location.Line-1], e.Location.Column)
		}
	}
	for line, cs := range cols {
		sort.Ints(cs)
		for k := range cs {
			cs[k] += k * extra
		}
		cols[line] = cs
	}
	var sm sourceMapJSON
	if json.Unmarshal(m, &sm) != nil {
		return m
	}
	lines := decodeMappings(sm.Mappings)
	for _, l := range lines {
		for i := range l {
			cs, ok := cols[l[i].srcLine]
			if !ok {
				continue
			}
			shift := 0
			for _, c := range cs {
				if l[i].srcCol >= c+extra+len("await") {
					shift += extra
				} else if l[i].srcCol > c {
					shift += l[i].srcCol - c // inside the marker: its start
				}
			}
			l[i].srcCol -= shift
		}
	}
	sm.Mappings = encodeMappings(lines)
	out, err := json.Marshal(sm)
	if err != nil {
		return m
	}
	return out
}

// markerColumns finds the marker in esbuild's output: 0-based line ->
// UTF-16 columns.
func markerColumns(out, marker string) map[int][]int {
	cols := map[int][]int{}
	for i, ln := range strings.Split(out, "\n") {
		for off := 0; ; {
			j := strings.Index(ln[off:], marker)
			if j < 0 {
				break
			}
			cols[i] = append(cols[i], utf16Len(ln[:off+j]))
			off += j + len(marker)
		}
	}
	return cols
}

// shiftGenerated moves generated columns after each marker back by extra,
// the marker being longer than the "await " that replaces it.
func shiftGenerated(m []byte, cols map[int][]int, extra int) []byte {
	if extra == 0 || len(cols) == 0 {
		return m
	}
	var sm sourceMapJSON
	if json.Unmarshal(m, &sm) != nil {
		return m
	}
	lines := decodeMappings(sm.Mappings)
	for li, cs := range cols {
		if li >= len(lines) {
			continue
		}
		for i := range lines[li] {
			shift := 0
			for _, c := range cs {
				if lines[li][i].genCol > c {
					shift += extra
				}
			}
			lines[li][i].genCol -= shift
		}
	}
	sm.Mappings = encodeMappings(lines)
	out, err := json.Marshal(sm)
	if err != nil {
		return m
	}
	return out
}

// byteColumn converts esbuild's column (UTF-16 code units) to a byte index.
func byteColumn(line string, col int) int {
	units := 0
	for i, r := range line {
		if units >= col {
			return i
		}
		if r >= 0x10000 {
			units += 2
		} else {
			units++
		}
	}
	return len(line)
}

var (
	reExportsLine  = regexp.MustCompile(`(?m)^module\.exports = __toCommonJS\(\w+\);$`)
	reImportLine   = regexp.MustCompile(`^(?:var [\w$]+ = )?(?:__toESM\()?require\(("(?:[^"\\]|\\.)*")\)`)
	reStarLine     = regexp.MustCompile(`^__reExport\([\w$]+, (?:__toESM\()?require\(("(?:[^"\\]|\\.)*")\)(?:, 1)?\)?(, module\.exports)\);$`)
	reToESMHelper  = regexp.MustCompile(`(?m)^var __toESM = `)
	reDefaultEntry = regexp.MustCompile(`(?m)^  default: \(\) => ([\w$]+_default\d*),?$`)
	reImportVar    = regexp.MustCompile(`^var (import_[\w$]+) = `)
	reImportUse    = regexp.MustCompile(`\b(import_[\w$]+)\.([A-Za-z_$][\w$]*)`)
)

// looksESM tells from esbuild's CommonJS output whether the input had ESM
// syntax: export getters, import requires (the user's own require calls are
// renamed, so a line-leading require( is an import) or import.meta.
func looksESM(code string) bool {
	if reExportsLine.MatchString(code) || strings.Contains(code, esmMetaName) {
		return true
	}
	for _, ln := range strings.Split(code, "\n") {
		if reImportLine.MatchString(ln) || strings.HasPrefix(ln, "__reExport(") {
			return true
		}
	}
	return false
}

// replaceToESM makes esbuild's __toESM helper the identity: the link
// function already returns namespace objects (or promises of them).
func replaceToESM(code string) string {
	return reToESMHelper.ReplaceAllLiteralString(code, "var __toESM = (mod) => mod, __hs_toESM = ")
}

// finishESM wraps esbuild's CommonJS rendering of an ES module: the phase
// split after the export preamble, the import list, the module variable
// hidden from the body.
func finishESM(code string, sourceMap []byte, async bool) (*transformed, error) {
	code = replaceToESM(code)
	t := &transformed{esm: true, async: async}
	split := "yield;"
	head := esmSyncHead
	if async {
		split = ""
		head = esmAsyncHead
	}
	lines := strings.Split(code, "\n")
	start := 0
	tail := ""
	if loc := reExportsLine.FindStringIndex(code); loc != nil {
		start = strings.Count(code[:loc[0]], "\n")
		t.exports = exportNames(lines[:start])
		// An anonymous default export is named "default" in Node; esbuild
		// names it after the file. Function declarations are renamed
		// before anything runs, classes and expressions once the body has.
		if m := reDefaultEntry.FindStringSubmatch(strings.Join(lines[:start], "\n")); m != nil {
			rename := "typeof " + m[1] + " === \"function\" && Object.defineProperty(" + m[1] + ", \"name\", { value: \"default\", configurable: true });"
			if isFunctionDeclared(code, m[1]) {
				split = rename + " " + split
			} else {
				tail = "\n" + rename
			}
		}
		lines[start] += " " + split
		start++
	} else {
		head += " " + split
	}
	seen := map[string]int{}
	importVars := map[string]int{}
	for i := start; i < len(lines); i++ {
		ln := lines[i]
		star := false
		var m []string
		if sm := reStarLine.FindStringSubmatch(ln); sm != nil {
			m, star = sm, true
			// the loader builds the namespace; only esbuild's own exports
			// object needs the copy
			lines[i] = strings.Replace(ln, sm[2], "", 1)
		} else if im := reImportLine.FindStringSubmatch(ln); im != nil {
			m = im
		} else {
			continue
		}
		spec, err := unquoteJS(m[1])
		if err != nil {
			continue
		}
		j, ok := seen[spec]
		if ok {
			t.star[j] = t.star[j] || star
		} else {
			j = len(t.requests)
			seen[spec] = j
			t.requests = append(t.requests, spec)
			t.star = append(t.star, star)
		}
		if v := reImportVar.FindStringSubmatch(ln); v != nil {
			importVars[v[1]] = j
		}
	}
	t.imported = make([][]string, len(t.requests))
	if len(importVars) > 0 {
		done := map[string]bool{}
		for _, u := range importUses(code) {
			j, ok := importVars[u[0]]
			if !ok || done[u[0]+"."+u[1]] {
				continue
			}
			done[u[0]+"."+u[1]] = true
			t.imported[j] = append(t.imported[j], u[1])
		}
	}
	t.head, t.body, t.sourceMap = head, strings.Join(lines, "\n")+tail, sourceMap
	return t, nil
}

// importUses finds esbuild's reads of imported names, import_x.name, as
// [variable, name] pairs (a plain scan: a regexp with \b is far slower on
// large modules).
func importUses(code string) [][2]string {
	var out [][2]string
	for pos := 0; ; {
		i := strings.Index(code[pos:], "import_")
		if i < 0 {
			return out
		}
		i += pos
		pos = i + len("import_")
		if i > 0 && isIdentByte(code[i-1]) {
			continue
		}
		j := pos
		for j < len(code) && isIdentByte(code[j]) {
			j++
		}
		if j >= len(code) || code[j] != '.' {
			continue
		}
		k := j + 1
		for k < len(code) && isIdentByte(code[k]) {
			k++
		}
		if k > j+1 && !(code[j+1] >= '0' && code[j+1] <= '9') {
			out = append(out, [2]string{code[i:j], code[j+1 : k]})
		}
		pos = k
	}
}

func isIdentByte(c byte) bool {
	return c == '_' || c == '$' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

var reExportEntry = regexp.MustCompile(`^  ([\w$]+|"(?:[^"\\]|\\.)*"): \(\) => `)

// isFunctionDeclared reports a top-level function declaration of name in
// esbuild's output (a line starting "function name(", "async function
// name(" or "function* name(").
func isFunctionDeclared(code, name string) bool {
	for _, p := range []string{"function ", "async function ", "function* ", "async function* "} {
		d := p + name + "("
		if strings.HasPrefix(code, d) || strings.Contains(code, "\n"+d) {
			return true
		}
	}
	return false
}

// exportNames reads the names of esbuild's __export(x_exports, {...}) call,
// the last one before module.exports = __toCommonJS(x_exports).
func exportNames(lines []string) []string {
	start := -1
	for i := len(lines) - 1; i >= 0; i-- {
		if strings.HasPrefix(lines[i], "__export(") {
			start = i
			break
		}
	}
	if start < 0 {
		return nil
	}
	var names []string
	for _, ln := range lines[start+1:] {
		m := reExportEntry.FindStringSubmatch(ln)
		if m == nil {
			continue
		}
		name := m[1]
		if name[0] == '"' {
			if u, err := unquoteJS(name); err == nil {
				name = u
			}
		}
		names = append(names, name)
	}
	return names
}

func unquoteJS(s string) (string, error) {
	var out string
	if err := json.Unmarshal([]byte(s), &out); err == nil {
		return out, nil
	}
	return strconv.Unquote(s)
}

// code is the function expression goja compiles: the head on its own line,
// the body, and the source map (shifted one line for the head, its source
// named sourceName: a path for CommonJS, a file: URL for ES modules)
// inline.
func (t *transformed) code(sourceName string) string {
	var b strings.Builder
	b.WriteString(t.head)
	b.WriteString("\n")
	b.WriteString(t.body)
	b.WriteString("\n})")
	if m := shiftMap(t.sourceMap, sourceName); m != nil {
		b.WriteString("\n//# sourceMappingURL=data:application/json;base64,")
		b.WriteString(base64.StdEncoding.EncodeToString(m))
	}
	return b.String()
}

type sourceMapJSON struct {
	Version        int      `json:"version"`
	Sources        []string `json:"sources"`
	SourcesContent []string `json:"sourcesContent,omitempty"`
	Mappings       string   `json:"mappings"`
	Names          []string `json:"names"`
}

// shiftMap moves a source map's generated lines down by one (the wrapper
// head), adapts its columns to goja and drops the sources' text, which goja
// does not need.
func shiftMap(m []byte, sourceName string) []byte {
	if len(m) == 0 {
		return nil
	}
	var sm sourceMapJSON
	if json.Unmarshal(m, &sm) != nil {
		return nil
	}
	// goja looks columns up 1-based (and reads the result as 1-based)
	// where source maps count from 0: shift both sides by one.
	lines := decodeMappings(sm.Mappings)
	for _, l := range lines {
		for i := range l {
			l[i].genCol++
			l[i].srcCol++
		}
	}
	sm.Mappings = ";" + encodeMappings(lines)
	sm.SourcesContent = nil
	for i := range sm.Sources {
		sm.Sources[i] = sourceName
	}
	out, err := json.Marshal(sm)
	if err != nil {
		return nil
	}
	return out
}

// composeMaps maps outer's generated positions through inner (outer's
// sources are inner's generated code).
func composeMaps(outer, inner []byte) []byte {
	var o, in sourceMapJSON
	if json.Unmarshal(outer, &o) != nil || json.Unmarshal(inner, &in) != nil {
		return outer
	}
	innerSegs := decodeMappings(in.Mappings)
	outerSegs := decodeMappings(o.Mappings)
	for li, line := range outerSegs {
		kept := line[:0]
		for _, s := range line {
			if s.srcLine < 0 || s.srcLine >= len(innerSegs) {
				continue
			}
			if is, ok := lookupSeg(innerSegs[s.srcLine], s.srcCol); ok {
				s.src, s.srcLine, s.srcCol = is.src, is.srcLine, is.srcCol
				kept = append(kept, s)
			}
		}
		outerSegs[li] = kept
	}
	o.Sources = in.Sources
	o.SourcesContent = nil
	o.Names = nil
	o.Mappings = encodeMappings(outerSegs)
	out, err := json.Marshal(o)
	if err != nil {
		return outer
	}
	return out
}

type mapSeg struct {
	genCol, src, srcLine, srcCol int
}

func lookupSeg(line []mapSeg, col int) (mapSeg, bool) {
	best := -1
	for i, s := range line {
		if s.genCol <= col {
			best = i
		} else {
			break
		}
	}
	if best < 0 {
		return mapSeg{}, false
	}
	return line[best], true
}

const b64chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

func decodeMappings(m string) [][]mapSeg {
	var lines [][]mapSeg
	var cur []mapSeg
	src, srcLine, srcCol := 0, 0, 0
	genCol := 0
	i := 0
	readVLQ := func() int {
		v, shift := 0, 0
		for i < len(m) {
			d := strings.IndexByte(b64chars, m[i])
			i++
			if d < 0 {
				return 0
			}
			v |= (d & 31) << shift
			shift += 5
			if d&32 == 0 {
				break
			}
		}
		if v&1 == 1 {
			return -(v >> 1)
		}
		return v >> 1
	}
	for i <= len(m) {
		if i == len(m) || m[i] == ';' {
			lines = append(lines, cur)
			cur = nil
			genCol = 0
			i++
			continue
		}
		if m[i] == ',' {
			i++
			continue
		}
		fields := []int{}
		for i < len(m) && m[i] != ',' && m[i] != ';' {
			fields = append(fields, readVLQ())
		}
		genCol += fields[0]
		if len(fields) >= 4 {
			src += fields[1]
			srcLine += fields[2]
			srcCol += fields[3]
			cur = append(cur, mapSeg{genCol, src, srcLine, srcCol})
		}
	}
	return lines
}

func encodeMappings(lines [][]mapSeg) string {
	var b strings.Builder
	src, srcLine, srcCol := 0, 0, 0
	writeVLQ := func(v int) {
		u := v << 1
		if v < 0 {
			u = (-v << 1) | 1
		}
		for {
			d := u & 31
			u >>= 5
			if u > 0 {
				d |= 32
			}
			b.WriteByte(b64chars[d])
			if u == 0 {
				break
			}
		}
	}
	for li, line := range lines {
		if li > 0 {
			b.WriteByte(';')
		}
		genCol := 0
		for si, s := range line {
			if si > 0 {
				b.WriteByte(',')
			}
			writeVLQ(s.genCol - genCol)
			genCol = s.genCol
			writeVLQ(s.src - src)
			src = s.src
			writeVLQ(s.srcLine - srcLine)
			srcLine = s.srcLine
			writeVLQ(s.srcCol - srcCol)
			srcCol = s.srcCol
		}
	}
	return b.String()
}

// esbuildError turns an esbuild message into a TransformError with a V8-like
// message ("Unexpected token ';'").
func esbuildError(m api.Message) error {
	te := &TransformError{Message: v8FromEsbuild(m.Text)}
	if m.Location != nil {
		te.Line = m.Location.Line
		te.Column = m.Location.Column
		te.Length = m.Location.Length
		line := m.Location.LineText
		switch {
		case m.Text == "Unterminated string literal":
			// V8 underlines from the opening quote to the end of the line
			if q := strings.LastIndexAny(line[:min(byteColumn(line, te.Column), len(line))], "'\"`"); q >= 0 {
				te.Column, te.Length = utf16Len(line[:q]), utf16Len(line[q:])
			}
		case strings.HasPrefix(m.Text, `Cannot use "new.target" here`):
			te.Column += len("new.")
			te.Length = len("target")
		}
		switch {
		case te.Message == "Unexpected end of input":
			te.Length = 0 // Node shows no caret past the end
		case te.Length < 1:
			te.Length = 1
		}
	}
	return te
}

func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	return n
}

var (
	reExpectedFound = regexp.MustCompile(`^Expected .* but found (.*)$`)
	reUnexpected    = regexp.MustCompile(`^Unexpected (.*)$`)
	reIdent         = regexp.MustCompile(`^[A-Za-z_$][\w$]*$`)
	reNumber        = regexp.MustCompile(`^[0-9.]`)
)

// esbuildMessages rewords esbuild's semantic syntax errors as V8's.
var esbuildMessages = []struct {
	re *regexp.Regexp
	v8 func(m []string) string
}{
	{regexp.MustCompile(`^Top-level return cannot be used`), func([]string) string { return "Illegal return statement" }},
	{regexp.MustCompile(`^The symbol "(.*)" has already been declared`), func(m []string) string {
		return "Identifier '" + m[1] + "' has already been declared"
	}},
	{regexp.MustCompile(`^Cannot use "new.target" here`), func([]string) string { return "new.target expression is not allowed here" }},
	{regexp.MustCompile(`^"(\w+)" is a reserved word`), func(m []string) string {
		switch m[1] {
		case "implements", "interface", "let", "package", "private", "protected", "public", "static", "yield":
			return "Unexpected strict mode reserved word"
		}
		return "Unexpected reserved word"
	}},
	{regexp.MustCompile(`^The constant "(.*)" must be initialized`), func([]string) string { return "Missing initializer in const declaration" }},
	{regexp.MustCompile(`^Unterminated (?:string|template) literal`), func([]string) string { return "Invalid or unexpected token" }},
}

var reservedWords = map[string]bool{
	"break": true, "case": true, "catch": true, "class": true, "const": true, "continue": true,
	"debugger": true, "default": true, "delete": true, "do": true, "else": true, "export": true,
	"extends": true, "finally": true, "for": true, "function": true, "if": true, "import": true,
	"in": true, "instanceof": true, "new": true, "return": true, "super": true, "switch": true,
	"this": true, "throw": true, "try": true, "typeof": true, "var": true, "void": true,
	"while": true, "with": true, "null": true, "true": true, "false": true, "enum": true,
}

// v8FromEsbuild rewords esbuild's common syntax errors the way V8 words them.
func v8FromEsbuild(text string) string {
	for _, f := range esbuildMessages {
		if m := f.re.FindStringSubmatch(text); m != nil {
			return f.v8(m)
		}
	}
	tok := ""
	if m := reExpectedFound.FindStringSubmatch(text); m != nil {
		tok = m[1]
	} else if m := reUnexpected.FindStringSubmatch(text); m != nil {
		tok = m[1]
	} else {
		return text
	}
	if tok == "end of file" {
		return "Unexpected end of input"
	}
	if len(tok) >= 2 && tok[0] == '"' && tok[len(tok)-1] == '"' {
		tok = tok[1 : len(tok)-1]
	}
	switch {
	case strings.HasPrefix(tok, "'") || strings.HasPrefix(tok, "\\\""):
		return "Unexpected string"
	case reservedWords[tok]:
		return "Unexpected token '" + tok + "'"
	case reIdent.MatchString(tok):
		return "Unexpected identifier '" + tok + "'"
	case reNumber.MatchString(tok):
		return "Unexpected number"
	}
	return "Unexpected token '" + tok + "'"
}

func init() {
	Transform = func(src, filename, format, loader string) (string, error) {
		t, err := transformModule(src, filename, loader, format == "esm")
		if err != nil {
			return "", err
		}
		return t.code(filename), nil
	}
}
