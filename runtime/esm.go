package runtime

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/dop251/goja"
	"github.com/dop251/goja/parser"
)

// esmBinding gives the ESM loader (js/esm.js) its compile, detection and
// scheduling ops.
func esmBinding(r *Runtime, b *goja.Object) {
	vm := r.VM
	// compile(source, filename, url, loader, forceESM) returns
	// {fn, requests, star, async} for an ES module, null for CommonJS.
	_ = b.Set("compile", func(c goja.FunctionCall) goja.Value {
		src := c.Argument(0).String()
		filename := c.Argument(1).String()
		url := c.Argument(2).String()
		loader := c.Argument(3).String()
		force := c.Argument(4).ToBoolean()
		t, err := transformModule(src, filename, loader, force)
		if err != nil {
			panic(r.transformSyntaxError(url, url, src, err))
		}
		if !t.esm {
			return goja.Null()
		}
		prg, err := goja.Compile(url, t.code(url), false)
		if err != nil {
			panic(r.compileError(url, src, err))
		}
		r.RegisterSource(url, src, 0)
		fn := r.runWrapper(prg)
		o := vm.NewObject()
		_ = o.Set("fn", fn)
		reqs := make([]any, len(t.requests))
		stars := make([]any, len(t.star))
		for i, s := range t.requests {
			reqs[i] = s
			stars[i] = t.star[i]
		}
		_ = o.Set("requests", vm.NewArray(reqs...))
		_ = o.Set("star", vm.NewArray(stars...))
		_ = o.Set("async", t.async)
		exps := make([]any, len(t.exports))
		for i, n := range t.exports {
			exps[i] = n
		}
		_ = o.Set("exports", vm.NewArray(exps...))
		imported := make([]any, len(t.imported))
		for i, names := range t.imported {
			ns := make([]any, len(names))
			for k, n := range names {
				ns[k] = n
			}
			imported[i] = vm.NewArray(ns...)
		}
		_ = o.Set("imported", vm.NewArray(imported...))
		return o
	})
	// isESM(source, filename) is Node's syntax detection for a .js file
	// outside any "type" scope: true when it only parses as an ES module.
	_ = b.Set("isESM", func(c goja.FunctionCall) goja.Value {
		src := c.Argument(0).String()
		filename := c.Argument(1).String()
		if _, err := parser.ParseFile(nil, filename, cjsWrapperHead+stripShebang(src)+"\n})", 0, parser.WithDisableSourceMaps); err == nil {
			return vm.ToValue(false)
		}
		t, err := transformModule(src, filename, "js", false)
		return vm.ToValue(err == nil && t.esm)
	})
	// cjsExports(source) lists the names Node's cjs-module-lexer would find
	// in a CommonJS module, and the specifiers it re-exports.
	_ = b.Set("cjsExports", func(c goja.FunctionCall) goja.Value {
		names, reexports := cjsExportNames(c.Argument(0).String())
		o := vm.NewObject()
		_ = o.Set("exports", names)
		_ = o.Set("reexports", reexports)
		return o
	})
	// triggerUncaught(err) reports a failed ES module entry as Node's
	// triggerUncaughtException(err, true) does: 'uncaughtException'
	// listeners see origin 'unhandledRejection'; the header is the error's
	// own source line, or Node's run_main line for a thrown non-error.
	_ = b.Set("triggerUncaught", func(c goja.FunctionCall) goja.Value {
		err := c.Argument(0)
		header := r.errorSourceHeader(err)
		if header == "" && !isErrorLike(err) {
			header = "node:internal/modules/run_main:123\n    triggerUncaughtException(\n    ^\n"
		}
		if _, e := r.fatal(goja.Undefined(), err, vm.ToValue(header), vm.ToValue("unhandledRejection")); e != nil {
			rethrow(r, e)
		}
		return goja.Undefined()
	})
	// post(fn) runs fn as a macrotask from the poll phase, where Node's ESM
	// loader (which reads files asynchronously) starts evaluating.
	_ = b.Set("post", func(c goja.FunctionCall) goja.Value {
		fn := c.Argument(0)
		r.Loop.Post(func() { r.Call(fn, nil) })
		return goja.Undefined()
	})
}

func isErrorLike(v goja.Value) bool {
	o, ok := v.(*goja.Object)
	if !ok {
		return false
	}
	st := o.Get("stack")
	return st != nil && !goja.IsUndefined(st) && st.ExportType() != nil && st.ExportType().Kind().String() == "string"
}

