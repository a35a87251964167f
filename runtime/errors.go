package runtime

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/dop251/goja"
)

// throwHeader is the "file:line / source line / caret" block Node prints
// above an uncaught exception, taken from the innermost frame that has
// source (the throw site).
func (r *Runtime) throwHeader(ex *goja.Exception) string {
	if h, ok := r.fixedHeader(ex.Value()); ok {
		return h
	}
	// A header for this throw only (events.js's unhandled 'error' event):
	// unhandled rejections and module evaluation errors, which Node shows
	// at the error's creation, do not use it.
	if h, ok := r.symbolString(ex.Value(), throwHeaderKey); ok {
		return h
	}
	// goja reports an Error's creation frames, not the throw statement:
	// prefer the innermost frame whose line has a `throw` before the
	// position (`throw new E()`, `throw make()`), caret on the `throw`.
	stack := ex.Stack()
	for _, f := range stack {
		p := f.Position()
		if p.Filename == "" || p.Line == 0 {
			continue
		}
		if col, ok := r.throwColumn(p.Filename, p.Line, p.Column); ok {
			if h := r.header(p.Filename, p.Line, col); h != "" {
				return h
			}
		}
	}
	for _, f := range stack {
		p := f.Position()
		if p.Filename == "" || p.Line == 0 {
			continue
		}
		// `const err = new E(); …; throw err;`: the throw of that variable
		// further down.
		if line, col, ok := r.laterThrowOf(p.Filename, p.Line); ok {
			if h := r.header(p.Filename, line, col); h != "" {
				return h
			}
		}
		if h := r.header(p.Filename, p.Line, p.Column); h != "" {
			return h
		}
	}
	return ""
}

var assignedNew = regexp.MustCompile(`(?:^|[^\w$.])([A-Za-z_$][\w$]*)\s*=\s*new\s`)

// laterThrowOf looks for `throw name` after a line assigning `name = new …`
// and returns the throw's 1-based line and column.
func (r *Runtime) laterThrowOf(filename string, line int) (int, int, bool) {
	text, colOffset, ok := r.sourceOf(filename)
	if !ok {
		return 0, 0, false
	}
	lines := strings.Split(text, "\n")
	if line-1 >= len(lines) {
		return 0, 0, false
	}
	m := assignedNew.FindStringSubmatchIndex(lines[line-1])
	if m == nil {
		return 0, 0, false
	}
	name := lines[line-1][m[2]:m[3]]
	re, err := regexp.Compile(`(?:^|[^\w$.])throw\s+` + regexp.QuoteMeta(name) + `\s*(?:;|$|\))`)
	if err != nil {
		return 0, 0, false
	}
	// The rest of the assignment's line, then the lines below it.
	for i := line - 1; i < len(lines); i++ {
		from := 0
		if i == line-1 {
			from = m[1]
		}
		if loc := re.FindStringIndex(lines[i][from:]); loc != nil {
			at := from + loc[0]
			if lines[i][at] != 't' {
				at++
			}
			col := at + 1
			if i == 0 {
				col += colOffset
			}
			return i + 1, col, true
		}
	}
	return 0, 0, false
}

var throwKeyword = regexp.MustCompile(`(?:^|[^\w$.])throw\s`)

// throwColumn finds the last `throw` keyword before col on a source line and
// returns its column (in the same coordinates as col).
func (r *Runtime) throwColumn(filename string, line, col int) (int, bool) {
	text, colOffset, ok := r.sourceOf(filename)
	if !ok {
		return 0, false
	}
	lines := strings.Split(text, "\n")
	if line-1 >= len(lines) {
		return 0, false
	}
	src := lines[line-1]
	shift := 0
	if line == 1 {
		shift = colOffset
	}
	end := col - 1 - shift
	if end > len(src) {
		end = len(src)
	}
	if end <= 0 {
		return 0, false
	}
	locs := throwKeyword.FindAllStringIndex(src[:end], -1)
	if len(locs) == 0 {
		return 0, false
	}
	at := locs[len(locs)-1][0]
	if src[at] != 't' {
		at++
	}
	return at + 1 + shift, true
}

