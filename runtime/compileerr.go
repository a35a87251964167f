package runtime

import (
	"errors"
	"regexp"
	"strconv"
	"strings"

	"github.com/dop251/goja"
	"github.com/dop251/goja/parser"
)

// headerKey is the symbol under which an error carries the header the
// fatal printer shows instead of the throw site (syntax errors point into
// the user's file, loader errors into Node's loader).
const headerKey = "handshake.fatalHeader"

var unexpectedToken = regexp.MustCompile(`^Unexpected token (\S+)$`)

// compileError turns a goja parse/compile error into a JavaScript
// SyntaxError whose fatal header points at file:line and column as Node's
// does.
func (r *Runtime) compileError(filename, src string, err error) *goja.Object {
	msg := err.Error()
	line, col := 0, 0
	var list parser.ErrorList
	var single *parser.Error
	var cse *goja.CompilerSyntaxError
	switch {
	case errors.As(err, &list) && len(list) > 0:
		msg, line, col = list[0].Message, list[0].Position.Line, list[0].Position.Column
	case errors.As(err, &single):
		msg, line, col = single.Message, single.Position.Line, single.Position.Column
	case errors.As(err, &cse):
		msg = cse.Message
		if cse.File != nil {
			p := cse.File.Position(cse.Offset)
			line, col = p.Line, p.Column
		} else if m := gojaParseMessage.FindStringSubmatch(msg); m != nil {
			// goja.Compile flattens the parser's error to "file: Line L:C msg"
			line, _ = strconv.Atoi(m[1])
			col, _ = strconv.Atoi(m[2])
			msg = m[3]
		}
	}
	msg = v8SyntaxMessage(msg)
	r.RegisterSource(filename, src, len(cjsWrapperHead))
	tokLen := 1
	if line > 0 {
		// V8 names the unexpected identifier and underlines the token
		if tok := tokenAt(src, line, col-boolInt(line == 1)*len(cjsWrapperHead)); tok != "" {
			if msg == "Unexpected identifier" {
				msg += " '" + tok + "'"
			}
			tokLen = len(tok)
		}
	}
	o := r.NewError("SyntaxError", "", msg)
	if line > 0 {
		h := r.header(filename, line, col)
		if h != "" && tokLen > 1 {
			h = strings.TrimSuffix(h, "^\n") + strings.Repeat("^", tokLen) + "\n"
		}
		r.setHeader(o, h)
	}
	return o
}

var gojaParseMessage = regexp.MustCompile(`(?s)Line (\d+):(\d+) (.*)$`)
var identToken = regexp.MustCompile(`^[A-Za-z_$][\w$]*`)

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// tokenAt returns the identifier or keyword at a 1-based line and column of
// src, or "".
func tokenAt(src string, line, col int) string {
	lines := strings.Split(src, "\n")
	if line < 1 || line > len(lines) || col < 1 || col > len(lines[line-1]) {
		return ""
	}
	return identToken.FindString(lines[line-1][col-1:])
}

// syntaxError wraps a transform (esbuild) failure "file:line:col: msg".
func (r *Runtime) syntaxError(filename string, err error) *goja.Object {
	var te *TransformError
	if errors.As(err, &te) {
		o := r.NewError("SyntaxError", "", te.Message)
		if te.Line > 0 {
			r.setHeader(o, r.header(filename, te.Line, te.Column+1))
		}
		return o
	}
	return r.NewError("SyntaxError", "", err.Error())
}

func (r *Runtime) setHeader(o *goja.Object, h string) {
	if h == "" {
		return
	}
	sym := r.VM.Get("Symbol").ToObject(r.VM).Get("for")
	fn, _ := goja.AssertFunction(sym)
	key, err := fn(goja.Undefined(), r.VM.ToValue(headerKey))
	if err != nil {
		return
	}
	_ = o.DefineDataPropertySymbol(key.(*goja.Symbol), r.VM.ToValue(h), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE) // writable, configurable, not enumerable
}

// fixedHeader is the header an error carries under headerKey (set by
// setHeader or by the loaders), if any.
func (r *Runtime) fixedHeader(v goja.Value) (string, bool) {
	return r.symbolString(v, headerKey)
}

// throwHeaderKey names a header that applies only where the error is
// thrown (see throwHeader).
const throwHeaderKey = "handshake.throwHeader"

// symbolString reads v[Symbol.for(name)] when it is set.
func (r *Runtime) symbolString(v goja.Value, name string) (string, bool) {
	o, ok := v.(*goja.Object)
	if !ok {
		return "", false
	}
	sym := r.VM.Get("Symbol").ToObject(r.VM).Get("for")
	fn, _ := goja.AssertFunction(sym)
	key, err := fn(goja.Undefined(), r.VM.ToValue(name))
	if err != nil {
		return "", false
	}
	h := o.GetSymbol(key.(*goja.Symbol))
	if h == nil || goja.IsUndefined(h) {
		return "", false
	}
	return h.String(), true
}

func v8SyntaxMessage(m string) string {
	if sm := unexpectedToken.FindStringSubmatch(m); sm != nil {
		tok := sm[1]
		if tok == "ILLEGAL" {
			return "Invalid or unexpected token"
		}
		if _, err := strconv.Atoi(tok); err == nil {
			return "Unexpected number"
		}
		return "Unexpected token '" + tok + "'"
	}
	return strings.TrimPrefix(m, "SyntaxError: ")
}

// TransformError is a source transform failure with its position.
type TransformError struct {
	Message      string
	Line, Column int // 1-based line, 0-based column (esbuild's convention)
	Length       int // length of the offending token (Node underlines it)
}

func (e *TransformError) Error() string {
	return strconv.Itoa(e.Line) + ":" + strconv.Itoa(e.Column) + ": " + e.Message
}