// evalTransformed runs -e/-p code goja could not compile, as Node 20.20
// does: ES module syntax (import/export, top-level await) runs as an ES
// module named [eval1]; otherwise esbuild's rendering (import() lowered, the
// syntax goja lacks lowered) runs as the same global script.
func (r *Runtime) evalTransformed(src, name string) (goja.Value, bool) {
	cwd, _ := os.Getwd()
	t, err := transformModule(src, filepath.Join(cwd, name), "js", false)
	if err != nil {
		return nil, false
	}
	esm, err := r.Require("internal/modules/esm")
	if err != nil {
		rethrow(r, err)
	}
	eo := esm.ToObject(r.VM)
	if t.esm {
		fn, _ := goja.AssertFunction(eo.Get("evalESM"))
		if _, err := fn(eo, r.VM.ToValue(src), r.VM.ToValue("[eval1]")); err != nil {
			rethrow(r, err)
		}
		return goja.Undefined(), true
	}
	code := strings.ReplaceAll(t.body, "__toESM(require(", "__toESM(__hs_import(")
	g := r.VM.GlobalObject()
	_ = g.Set(userRequire, g.Get("require"))
	importFn, _ := goja.AssertFunction(eo.Get("importFromCJS"))
	filename := filepath.Join(cwd, name)
	_ = g.Set("__hs_import", func(c goja.FunctionCall) goja.Value {
		v, err := importFn(eo, c.Argument(0), r.VM.ToValue(filename))
		if err != nil {
			rethrow(r, err)
		}
		return v
	})
	prg, err := goja.Compile(name, code, false)
	if err != nil {
		return nil, false
	}
	r.RegisterSource(name, src, 0)
	v, err := r.VM.RunProgram(prg)
	if err != nil {
		rethrow(r, err)
	}
	return v, true
}

var (
	esmImportStmt = regexp.MustCompile(`(?m)^[ \t]*(import)\s*[\w{*'"]`)
	esmExportStmt = regexp.MustCompile(`(?m)^[ \t]*(export)\s`)
	esmImportMeta = regexp.MustCompile(`\bimport\s*\.\s*(meta)\b`)
	esmTopAwait   = regexp.MustCompile(`(?m)^[ \t]*(?:(?:const|let|var)\s+[\w$]+\s*=\s*)?(await)\b`)
)

// esmInCommonJSError is V8's SyntaxError for ES module syntax in a file
// that must be CommonJS (.cjs, .cts, "type": "commonjs"), pointing at the
// first import, export, import.meta or top-level await.
func (r *Runtime) esmInCommonJSError(filename, src string, gojaErr error) *goja.Object {
	best, bestLen, msg := -1, 0, ""
	try := func(re *regexp.Regexp, m string) {
		if loc := re.FindStringSubmatchIndex(src); loc != nil && (best < 0 || loc[2] < best) {
			best, bestLen, msg = loc[2], loc[3]-loc[2], m
		}
	}
	try(esmImportStmt, "Cannot use import statement outside a module")
	try(esmExportStmt, "Unexpected token 'export'")
	try(esmImportMeta, "Cannot use 'import.meta' outside a module")
	try(esmTopAwait, "await is only valid in async functions and the top level bodies of modules")
	if best < 0 {
		if gojaErr != nil {
			return r.compileError(filename, src, gojaErr)
		}
		return r.NewError("SyntaxError", "", "Cannot use import statement outside a module")
	}
	r.RegisterSource(filename, src, 0)
	o := r.NewError("SyntaxError", "", msg)
	line := strings.Count(src[:best], "\n") + 1
	col := best - (strings.LastIndex(src[:best], "\n") + 1) + 1
	h := r.header(filename, line, col)
	if h != "" && bestLen > 1 {
		h = strings.TrimSuffix(h, "^\n") + strings.Repeat("^", bestLen) + "\n"
	}
	r.setHeader(o, h)
	return o
}

// transformSyntaxError is the SyntaxError for a failed transform, with
// Node's header (the file name or URL, the line, the offending token
// underlined) registered under headerName.
func (r *Runtime) transformSyntaxError(headerName, sourceName, src string, err error) *goja.Object {
	var te *TransformError
	if !errors.As(err, &te) {
		return r.NewError("SyntaxError", "", err.Error())
	}
	r.RegisterSource(sourceName, src, 0)
	o := r.NewError("SyntaxError", "", te.Message)
	if te.Line > 0 {
		lines := strings.Split(src, "\n")
		col := 1
		if te.Line-1 < len(lines) {
			col = byteColumn(lines[te.Line-1], te.Column) + 1
		}
		h := r.header(sourceName, te.Line, col)
		if h != "" && te.Length != 1 {
			// Node underlines the token; nothing at the end of the input
			caret := strings.Repeat("^", te.Length)
			if te.Length == 0 {
				h = strings.TrimSuffix(h, strings.Repeat(" ", col-1)+"^\n") + "\n"
			} else {
				h = strings.TrimSuffix(h, "^\n") + caret + "\n"
			}
		}
		if headerName != sourceName && h != "" {
			h = headerName + strings.TrimPrefix(h, sourceName)
		}
		r.setHeader(o, h)
	}
	return o
}

