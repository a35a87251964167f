package assert

import (
	"net/url"
	"os"
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"github.com/dop251/goja"

	"handshake/runtime"
)

// binding gives assert.ok the source text of its call site, which Node
// reads from the script file to build "The expression evaluated to a falsy
// value:" messages.
func binding(r *runtime.Runtime, o *goja.Object) {
	_ = o.Set("callSite", func(goja.FunctionCall) (result goja.Value) {
		// A scanning bug must not crash the process: no message instead.
		defer func() {
			if recover() != nil {
				result = goja.Undefined()
			}
		}()
		file, line, col, ok := userCallSite(r)
		if !ok {
			return goja.Undefined()
		}
		// ES modules are named by file: URLs.
		if strings.HasPrefix(file, "file://") {
			if u, err := url.Parse(file); err == nil {
				file = u.Path
			}
		}
		data, err := os.ReadFile(file)
		if err != nil {
			return goja.Undefined()
		}
		code, column, ok := CallExpression(string(data), line, col)
		if !ok {
			return goja.Undefined()
		}
		return r.VM.NewArray(column, code)
	})
}

var v8Frame = regexp.MustCompile(`^    at (?:.*? \()?(.*?):(\d+):(\d+)\)?$`)

// userCallSite finds the frame that called into node:assert: its file,
// 1-based line and column (V8's numbering). ok is false when that caller is
// native code or another core module, where Node gives no source message.
func userCallSite(r *runtime.Runtime) (file string, line, col int, ok bool) {
	frames := r.VM.CaptureCallStack(0, nil)
	seen := false
	for i := range frames {
		name := frames[i].SrcName()
		if name == "node:assert" {
			seen = true
			continue
		}
		if !seen {
			continue
		}
		p := frames[i].Position()
		if p.Filename == "" || p.Line == 0 || strings.HasPrefix(p.Filename, "node:") {
			return "", 0, 0, false
		}
		// Let the runtime undo the module wrapper's shift of line 1.
		s := r.V8Stack("Error\n\tat f (" + p.Filename + ":" + strconv.Itoa(p.Line) + ":" + strconv.Itoa(p.Column) + "(0))")
		lines := strings.Split(s, "\n")
		m := v8Frame.FindStringSubmatch(lines[len(lines)-1])
		if m == nil {
			return "", 0, 0, false
		}
		line, _ = strconv.Atoi(m[2])
		col, _ = strconv.Atoi(m[3])
		return p.Filename, line, col, true
	}
	return "", 0, 0, false
}

// CallExpression returns the source of the call expression whose argument
// list opens at (line, col) — goja reports a call's position at its "(" —
// and the column its callee starts at. It understands member chains,
// strings, template literals, comments and regular expression literals well
// enough for assertion call sites.
func CallExpression(src string, line, col int) (string, int, bool) {
	text := []rune(src)
	lineStart := 0
	for l := 1; l < line; l++ {
		i := indexRune(text, lineStart, '\n')
		if i < 0 {
			return "", 0, false
		}
		lineStart = i + 1
	}
	p := lineStart + col - 1
	if p < 0 || p >= len(text) || text[p] != '(' {
		// The column may count bytes; find the first "(" at or after it.
		q := -1
		for i := lineStart; i < len(text) && text[i] != '\n'; i++ {
			if text[i] == '(' && i >= lineStart+runeCol(text[lineStart:], col-1) {
				q = i
				break
			}
		}
		if q < 0 {
			return "", 0, false
		}
		p = q
	}
	end := matchForward(text, p)
	if end < 0 {
		return "", 0, false
	}
	start := calleeStart(text, p)
	// V8 (and so Node) places a method call at its property name and quotes
	// from the line holding it: a chain broken across lines is quoted only
	// from that line's part.
	if v8 := propertyStart(text, p); v8 > start && lineBegin(text, v8) > start {
		i := lineBegin(text, v8)
		for i < v8 && unicode.IsSpace(text[i]) {
			i++
		}
		if i+1 < v8 && text[i] == '?' && text[i+1] == '.' {
			i += 2
		} else if i < v8 && text[i] == '.' {
			i++
		}
		for i < v8 && unicode.IsSpace(text[i]) {
			i++
		}
		start = i
	}
	ls := start
	for ls > 0 && text[ls-1] != '\n' {
		ls--
	}
	return string(text[start : end+1]), start - ls, true
}

// propertyStart returns where the property name of a member call that
// opens its arguments at p begins, or -1 for other calls.
func propertyStart(text []rune, p int) int {
	i := p - 1
	for i >= 0 && unicode.IsSpace(text[i]) {
		i--
	}
	if i < 0 || !isIdent(text[i]) {
		return -1
	}
	for i >= 0 && isIdent(text[i]) {
		i--
	}
	name := i + 1
	for i >= 0 && unicode.IsSpace(text[i]) {
		i--
	}
	if i >= 0 && text[i] == '.' {
		return name
	}
	return -1
}

