package main

// The differential harness: every script under testdata/node runs under
// `node` and under the built handshake binary, and the two must agree on
// stdout, exit code, and stderr with stack-frame lines dropped.
//
// Conventions for scripts in testdata/node/<area>/:
//   - Files and directories whose names start with "_" or that sit under a
//     "fixtures" or "node_modules" directory are helpers, not entry scripts.
//   - Files node cannot run (.ts, .mts, .cts) are compared with a sibling
//     "<name>.expected" holding the expected stdout (exit code 0).
//   - Directives in the first lines of a script:
//       // diff-args: a b c      arguments after the script path
//       // diff-env: K=V         extra environment (repeatable)
//       // diff-ignore-stderr    stderr is volatile; compare stdout and code only
//       // diff-stdin: text      text fed to standard input (\n for newlines)
//
// What is normalised, on both sides: "    at …" stack-frame lines and
// "(node:PID)" warning prefixes, whose numbers differ between runs.

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

var (
	stackLine = regexp.MustCompile(`(?m)^ +at .*\n`)
	pidPrefix = regexp.MustCompile(`\((node|handshake):\d+\)`)
	nodeVer   = regexp.MustCompile(`Node\.js v\d+\.\d+\.\d+`)
)

func normaliseStderr(s string) string {
	s = stackLine.ReplaceAllString(s, "")
	s = pidPrefix.ReplaceAllString(s, "(node:PID)")
	return nodeVer.ReplaceAllString(s, "Node.js vX")
}

type result struct {
	stdout, stderr string
	code           int
}

func runScript(t *testing.T, bin, dir, base string, args, env []string, stdin string) result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, append([]string{base}, args...)...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	cmd.Stdin = strings.NewReader(stdin)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("running %s %s: %v", bin, base, err)
	}
	if ctx.Err() != nil {
		t.Fatalf("%s %s: timed out after 60s", filepath.Base(bin), base)
	}
	return result{out.String(), errb.String(), code}
}

type directives struct {
	args, env    []string
	ignoreStderr bool
	stdin        string
}

func readDirectives(src string) directives {
	var d directives
	lines := strings.SplitN(src, "\n", 12)
	for _, l := range lines {
		l = strings.TrimSpace(l)
		switch {
		case strings.HasPrefix(l, "// diff-args:"):
			d.args = strings.Fields(strings.TrimPrefix(l, "// diff-args:"))
		case strings.HasPrefix(l, "// diff-env:"):
			d.env = append(d.env, strings.TrimSpace(strings.TrimPrefix(l, "// diff-env:")))
		case l == "// diff-ignore-stderr":
			d.ignoreStderr = true
		case strings.HasPrefix(l, "// diff-stdin:"):
			d.stdin = strings.ReplaceAll(strings.TrimSpace(strings.TrimPrefix(l, "// diff-stdin:")), `\n`, "\n")
		}
	}
	return d
}

var (
	buildOnce sync.Once
	buildDir  string
	builtBin  string
	buildErr  error
)

// TestMain removes the binary the tests built.
func TestMain(m *testing.M) {
	code := m.Run()
	if buildDir != "" {
		_ = os.RemoveAll(buildDir)
	}
	os.Exit(code)
}

// buildBinary builds handshake once per test run.
func buildBinary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		buildDir, buildErr = os.MkdirTemp("", "handshake-test-")
		if buildErr != nil {
			return
		}
		builtBin = filepath.Join(buildDir, "handshake")
		if out, err := exec.Command("go", "build", "-o", builtBin, ".").CombinedOutput(); err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return builtBin
}

// nodeOrSkip returns node's path, or skips: the oracle is needed for what.
func nodeOrSkip(t *testing.T, what string) string {
	t.Helper()
	p, err := exec.LookPath("node")
	if err != nil {
		t.Skipf("node not found on PATH: %s need Node.js v20 as the oracle", what)
	}
	return p
}

func diffScripts(t *testing.T) []string {
	root := filepath.Join("..", "..", "testdata", "node")
	var files []string
	_ = filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		name := d.Name()
		if d.IsDir() {
			if p != root && (strings.HasPrefix(name, "_") || name == "fixtures" || name == "node_modules") {
				return filepath.SkipDir
			}
			return nil
		}
		if strings.HasPrefix(name, "_") {
			return nil
		}
		switch filepath.Ext(name) {
		case ".js", ".mjs", ".cjs", ".ts", ".mts", ".cts":
			files = append(files, p)
		}
		return nil
	})
	return files
}

// TestDiff runs each differential script under node and handshake.
func TestDiff(t *testing.T) {
	nodeBin := nodeOrSkip(t, "the differential tests")
	scripts := diffScripts(t)
	if len(scripts) == 0 {
		t.Fatal("no differential scripts found under testdata/node")
	}
	bin := buildBinary(t)
	sem := make(chan struct{}, 4)
	for _, script := range scripts {
		rel, _ := filepath.Rel(filepath.Join("..", "..", "testdata", "node"), script)
		t.Run(filepath.ToSlash(rel), func(t *testing.T) {
			t.Parallel()
			sem <- struct{}{}
			defer func() { <-sem }()
			src, err := os.ReadFile(script)
			if err != nil {
				t.Fatal(err)
			}
			d := readDirectives(string(src))
			dir, _ := filepath.Abs(filepath.Dir(script))
			base := filepath.Base(script)
			var want result
			switch filepath.Ext(base) {
			case ".ts", ".mts", ".cts":
				exp, err := os.ReadFile(script + ".expected")
				if err != nil {
					t.Fatalf("%s needs %s.expected (node cannot run it): %v", base, base, err)
				}
				want = result{stdout: string(exp)}
				d.ignoreStderr = true
			default:
				want = runScript(t, nodeBin, dir, base, d.args, d.env, d.stdin)
			}
			got := runScript(t, bin, dir, base, d.args, d.env, d.stdin)
			if got.stdout != want.stdout {
				t.Errorf("stdout differs\n--- node\n%s\n--- handshake\n%s", want.stdout, got.stdout)
			}
			if got.code != want.code {
				t.Errorf("exit code: node %d, handshake %d\nhandshake stderr:\n%s", want.code, got.code, got.stderr)
			}
			if !d.ignoreStderr {
				ws, gs := normaliseStderr(want.stderr), normaliseStderr(got.stderr)
				if ws != gs {
					t.Errorf("stderr differs (stack frames dropped)\n--- node\n%s\n--- handshake\n%s", ws, gs)
				}
			}
		})
	}
}