var (
	cjsDotExport     = regexp.MustCompile(`(?:^|[^.\w$])(?:module\s*\.\s*)?exports\s*\.\s*([A-Za-z_$][\w$]*)\s*=[^=]`)
	cjsBracketExport = regexp.MustCompile(`(?:^|[^.\w$])(?:module\s*\.\s*)?exports\s*\[\s*['"]([^'"\n]+)['"]\s*\]\s*=[^=]`)
	cjsDefine        = regexp.MustCompile(`Object\.defineProperty\(\s*(?:module\s*\.\s*)?exports\s*,\s*['"]([^'"\n]+)['"]`)
	cjsObjectExport  = regexp.MustCompile(`(?:^|[^.\w$])module\s*\.\s*exports\s*=\s*\{`)
	cjsRequireExport = regexp.MustCompile(`(?:^|[^.\w$])module\s*\.\s*exports\s*=\s*require\(\s*['"]([^'"\n]+)['"]\s*\)`)
	cjsStarExport    = regexp.MustCompile(`__export(?:Star)?\(\s*require\(\s*['"]([^'"\n]+)['"]\s*\)`)
	cjsObjectSpread  = regexp.MustCompile(`^\s*\.\.\.\s*require\(\s*['"]([^'"\n]+)['"]\s*\)\s*(?:(,)|(\}))`)
)

// lexObjectLiteral reads the entries of module.exports = { … } as
// cjs-module-lexer does: "a" (shorthand), "a: b…" and "'a': b…" (the value
// must start with an identifier; the lexer stops right after it unless a
// comma or brace follows at once), "...require('x')"; anything else ends it.
func lexObjectLiteral(rest string, add func(string), reexports []any) []any {
	skip := func() {
		for {
			t := strings.TrimLeft(rest, " \t\r\n")
			switch {
			case strings.HasPrefix(t, "//"):
				if i := strings.IndexByte(t, '\n'); i >= 0 {
					t = t[i+1:]
				} else {
					t = ""
				}
			case strings.HasPrefix(t, "/*"):
				if i := strings.Index(t[2:], "*/"); i >= 0 {
					t = t[i+4:]
				} else {
					t = ""
				}
			default:
				rest = t
				return
			}
			rest = t
		}
	}
	for {
		skip()
		if m := cjsObjectSpread.FindStringSubmatch(rest); m != nil {
			reexports = append(reexports, m[1])
			rest = rest[len(m[0]):]
			if m[3] != "" {
				break
			}
			continue
		}
		var key string
		quoted := false
		if id := identToken.FindString(rest); id != "" {
			key, rest = id, rest[len(id):]
		} else if len(rest) > 0 && (rest[0] == '\'' || rest[0] == '"') {
			end := strings.IndexByte(rest[1:], rest[0])
			if end < 0 {
				break
			}
			key, rest, quoted = rest[1:end+1], rest[end+2:], true
		} else {
			break
		}
		skip()
		if strings.HasPrefix(rest, ":") {
			rest = rest[1:]
			skip()
			v := identToken.FindString(rest)
			if v == "" {
				break
			}
			rest = rest[len(v):]
			add(key)
		} else if !quoted {
			add(key)
		}
		if strings.HasPrefix(rest, "}") || !strings.HasPrefix(rest, ",") {
			break
		}
		rest = rest[1:]
	}
	return reexports
}

// cjsExportNames approximates Node's cjs-module-lexer: exports.x = …,
// module.exports.x = …, exports['x'] = …, Object.defineProperty(exports,
// 'x', …), module.exports = { a, b: …, 'c': … } (up to the first entry it
// cannot read), and re-exports through module.exports = require('x'),
// ...require('x') in that object and TypeScript's __exportStar.
func cjsExportNames(src string) (names []any, reexports []any) {
	seen := map[string]bool{}
	add := func(n string) {
		if !seen[n] {
			seen[n] = true
			names = append(names, n)
		}
	}
	for _, m := range cjsDotExport.FindAllStringSubmatch(src, -1) {
		add(m[1])
	}
	for _, m := range cjsBracketExport.FindAllStringSubmatch(src, -1) {
		add(m[1])
	}
	for _, m := range cjsDefine.FindAllStringSubmatch(src, -1) {
		add(m[1])
	}
	for _, loc := range cjsObjectExport.FindAllStringIndex(src, -1) {
		reexports = lexObjectLiteral(src[loc[1]:], add, reexports)
	}
	for _, m := range cjsRequireExport.FindAllStringSubmatch(src, -1) {
		reexports = append(reexports, m[1])
	}
	for _, m := range cjsStarExport.FindAllStringSubmatch(src, -1) {
		reexports = append(reexports, m[1])
	}
	if names == nil {
		names = []any{}
	}
	if reexports == nil {
		reexports = []any{}
	}
	return names, reexports
}

// esmNamespaceSource is internal/modules/esm/ns: the registry of module
// namespace objects, small enough for util.types.isModuleNamespaceObject to
// load without loading the ESM loader.
const esmNamespaceSource = `'use strict';
const namespaces = new WeakSet();
module.exports = {
  markNamespace(ns) { namespaces.add(ns); },
  isModuleNamespaceObject(v) { return (typeof v === 'object' && v !== null) && namespaces.has(v); },
};
`
