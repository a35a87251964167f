// Command handshake runs Node.js scripts about TLS on goja and Go's
// crypto/tls: `handshake server.js` the way one would type `node server.js`.
package main

import (
	"fmt"
	"os"
	"path/filepath"
	goruntime "runtime"
	"runtime/pprof"
	"strings"

	"github.com/dop251/goja"

	"handshake/bindings/all"
	"handshake/runtime"
)

const usage = `Usage: handshake [options] [script.js | -e "code" | -p "code"] [arguments]

Runs a Node.js script (CommonJS, ESM or TypeScript) with Node's API on goja
and Go's crypto/tls. The API follows Node.js %s.

Options:
  -e, --eval CODE      evaluate CODE as a script
  -p, --print CODE     evaluate CODE and print the result
  -r, --require MOD    require MOD before the script runs (repeatable)
  -v, --version        print handshake's version and the Node.js API it follows
  -h, --help           print this help
  --no-warnings, --no-deprecation, --trace-warnings, --trace-deprecation,
  --throw-deprecation  as in node
`

func main() {
	os.Exit(profiled(func() int { return run(os.Args[1:]) }))
}

// profiled writes a Go CPU profile of fn to $HANDSHAKE_CPUPROFILE and
// goja's JavaScript profile (functions and lines of the scripts and of the
// embedded modules; goja samples only calls that run longer than its 10 ms
// tick) to $HANDSHAKE_JSPROFILE and the live heap at exit to
// $HANDSHAKE_MEMPROFILE when set. All are for working on handshake itself;
// `go tool pprof` reads them.
func profiled(fn func() int) int {
	if path := os.Getenv("HANDSHAKE_JSPROFILE"); path != "" {
		f, err := os.Create(path)
		if err == nil {
			err = goja.StartProfile(f)
		}
		if err != nil {
			fmt.Fprintf(os.Stderr, "handshake: %v\n", err)
		} else {
			defer f.Close()
			defer goja.StopProfile()
		}
	}
	if path := os.Getenv("HANDSHAKE_MEMPROFILE"); path != "" {
		defer writeHeapProfile(path)
	}
	path := os.Getenv("HANDSHAKE_CPUPROFILE")
	if path == "" {
		return fn()
	}
	f, err := os.Create(path)
	if err != nil {
		fmt.Fprintf(os.Stderr, "handshake: %v\n", err)
		return fn()
	}
	defer f.Close()
	if err := pprof.StartCPUProfile(f); err != nil {
		fmt.Fprintf(os.Stderr, "handshake: %v\n", err)
		return fn()
	}
	defer pprof.StopCPUProfile()
	return fn()
}

// writeHeapProfile writes the live heap after a collection to path
// ($HANDSHAKE_MEMPROFILE, read when the script ends).
func writeHeapProfile(path string) {
	f, err := os.Create(path)
	if err != nil {
		fmt.Fprintf(os.Stderr, "handshake: %v\n", err)
		return
	}
	defer f.Close()
	goruntime.GC()
	if err := pprof.WriteHeapProfile(f); err != nil {
		fmt.Fprintf(os.Stderr, "handshake: %v\n", err)
	}
}

// options is the parsed command line.
type options struct {
	eval     string
	hasEval  bool
	print    bool
	requires []string
	script   string
	args     []string
	execArgv []string
}

// passThrough are node flags handshake accepts as node does and leaves in
// process.execArgv for the modules that read them.
var passThrough = map[string]bool{
	"--no-warnings": true, "--no-deprecation": true, "--trace-warnings": true,
	"--throw-deprecation": true, "--trace-deprecation": true, "--trace-uncaught": true,
	"--pending-deprecation": true, "--enable-source-maps": true,
}

func parse(args []string) (*options, int, error) {
	o := &options{}
	for i := 0; i < len(args); i++ {
		a := args[i]
		need := func() (string, error) {
			if i+1 >= len(args) {
				return "", fmt.Errorf("%s requires an argument", a)
			}
			i++
			o.execArgv = append(o.execArgv, args[i])
			return args[i], nil
		}
		if a == "--" {
			i++
			if i < len(args) {
				o.script, o.args = args[i], args[i+1:]
			}
			return o, 0, nil
		}
		if !strings.HasPrefix(a, "-") || a == "-" {
			o.script, o.args = a, args[i+1:]
			return o, 0, nil
		}
		o.execArgv = append(o.execArgv, a)
		var err error
		switch {
		case a == "-h" || a == "--help":
			fmt.Printf(usage, runtime.NodeVersion)
			return nil, 0, nil
		case a == "-v" || a == "--version":
			fmt.Printf("handshake v%s (Node.js %s API)\n", runtime.Version, runtime.NodeVersion)
			return nil, 0, nil
		case a == "-e" || a == "--eval":
			o.eval, err = need()
			o.hasEval = true
		case a == "-p" || a == "--print":
			o.eval, err = need()
			o.hasEval, o.print = true, true
		case a == "-pe" || a == "-ep":
			o.eval, err = need()
			o.hasEval, o.print = true, true
		case a == "-r" || a == "--require":
			var m string
			m, err = need()
			o.requires = append(o.requires, m)
		case strings.HasPrefix(a, "--require="):
			o.requires = append(o.requires, strings.TrimPrefix(a, "--require="))
		case strings.HasPrefix(a, "--eval="):
			o.eval, o.hasEval = strings.TrimPrefix(a, "--eval="), true
		case passThrough[a]:
			// honoured by the warning module through process.execArgv
		default:
			return nil, 9, fmt.Errorf("bad option: %s", a)
		}
		if err != nil {
			return nil, 9, err
		}
		if o.hasEval {
			// like node, everything after -e CODE is arguments
			o.args = args[i+1:]
			return o, 0, nil
		}
	}
	return o, 0, nil
}

func run(args []string) int {
	o, code, err := parse(args)
	if err != nil {
		fmt.Fprintf(os.Stderr, "handshake: %v\n", err)
		return code
	}
	if o == nil {
		return code
	}
	exe, err := os.Executable()
	if err != nil {
		exe = "handshake"
	}
	argv := []string{exe}
	if o.script != "" && !o.hasEval {
		abs, err := filepath.Abs(o.script)
		if err != nil {
			abs = o.script
		}
		argv = append(argv, abs)
	}
	argv = append(argv, o.args...)
	rt, err := runtime.New(runtime.Options{Modules: all.Modules(), Argv: argv, ExecArgv: o.execArgv})
	if err != nil {
		fmt.Fprintf(os.Stderr, "handshake: %v\n", err)
		return 70
	}
	switch {
	case o.hasEval:
		return rt.RunEval(o.eval, o.print, o.requires)
	case o.script == "" || o.script == "-":
		return rt.RunStdin(o.requires)
	default:
		return rt.RunMain(o.script, o.requires)
	}
}
