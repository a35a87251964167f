package stdio_test

import (
	"bytes"
	"io"
	"strings"
	"testing"
	"time"

	"handshake/bindings/all"
	"handshake/runtime"
)

// run evaluates code with the given stdin and returns stdout and the exit
// code.
func run(t *testing.T, code string, stdin io.Reader) (string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	r, err := runtime.New(runtime.Options{
		Modules: all.Modules(),
		Stdout:  &out,
		Stderr:  &errb,
		Stdin:   stdin,
	})
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan int, 1)
	go func() { done <- r.RunEval(code, false, nil) }()
	select {
	case c := <-done:
		if errb.Len() > 0 {
			t.Logf("stderr: %s", errb.String())
		}
		return out.String(), c
	case <-time.After(10 * time.Second):
		t.Fatal("script did not exit")
	}
	return "", -1
}

func TestStdinReadsToEnd(t *testing.T) {
	out, code := run(t, `
		let all = '';
		process.stdin.setEncoding('utf8');
		process.stdin.on('data', (d) => { all += d; });
		process.stdin.on('end', () => process.stdout.write('got ' + JSON.stringify(all) + '\n'));
		process.stdin.on('close', () => process.stdout.write('close\n'));
	`, strings.NewReader("hi\nthere €\n"))
	if code != 0 || out != "got \"hi\\nthere €\\n\"\nclose\n" {
		t.Fatalf("code %d, out %q", code, out)
	}
}

// blockingReader never returns: a terminal or pipe nobody writes to.
type blockingReader struct{ ch chan struct{} }

func (b blockingReader) Read(p []byte) (int, error) {
	<-b.ch
	return 0, io.EOF
}

func TestUntouchedStdinDoesNotKeepProcessAlive(t *testing.T) {
	br := blockingReader{make(chan struct{})}
	defer close(br.ch)
	out, code := run(t, `setTimeout(() => process.stdout.write('timer\n'), 1);`, br)
	if code != 0 || out != "timer\n" {
		t.Fatalf("code %d, out %q", code, out)
	}
}

func TestPausedStdinLetsProcessExit(t *testing.T) {
	// One chunk arrives, then the reader blocks forever; pausing a
	// listener-less flowing stdin must let the process exit (as in Node).
	pr, pw := io.Pipe()
	defer pw.Close()
	go func() { _, _ = pw.Write([]byte("chunk")) }()
	out, code := run(t, `
		process.stdin.resume();
		setTimeout(() => {
			process.stdin.pause();
			process.stdout.write('paused ' + process.stdin.readableLength + '\n');
		}, 50);
	`, pr)
	if code != 0 || out != "paused 0\n" {
		t.Fatalf("code %d, out %q", code, out)
	}
}

func TestStdoutWriteCallbacksAreAsync(t *testing.T) {
	out, code := run(t, `
		process.stdout.write('a\n', () => process.stdout.write('cb\n'));
		process.stdout.write('b\n');
		process.nextTick(() => process.stdout.write('tick\n'));
	`, strings.NewReader(""))
	if code != 0 || out != "a\nb\ncb\ntick\n" {
		t.Fatalf("code %d, out %q", code, out)
	}
}

func TestUnrefedStdinLetsProcessExit(t *testing.T) {
	br := blockingReader{make(chan struct{})}
	defer close(br.ch)
	out, code := run(t, `
		process.stdin.on('data', () => {});
		process.stdin.unref();
		setTimeout(() => process.stdout.write('timer\n'), 1);
	`, br)
	if code != 0 || out != "timer\n" {
		t.Fatalf("code %d, out %q", code, out)
	}
}