// header formats Node's source excerpt for a 1-based line and column.
func (r *Runtime) header(filename string, line, col int) string {
	text, colOffset, ok := r.sourceOf(filename)
	if !ok {
		return ""
	}
	lines := strings.Split(text, "\n")
	if line-1 >= len(lines) {
		return ""
	}
	src := strings.TrimRight(lines[line-1], "\r")
	if line == 1 {
		col -= colOffset
	}
	if col < 1 {
		col = 1
	}
	return filename + ":" + strconv.Itoa(line) + "\n" + src + "\n" + strings.Repeat(" ", col-1) + "^\n"
}

func (r *Runtime) sourceOf(filename string) (string, int, bool) {
	if s, ok := r.sources[filename]; ok {
		return s.text, s.colOffset, true
	}
	if name, ok := strings.CutPrefix(filename, "node:"); ok {
		if m := r.reg.mods[name]; m != nil && m.Source != "" {
			return m.Source, len(builtinWrapperHead), true
		}
	}
	return "", 0, false
}

// RegisterSource records a script's text so uncaught exceptions can show
// the offending line. colOffset is what a wrapper adds to line 1's columns.
func (r *Runtime) RegisterSource(filename, text string, colOffset int) {
	r.sources[filename] = sourceInfo{text: text, colOffset: colOffset}
}

var gojaFrame = regexp.MustCompile(`^\tat (?:(.*?) \()?(.*?):(\d+):(\d+)\(\d+\)\)?$`)
var gojaNativeFrame = regexp.MustCompile(`^\tat (?:(.*?) \()?native\)?$`)

// V8Stack rewrites a goja stack string ("\tat f (file:1:2(3))") into V8's
// shape ("    at f (file:1:2)"), the form Node users read and tools parse.
// Columns on line 1 of wrapped scripts are shifted back by the wrapper.
func (r *Runtime) V8Stack(stack string) string {
	lines := strings.Split(strings.TrimRight(stack, "\n"), "\n")
	for i, l := range lines {
		if m := gojaFrame.FindStringSubmatch(l); m != nil {
			line, _ := strconv.Atoi(m[3])
			col, _ := strconv.Atoi(m[4])
			if line == 1 {
				if _, off, ok := r.sourceOf(m[2]); ok {
					col -= off
				}
			}
			loc := m[2] + ":" + m[3] + ":" + strconv.Itoa(col)
			if m[1] != "" {
				lines[i] = "    at " + m[1] + " (" + loc + ")"
			} else {
				lines[i] = "    at " + loc
			}
		} else if m := gojaNativeFrame.FindStringSubmatch(l); m != nil {
			if m[1] != "" {
				lines[i] = "    at " + m[1] + " (native)"
			} else {
				lines[i] = "    at native"
			}
		}
	}
	return strings.Join(lines, "\n")
}

// errorSourceHeader finds the header for an error value from its own stack
// (where it was created): Node's choice for unhandled rejections.
func (r *Runtime) errorSourceHeader(v goja.Value) string {
	o, ok := v.(*goja.Object)
	if !ok {
		return ""
	}
	if h, ok := r.fixedHeader(v); ok {
		return h
	}
	stack := o.Get("stack")
	if stack == nil {
		return ""
	}
	for _, l := range strings.Split(stack.String(), "\n") {
		if m := gojaFrame.FindStringSubmatch(l); m != nil {
			line, _ := strconv.Atoi(m[3])
			col, _ := strconv.Atoi(m[4])
			if h := r.header(m[2], line, col); h != "" {
				return h
			}
		}
	}
	return ""
}

// NewError returns a JavaScript error object of the given constructor
// ("Error", "TypeError", "RangeError", …) with Node's code property and a
// stack whose first line reads "TypeError [CODE]: message", as Node's
// internal errors do.
func (r *Runtime) NewError(ctor, code, message string) *goja.Object {
	c := r.VM.Get(ctor)
	if c == nil {
		c = r.VM.Get("Error")
	}
	o, err := r.VM.New(c, r.VM.ToValue(message))
	if err != nil {
		o = r.VM.NewGoError(err)
	}
	if code != "" {
		_ = o.Set("name", ctor+" ["+code+"]")
		o.Get("stack")
		_ = o.Delete("name")
		_ = o.Set("code", code)
	}
	return o
}

// Throw raises err in the calling JavaScript (use from inside an op).
func (r *Runtime) Throw(err *goja.Object) {
	panic(err)
}

// ThrowError raises a new coded error (see NewError) from inside an op.
func (r *Runtime) ThrowError(ctor, code, message string) {
	panic(r.NewError(ctor, code, message))
}
