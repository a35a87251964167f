package main

// readline on a real terminal: the differential harness feeds stdin from a
// pipe, so this test runs a small line-editing session under a
// pseudo-terminal, under node and handshake, and compares what each writes
// to the terminal. It also proves the process exits once the interface is
// closed (a TTY stdin must stop reading when paused).

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

const ttyScript = `const readline = require('readline');
const rl = readline.createInterface({ input: process.stdin, output: process.stdout, prompt: 'cmd> ' });
console.log('terminal', rl.terminal, process.stdin.isTTY, process.stdin.readableHighWaterMark);
rl.prompt();
rl.on('line', (line) => {
  if (line === 'quit') { rl.close(); return; }
  console.log('echo:', JSON.stringify(line));
  rl.prompt();
});
rl.on('history', (h) => console.log('history', h.length));
rl.on('close', () => console.log('bye'));
`

// openPTY returns a pseudo-terminal's controlling side and its terminal.
func openPTY(t *testing.T) (*os.File, *os.File) {
	t.Helper()
	master, err := os.OpenFile("/dev/ptmx", os.O_RDWR|unix.O_NOCTTY, 0)
	if err != nil {
		t.Skip("no /dev/ptmx:", err)
	}
	if err := unix.IoctlSetPointerInt(int(master.Fd()), unix.TIOCSPTLCK, 0); err != nil {
		master.Close()
		t.Skip("unlockpt:", err)
	}
	n, err := unix.IoctlGetInt(int(master.Fd()), unix.TIOCGPTN)
	if err != nil {
		master.Close()
		t.Skip("ptsname:", err)
	}
	slave, err := os.OpenFile("/dev/pts/"+strconv.Itoa(n), os.O_RDWR|unix.O_NOCTTY, 0)
	if err != nil {
		master.Close()
		t.Skip("open pts:", err)
	}
	return master, slave
}

// runTTY runs bin script under a new terminal, types each input once the
// script has prompted for it, and returns everything written to the
// terminal.
func runTTY(t *testing.T, bin, script string, inputs []string) string {
	t.Helper()
	master, slave := openPTY(t)
	defer master.Close()
	cmd := exec.Command(bin, script)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = slave, slave, slave
	cmd.Env = append(os.Environ(), "TERM=xterm", "NO_COLOR=1")
	cmd.SysProcAttr = &unix.SysProcAttr{Setsid: true, Setctty: true}
	if err := cmd.Start(); err != nil {
		slave.Close()
		t.Fatal(err)
	}
	slave.Close()
	var (
		mu  sync.Mutex
		out bytes.Buffer
	)
	readDone := make(chan struct{})
	go func() {
		buf := make([]byte, 4096)
		for {
			n, err := master.Read(buf)
			mu.Lock()
			out.Write(buf[:n])
			mu.Unlock()
			if err != nil {
				close(readDone)
				return
			}
		}
	}()
	// Type each input once the script has prompted for it: the first
	// prompt comes after readline has put the terminal in raw mode (typed
	// earlier, the terminal itself would echo the input, as happened on a
	// loaded machine with fixed pauses).
	for i, in := range inputs {
		deadline := time.Now().Add(10 * time.Second)
		for {
			mu.Lock()
			prompts := bytes.Count(out.Bytes(), []byte("cmd> "))
			mu.Unlock()
			if prompts > i || time.Now().After(deadline) {
				break
			}
			time.Sleep(20 * time.Millisecond)
		}
		time.Sleep(100 * time.Millisecond)
		if _, err := master.Write([]byte(in)); err != nil {
			t.Fatal(err)
		}
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	select {
	case err := <-exited:
		if err != nil {
			t.Errorf("%s: %v", filepath.Base(bin), err)
		}
	case <-time.After(10 * time.Second):
		_ = cmd.Process.Kill()
		<-exited
		t.Errorf("%s did not exit after the interface closed", filepath.Base(bin))
	}
	select {
	case <-readDone:
	case <-time.After(2 * time.Second):
	}
	mu.Lock()
	defer mu.Unlock()
	return out.String()
}

func TestReadlineTTY(t *testing.T) {
	nodeBin := nodeOrSkip(t, "the terminal test")
	dir := t.TempDir()
	script := filepath.Join(dir, "tty.js")
	if err := os.WriteFile(script, []byte(ttyScript), 0o644); err != nil {
		t.Fatal(err)
	}
	inputs := []string{"hello\r", "ab\x1b[Dc\r", "\x1b[A\x15x\r", "quit\r"}
	want := runTTY(t, nodeBin, script, inputs)
	got := runTTY(t, buildBinary(t), script, inputs)
	if got != want {
		t.Errorf("terminal output differs\n--- node\n%q\n--- handshake\n%q", want, got)
	}
}