func lineBegin(text []rune, i int) int {
	for i > 0 && text[i-1] != '\n' {
		i--
	}
	return i
}

func runeCol(line []rune, byteCol int) int {
	n := 0
	for i, r := range line {
		if n >= byteCol {
			return i
		}
		n += len(string(r))
	}
	return len(line)
}

func indexRune(text []rune, from int, r rune) int {
	for i := from; i < len(text); i++ {
		if text[i] == r {
			return i
		}
	}
	return -1
}

func isIdent(r rune) bool {
	return r == '_' || r == '$' || unicode.IsLetter(r) || unicode.IsDigit(r)
}

// calleeStart walks back from the "(" at p over the callee: identifiers,
// "." and "?." links, [..] and (..) groups.
func calleeStart(text []rune, p int) int {
	i := p - 1
	for i >= 0 && unicode.IsSpace(text[i]) {
		i--
	}
	start := p
	for i >= 0 {
		switch {
		case isIdent(text[i]):
			for i >= 0 && isIdent(text[i]) {
				i--
			}
			start = i + 1
		case text[i] == ']' || text[i] == ')':
			j := matchBackward(text, i)
			if j < 0 {
				return start
			}
			i = j - 1
			start = j
		default:
			return start
		}
		// A bracket group continues into whatever it is attached to; an
		// identifier continues only across a member link.
		if text[start] == '[' || text[start] == '(' {
			if i >= 0 && (isIdent(text[i]) || text[i] == ']' || text[i] == ')') {
				continue
			}
			if i >= 1 && text[i] == '.' && text[i-1] == '?' {
				i -= 2
				continue
			}
			return start
		}
		j := i
		for j >= 0 && unicode.IsSpace(text[j]) {
			j--
		}
		if j >= 0 && text[j] == '.' {
			j--
			if j >= 0 && text[j] == '?' {
				j--
			}
			for j >= 0 && unicode.IsSpace(text[j]) {
				j--
			}
			i = j
			continue
		}
		return start
	}
	return start
}

func matchBackward(text []rune, i int) int {
	open := '['
	if text[i] == ')' {
		open = '('
	}
	depth := 0
	for j := i; j >= 0; j-- {
		switch text[j] {
		case text[i]:
			depth++
		case open:
			depth--
			if depth == 0 {
				return j
			}
		}
	}
	return -1
}

// matchForward returns the index of the bracket closing the one at p,
// skipping strings, templates, comments and regular expressions.
func matchForward(text []rune, p int) int {
	depth := 0
	prev := rune(0) // last significant character, to tell "/" apart
	for i := p; i < len(text); i++ {
		c := text[i]
		switch {
		case c == '(' || c == '[' || c == '{':
			depth++
		case c == ')' || c == ']' || c == '}':
			depth--
			if depth == 0 {
				return i
			}
		case c == '"' || c == '\'' || c == '`':
			i = skipString(text, i)
			if i < 0 {
				return -1
			}
		case c == '/' && i+1 < len(text) && text[i+1] == '/':
			for i < len(text) && text[i] != '\n' {
				i++
			}
			continue
		case c == '/' && i+1 < len(text) && text[i+1] == '*':
			j := i + 2
			for j+1 < len(text) && !(text[j] == '*' && text[j+1] == '/') {
				j++
			}
			i = j + 1
			continue
		case c == '/' && strings.ContainsRune("(,=:[!&|?{};+-*%<>~^", prev):
			i = skipRegExp(text, i)
			if i < 0 {
				return -1
			}
		}
		if !unicode.IsSpace(c) {
			prev = c
		}
	}
	return -1
}

func skipString(text []rune, i int) int {
	q := text[i]
	for j := i + 1; j < len(text); j++ {
		switch text[j] {
		case '\\':
			j++
		case q:
			return j
		case '\n':
			if q != '`' {
				return -1
			}
		case '$':
			if q == '`' && j+1 < len(text) && text[j+1] == '{' {
				k := matchForward(text, j+1)
				if k < 0 {
					return -1
				}
				j = k
			}
		}
	}
	return -1
}

func skipRegExp(text []rune, i int) int {
	inClass := false
	for j := i + 1; j < len(text); j++ {
		switch text[j] {
		case '\\':
			j++
		case '[':
			inClass = true
		case ']':
			inClass = false
		case '/':
			if !inClass {
				return j
			}
		case '\n':
			return -1
		}
	}
	return -1
}
