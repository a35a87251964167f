// Package scripttest runs JavaScript with every binding loaded, for the
// bindings' Go tests that hold a script's output to what node v20 prints.
package scripttest

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"handshake/bindings/all"
	"handshake/runtime"
)

// Run runs script as a main module (from a file in a temporary directory)
// and returns what it wrote to stdout and stderr, interleaved. A script
// that exits with a non-zero code fails the test.
func Run(t testing.TB, script string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "script.js")
	if err := os.WriteFile(path, []byte(script), 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	rt, err := runtime.New(runtime.Options{Modules: all.Modules(), Argv: []string{"handshake", path}, Stdout: &out, Stderr: &out})
	if err != nil {
		t.Fatal(err)
	}
	if code := rt.RunMain(path, nil); code != 0 {
		t.Fatalf("exit %d: %s", code, out.String())
	}
	return out.String()
}

// Expect runs script and fails the test unless its output is want (node
// v20's output for the same script).
func Expect(t testing.TB, script, want string) {
	t.Helper()
	if got := Run(t, script); got != want {
		t.Errorf("output:\n%s\nwant (node v20):\n%s", got, want)
	}
}
